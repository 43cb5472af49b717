package org.coprod.rules.render;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;
import org.coprod.rules.Report;
import org.coprod.rules.SideLabels;

/**
 * A report as CommonMark, for a wiki, an issue tracker or a pull request: the same content as
 * {@link TextReport}, with headings, lists and tables (the measures by side). Every piece of text
 * that comes from the project or the rules is escaped, so a title holding {@code |}, {@code *} or
 * {@code <} shows as written and cannot break the layout.
 *
 * <p>Lines end in {@code \n} and carry no trailing spaces; the same report and rulebook always give
 * the same text.
 */
public final class MarkdownReport implements ReportRenderer {
  /** The ASCII punctuation escaped wherever it appears: what could start markup inline. */
  private static final String SPECIAL = "\\`*_[]<>|~&#";

  private final Option<SideLabels> labels;

  private MarkdownReport(Option<SideLabels> labels) {
    this.labels = labels;
  }

  /** A Markdown renderer with the report's side labels. */
  public static MarkdownReport of() {
    return new MarkdownReport(Option.none());
  }

  /** This renderer with other side labels than the report's. */
  public MarkdownReport withLabels(SideLabels labels) {
    return new MarkdownReport(Option.some(Objects.requireNonNull(labels, "labels is null")));
  }

  /** The side labels this renderer uses in place of the report's, if it was given some. */
  public Option<SideLabels> labels() {
    return labels;
  }

  @Override
  public String render(Report report) {
    Objects.requireNonNull(report, "report is null");
    Outline outline = Outline.of(report, labels.getOrElse(report::sideLabels));
    StringBuilder out = new StringBuilder();

    out.append("# Coproduction report: ").append(escape(outline.title())).append("\n\n");
    for (Outline.Entry e : outline.header()) {
      item(out, e);
    }

    out.append("\n## Summary\n\n");
    outline.summary().forEach(line -> out.append("- ").append(escape(line)).append('\n'));
    out.append('\n').append(escape(Outline.PROMPT)).append('\n');

    out.append("\n## Headline measures\n\n");
    out.append("| Measure | ")
        .append(escape(outline.sides().get(0)))
        .append(" | ")
        .append(escape(outline.sides().get(1)))
        .append(" |\n| --- | ---: | ---: |\n");
    for (Outline.MeasureRow row : outline.bySide()) {
      out.append("| ")
          .append(escape(row.name()))
          .append(" | ")
          .append(escape(row.livedExperience()))
          .append(" | ")
          .append(escape(row.professional()))
          .append(" |\n");
    }
    out.append("\n| Measure | Value |\n| --- | ---: |\n");
    for (Outline.Entry e : outline.overall()) {
      out.append("| ")
          .append(escape(e.label()))
          .append(" | ")
          .append(escape(e.text()))
          .append(" |\n");
    }

    out.append("\n## Findings\n\n");
    if (outline.findings().isEmpty()) {
      out.append(escape(Outline.NOTHING_FOUND)).append('\n');
    }
    for (Outline.Section section : outline.findings()) {
      out.append("### ").append(escape(section.title())).append("\n\n");
      for (Outline.Block b : section.findings()) {
        out.append("#### ")
            .append(escape(b.heading()))
            .append(" (")
            .append(code(b.rule()))
            .append(')')
            .append(b.acknowledged() ? ", acknowledged" : "")
            .append("\n\n");
        out.append(escape(b.message())).append("\n\n");
        b.details().forEach(e -> item(out, e));
        out.append('\n');
      }
    }

    if (!outline.changes().isEmpty()) {
      out.append("## What changed because of what people said\n\n")
          .append(escape(Outline.CHANGES_INTRO))
          .append("\n\n| What became of it | What |\n| --- | --- |\n");
      for (Outline.Entry e : outline.changes()) {
        out.append("| ")
            .append(escape(e.label()))
            .append(" | ")
            .append(escape(e.text()))
            .append(" |\n");
      }
      out.append('\n');
    }
    if (!outline.checkIns().isEmpty()) {
      out.append("## Check-ins\n\n").append(escape(Outline.CHECK_INS_INTRO)).append("\n\n");
      outline.checkIns().forEach(e -> item(out, e));
      out.append('\n');
    }
    ruleLines(
        out, "Rules that did not apply", Outline.NOT_APPLICABLE_INTRO, outline.notApplicable());
    ruleLines(out, "Rules that could not finish", Outline.ERRORS_INTRO, outline.errors());
    ruleLines(
        out, "Settings that differ from the defaults", Outline.POLICY_INTRO, outline.policy());

    if (out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
    out.append("## About this report\n\n").append(escape(Outline.PROVENANCE_INTRO)).append("\n\n");
    outline.provenance().forEach(e -> item(out, e));

    int end = out.length();
    while (end > 1 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  private static void item(StringBuilder out, Outline.Entry e) {
    out.append("- **")
        .append(escape(e.label()))
        .append(":** ")
        .append(escape(e.text()))
        .append('\n');
  }

  private static void ruleLines(
      StringBuilder out, String heading, String intro, List<Outline.RuleLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    if (out.charAt(out.length() - 1) != '\n' || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
    out.append("## ").append(heading).append("\n\n").append(escape(intro)).append("\n\n");
    for (Outline.RuleLine line : lines) {
      out.append("- ")
          .append(escape(line.ruleTitle()))
          .append(" (")
          .append(code(line.rule()))
          .append("): ")
          .append(escape(line.text()))
          .append('\n');
    }
  }

  /**
   * Text that shows as written wherever it is put inline: in a paragraph, a list item, a heading or
   * a table cell. Markup characters are escaped with a backslash (CommonMark allows it before any
   * ASCII punctuation), and so is what would start a block at the beginning of a line.
   */
  static String escape(String text) {
    String t = Words.oneLine(text);
    StringBuilder out = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 || (i == 0 && startsBlock(t))) {
        out.append('\\');
      }
      out.append(c);
    }
    // "1. " or "1) " at the start of a line would begin an ordered list; "1.5" would not.
    int digits = 0;
    while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0
        && digits < t.length()
        && (t.charAt(digits) == '.' || t.charAt(digits) == ')')
        && (digits + 1 == t.length() || t.charAt(digits + 1) == ' ')) {
      out.insert(digits, '\\');
    }
    return out.toString();
  }

  /**
   * Whether text put at the start of a line would begin a list item, a thematic break or a setext
   * underline: a {@code -}, {@code +} or {@code =} alone, before a space, or repeated.
   */
  private static boolean startsBlock(String t) {
    char c = t.charAt(0);
    if (c != '-' && c != '+' && c != '=') {
      return false;
    }
    return t.length() == 1 || t.charAt(1) == ' ' || t.charAt(1) == c;
  }

  /** A code span holding text as written: its fence is longer than any run of backticks in it. */
  static String code(String text) {
    String t = Words.oneLine(text);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      run = t.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = t.startsWith("`") || t.endsWith("`") || t.isEmpty();
    return fence + (pad ? " " : "") + t + (pad ? " " : "") + fence;
  }
}
