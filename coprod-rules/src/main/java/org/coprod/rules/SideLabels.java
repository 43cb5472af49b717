package org.coprod.rules;

import java.util.Objects;
import org.coprod.core.Side;

/**
 * What a report calls the two sides, wherever it names them (headings, measures, and the side
 * arguments of findings' messages): "people with lived experience" and "professionals" by default;
 * "experts by experience", "public contributors" or "carers and families" are common choices for
 * the first. The group chooses; none is imposed.
 *
 * <pre>{@code
 * String text = TextReport.of()
 *     .withLabels(SideLabels.of("experts by experience", "staff"))
 *     .render(report);
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
