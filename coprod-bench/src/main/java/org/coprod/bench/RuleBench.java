package org.coprod.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.concurrent.TimeUnit;
import org.coprod.core.ProjectView;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.Policy;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.Rulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each standard rule alone, on an index built beforehand, as the rulebook runs it: the rule's share
 * of a check, so a slow rule shows by name. {@link Targets} runs exactly the rules of {@link
 * Rulebook#standard()}, one after another in its own JVM (no fork: the project is generated once,
 * and the rules share the JIT's profile of common code as they do in a check); the default list
 * below is the catalogue of the README's table of rules, and a test keeps every standard rule in
 * it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RuleBench {
  /** The rule, its context and the index, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /** The id of the rule. */
    @Param({
      "decision-share",
      "preset-direction",
      "resource-control",
      "paid-unpaid",
      "rate-below-floor",
      "external-override",
      "lone-voice",
      "consultation-only",
      "claimed-level",
      "skills-unused",
      "professional-knowledge-unshared",
      "feedback-missing",
      "voice-gap",
      "dissent-unrecorded",
      "chair-one-sided",
      "purpose-missing",
      "suitability",
      "perspective-missing",
      "representation-gap",
      "agreement-missing",
      "agreement-incomplete",
      "agreement-unconsented",
      "unilateral-amendment",
      "agreement-unkept",
      "impact-unrecorded",
      "impact-untold",
      "story-consent",
      "story-burden",
      "stale-acknowledgement",
      "role-undefined",
      "load-concentration",
      "accountability-undeclared",
      "response-overdue",
      "access-unmet",
      "availability-exceeded",
      "payment-terms-late",
      "payment-owed",
      "payment-late",
      "expenses-late",
      "benefits-barrier",
      "drop-off",
      "credit-one-sided",
      "credit-parity",
      "uncredited-contributor",
      "ownership-one-sided",
      "carry-forward-one-sided",
      "rewards-one-sided",
      "reciprocity-gap",
      "after-plan-missing"
    })
    public String rule;

    /** Contributions in the project (participants and decisions scale with them). */
    @Param({"1000000"})
    public int contributions;

    Rule checked;
    RuleContext context;

    /**
     * Generates the project and indexes its view. A rule that reads the other rules' findings gets
     * those of a whole check, as in the rulebook.
     */
    @Setup
    public void setUp() {
      Rulebook rulebook = Rulebook.standard();
      checked =
          rulebook
              .rule(rule)
              .getOrElseThrow(
                  () ->
                      new IllegalStateException(
                          "the standard rulebook has no rule '" + rule + "' yet"));
      ProjectView view = Workload.shared(contributions).view();
      Seq<Finding> others = List.empty();
      if (checked instanceof Rule.OnFindings) {
        Seq<String> later =
            rulebook.rules().filter(r -> r instanceof Rule.OnFindings).map(Rule::id);
        others = rulebook.check(view).findings().filter(f -> !later.contains(f.rule()));
      }
      context =
          new RuleContext(
              ProjectIndex.of(view),
              checked.metadata(),
              Policy.defaults(),
              others,
              rulebook.metadata());
    }
  }

  /** The rule's check of the indexed view. */
  @Benchmark
  public Outcome check(Data data) {
    return data.checked.check(data.context);
  }
}
