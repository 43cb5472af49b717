package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code story-burden}: telling one's own story costs something, and the project may be asking too
 * much of it.
 *
 * <ul>
 *   <li>NOTE, kind {@code no-debrief}, for each story whose teller was not offered a debrief (no
 *       consent recorded, or one without {@code debriefOffered});
 *   <li>WARNING, kind {@code burden}, once per person who told {@code maxStories} (3) or more
 *       stories within 365 days (the first and the last less than 365 days apart), or whose
 *       contributions are mostly stories (more than half of them: valued only for their story), or
 *       who told a story unpaid while the agreement in force on that day set a rate of pay (and
 *       they neither decline payment nor are salaried). Every ground met is in the evidence.
 * </ul>
 *
 * <p>"Coproduction is the job of making something new, but it's also an emotional experience." A
 * story of crisis is told at a cost to the teller each time; being asked again and again, or only
 * for that, turns a person into their worst day. Stories are counted as tellings: two without ids
 * of their own, told by one person on one day, are one. People of both sides count alike. Not
 * applicable when nobody has told a story.
 */
public final class StoryBurden implements Rule {
  /** The rule's id. */
  public static final String ID = "story-burden";

  /** How many stories within 365 days are a burden to ask of one person. */
  public static final Parameter<Integer> MAX_STORIES =
      Parameter.count(
          "maxStories",
          3,
          "stories told by one person within 365 days that are too many to ask",
          "a starting point your group can change");

  /** The days within which stories are counted together. */
  static final int WINDOW_DAYS = 365;

  /** The kind {@code no-debrief}. */
  public static final FindingKind NO_DEBRIEF =
      FindingKind.of(
          "no-debrief",
          Severity.NOTE,
          "a person who told their story was not offered a debrief afterwards",
          "Offer the person a debrief, at a time and with someone of their choosing, and offer one after every story told from now on.",
          Template.of(
              "default",
              "{person} told their story, and no one asked how they felt. They were not offered a debrief afterwards.",
              Param.person("person")));

  /** The kind {@code burden}. */
  public static final FindingKind BURDEN =
      FindingKind.of(
          "burden",
          Severity.WARNING,
          "a person has been asked for their story often, mostly for that, or without the pay others get",
          "Talk with the person, privately, about what they want to bring besides their story, pay every story at the agreed rate, and share the telling more widely.",
          Template.of(
              "default",
              "The weight of telling stories falls on {person}. {person} {reasons}.",
              Param.person("person"),
              Param.text("reasons")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("The weight of telling stories")
          .principle(Principle.RESPECT)
          .addKind(NO_DEBRIEF, BURDEN)
          .summary(
              "a story with no debrief offered (N); one person's 3 or more stories within 365 days (a starting point your group can change), mostly stories, or a story unpaid under an agreed rate (W)")
          .rationale(
              "\"Coproduction is the job of making something new, but it's also an emotional experience and an experience of getting to know and work with people we might never have expected to work with.\"")
          .addSource(
              "NIHR payment guidance (v1.6, 2024): nobody financially worse off; pay fair compared with other team members",
              "SCIE co-production principles: equality, everyone has assets, not only their story")
          .addParameter(MAX_STORIES)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** One person's stories and contributions. */
  private static final class Teller {
    final Participant person;
    final Map<ContributionId, Integer> days = new LinkedHashMap<>();
    int contributions;
    int unpaid;

    Teller(Participant person) {
      this.person = person;
    }
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Columns columns = Columns.of(index);
    int max = context.parameter(MAX_STORIES);
    Map<ParticipantId, Teller> tellers = new LinkedHashMap<>();
    java.util.List<Finding> findings = new ArrayList<>();
    java.util.Set<ContributionId> debriefNoted = new java.util.HashSet<>();
    // Only the stories, in the project's order: the index keeps their places, and each teller's
    // count of contributions.
    for (int s = 0; s < columns.storyCount(); s++) {
      int i = columns.storyAt(s);
      Contribution c = columns.contribution(i);
      Participant person = columns.contributor(i);
      Teller t = tellers.computeIfAbsent(c.participant(), k -> new Teller(person));
      ContributionId story = c.subjectId().get();
      t.days.putIfAbsent(story, columns.day(i));
      boolean rateInForce =
          columns.paymentTermsAt(i).flatMap(PaymentTerms::ratePerHour).exists(r -> r.signum() > 0);
      if (rateInForce && c.hours() > 0 && !ProjectIndex.isPaidHour(c, person)) {
        t.unpaid++;
      }
      boolean debriefed = c.consent().exists(k -> k.debriefOffered());
      if (!debriefed && debriefNoted.add(story)) {
        findings.add(
            context
                .finding(NO_DEBRIEF)
                .addArgument(Argument.person("person", c.participant()))
                .addSubject(c.participant())
                .addSubject(story)
                .build());
      }
    }
    if (tellers.isEmpty()) {
      return context.notApplicable("nobody has told a story");
    }
    for (Teller t : tellers.values()) {
      t.contributions = index.contributions(t.person.id());
      int[] days = t.days.values().stream().mapToInt(Integer::intValue).sorted().toArray();
      int most = mostWithin(days);
      boolean many = most >= max;
      boolean mostly = 2 * days.length > t.contributions;
      if (!many && !mostly && t.unpaid == 0) {
        continue;
      }
      java.util.List<String> grounds = new ArrayList<>();
      if (many) {
        grounds.add("manyStories");
      }
      if (mostly) {
        grounds.add("mostlyStories");
      }
      if (t.unpaid > 0) {
        grounds.add("unpaidStories");
      }
      findings.add(
          context
              .finding(BURDEN)
              .addArgument(
                  Argument.person("person", t.person.id()),
                  Argument.text("reasons", Words.reasons(many, most, mostly, t.unpaid)))
              .addSubject(t.person.id())
              .addEvidence(
                  Evidence.of("grounds", String.join(",", grounds)),
                  Evidence.of("stories", days.length),
                  Evidence.of("storiesWithin365Days", most),
                  Evidence.of("contributions", t.contributions),
                  Evidence.of("unpaidStories", t.unpaid),
                  Evidence.of("maxStories", max))
              .build());
    }
    return context.outcome(findings);
  }

  /** The most days of a sorted array that lie within {@link #WINDOW_DAYS} of each other. */
  static int mostWithin(int[] sortedDays) {
    int most = 0;
    int from = 0;
    for (int to = 0; to < sortedDays.length; to++) {
      while (sortedDays[to] - sortedDays[from] >= WINDOW_DAYS) {
        from++;
      }
      most = Math.max(most, to - from + 1);
    }
    return most;
  }

  /** The rule's words, in one place. */
  static final class Words {
    private Words() {}

    /** What makes a person's telling a burden, each ground in words, joined. */
    static String reasons(boolean many, int most, boolean mostly, int unpaid) {
      java.util.List<String> why = new ArrayList<>();
      if (many) {
        why.add("told " + most + " stories within a year");
      }
      if (mostly) {
        why.add("has been asked mostly for their story");
      }
      if (unpaid > 0) {
        why.add(
            (unpaid == 1 ? "told a story" : "told " + unpaid + " stories")
                + " without pay while the agreement set a rate");
      }
      return why.size() == 1
          ? why.get(0)
          : String.join(", ", why.subList(0, why.size() - 1)) + ", and " + why.get(why.size() - 1);
    }
  }
}
