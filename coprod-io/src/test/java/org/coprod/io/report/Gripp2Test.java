package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * What the GRIPP2 draft says in each of its five sections, drawn from a full record (a carers' café
 * with a meeting register, what changed, check-ins and a whole agreement) and from one that lacks
 * most of it: each value counted by hand from the record.
 */
class Gripp2Test {
  /** The carers' café: 4 carers (1 of them occasional), 2 workers, 4 meetings, 3 impacts. */
  static Project cafe() {
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(
            new ByteArrayInputStream(ReportFixtures.resource("meeting-register.yaml")),
            Format.YAML,
            "meeting-register.yaml");
    assertThat(read.isValid()).as("the fixture reads").isTrue();
    return read.get();
  }

  private static String draft(Project p) {
    ProjectView view = p.view();
    return Gripp2.render(Rulebook.standard().check(view), view);
  }

  /** The text of one numbered section, from its heading to the next. */
  private static String section(String draft, int n) {
    int from = draft.indexOf("\n## " + n + ". ");
    assertThat(from).as("section %s", n).isPositive();
    int to = draft.indexOf("\n## " + (n + 1) + ". ", from + 1);
    return to < 0 ? draft.substring(from) : draft.substring(from, to);
  }

  @Test
  void theAimAndTheReflectionsAreTheGroupsOwnWordsAndTheTitleIsEscaped() {
    String d = draft(cafe());
    assertThat(d)
        .startsWith(
            "# Reporting involvement (GRIPP2 short form): A café for carers, designed with them\n")
        .contains("Drafted from the project's record as of 2024-06-28 for the group")
        .endsWith("we will ask for it from the start next time.\n");
    assertThat(section(d, 1))
        .contains("\n\nCarers decide what the café offers, when it opens and how it is run\n")
        .doesNotContain("To write");
    assertThat(section(d, 5))
        .contains(
            "\n\nMoving the meetings to the evening after the second month meant two more carers"
                + " could come.\nWe did not get")
        .doesNotContain("To write");
    String small = draft(ReportFixtures.smallCircle());
    assertThat(small)
        .startsWith(
            "# Reporting involvement (GRIPP2 short form): Peer circle \\<b\\>&\\</b\\> \"friends\"\n");
    assertThat(section(small, 1)).contains("> *To write:* What did the group want");
    assertThat(section(small, 5)).contains("> *To write:* The group's own reflections go here");
  }

  @Test
  void theMethodsCountPeopleMeetingsStagesAndPaidHours() {
    String m = section(draft(cafe()), 2);
    // carer-1, -2 and -3 throughout, carer-4 occasionally; worker-1 and -2
    assertThat(m)
        .contains(
            "- Who took part: 4 people with lived experience (fewer than 5 throughout the work,"
                + " fewer than 5 occasionally) and 2 people working in services or research.\n")
        .contains(
            "- The experience they brought: using services (fewer than 5), caring for someone"
                + " (fewer than 5).\n")
        .contains(
            "- How people were recruited: Through the carers' centre newsletter and the ward's"
                + " family liaison worker\n")
        .contains("- Training offered: An evening on how the centre's budget works\n")
        .contains(
            "- Support: contact: The carers' centre duty worker, by phone, weekdays 9 to 5;"
                + " debrief: Half an hour after each meeting")
        .contains("; if someone discloses risk: If someone tells us")
        .contains("; independence from care: Taking part never affects the care")
        .contains("- Meetings: 4 meetings (3 working, 1 consultation).\n")
        .contains(
            "- Stages of the work people with lived experience took part in: scoping, design,"
                + " delivery (of 5).\n")
        // 36 hours of carers, of which the 4 at the tasting evening were unpaid: 32 / 36
        .contains(
            "- Payment: 25 GBP an hour, paid within 28 days; 88.9% of the hours of people with"
                + " lived experience were paid.\n");
    assertThat(m.indexOf("contact:")).isLessThan(m.indexOf("debrief:"));
    assertThat(m.indexOf("debrief:")).isLessThan(m.indexOf("discloses risk:"));
    assertThat(m.indexOf("discloses risk:")).isLessThan(m.indexOf("independence from care:"));

    String small = section(draft(ReportFixtures.smallCircle()), 2);
    assertThat(small)
        .contains(
            "- Who took part: 2 people with lived experience (fewer than 5 throughout the work,"
                + " none occasionally) and 1 person working in services or research.\n")
        .contains("- How people were recruited: *not recorded yet (the agreement's recruitment)*\n")
        .contains("- Training offered: *not recorded yet (the agreement's training)*\n")
        .contains("- Support: *not recorded yet (the agreement's support)*\n")
        .doesNotContain("- Meetings:")
        .contains(
            "- Stages of the work people with lived experience took part in: design, delivery"
                + " (of 5).\n")
        .contains("- Payment: no rate is recorded in the agreement; ");
  }

