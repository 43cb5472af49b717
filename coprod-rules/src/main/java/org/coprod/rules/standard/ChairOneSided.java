package org.coprod.rules.standard;

import java.util.List;
import org.coprod.core.Meeting;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code chair-one-sided}: {@code minMeetings} (4) or more meetings have a recorded chair ({@code
 * chairedBy}), and nobody with lived experience chaired or co-chaired any of them. One WARNING, on
 * the project, with the number of chaired meetings in the evidence.
 *
 * <p>"Some people in coproductive activities will have more power than others." Who chairs decides
 * what is on the agenda, who speaks and when the talking stops: a group whose every meeting is
 * chaired from one side has handed that power over without deciding to. Meetings with no chair
 * recorded are not counted either way (many groups do not record one). Not applicable with fewer
 * chaired meetings than {@code minMeetings}, or with nobody with lived experience in the project.
 */
public final class ChairOneSided implements Rule {
  /** The rule's id. */
  public static final String ID = "chair-one-sided";

  /** How many chaired meetings make a pattern rather than a start. */
  public static final Parameter<Integer> MIN_MEETINGS =
      Parameter.count(
          "minMeetings",
          4,
          "meetings with a recorded chair before the chairing is judged",
          "a starting point your group can change");

  /** The kind {@code professionals-only}. */
  public static final FindingKind PROFESSIONALS_ONLY =
      FindingKind.of(
          "professionals-only",
          Severity.WARNING,
          "every meeting with a recorded chair was chaired by professionals only",
          "Offer the chair, or a co-chair, to {le}, with the preparation time paid and support to chair if they want it.",
          Template.of(
              "default",
              "Only one side has chaired the meetings. All {chaired} meetings with a chair recorded were chaired by professionals; nobody with lived experience chaired or co-chaired any of them.",
              Param.count("chaired")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Chairing on one side")
          .principle(Principle.POWER)
          .addKind(PROFESSIONALS_ONLY)
          .summary(
              "4 or more meetings (a starting point your group can change) with a recorded chair and no lived-experience chair or co-chair at any of them")
          .rationale("\"Some people in coproductive activities will have more power than others.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "Arnstein's ladder (1969): at partnership the arrangement cannot be changed unilaterally")
          .addParameter(MIN_MEETINGS)
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

  /** What it reads: the meetings, their chairs and their sides. */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT, Part.PARTICIPANTS, Part.MEETINGS);
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    if (index.people(Side.LIVED_EXPERIENCE).isEmpty()) {
      return context.notApplicable("no {le, one}");
    }
    int min = context.parameter(MIN_MEETINGS);
    int chaired = 0;
    boolean livedExperienceChaired = false;
    for (Meeting m : context.project().meetings()) {
      if (m.chairedBy().isEmpty()) {
        continue;
      }
      chaired++;
      if (m.chairedBy().exists(id -> index.side(id) == Side.LIVED_EXPERIENCE)) {
        livedExperienceChaired = true;
      }
    }
    if (chaired < min) {
      return context.notApplicable(
          "fewer than " + min + " meetings with a recorded chair (" + chaired + ")");
    }
    if (livedExperienceChaired) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(PROFESSIONALS_ONLY)
                .addArgument(Argument.count("chaired", chaired))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("chairedMeetings", chaired), Evidence.of("minMeetings", min))
                .build()));
  }
}
