package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coprod.core.Agreement;
import org.coprod.core.Output;
import org.coprod.core.Ownership;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
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
 * {@code ownership-one-sided}: an output with no owner, or owned by one side while the other made a
 * substantial contribution to it (20% or more of its hours, or any IDEA or WRITING), unless the
 * agreement in force gives ownership to the organisation (WARNING). One finding per output.
 *
 * <p>"A further thorny issue is to whom the final product of a coproduction process belongs." The
 * agreement read is the one in force at the view's date: the group's latest word on ownership
 * covers every output, including those made before it. Where that agreement says ORGANISATION, the
 * group has settled the question openly and the rule does not apply; SHARED or UNDECIDED ownership,
 * or no agreement, leaves each output to be checked. Not applicable before the project has an
 * output.
 */
public final class OwnershipOneSided implements Rule {
  /** The rule's id. */
  public static final String ID = "ownership-one-sided";

  /** The kind {@code no-owner}. */
  public static final FindingKind NO_OWNER =
      FindingKind.of(
          "no-owner",
          Severity.WARNING,
          "an output has no owner, so nobody holds the right to use, adapt and deliver it",
          "Agree who holds the right to use, adapt and deliver the output, and write it into the agreement.",
          Template.of(
              "default",
              "Output {output} has no owner: nobody holds the right to use, adapt and deliver it{agreement, select, none {, and there is no agreement that says who does} other {}}.",
              Param.output("output"),
              Param.text("agreement")));

  /** The kind {@code one-sided}. */
  public static final FindingKind ONE_SIDED =
      FindingKind.of(
          "one-sided",
          Severity.WARNING,
          "an output is owned by one side only while the other made a substantial contribution to it",
          "Talk about who may use, adapt and deliver the output after the project, and consider shared ownership with the people who shaped it.",
          Template.of(
              "default",
              "Output {output} is owned by {holder} only, though {other} made a substantial contribution to it ({ideaOrWriting, select, yes {an idea or writing, and } other {}}{share} of its hours).",
              Param.output("output"),
              Param.side("holder"),
              Param.side("other"),
              Param.text("ideaOrWriting"),
              Param.share("share")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Ownership on one side")
          .principle(Principle.WHAT_NEXT)
          .addKind(NO_OWNER)
          .addKind(ONE_SIDED)
          .summary(
              "an output with no owner, or owned by one side while the other made a substantial contribution, unless ownership is ORGANISATION by agreement")
          .rationale(
              "\"A further thorny issue is to whom the final product of a coproduction process belongs.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end, joint ownership",
              "TLAP / NCAG ladder of co-production: co-production shares strategic decisions from design to delivery")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
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
    if (context.project().outputs().isEmpty()) {
      return context.notApplicable("no output yet");
    }
    ProjectIndex index = context.index();
    Option<Agreement> inForce = index.agreementInForce();
    if (inForce.exists(a -> a.ownership() == Ownership.ORGANISATION)) {
      return context.notApplicable(
          "the agreement in force gives ownership of the outputs to the organisation");
    }
    String agreed = inForce.map(a -> a.ownership().name()).getOrElse("NO_AGREEMENT");
    List<Finding> findings = new ArrayList<>();
    for (Output o : context.project().outputs()) {
      if (o.owners().isEmpty()) {
        findings.add(
            context
                .finding(NO_OWNER)
                .addArgument(
                    Argument.output("output", o.id()),
                    Argument.text("agreement", inForce.isEmpty() ? "none" : "some"))
                .addSubject(o.id())
                .addEvidence(Evidence.of("agreedOwnership", agreed))
                .build());
        continue;
      }
      EnumSet<Side> sides = EnumSet.noneOf(Side.class);
      for (ParticipantId owner : o.owners()) {
        sides.add(index.side(owner));
      }
      if (sides.size() != 1) {
        continue;
      }
      Side holder = sides.iterator().next();
      Side left = holder.other();
      if (!index.substantial(o.id(), left)) {
        continue;
      }
      double all = index.outputHours(o.id());
      double share = all > 0 ? index.outputHours(o.id(), left) / all : 0.0;
      findings.add(
          context
              .finding(ONE_SIDED)
              .addArgument(
                  Argument.output("output", o.id()),
                  Argument.side("holder", holder),
                  Argument.side("other", left),
                  Argument.text(
                      "ideaOrWriting", index.gaveIdeaOrWriting(o.id(), left) ? "yes" : "no"),
                  Argument.share("share", share))
              .addSubject(o.id())
              .addEvidence(
                  Evidence.of("ownerSide", holder.name()),
                  Evidence.of("owners", o.owners().size()),
                  Evidence.of("otherSideHoursShare", share),
                  Evidence.of("otherSideGaveIdeaOrWriting", index.gaveIdeaOrWriting(o.id(), left)),
                  Evidence.of("agreedOwnership", agreed))
              .build());
    }
    return context.outcome(findings);
  }
}
