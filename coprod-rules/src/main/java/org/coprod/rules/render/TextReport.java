package org.coprod.rules.render;

import io.vavr.control.Option;
import java.util.Objects;
import org.coprod.rules.Report;
import org.coprod.rules.SideLabels;

/**
 * A report as plain text for a terminal, an e-mail or a printout: a header, a short summary, the
 * headline measures by side, the findings grouped by principle (most serious first, each with its
 * evidence, the group's acknowledgement if any, and what the group could do next), then the rules
 * that did not apply or could not finish and the policy's differences from the defaults.
 *
 * <p>Lines wrap at {@link #MAX_WIDTH} columns (or a narrower width), end in {@code \n} and carry no
 * trailing spaces; the same report and rulebook always give the same text.
 */
public final class TextReport implements ReportRenderer {
  /** The widest a line may be, and the default width. */
  public static final int MAX_WIDTH = 100;

  /** The narrowest width accepted: below it the measures no longer fit beside their labels. */
  public static final int MIN_WIDTH = 60;

  private static final String INDENT = "  ";

  private static final String HANGING = "    ";

  private final Option<SideLabels> labels;
  private final int width;

  private TextReport(Option<SideLabels> labels, int width) {
    this.labels = labels;
    this.width = width;
  }

  /** A text renderer with the report's side labels, {@link #MAX_WIDTH} columns wide. */
  public static TextReport of() {
    return new TextReport(Option.none(), MAX_WIDTH);
  }

  /** This renderer with other side labels than the report's. */
  public TextReport withLabels(SideLabels labels) {
    return new TextReport(Option.some(Objects.requireNonNull(labels, "labels is null")), width);
  }

