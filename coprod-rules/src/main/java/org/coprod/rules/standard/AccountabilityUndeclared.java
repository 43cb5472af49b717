package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
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
 * {@code accountability-undeclared}: someone in the group answers to an outside line (a boss, a
 * board, a funder: {@code accountableTo}) and the agreement in force says nothing of what happens
 * when such a line overrides the group (NOTE, one finding, about the version in force or, without
 * one, the project).
 *
 * <p>"If a professional has managed to convince their boss that the project they are working on
 * should be done in a coproductive way, that professional will have to answer to their boss, or
 * their funder, or the government."
 *
 * <p>Everyone in the view counts, whether or not they contribute or have left: a line that could
 * override the group is the group's business while anyone answers to it. With no agreement in
 * force, nothing is said of outside lines either, so the rule still speaks. Blank text says
 * nothing. Not applicable when nobody answers to an outside line.
 */
public final class AccountabilityUndeclared implements Rule {
  /** The rule's id. */
  public static final String ID = "accountability-undeclared";

  /** The kind {@code undeclared}. */
  public static final FindingKind UNDECLARED =
      FindingKind.of(
          "undeclared",
          Severity.NOTE,
          "someone answers to an outside line and the agreement says nothing of what happens when it overrides the group",
          "Write into the agreement who answers to whom outside the group, what those lines may overrule, and how the group will be told why.",
          Template.of(
              "default",
              "{people} {count, plural, one {answers} other {answer}} to someone outside the group. {version, plural, =0 {No agreement is in force to say} other {Version # of the agreement does not say}} what happens when such a line overrules the group.",
              Param.people("people"),
              Param.count("count"),
              Param.count("version")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Outside lines not in the agreement")
          .principle(Principle.RESPONSIBILITY)
          .addKind(UNDECLARED)
          .summary(
              "someone answers to an outside line and the agreement says nothing of outside lines")
          .rationale(
              "\"If a professional has managed to convince their boss that the project they are working on should be done in a coproductive way, that professional will have to answer to their boss, or their funder, or the government.\"")
          .addSource(
              "NSUN 4Pi standards: accountability lines documented",
              "TLAP / NCAG ladder of co-production: decisions that cannot be shared must be declared")
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
   * What it reads: the participants (who answers to an outside line), the project's id, and the
   * agreement in force on the view's day.
   */
  @Override
  public java.util.Set<org.coprod.rules.Part> reads() {
    return org.coprod.rules.Part.of(
        org.coprod.rules.Part.PROJECT,
        org.coprod.rules.Part.PARTICIPANTS,
        org.coprod.rules.Part.AGREEMENTS,
        org.coprod.rules.Part.DAY);
  }

  @Override
  public Outcome check(RuleContext context) {
    Seq<Participant> answering =
        context
            .project()
            .participants()
            .filter(p -> p.accountableTo().exists(line -> !line.isBlank()))
            // named in the order of their ids, not of the list, which says nothing
            .sortBy(Participant::id);
    if (answering.isEmpty()) {
      return context.notApplicable("nobody answers to an outside line");
    }
    Option<Agreement> inForce = context.index().agreementInForce();
    if (inForce.flatMap(Agreement::outsideLines).exists(text -> !text.isBlank())) {
      return context.passed();
    }
    Id subject = inForce.<Id>map(AgreementVersion::of).getOrElse(context.project().id());
    return context.outcome(
        List.of(
            context
                .finding(UNDECLARED)
                .addArgument(
                    Argument.people("people", answering.map(Participant::id)),
                    Argument.count("count", answering.size()),
                    Argument.count("version", inForce.map(Agreement::version).getOrElse(0)))
                .addSubject(subject)
                .addEvidence(
                    Evidence.of("answeringOutside", answering.size()),
                    Evidence.of("agreementInForce", inForce.isDefined()))
                .build()));
  }
}
