package org.coprod.rules.standard;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import org.coprod.core.Decision;
import org.coprod.core.DecisionType;
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
 * {@code preset-direction}: a SCOPE or BUDGET decision made before the first person with lived
 * experience joined (WARNING), one finding per decision.
 *
 * <p>"In most coproduction projects someone has already set the initial direction of travel." The
 * rule does not say that was wrong (a funder may have fixed the scope): it asks the group to see
 * it, and to say so in the agreement with an acknowledgement if it stands. "Before" is strictly
 * before the day the first person with lived experience joined; a decision on that very day passes,
 * since they could have been in the room. Every SCOPE or BUDGET decision counts, key or not and
 * reserved or not (the evidence says which): the table names no narrower set. Not applicable
 * without people with lived experience (in a view, before the first of them joined).
 */
public final class PresetDirection implements Rule {
  /** The rule's id. */
  public static final String ID = "preset-direction";

  /** The kind {@code preset}. */
  public static final FindingKind PRESET =
      FindingKind.of(
          "preset",
          Severity.WARNING,
          "a scope or budget decision was made before the first {le, one} joined",
          "Bring the direction back to the whole group and ask whether it still stands; where it cannot change, say so openly in the agreement and why.",
          Template.of(
              "default",
              "No {le, one} had joined when the {type} was set. The {type} decision {decision} was made {days, plural, one {# day} other {# days}} before the first {le, one} joined.",
              Param.text("type"),
              Param.decision("decision"),
              Param.count("days"),
              Param.side("le")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Direction set in advance")
          .principle(Principle.POWER)
          .addKind(PRESET)
          .summary("a SCOPE or BUDGET decision made before the first LE person joined")
          .rationale(
              "\"In most coproduction projects someone has already set the initial direction of travel.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "TLAP ladder of co-production: co-production shares strategic decisions; what cannot be shared is declared")
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
    Option<LocalDate> first = index.firstJoined(Side.LIVED_EXPERIENCE);
    if (first.isEmpty()) {
      return context.notApplicable("no {le}");
    }
    LocalDate joined = first.get();
    java.util.List<Finding> findings = new ArrayList<>();
    for (Decision d : context.project().decisions()) {
      if ((d.type() != DecisionType.SCOPE && d.type() != DecisionType.BUDGET)
          || !d.date().isBefore(joined)) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(d.date(), joined);
      String type = d.type().name().toLowerCase(Locale.ROOT);
      findings.add(
          context
              .finding(PRESET)
              .addArgument(
                  Argument.text("type", type),
                  Argument.decision("decision", d.id()),
                  Argument.count("days", Math.toIntExact(days)),
                  Argument.side("le", Side.LIVED_EXPERIENCE))
              .addSubject(d.id())
              .addEvidence(
                  Evidence.of("decisionType", d.type().name()),
                  Evidence.of("key", d.key()),
                  Evidence.of("reserved", index.isReserved(d.type(), d.date())),
                  Evidence.of("decided", d.date().toString()),
                  Evidence.of("firstLivedExperienceJoined", joined.toString()),
                  Evidence.of("daysBefore", days))
              .build());
    }
    return context.outcome(findings);
  }
}
