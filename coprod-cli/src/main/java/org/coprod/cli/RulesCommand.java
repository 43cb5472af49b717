package org.coprod.cli;

import io.vavr.collection.Seq;
import java.util.concurrent.Callable;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Principle;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.Voice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coprod rules}: the catalogue of rules, generated from their metadata, grouped by principle
 * in the founding text's order: each rule's title, id and what it looks for in plain words. With
 * {@code --format markdown} it is the technical table the README carries (N, W, C for note,
 * warning, concern).
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = "Lists the rules: title, id and what each looks for, by principle.")
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

  /**
   * The catalogue as text, grouped by principle: each rule by its title and id, with what it looks
   * for in the words a report uses. Severities, summaries and thresholds are technical detail:
   * {@code explain} gives them under a heading of their own, and {@code --format markdown} as a
   * table.
   */
  static String text(Rulebook rulebook) {
    Seq<RuleMetadata> rules = rulebook.metadata();
    Lines out = new Lines();
    out.line(
        "The "
            + rulebook.name()
            + " rulebook, version "
            + Rulebook.VERSION
            + ": "
            + rules.size()
            + " rules.");
    out.wrap(
        "Each looks for something a group may want to talk about. 'coprod explain RULE' tells more"
            + " of each, with its technical detail; 'coprod rules --format markdown' gives the"
            + " technical table.",
        "",
        "");
    for (Principle p : Principle.values()) {
      Seq<RuleMetadata> of = rules.filter(r -> r.principle() == p);
      if (of.isEmpty()) {
        continue;
      }
      out.blank().line(p.title());
      for (RuleMetadata r : of) {
        out.wrap(r.title() + " (" + r.id() + ")", "  ", "    ");
        out.wrap(looksFor(r), "    ", "    ");
      }
    }
    return out.toString();
  }

  /**
   * What a rule looks for, in words: its kinds' descriptions, each once, as sentences ("so far"
   * kinds repeat their kind at the close, and are left out where one precedes them).
   */
  static String looksFor(RuleMetadata rule) {
    Seq<String> said =
        rule.kinds()
            .filter(
                k ->
                    !k.name().endsWith("-so-far")
                        || !rule.kinds().exists(o -> (o.name() + "-so-far").equals(k.name())))
            .map(k -> k.description(Voice.plain()))
            .distinct()
            .map(d -> capitalised(d) + (d.endsWith(".") ? "" : "."));
    return said.mkString(" ");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

  /** Text that cannot break a Markdown table row. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
