package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.coprod.core.Agreement;
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
 * {@code after-plan-missing}: the project has closed or made an output, and the agreement in force
 * at the view's date says nothing of what happens after the close (WARNING). One finding for the
 * project; no agreement at all counts as no plan, and so does a blank one.
 *
 * <p>"A good coproduced project will be thinking about what happens after the process is finished
 * and how everyone involved might profit from what has happened." The spine of the founding text
 * ends on it: "Coproduction is about power, purpose, respect, responsibility, resources and knowing
 * what will happen next." Not applicable while the project is running and has made no output.
 */
public final class AfterPlanMissing implements Rule {
  /** The rule's id. */
  public static final String ID = "after-plan-missing";

  /** The kind {@code no-plan}. */
  public static final FindingKind NO_PLAN =
      FindingKind.of(
          "no-plan",
          Severity.WARNING,
          "the project has closed or made outputs, and the agreement in force says nothing of what happens after the close",
          "Agree together what happens to the work after the close (who carries it on, with what money, and how everyone stays involved or is told), and write it into the agreement.",
          Template.of(
              "default",
              "There is no plan yet for what happens after the end. The project has {closed, select, yes {closed} other {made {outputs, plural, one {an output} other {# outputs}}}}, and {version, plural, =0 {there is no agreement to say what happens after the close} other {version # of the agreement, in force now, does not say what happens after the close}}.",
              Param.text("closed"),
              Param.count("outputs"),
              Param.count("version")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No plan for after the close")
          .principle(Principle.WHAT_NEXT)
          .addKind(NO_PLAN)
          .summary("the view is closed or has outputs, and no afterClose plan is agreed")
          .rationale(
              "\"A good coproduced project will be thinking about what happens after the process is finished and how everyone involved might profit from what has happened.\"")
          .addSource(
              "The founding text: \"knowing what will happen next\"",
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "NSUN 4Pi standards: impact")
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

  /**
   * What it reads: the project (its id), its outputs, whether the view is closed, and the agreement
   * in force on the view's day.
   */
  @Override
  public java.util.Set<org.coprod.rules.Part> reads() {
    return org.coprod.rules.Part.of(
        org.coprod.rules.Part.PROJECT,
        org.coprod.rules.Part.OUTPUTS,
        org.coprod.rules.Part.AGREEMENTS,
        org.coprod.rules.Part.DAY);
  }

  @Override
  public Outcome check(RuleContext context) {
    boolean closed = context.view().isClosed();
    int outputs = context.project().outputs().size();
    if (!closed && outputs == 0) {
      return context.notApplicable("the project is running and has made no output yet");
    }
    Option<Agreement> inForce = context.index().agreementInForce();
    if (inForce.flatMap(Agreement::afterClose).exists(plan -> !plan.isBlank())) {
      return context.passed();
    }
    Finding.Builder finding =
        context
            .finding(NO_PLAN)
            .addArgument(
                Argument.text("closed", closed ? "yes" : "no"),
                Argument.count("outputs", outputs),
                Argument.count("version", inForce.map(Agreement::version).getOrElse(0)))
            .addSubject(context.project().id())
            .addEvidence(
                Evidence.of("closed", closed),
                Evidence.of("outputs", outputs),
                Evidence.of("agreementInForce", inForce.isDefined()));
    inForce.forEach(a -> finding.addEvidence(Evidence.of("agreementVersion", a.version())));
    return context.outcome(List.of(finding.build()));
  }
}
