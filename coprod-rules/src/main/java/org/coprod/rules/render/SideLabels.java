package org.coprod.rules.render;

import java.util.Objects;
import org.coprod.core.Side;

/**
 * What a rendered report calls the two sides, in headings and measures: "people with lived
 * experience" and "professionals" by default; "experts by experience", "public contributors" or
 * "carers and families" are common choices for the first. Finding messages keep the rules' own
 * plain words.
 *
 * <pre>{@code
 * String text = TextReport.of()
 *     .withLabels(SideLabels.of("experts by experience", "staff"))
 *     .render(report, rulebook);
 * }</pre>
 *
 * @param livedExperience the words for the lived-experience side, plural, in lower case as they
 *     read mid-sentence; one line of at most {@value #MAX_LENGTH} characters
 * @param professional the words for the professional side, likewise
 */
public record SideLabels(String livedExperience, String professional) {
  /** The longest label accepted, so measures still line up within a text report's width. */
  public static final int MAX_LENGTH = 40;

  private static final SideLabels DEFAULTS =
      new SideLabels("people with lived experience", "professionals");

  /**
   * Checks that each label is one line of 1 to {@value #MAX_LENGTH} characters and that the two
   * differ.
   */
  public SideLabels {
    livedExperience = check(livedExperience, "livedExperience");
    professional = check(professional, "professional");
    if (livedExperience.equals(professional)) {
      throw new IllegalArgumentException("the two sides need different labels");
    }
  }

  /** "people with lived experience" and "professionals". */
  public static SideLabels defaults() {
    return DEFAULTS;
  }

  /** Labels for the lived-experience side and the professional side. */
  public static SideLabels of(String livedExperience, String professional) {
    return new SideLabels(livedExperience, professional);
  }

  /** The label of one side. */
  public String of(Side side) {
    return Objects.requireNonNull(side, "side is null") == Side.LIVED_EXPERIENCE
        ? livedExperience
        : professional;
  }

  /**
   * Text written by the standard rules, with their plain side words ("people with lived
   * experience", "professionals") replaced by these labels, keeping a capital at the start of a
   * sentence. Unchanged under the default labels.
   */
  public String relabel(String text) {
    Objects.requireNonNull(text, "text is null");
    if (this.equals(DEFAULTS)) {
      return text;
    }
    String out = replaceWord(text, DEFAULTS.livedExperience, livedExperience);
    return replaceWord(out, DEFAULTS.professional, professional);
  }

  private static String replaceWord(String text, String word, String label) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "\\b(" + java.util.regex.Pattern.quote(word) + ")\\b",
                java.util.regex.Pattern.CASE_INSENSITIVE)
            .matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean capital = Character.isUpperCase(m.group(1).charAt(0));
      String replacement =
          capital ? Character.toUpperCase(label.charAt(0)) + label.substring(1) : label;
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String check(String label, String name) {
    Objects.requireNonNull(label, name + " is null");
    String trimmed = label.strip();
    if (trimmed.isEmpty()
        || trimmed.length() > MAX_LENGTH
        || trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          name + " must be one line of 1 to " + MAX_LENGTH + " characters");
    }
    return trimmed;
  }
}
