package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;

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

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Outside lines undeclared")
          .principle(Principle.RESPONSIBILITY)
          .addKind(
              FindingKind.of(
                  "undeclared",
                  Severity.NOTE,
                  "someone answers to an outside line and the agreement says nothing of what happens when it overrides the group",
                  "Write into the agreement who answers to whom outside the group, what those lines may overrule, and how the group will be told why."))
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
    String who =
        answering.size() == 1
            ? "'" + answering.head().id() + "' answers"
            : quoted(answering) + " answer";
    String agreement =
        inForce
            .map(a -> "version " + a.version() + " of the agreement says nothing of")
            .getOrElse("no agreement is in force to say");
    return context.outcome(
        List.of(
            context
                .finding("undeclared")
                .message(
                    who
                        + " to a line outside the group, and "
                        + agreement
                        + " what happens when such a line overrides the group.")
                .addSubject(subject)
                .addEvidence(
                    Evidence.of("answeringOutside", answering.size()),
                    Evidence.of("agreementInForce", inForce.isDefined()))
                .build()));
  }

  private static String quoted(Seq<Participant> people) {
    Seq<String> words = people.map(p -> "'" + p.id() + "'");
    return words.init().mkString(", ") + " and " + words.last();
  }
}
