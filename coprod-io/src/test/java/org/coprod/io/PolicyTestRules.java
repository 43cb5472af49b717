package org.coprod.io;

import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;

/**
 * A custom rule for the policy tests: its id carries a prefix, and it has a yes-or-no parameter,
 * which no standard rule has.
 */
final class PolicyTestRules {
  private PolicyTestRules() {}

  /** A custom rule that always passes, with a flag, a count and a number. */
  static final class QuietHours implements Rule {
    static final String ID = "acme/quiet-hours";
    static final Parameter<Boolean> WEEKENDS =
        Parameter.flag(
            "weekends",
            false,
            "whether work at weekends counts as out of hours",
            "the group's own rule");
    static final Parameter<Integer> FROM_HOUR =
        Parameter.count(
            "fromHour", 21, "the hour from which work is out of hours", "the group's own rule");
    static final Parameter<Double> MAX_SHARE =
        Parameter.number(
            "maxShare",
            0.1,
            "the share of hours out of hours above which to flag",
            "the group's own rule");

    private static final RuleMetadata METADATA =
        RuleMetadata.builder()
            .id(ID)
            .title("Quiet hours")
            .principle(Principle.RESOURCES)
            .addKind(
                FindingKind.of(
                    "late-night",
                    Severity.WARNING,
                    "work late at night",
                    "Plan the work for the day.",
                    org.coprod.rules.Template.of(
                        "default", "{words}", org.coprod.rules.Param.text("words"))))
            .addKind(
                FindingKind.of(
                    "weekend",
                    Severity.NOTE,
                    "work at weekends",
                    "Plan the work for the week.",
                    org.coprod.rules.Template.of(
                        "default", "{words}", org.coprod.rules.Param.text("words"))))
            .summary("work out of hours")
            .rationale("the group's own rule")
            .addSource("the group")
            .addParameter(WEEKENDS, FROM_HOUR, MAX_SHARE)
            .addLaw(Law.DETERMINISM, Law.TOTALITY)
            .build();

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      return context.passed();
    }
  }

  /** The standard rules and the custom one. */
  static Rulebook withCustomRule() {
    return Rulebook.standard().plus(new QuietHours());
  }
}
