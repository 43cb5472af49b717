package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.CheckIn;
import org.coprod.core.CreditPreference;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.Tally;
import org.coprod.rules.Argument;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Voice;
import org.coprod.rules.standard.DecisionShare;
import org.junit.jupiter.api.Test;

/**
 * The guards of the report's words and renderers that no sample reached: who is named and how,
 * which role counts on a day, escaping at the edges of a line, and the sections that only a project
 * with check-ins and changes has. They assert on names, ids and sections, not sentences.
 */
class RenderGuardsTest {
  private static ParticipantId id(String s) {
    return ParticipantId.of(s);
  }

  private static Role role(String who, String title, int from) {
    return Role.builder().participant(id(who)).title(title).from(day(from)).build();
  }

  /** Four people: ana asked not to be named; the others hold roles whose titles differ in form. */
  private static Project titled() {
    return project()
        .addParticipant(
            le("ana").creditPreference(CreditPreference.ANONYMOUS).build(),
            le("ben").build(),
            pro("cy").build(),
            pro("dee").build(),
            pro("eve").build())
        .addRole(
            role("ana", "Peer researcher", 0),
            role("ben", "Peer researcher", 0),
            role("cy", "NHS lead", 0),
            role("dee", "X", 0),
            role("eve", "a mentor", 0))
        .build();
  }

  @Test
  void namesPeopleByRoleTitleWithTheirIdAndNeverSomeoneWhoAskedNotToBeNamed() {
    Report r = Rulebook.standard().check(titled());
    assertThat(Words.person(id("ana"), r)).isEqualTo(Words.GROUP_MEMBER);
    assertThat(Words.person(id("ben"), r)).isEqualTo("the peer researcher (ben)");
    // a title in capitals keeps them; one of a single letter is made small; an article stays
    assertThat(Words.person(id("cy"), r)).isEqualTo("the NHS lead (cy)");
    assertThat(Words.person(id("dee"), r)).isEqualTo("the x (dee)");
    assertThat(Words.person(id("eve"), r)).isEqualTo("a mentor (eve)");
    Report untitled =
        Rulebook.standard().check(project().addParticipant(le("ben").build()).build());
    assertThat(Words.person(id("ben"), untitled)).isEqualTo("'ben'");

    Voice voice = Words.voice(r, SideLabels.defaults());
    Voice data = Words.dataVoice(r, SideLabels.defaults());
    assertThat(voice.write(Argument.person("p", id("ana")))).isEqualTo(Words.GROUP_MEMBER);
    assertThat(voice.write(Argument.thing("t", id("ana")))).isEqualTo(Words.GROUP_MEMBER);
    assertThat(voice.write(Argument.thing("t", id("ben")))).isEqualTo("'ben'");
    assertThat(data.write(Argument.person("p", id("ana")))).isEqualTo(Words.GROUP_MEMBER);
    assertThat(data.write(Argument.person("p", id("ben")))).isEqualTo("'ben'");
    assertThat(data.write(Argument.thing("t", id("ana")))).isEqualTo(Words.GROUP_MEMBER);
    assertThat(data.write(Argument.thing("t", id("cy")))).isEqualTo("'cy'");
  }

  @Test
  void evidenceNamingSomeoneWhoAskedNotToBeNamedSaysAGroupMember() {
    Report r = Rulebook.standard().check(titled());
    SideLabels labels = SideLabels.defaults();
    assertThat(Words.evidence("ana", r, labels)).isEqualTo(Words.GROUP_MEMBER);
    assertThat(Words.evidence("ana.story", r, labels))
        .doesNotContain("ana")
        .contains(Words.GROUP_MEMBER);
    assertThat(Words.evidence("ben", r, labels)).isEqualTo("ben");
    assertThat(Words.evidence(3, r, labels)).isEqualTo("3");
  }