  /**
   * This renderer wrapping at another width.
   *
   * @param width columns, from {@link #MIN_WIDTH} to {@link #MAX_WIDTH}
   * @throws IllegalArgumentException if the width is outside those bounds
   */
  public TextReport withWidth(int width) {
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "a text report is " + MIN_WIDTH + " to " + MAX_WIDTH + " columns wide, not " + width);
    }
    return new TextReport(labels, width);
  }

  /** The side labels this renderer uses in place of the report's, if it was given some. */
  public Option<SideLabels> labels() {
    return labels;
  }

  /** The width this renderer wraps at. */
  public int width() {
    return width;
  }

  @Override
  public String render(Report report) {
    Objects.requireNonNull(report, "report is null");
    Outline outline = Outline.of(report, labels.getOrElse(report::sideLabels));
    Lines out = new Lines(width);

    out.heading("Coproduction report: " + outline.title(), '=');
    for (Outline.Entry e : outline.header()) {
      out.wrap(e.label() + ": " + e.text(), "", HANGING);
    }

    out.heading("Summary", '-');
    outline.summary().forEach(line -> out.wrap("- " + line, "", INDENT));
    out.blank();
    out.wrap(Outline.PROMPT, "", "");

    out.heading("Headline measures", '-');
    int labelWidth = outline.sides().map(TextReport::columns).max().getOrElse(0);
    boolean first = true;
    for (Outline.MeasureRow row : outline.bySide()) {
      if (!first) {
        out.blank();
      }
      first = false;
      out.wrap(row.name(), "", INDENT);
      // The side's label is part of the indent, so the padding that lines the values up survives
      // wrapping.
      String under = INDENT + pad("", labelWidth + 2);
      out.wrap(
          row.livedExperience(), INDENT + pad(outline.sides().get(0) + ":", labelWidth + 2), under);
      out.wrap(
          row.professional(), INDENT + pad(outline.sides().get(1) + ":", labelWidth + 2), under);
    }
    for (Outline.Entry e : outline.overall()) {
      out.blank();
      out.wrap(e.label(), "", INDENT);
      out.wrap(e.text(), INDENT, INDENT);
    }

    if (outline.findings().isEmpty()) {
      out.heading("Findings", '-');
      out.wrap(Outline.NOTHING_FOUND, "", "");
    }
    for (Outline.Section section : outline.findings()) {
      out.heading("Findings: " + section.title(), '-');
      boolean firstBlock = true;
      for (Outline.Block b : section.findings()) {
        if (!firstBlock) {
          out.blank();
        }
        firstBlock = false;
        out.wrap(
            b.heading() + " (" + b.rule() + ")" + (b.acknowledged() ? ", acknowledged" : ""),
            "",
            INDENT);
        out.wrap(b.message(), INDENT, INDENT);
        for (Outline.Entry e : b.details()) {
          out.wrap(e.label() + ": " + e.text(), INDENT, HANGING);
        }
      }
    }

    entries(
        out, "What changed because of what people said", Outline.CHANGES_INTRO, outline.changes());
    entries(out, "Check-ins", Outline.CHECK_INS_INTRO, outline.checkIns());
    ruleLines(
        out, "Rules that did not apply", Outline.NOT_APPLICABLE_INTRO, outline.notApplicable());
    ruleLines(out, "Rules that could not finish", Outline.ERRORS_INTRO, outline.errors());
    ruleLines(
        out, "Settings that differ from the defaults", Outline.POLICY_INTRO, outline.policy());
    out.heading("About this report", '-');
    out.wrap(Outline.PROVENANCE_INTRO, "", "");
    out.blank();
    for (Outline.Entry e : outline.provenance()) {
      out.wrap(e.label() + ": " + e.text(), "", HANGING);
    }
    return out.toString();
  }

  private static void entries(
      Lines out, String heading, String intro, io.vavr.collection.List<Outline.Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.heading(heading, '-');
    out.wrap(intro, "", "");
    out.blank();
    for (Outline.Entry e : entries) {
      out.wrap("- " + e.label() + ": " + e.text(), "", INDENT);
    }
  }

  private static void ruleLines(
      Lines out, String heading, String intro, io.vavr.collection.List<Outline.RuleLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.heading(heading, '-');
    out.wrap(intro, "", "");
    out.blank();
    for (Outline.RuleLine line : lines) {
      out.wrap("- " + line.ruleTitle() + " (" + line.rule() + "): " + line.text(), "", INDENT);
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - columns(text)));
  }

  /**
   * The columns a text takes: one a code point (the reports hold no wide or combining characters of
   * their own).
   */
  private static int columns(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /**
   * Lines of text being written: wraps words at the width, breaks a word longer than a line, and
   * never leaves a space at the end of a line.
   */
  private static final class Lines {
    private final StringBuilder text = new StringBuilder();
    private final int width;

    Lines(int width) {
      this.width = width;
    }

    void blank() {
      int n = text.length();
      if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
        text.append('\n');
      }
    }

    /**
     * A heading, underlined with a character, with a blank line before it (but at the top) and
     * after it.
     */
    void heading(String heading, char underline) {
      blank();
      int start = text.length();
      wrap(heading, "", "");
      int longest = 0;
      for (String line : text.substring(start).split("\n", -1)) {
        longest = Math.max(longest, columns(line));
      }
      text.append(String.valueOf(underline).repeat(longest)).append('\n');
      text.append('\n');
    }

    /**
     * A paragraph of one line of words, wrapped, its first line and the rest with their indents.
     */
    void wrap(String words, String firstIndent, String restIndent) {
      StringBuilder line = new StringBuilder(firstIndent);
      boolean empty = true;
      for (String word : SafeText.printable(words).split(" ", -1)) {
        if (word.isEmpty()) {
          continue;
        }
        String rest = word;
        while (!rest.isEmpty()) {
          int room = width - columns(line) - (empty ? 0 : 1);
          if (columns(rest) <= room) {
            if (!empty) {
              line.append(' ');
            }
            line.append(rest);
            empty = false;
            rest = "";
          } else if (!empty) {
            end(line);
            line = new StringBuilder(restIndent);
            empty = true;
          } else {
            // A word wider than a whole line (a long id or link) is broken where the line ends.
            int cut = rest.offsetByCodePoints(0, Math.max(1, room));
            line.append(rest, 0, cut);
            rest = rest.substring(cut);
            end(line);
            line = new StringBuilder(restIndent);
          }
        }
      }
      if (!empty) {
        end(line);
      }
    }

    private void end(StringBuilder line) {
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      text.append(line, 0, end).append('\n');
    }

    @Override
    public String toString() {
      String s = text.toString();
      while (s.endsWith("\n\n")) {
        s = s.substring(0, s.length() - 1);
      }
      return s;
    }
  }
}
