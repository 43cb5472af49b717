package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Recheck;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;
import org.jspecify.annotations.Nullable;

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
              Law.ORDER_INDEPENDENCE,
              Law.INCREMENTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** One person's stories and contributions, and their finding as last built. */
  private static final class Teller {
    final Participant person;
    final Map<ContributionId, Integer> days = new LinkedHashMap<>();
    int unpaid;
    // Built again only when the person told a story or contributed since it was built.
    boolean stale = true;
    @Nullable Finding burden;

    Teller(Participant person) {
      this.person = person;
    }
  }

  /**
   * What a check keeps for the next recheck: the tellers in the order of their first story, with
   * their stories' days and unpaid stories, the debrief notes in the order of the stories, and how
   * many stories were read. Contributions appended later only add stories and contributions, so
   * each of these grows, and only the people the appended contributions name need their finding
   * built again.
   */
  private static final class State {
    final int max;
    int storiesRead;
    final Map<ParticipantId, Teller> tellers = new LinkedHashMap<>();
    final java.util.Set<ContributionId> debriefNoted = new java.util.HashSet<>();
    final java.util.List<Finding> noDebrief = new ArrayList<>();

    State(int max) {
      this.max = max;
    }

    /** Adds the stories the index holds past those read, in the project's order. */
    void addStories(RuleContext context, Columns columns) {
      for (int s = storiesRead; s < columns.storyCount(); s++) {
        int i = columns.storyAt(s);
        Contribution c = columns.contribution(i);
        Participant person = columns.contributor(i);
        Teller t = tellers.computeIfAbsent(c.participant(), k -> new Teller(person));
        t.stale = true;
        ContributionId story = c.subjectId().get();
        t.days.putIfAbsent(story, columns.day(i));
        boolean rateInForce =
            columns
                .paymentTermsAt(i)
                .flatMap(PaymentTerms::ratePerHour)
                .exists(r -> r.signum() > 0);
        if (rateInForce && c.hours() > 0 && !ProjectIndex.isPaidHour(c, person)) {
          t.unpaid++;
        }
        boolean debriefed = c.consent().exists(k -> k.debriefOffered());
        if (!debriefed && debriefNoted.add(story)) {
          noDebrief.add(
              context
                  .finding(NO_DEBRIEF)
                  .addArgument(Argument.person("person", c.participant()))
                  .addSubject(c.participant())
                  .addSubject(story)
                  .build());
        }
      }
      storiesRead = columns.storyCount();
    }

    /** The outcome: the debrief notes, then a finding per teller, built again where stale. */
    Outcome outcome(RuleContext context) {
      if (tellers.isEmpty()) {
        return context.notApplicable("nobody has told a story");
      }
      java.util.List<Finding> findings = new ArrayList<>(noDebrief);
      for (Teller t : tellers.values()) {
        if (t.stale) {
          t.burden = burden(context, t, max);
          t.stale = false;
        }
        if (t.burden != null) {
          findings.add(t.burden);
        }
      }
      return context.outcome(findings);
    }
  }

  /**
   * The participants, their contributions and the agreements' payment terms; not the day: the
   * stories and their days are the contributions'.
   */
  @Override
  public Set<Part> reads() {
    return Part.of(Part.PARTICIPANTS, Part.CONTRIBUTIONS, Part.AGREEMENTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    // Only the stories, in the project's order: the index keeps their places, and each teller's
    // count of contributions.
    State state = new State(context.parameter(MAX_STORIES));
    state.addStories(context, Columns.of(context.index()));
    context.keep(state);
    return state.outcome(context);
  }

  /**
   * Adds only the appended stories; a teller who told a story or contributed anything since has
   * their finding built again (their count of contributions moved), every other's is kept.
   */
  @Override
  public Outcome recheck(RuleContext context, Recheck since) {
    Option<State> kept = since.kept(State.class);
    if (kept.isEmpty() || kept.get().max != context.parameter(MAX_STORIES)) {
      return check(context);
    }
    State state = kept.get();
    Columns columns = Columns.of(context.index());
    for (int i = since.firstAddedContribution(); i < columns.count(); i++) {
      Teller t = state.tellers.get(columns.contributor(i).id());
      if (t != null) {
        t.stale = true;
      }
    }
    state.addStories(context, columns);
    context.keep(state);
    return state.outcome(context);
  }

  /** A teller's finding, or null where no ground is met. */
  private static @Nullable Finding burden(RuleContext context, Teller t, int max) {
    int contributions = context.index().contributions(t.person.id());
    int[] days = t.days.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    int most = mostWithin(days);
    boolean many = most >= max;
    boolean mostly = 2 * days.length > contributions;
    if (!many && !mostly && t.unpaid == 0) {
      return null;
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
    return context
        .finding(BURDEN)
        .addArgument(
            Argument.person("person", t.person.id()),
            Argument.text("reasons", Words.reasons(many, most, mostly, t.unpaid)))
        .addSubject(t.person.id())
        .addEvidence(
            Evidence.of("grounds", String.join(",", grounds)),
            Evidence.of("stories", days.length),
            Evidence.of("storiesWithin365Days", most),
            Evidence.of("contributions", contributions),
            Evidence.of("unpaidStories", t.unpaid),
            Evidence.of("maxStories", max))
        .build();
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