  @Test
  void aCharacteristicOfFewerThanFivePeopleIsNotCounted() {
    assertThat(Gripp2.count(0)).isEqualTo("none");
    assertThat(Gripp2.count(1)).isEqualTo("fewer than 5");
    assertThat(Gripp2.count(4)).isEqualTo("fewer than 5");
    assertThat(Gripp2.count(5)).isEqualTo("5");
    assertThat(Gripp2.count(12)).isEqualTo("12");
  }

  @Test
  void theResultsListEachChangeByOutcomeWithItsReasonAndCountThem() {
    String r = section(draft(cafe()), 3);
    assertThat(r)
        .contains("What changed because of what people said (3 items):\n")
        .contains(
            "| Taken up | A benefits adviser at the café once a month |  |\n"
                + "| Taken up with changes | The café opens on weekday evenings |  |\n"
                + "| Not taken up | The guide in Urdu and Polish | The translation budget went to"
                + " the adviser; we will bid for it next year |\n")
        .contains(
            "In all: 1 taken up, 1 taken up with changes, 1 not taken up, 0 not decided yet.\n")
        .contains("- Worth talking about: payment owed (2 times)\n");

    Project one =
        cafe()
            .withImpacts(
                List.of(
                    Impact.builder()
                        .id(ImpactId.of("later"))
                        .date(cafe().started().plusDays(40))
                        .addFrom(cafe().participants().head().id())
                        .change("Open | close \\ now\nlater")
                        .outcome(ImpactOutcome.PENDING)
                        .build()));
    assertThat(section(draft(one), 3))
        .contains("What changed because of what people said (1 item):\n")
        // a pipe escaped once, so it stays in its cell
        .contains("| Not decided yet | Open \\| close \\\\ now later |  |\n")
        .contains(
            "In all: 0 taken up, 0 taken up with changes, 0 not taken up, 1 not decided yet.\n");

    String small = section(draft(ReportFixtures.smallCircle()), 3);
    assertThat(small)
        .contains("> *To write:* Nothing is recorded yet about what changed")
        .contains("- Talk about this first: share of key decisions\n")
        .contains("- Worth talking about: gave a lot, but not credited (2 times)\n")
        .doesNotContain("(1 times)");
  }

  @Test
  void theDiscussionCountsChangesTakenUpKeyDecisionsAndTheCheckInsMiddleAnswers() {
    String c = section(draft(cafe()), 4);
    // evenings (adapted) shaped the decision 'when'; the advice desk (adopted) changed the guide
    assertThat(c)
        .contains(
            "- Of 2 changes taken up, 1 shaped a recorded decision and 1 changed an output.\n")
        .contains("- People with lived experience had a say in 3 of 3 key decisions.\n")
        .contains("- On the ladder of co-production, the record shows co-production.")
        // heard: 1, 3 and 2 answers of 3, 4 and 5 (median 4); influence: 1, 2, 3 of 2, 3, 4
        .contains(
            "- In the group's anonymous check-ins over the whole work, people with lived"
                + " experience gave a middle answer of 4 out of 5 on being heard (6 answers) and"
                + " of 3.5 out of 5 on shaping the work (6 answers).\n");

    String small = section(draft(ReportFixtures.smallCircle()), 4);
    assertThat(small)
        .contains(
            "- Of 0 changes taken up, 0 shaped a recorded decision and 0 changed an output.\n")
        .contains("- People with lived experience had a say in 1 of 2 key decisions.\n")
        .doesNotContain("check-ins");

    // the small circle heard: one round of 3 answers on being heard and 2 on shaping the work
    String heard = section(draft(ReportFixtures.heard()), 4);
    assertThat(heard)
        .contains("gave a middle answer of 3 out of 5 on being heard (3 answers).\n")
        .doesNotContain("shaping the work")
        .contains("- Of 0 changes taken up, 0 shaped");

    // three answers on shaping the work and two on being heard: only the first is told
    Project shaped =
        ReportFixtures.smallCircle()
            .withCheckIns(
                List.of(
                    org.coprod.core.CheckIn.builder()
                        .round(ReportFixtures.smallCircle().started().plusDays(20))
                        .side(org.coprod.core.Side.LIVED_EXPERIENCE)
                        .respondents(3)
                        .heard(org.coprod.core.Tally.of(0, 1, 1, 0, 0))
                        .influence(org.coprod.core.Tally.of(0, 0, 3, 0, 0))
                        .build()));
    assertThat(section(draft(shaped), 4))
        .contains(
            "people with lived experience gave a middle answer of 3 out of 5 on shaping the"
                + " work (3 answers).\n")
        .doesNotContain("being heard")
        .doesNotContain(" and of ");
  }
}
