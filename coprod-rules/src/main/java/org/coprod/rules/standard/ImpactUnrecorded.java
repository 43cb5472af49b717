package org.coprod.rules.standard;

import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code impact-unrecorded}: core people with lived experience gave ideas, their experience or
 * feedback, and the record holds no impact from any of it: nothing says what changed because of
 * what they said, or why it did not. At the close a WARNING, before it a NOTE ("so far"); one
 * finding for the project, with the counts in its evidence.
 *
 * <p>"Coproduction is about sharing ideas and sharing work and making something happen that
 * wouldn't have happened in the same way if different people had been involved." A group that
 * cannot say what happened differently because of the people with lived experience cannot show it
 * coproduced. An impact comes from a contribution when it names the contribution (a meeting's
 * attendance included, as {@code MEETING.PARTICIPANT}), the meeting it was given at, or the person
 * who gave it; any outcome counts, PENDING and NOT_ADOPTED included, since recording what was not
 * taken up, and why, is recording too. Not applicable while no core person with lived experience
 * has given an idea, their experience or feedback.
 */
public final class ImpactUnrecorded implements Rule {
  /** The rule's id. */
  public static final String ID = "impact-unrecorded";

  /** The kinds of contribution that are input an impact can come from. */
  private static final Set<ContributionKind> INPUT =
      Set.of(
          ContributionKind.IDEA,
          ContributionKind.EXPERIENTIAL_KNOWLEDGE,
          ContributionKind.FEEDBACK);

  /** {@link #INPUT} as a mask of kinds' ordinals, tested against the index's column of kinds. */
  private static final int INPUT_KINDS =
      INPUT.stream().mapToInt(k -> 1 << k.ordinal()).reduce(0, (a, b) -> a | b);

  /** The kind {@code unrecorded}: at the close. */
  public static final FindingKind UNRECORDED =
      FindingKind.of(
          "unrecorded",
          Severity.WARNING,
          "at the close, {le} gave ideas, their experience or feedback, and nothing records what changed because of it",
          "Go back over what {le} said and record what changed because of it, what did not and why; then tell them.",
          Template.of(
              "default",
              "The record does not say what changed from what {le} said. They gave ideas, their experience or feedback ({inputs, plural, one {1 time} other {# times}}, from {people, plural, one {1 person} other {# people}}), and nothing says what changed because of any of it, or why not.",
              Param.side("le"),
              Param.count("inputs"),
              Param.count("people")));

  /** The kind {@code unrecorded-so-far}: before the close. */
  public static final FindingKind UNRECORDED_SO_FAR =
      FindingKind.of(
          "unrecorded-so-far",
          Severity.NOTE,
          "so far, {le} gave ideas, their experience or feedback, and nothing records what changed because of it",
          "Start a list of what you heard and what changed (\"you said, we did\"), including what was not taken up and why.",
          Template.of(
              "default",
              "So far, the record does not say what changed from what {le} said. They gave ideas, their experience or feedback ({inputs, plural, one {1 time} other {# times}}, from {people, plural, one {1 person} other {# people}}), and so far nothing says what changed because of any of it, or why not.",
              Param.side("le"),
              Param.count("inputs"),
              Param.count("people")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("What changed is not recorded")
          .principle(Principle.RESPECT)
          .addKind(UNRECORDED, UNRECORDED_SO_FAR)
          .summary(
              "core LE people gave IDEA, EXPERIENTIAL_KNOWLEDGE or FEEDBACK and no impact comes from any of it (W at the close, N before)")
          .rationale(
              "\"Coproduction is about sharing ideas and sharing work and making something happen that wouldn't have happened in the same way if different people had been involved.\"")
          .addSource(
              "NSUN 4Pi standards: impact",
              "GRIPP2 (Staniszewska et al., 2017): the results of involvement and the extent it influenced the work")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Project project = context.project();
    Set<String> sources = new HashSet<>();
    for (Impact impact : project.impacts()) {
      for (Id from : impact.from()) {
        sources.add(from.value());
      }
    }
    // Through the index's columns: the kind of each contribution as a byte and its person's
    // ordinal, with who counts (core, with lived experience) and who gave an input by ordinal.
    Columns columns = Columns.of(context.index());
    int n = columns.personCount();
    boolean[] counted = new boolean[n];
    for (int p = 0; p < n; p++) {
      Participant who = columns.participant(p);
      counted[p] = who.isLivedExperience() && who.isCore();
    }
    boolean[] gave = new boolean[n];
    int people = 0;
    int inputs = 0;
    for (int i = 0; i < columns.count(); i++) {
      int p = columns.ordinalAt(i);
      if (counted[p] && (INPUT_KINDS & (1 << columns.kindAt(i).ordinal())) != 0) {
        inputs++;
        if (!gave[p]) {
          gave[p] = true;
          people++;
        }
      }
    }
    int heard = 0;
    if (inputs > 0 && !sources.isEmpty()) {
      // One input an impact comes from is enough: look no further than the first.
      boolean[] source = new boolean[n];
      for (int p = 0; p < n; p++) {
        source[p] = gave[p] && sources.contains(columns.participant(p).id().value());
      }
      for (int i = 0; i < columns.count() && heard == 0; i++) {
        int p = columns.ordinalAt(i);
        if (!gave[p] || (INPUT_KINDS & (1 << columns.kindAt(i).ordinal())) == 0) {
          continue;
        }
        Contribution c = columns.contribution(i);
        if (source[p]
            || c.subjectId().exists(id -> sources.contains(id.value()))
            || c.meeting().exists(id -> sources.contains(id.value()))) {
          heard++;
        }
      }
    }
    if (inputs == 0) {
      return context.notApplicable(
          "no core person among {le} has given an idea, their experience or feedback");
    }
    if (heard > 0) {
      return context.passed();
    }
    boolean closed = context.view().isClosed();
    Finding f =
        context
            .finding(closed ? UNRECORDED : UNRECORDED_SO_FAR)
            .addArgument(
                Argument.side("le", Side.LIVED_EXPERIENCE),
                Argument.count("inputs", inputs),
                Argument.count("people", people))
            .addSubject(project.id())
            .addEvidence(
                Evidence.of("livedExperienceInputs", inputs),
                Evidence.of("livedExperiencePeople", people),
                Evidence.of("impacts", project.impacts().size()))
            .build();
    return context.outcome(java.util.List.of(f));
  }
}
