package org.coprod.rules.standard;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Set;
import org.coprod.core.Output;
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
 * {@code credit-one-sided}: at the close, an output whose credit sits with one side while the other
 * made a substantial contribution (CONCERN); before the close, the same as a NOTE, "so far".
 *
 * <p>"If it's coproduction everyone involved will have made it what it is; but too commonly those
 * on one side of the professional divide get to carry the work forwards and those on the other side
 * get left behind." A side made a substantial contribution when it gave 20% or more of the output's
 * hours, or any IDEA or WRITING for it. Not applicable when no output has credit.
 */
public final class CreditOneSided implements Rule {
  /** The rule's id. */
  public static final String ID = "credit-one-sided";

  /** The kind {@code one-sided}. */
  public static final FindingKind ONE_SIDED =
      FindingKind.of(
          "one-sided",
          Severity.CONCERN,
          "at the close, one side has all the credit for an output, though the other side gave a lot to it",
          "Agree who is named on the output before it is published, and credit everyone who made it what it is, by name, pseudonym or as a group as each prefers.",
          Template.of(
              "default",
              "Just one side has all of the credit for {output}. It sits with {holder} only, though {other} made a substantial contribution to it.",
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")));

  /** The kind {@code one-sided-so-far}. */
  public static final FindingKind ONE_SIDED_SO_FAR =
      FindingKind.of(
          "one-sided-so-far",
          Severity.NOTE,
          "so far, one side has all the credit for an output, though the other side gave a lot to it",
          "There is still time: agree now how everyone who shaped the output will be credited.",
          Template.of(
              "default",
              "So far, just one side has all of the credit for {output}. It sits with {holder} only, though {other} made a substantial contribution to it.",
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Credit on one side")
          .principle(Principle.WHAT_NEXT)
          .addKind(ONE_SIDED)
          .addKind(ONE_SIDED_SO_FAR)
          .summary(
              "at the close, an output whose credit sits with one side while the other made a substantial contribution (before the close: N, \"so far\")")
          .rationale(
              "\"If it's coproduction everyone involved will have made it what it is; but too commonly those on one side of the professional divide get to carry the work forwards and those on the other side get left behind.\"")
          .addSource(
              "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors are credited or acknowledged",
              "NIHR payment guidance: people told at the outset how they will be acknowledged")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.CREDIT_MONOTONICITY,
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
    Seq<Output> credited = context.project().outputs().filter(o -> !o.credited().isEmpty());
    if (credited.isEmpty()) {
      return context.notApplicable("no output has credit yet");
    }
    boolean atClose = context.view().isClosed();
    java.util.List<Finding> findings = new ArrayList<>();
    for (Output o : credited) {
      Set<Side> sides = index.creditedSides(o);
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
              .finding(atClose ? ONE_SIDED : ONE_SIDED_SO_FAR)
              .addArgument(
                  Argument.output("output", o.id()),
                  Argument.side("holder", holder),
                  Argument.side("other", left))
              .addSubject(o.id())
              .addEvidence(
                  Evidence.of("creditedSide", holder.name()),
                  Evidence.of("overlookedSide", left.name()),
                  Evidence.of("otherSideHoursShare", share),
                  Evidence.of("otherSideGaveIdeaOrWriting", index.gaveIdeaOrWriting(o.id(), left)))
              .build());
    }
    return context.outcome(findings);
  }
}
