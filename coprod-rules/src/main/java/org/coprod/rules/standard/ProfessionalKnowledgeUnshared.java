package org.coprod.rules.standard;

import io.vavr.collection.List;
import java.util.EnumSet;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code professional-knowledge-unshared} (formerly {@code service-knowledge-withheld}):
 * professionals contributed, but only FACILITATION, LABOUR or FEEDBACK, so how services really work
 * has not been shared in the room yet (NOTE), one finding for the project.
 *
 * <p>"I've seen professionals avoid talking about how things in services really work, even though
 * that's vital knowledge for the coproduced project to work." The rule reads the professional side
 * as a whole, as the catalogue does: one professional who shares what they know (any other kind of
 * contribution: knowledge, ideas, writing, review, a story) is enough. A professional who holds
 * back on their own shows in {@code skills-unused}. Only kinds recorded as such count: the kind a
 * meeting's register gives professionals by default is evidence neither way. Not applicable when
 * professionals have not contributed, or only at meetings whose registers did not say what they
 * brought.
 */
public final class ProfessionalKnowledgeUnshared implements Rule {
  /** The rule's id. */
  public static final String ID = "professional-knowledge-unshared";

  /** The rule's id before it was renamed. */
  public static final String FORMER_ID = "service-knowledge-withheld";

  private static final Set<ContributionKind> HOLDING_BACK =
      EnumSet.of(ContributionKind.FACILITATION, ContributionKind.LABOUR, ContributionKind.FEEDBACK);

  /** The kind {@code unshared}. */
  public static final FindingKind UNSHARED =
      FindingKind.of(
          "unshared",
          Severity.NOTE,
          "{pro} only facilitated, did tasks or gave feedback: how services really work has not been shared in the room yet",
          "Ask the {pro} to explain how the service really works, its rules, money and pressures: the group needs that knowledge as much as lived experience.",
          Template.of(
              "default",
              "{pro} have not yet told the group how things really work. The {contributors, plural, one {1 contributing professional} other {# contributing {pro}}} only facilitated, did tasks or gave feedback: none of their contributions has shared yet what they know of how services really work.",
              Param.count("contributors"),
              Param.side("pro")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .addFormerId(FORMER_ID)
          .title("How services work is not yet shared")
          .principle(Principle.POWER)
          .addKind(UNSHARED)
          .summary(
              "PRO contributed, but only FACILITATION, LABOUR or FEEDBACK: how services really work has not been shared in the room yet (a kind given by a meeting's default is not evidence either way: only kinds recorded as such count)")
          .rationale(
              "\"I've seen professionals avoid talking about how things in services really work, even though that's vital knowledge for the coproduced project to work.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: respecting and valuing all knowledge",
              "SCIE co-production principles: equality, everyone has assets")
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
    ProjectIndex index = context.index();
    Side pro = Side.PROFESSIONAL;
    if (index.kinds(pro).isEmpty()) {
      return context.notApplicable("no contributions by {pro}");
    }
    Set<ContributionKind> kinds = index.kindsRecorded(pro);
    if (kinds.isEmpty()) {
      return context.notApplicable(
          "{pro} contributed only at meetings, and no register says what they brought");
    }
    if (!HOLDING_BACK.containsAll(kinds)) {
      return context.passed();
    }
    int contributors = index.contributors(pro).size();
    return context.outcome(
        List.of(
            context
                .finding(UNSHARED)
                .addArgument(
                    Argument.count("contributors", contributors), Argument.side("pro", pro))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("professionalContributors", contributors),
                    Evidence.of(
                        "professionalKinds",
                        List.ofAll(kinds).map(ContributionKind::name).mkString(",")))
                .build()));
  }
}
