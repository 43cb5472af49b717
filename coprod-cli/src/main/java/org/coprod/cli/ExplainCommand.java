package org.coprod.cli;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Parameter;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Suggest;
import org.coprod.rules.Voice;
import org.coprod.rules.render.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod explain RULE}: everything a rule's metadata says, so a group can see what a finding
 * looks for, why it matters in the founding text's words, what to do next, where its thresholds
 * come from and which laws it obeys. An unknown id names the nearest known one.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = "Explains a rule: what it flags, why, what to do next, its parameters and laws.")
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "RULE",
      description = "the rule's id, such as credit-one-sided ('coprod rules' lists them)")
  private String id = "";

  @Override
  public Integer call() {
    Rulebook rulebook = Coprod.rulebook();
    // A rule renamed since is still found by the id it had, and says so.
    Option<Rule> rule =
        rulebook
            .rule(id.trim())
            .orElse(() -> rulebook.rules().find(r -> r.metadata().formerIds().contains(id.trim())));
    if (rule.isEmpty()) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": there is no rule '"
              + id
              + "'"
              + Suggest.nearest(id.trim(), rulebook.metadata().map(RuleMetadata::id))
                  .map(s -> "; did you mean '" + s + "'?")
                  .getOrElse("")
              + " 'coprod rules' lists them all.");
      return Coprod.BAD_INPUT;
    }
    spec.commandLine().getOut().print(text(rule.get().metadata()));
    spec.commandLine().getOut().flush();
    return Coprod.OK;
  }

  /**
   * A rule's metadata, all of it, as text: first in the words a report uses (what it looks for, how
   * serious each kind is, what the group could do next, why it matters), then, under a heading of
   * its own, the technical detail (principle, summary, kinds by name, sources, parameters, laws).
   */
  static String text(RuleMetadata rule) {
    Lines out = new Lines();
    out.line(rule.id() + ": " + rule.title());
    out.line("=".repeat(Math.min(Lines.WIDTH, rule.id().length() + 2 + rule.title().length())));

    out.blank().line("What it looks for");
    for (FindingKind k : rule.kinds()) {
      String description = k.description(Voice.plain());
      out.wrap(
          "- "
              + capitalised(description)
              + (description.endsWith(".") ? "" : ".")
              + " ("
              + Words.severity(k.severity()).toLowerCase(Locale.ROOT)
              + ")",
          "  ",
          "    ");
      out.wrap("What the group could do next: " + k.nextStep(Voice.plain()), "    ", "      ");
    }

    out.blank().line("Why it matters");
    out.wrap(Words.rationale(rule.id(), rule.rationale()), "  ", "  ");

    out.blank().line("Technical detail");
    out.line("-".repeat("Technical detail".length()));
    out.wrap(
        "Principle: " + rule.principle().title() + " (" + rule.principle().name() + ")",
        "",
        "    ");
    if (!rule.formerIds().isEmpty()) {
      out.wrap(
          "Formerly: "
              + rule.formerIds().mkString(", ")
              + " (agreements and policies that use it still match)",
          "",
          "    ");
    }
    out.wrap("In short: " + rule.summary() + (rule.summary().endsWith(".") ? "" : "."), "", "    ");
    out.wrap(
        "Kinds of finding: "
            + rule.kinds()
                .map(k -> k.name() + " (" + k.severity().name().toLowerCase(Locale.ROOT) + ")")
                .mkString(", "),
        "",
        "    ");

    out.blank().line("Sources");
    if (rule.sources().isEmpty()) {
      out.line("  none given");
    }
    rule.sources().forEach(s -> out.wrap("- " + s, "  ", "    "));

    out.blank().line("Parameters");
    if (rule.parameters().isEmpty()) {
      out.line("  none: the rule has no threshold to set");
    }
    for (Parameter<?> p : rule.parameters()) {
      out.line("  " + p.name() + " = " + p.defaultValue() + " (" + kind(p) + ")");
      out.wrap(
          capitalised(p.description()) + (p.description().endsWith(".") ? "" : "."),
          "    ",
          "    ");
      out.wrap("Default from: " + p.source(), "    ", "      ");
    }

    out.blank().line("Laws it obeys (checked by coprod-testkit)");
    if (rule.laws().isEmpty()) {
      out.line("  none declared");
    }
    for (Law law : rule.laws()) {
      out.wrap(law.name() + ": " + meaning(law), "  ", "    ");
    }
    return out.toString();
  }

  /** The values a parameter takes, as a policy file would check them. */
  private static String kind(Parameter<?> p) {
    return p.measure().noun();
  }

  /** What a law means, in the words of the testkit's README. */
  static String meaning(Law law) {
    return switch (law) {
      case RELABELLING -> "renaming ids changes nothing but ids in findings.";
      case HOUR_SCALING -> "multiplying all hours by a power of two changes no finding.";
      case MONEY_SCALING -> "multiplying all money by a power of two changes no finding.";
      case SIDE_SYMMETRY -> "swapping the sides swaps its findings.";
      case CREDIT_MONOTONICITY ->
          "giving a lived-experience contributor credit on an output never adds a credit-one-sided or credit-parity finding against lived experience, nor any uncredited-contributor finding.";
      case SAY_MONOTONICITY ->
          "adding a lived-experience decider to a key decision (without objection, under consensus) never adds a decision-share finding.";
      case TIME ->
          "checking the project as of any day never fails; at the close it equals checking the project.";
      case DETERMINISM ->
          "the same project gives the same findings, run after run and thread after thread.";
      case TOTALITY -> "it never fails on a valid project.";
      case ORDER_INDEPENDENCE ->
          "listing the project's people, contributions, decisions and other items in another order changes no finding.";
      case INCREMENTALITY ->
          "checking again after contributions and decisions are appended gives what a check of the whole gives.";
    };
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