  @Test
  void theRoleThatCountsIsTheEarliestBegunOfThoseInForceOnTheViewsDate() {
    Role later = role("ben", "Chair", 50);
    Role ended =
        Role.builder().participant(id("cy")).title("Treasurer").from(day(0)).until(day(9)).build();
    Role endsThatDay =
        Role.builder()
            .participant(id("dee"))
            .title("Secretary")
            .from(day(0))
            .until(day(10))
            .build();
    Project p =
        project()
            .addParticipant(le("ben").build(), pro("cy").build(), pro("dee").build())
            .addRole(later, role("ben", "Member", 5), role("ben", "Newer", 8), ended, endsThatDay)
            .build();
    Report at10 = Rulebook.standard().check(p.asOf(day(10)));
    assertThat(at10.roleTitles().get(id("ben")).get()).isEqualTo("Member");
    assertThat(at10.roleTitles().containsKey(id("cy"))).isFalse();
    assertThat(at10.roleTitles().get(id("dee")).get()).isEqualTo("Secretary");
    Report at60 = Rulebook.standard().check(p.asOf(day(60)));
    assertThat(at60.roleTitles().get(id("ben")).get()).isEqualTo("Member");
    Report at4 = Rulebook.standard().check(p.asOf(day(4)));
    assertThat(at4.roleTitles().containsKey(id("ben"))).isFalse();
  }

  @Test
  void aStandardRulesRationaleIsAttributedOnceAndACustomOneIsAsWritten() {
    String standard = new DecisionShare().metadata().rationale();
    assertThat(Words.rationale(DecisionShare.ID, standard))
        .endsWith("(" + Words.FOUNDING_TEXT + ")");
    assertThat(Words.rationale("acme/x", standard)).doesNotContain(Words.FOUNDING_TEXT);
    assertThat(Words.rationale(DecisionShare.ID, "From the founding text: share."))
        .doesNotContain(Words.FOUNDING_TEXT);
  }

  @Test
  void namesBeginningWithACapitalAndTitleCaseAreWrittenWithoutFailing() {
    assertThat(Words.name("Hours")).isEqualTo("hours");
    assertThat(Words.name("LEShare")).isEqualTo("LE share");
    assertThat(Words.capitalise("élan vital")).isEqualTo("Élan vital");
    assertThat(Words.capitalise("")).isEmpty();
  }

  @Test
  void markdownEscapesOrderedListMarkersAtEveryDigitAndOnlyAfterDigits() {
    assertThat(MarkdownReport.escape("0. zero")).isEqualTo("0\\. zero");
    assertThat(MarkdownReport.escape("9) nine")).isEqualTo("9\\) nine");
    assertThat(MarkdownReport.escape("1.")).isEqualTo("1\\.");
    assertThat(MarkdownReport.escape("12")).isEqualTo("12");
    assertThat(MarkdownReport.escape(". x")).isEqualTo(". x");
    assertThat(MarkdownReport.escape("\\ first")).isEqualTo("\\\\ first");
  }

  /** A project whose group answered a check-in and saw what their words changed. */
  private static Report withCheckInAndChange() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addImpact(
                Impact.builder()
                    .id(ImpactId.of("shorter"))
                    .date(day(10))
                    .addFrom(id("ana"))
                    .change("The leaflet is shorter")
                    .outcome(ImpactOutcome.ADOPTED)
                    .toldOn(day(12))
                    .build())
            .addCheckIn(
                CheckIn.builder()
                    .round(day(20))
                    .side(Side.LIVED_EXPERIENCE)
                    .respondents(3)
                    .heard(Tally.of(0, 0, 1, 2, 0))
                    .build())
            .build();
    return Rulebook.standard().check(p);
  }

  @Test
  void textAndMarkdownShowCheckInsAndChangesAndTheSummaryIsTheFirstPage() {
    Report r = withCheckInAndChange();
    String text = TextReport.of().render(r);
    String markdown = MarkdownReport.of().render(r);
    for (String out : java.util.List.of(text, markdown)) {
      assertThat(out)
          .contains("The leaflet is shorter")
          .contains(day(12).toString())
          .contains(day(20).toString())
          .contains("3 answered");
    }
    String summary = TextReport.of().renderSummary(r);
    assertThat(summary).isNotBlank().doesNotContain("3 answered");
    assertThat(text).startsWith(summary.strip());
  }
}
