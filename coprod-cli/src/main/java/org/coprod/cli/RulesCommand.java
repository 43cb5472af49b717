package org.coprod.cli;

import io.vavr.collection.Seq;
import java.util.concurrent.Callable;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Principle;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod rules}: the catalogue of rules, generated from their metadata (id, principle,
 * severities, summary), grouped by principle in the founding text's order. With {@code --format
 * markdown} it is the table the README carries (N, W, C for note, warning, concern).
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description =
        "Lists the rules: id, principle, the severities each can raise, and what it flags.")
final class RulesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Choices.TextNotations.class,
      description = "text (the default) or markdown")
  private Choices.TextNotation format = Choices.TextNotation.TEXT;

  @Override
  public Integer call() {
    Rulebook rulebook = Coprod.rulebook();
    String out = format == Choices.TextNotation.MARKDOWN ? markdown(rulebook) : text(rulebook);
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return Coprod.OK;
  }

  /** The catalogue as text, grouped by principle. */
  static String text(Rulebook rulebook) {
    Seq<RuleMetadata> rules = rulebook.metadata();
    int idWidth = rules.map(r -> r.id().length()).max().getOrElse(0);
    int sevWidth = rules.map(r -> letters(r.kinds()).length()).max().getOrElse(0);
    String hanging = " ".repeat(2 + idWidth + 2 + sevWidth + 2);
    Lines out = new Lines();
    out.line(
        "The "
            + rulebook.name()
            + " rulebook, version "
            + Rulebook.VERSION
            + ": "
            + rules.size()
            + " rules.");
    out.line("Severities: N note, W warning, C concern (a policy may change them).");
    out.line("'coprod explain RULE' tells more of each.");
    for (Principle p : Principle.values()) {
      Seq<RuleMetadata> of = rules.filter(r -> r.principle() == p);
      if (of.isEmpty()) {
        continue;
      }
      out.blank().line(p.title());
      for (RuleMetadata r : of) {
        String first =
            "  " + pad(r.id(), idWidth) + "  " + pad(letters(r.kinds()), sevWidth) + "  ";
        out.wrap(r.summary(), first, hanging);
      }
    }
    return out.toString();
  }

  /**
   * The catalogue as one Markdown table, in the rulebook's order: the table the README carries
   * between its {@code rules:start} and {@code rules:end} markers.
   */
  static String markdown(Rulebook rulebook) {
    Lines out = new Lines();
    out.line("| id | principle | severity | flags |");
    out.line("|---|---|---|---|");
    for (RuleMetadata r : rulebook.metadata()) {
      out.line(
          "| `"
              + r.id()
              + "` | "
              + r.principle().name()
              + " | "
              + letters(r.kinds())
              + " | "
              + cell(r.summary())
              + " |");
    }
    return out.toString();
  }

  /** The distinct default severities of a rule's kinds, least serious first: {@code W/C}. */
  static String letters(Seq<FindingKind> kinds) {
    return severities(kinds).map(s -> s.name().substring(0, 1)).mkString("/");
  }

  private static Seq<Severity> severities(Seq<FindingKind> kinds) {
    return kinds.map(FindingKind::severity).distinct().sorted();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /** Text that cannot break a Markdown table row. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
