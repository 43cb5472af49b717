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

  /** The kind {@code unrecorded}: at the close. */
  public static final FindingKind UNRECORDED =
      FindingKind.of(
          "unrecorded",
          Severity.WARNING,
          "at the close, {le} gave ideas, their experience or feedback, and nothing records what changed because of it",
          "Go back over what {le} said and record what changed because of it, what did not and why; then tell them.",
          Template.of(
              "default",
              "{le} gave ideas, their experience or feedback ({inputs, plural, one {1 time} other {# times}}, from {people, plural, one {1 person} other {# people}}), and nothing records what changed because of any of it, or why not.",
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
              "{le} gave ideas, their experience or feedback ({inputs, plural, one {1 time} other {# times}}, from {people, plural, one {1 person} other {# people}}), and so far nothing records what changed because of any of it, or why not.",
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
              Law.TOTALITY)
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
    Set<String> people = new HashSet<>();
    int inputs = 0;
    int heard = 0;
    for (Contribution c : project.contributions()) {
      if (!INPUT.contains(c.kind())) {
        continue;
      }
      Participant who = project.participant(c.participant()).getOrNull();
      if (who == null || !who.isLivedExperience() || !who.isCore()) {
        continue;
      }
      inputs++;
      people.add(c.participant().value());
      if (sources.contains(c.participant().value())
          || c.subjectId().exists(id -> sources.contains(id.value()))
          || c.meeting().exists(id -> sources.contains(id.value()))) {
        heard++;
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
                Argument.count("people", people.size()))
            .addSubject(project.id())
            .addEvidence(
                Evidence.of("livedExperienceInputs", inputs),
                Evidence.of("livedExperiencePeople", people.size()),
                Evidence.of("impacts", project.impacts().size()))
            .build();
    return context.outcome(java.util.List.of(f));
  }
}
