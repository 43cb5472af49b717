package org.coprod.rules.standard;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.coprod.core.Decision;
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
 * {@code feedback-missing}: a key decision where people with lived experience were consulted, had
 * no say, and were never told the outcome (NOTE), one finding per decision.
 *
 * <p>"For many of us who have been users of services and tried to change them our experience has
 * been one of being ignored or spoken over or belittled by people with more experience or what
 * feels like a higher social position than us." Being asked and then hearing nothing is how being
 * ignored feels. "Never told" is read at the view's date: a decision whose {@code feedback} date is
 * later than the view has not yet been fed back, so a check of today's view flags a decision made
 * today; the finding's evidence says how many days have passed. Every key decision counts, reserved
 * or not: a reserved decision can still be explained to those who were asked. "Had a say" is the
 * shared {@link ProjectIndex#hadSay(Decision, Side)}. Not applicable without a key decision on
 * which people with lived experience were consulted.
 */
public final class FeedbackMissing implements Rule {
  /** The rule's id. */
  public static final String ID = "feedback-missing";

  /** The kind {@code not-told}. */
  public static final FindingKind NOT_TOLD =
      FindingKind.of(
          "not-told",
          Severity.NOTE,
          "{le} were consulted on a key decision they had no say in, and were never told the outcome",
          "Tell the people who were consulted what was decided, how their input shaped it, and why where it could not.",
          Template.of(
              "default",
              "{consulted, plural, one {One {le, one} was} other {# {le} were}} asked, but not told what was decided. On the key decision {decision}, they were consulted, had no say in it, and have not been told the outcome {days, plural, one {# day} other {# days}} on.",
              Param.decision("decision"),
              Param.count("consulted"),
              Param.side("le"),
              Param.count("days")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No feedback to those consulted")
          .principle(Principle.POWER)
          .addKind(NOT_TOLD)
          .summary(
              "a key decision where LE was consulted, had no say, and was never told the outcome")
          .rationale(
              "\"For many of us who have been users of services and tried to change them our experience has been one of being ignored or spoken over or belittled by people with more experience or what feels like a higher social position than us.\"")
          .addSource(
              "IAP2 / NHS England: tell people how their input shaped the decision, including when it could not",
              "Arnstein (1969): consultation, heard without the power to see one's views heeded")
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
    Side le = Side.LIVED_EXPERIENCE;
    java.util.List<Finding> findings = new ArrayList<>();
    int consultedOn = 0;
    for (Decision d : context.project().decisions()) {
      if (!d.key()) {
        continue;
      }
      int consulted = 0;
      for (ParticipantId id : d.consulted().distinct()) {
        if (index.side(id) == le) {
          consulted++;
        }
      }
      if (consulted == 0) {
        continue;
      }
      consultedOn++;
      if (d.feedback().isDefined() || index.hadSay(d, le)) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(d.date(), context.date());
      findings.add(
          context
              .finding(NOT_TOLD)
              .addArgument(
                  Argument.decision("decision", d.id()),
                  Argument.count("consulted", consulted),
                  Argument.side("le", Side.LIVED_EXPERIENCE),
                  Argument.count("days", Math.toIntExact(days)))
              .addSubject(d.id())
              .addEvidence(
                  Evidence.of("livedExperienceConsulted", consulted),
                  Evidence.of("decided", d.date().toString()),
                  Evidence.of("daysSince", days),
                  Evidence.of("overridden", d.overriddenBy().isDefined()))
              .build());
    }
    if (consultedOn == 0) {
      return context.notApplicable("no key decision on which {le} were consulted");
    }
    return context.outcome(findings);
  }
}
