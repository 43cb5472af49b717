package org.coprod.rules;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Side;
import org.jspecify.annotations.Nullable;

/**
 * What a report calls the two sides, wherever it names them (headings, measures, and the side
 * arguments of findings' messages): "people with lived experience" and "professionals" by default;
 * "experts by experience", "public contributors" or "carers and families" are common choices for
 * the first. The group chooses; none is imposed.
 *
 * <p>Each side has words for many people (the label) and words for one person, which a sentence
 * about one person needs ("one expert by experience was asked"). A group may give both; where it
 * gives only the label, the words for one person are {@linkplain #singular(String) made from it}.
 *
 * <pre>{@code
 * String text = TextReport.of()
 *     .withLabels(SideLabels.of("experts by experience", "staff"))
 *     .render(report);
 * SideLabels.of("experts by experience", "staff").one(Side.PROFESSIONAL); // "member of staff"
 * }</pre>
 *
 * @param livedExperience the words for the lived-experience side, plural, in lower case as they
 *     read mid-sentence; one line of at most {@value #MAX_LENGTH} characters
 * @param professional the words for the professional side, likewise
 * @param livedExperienceOne the words for one person of the lived-experience side, without "a" or
 *     "an", as they read after "one": "person with lived experience"; one line of at most {@value
 *     #MAX_ONE_LENGTH} characters
 * @param professionalOne the words for one person of the professional side, likewise
 */
public record SideLabels(
    String livedExperience,
    String professional,
    String livedExperienceOne,
    String professionalOne) {
  /** The longest label accepted, so measures still line up within a text report's width. */
  public static final int MAX_LENGTH = 40;

  /**
   * The longest words for one person accepted: a label's length and the words a made singular may
   * add ("member of ").
   */
  public static final int MAX_ONE_LENGTH = MAX_LENGTH + 10;

  /** The words after which a label's main word has ended: "experts by experience". */
  private static final Set<String> AFTER_HEAD =
      Set.of("with", "by", "of", "from", "in", "at", "for", "on");

  /**
   * Words that join words or begin a clause whose verb would have to change with the main word
   * ("people who use services"): a label holding one is not guessed at.
   */
  private static final Set<String> NOT_GUESSED =
      Set.of("and", "or", "&", "who", "whose", "that", "which");

  // After the sets above: the defaults' singulars are made with them.
  private static final SideLabels DEFAULTS =
      new SideLabels("people with lived experience", "professionals");

  /**
   * Checks that each label is one line of 1 to {@value #MAX_LENGTH} characters, each singular one
   * line of 1 to {@value #MAX_ONE_LENGTH}, and that the two labels differ.
   */
  public SideLabels {
    livedExperience = check(livedExperience, "livedExperience", MAX_LENGTH);
    professional = check(professional, "professional", MAX_LENGTH);
    livedExperienceOne = check(livedExperienceOne, "livedExperienceOne", MAX_ONE_LENGTH);
    professionalOne = check(professionalOne, "professionalOne", MAX_ONE_LENGTH);
    if (livedExperience.equals(professional)) {
      throw new IllegalArgumentException("the two sides need different labels");
    }
  }

  /** Labels for the two sides, with the words for one person {@linkplain #singular made}. */
  public SideLabels(String livedExperience, String professional) {
    this(livedExperience, professional, singular(livedExperience), singular(professional));
  }

  /** "people with lived experience" and "professionals". */
  public static SideLabels defaults() {
    return DEFAULTS;
  }

  /** Labels for the lived-experience side and the professional side; singulars made from them. */
  public static SideLabels of(String livedExperience, String professional) {
    return new SideLabels(livedExperience, professional);
  }

  /** Labels for the two sides and the words for one person of each. */
  public static SideLabels of(
      String livedExperience,
      String professional,
      String livedExperienceOne,
      String professionalOne) {
    return new SideLabels(livedExperience, professional, livedExperienceOne, professionalOne);
  }

  /** The label of one side. */
  public String of(Side side) {
    return Objects.requireNonNull(side, "side is null") == Side.LIVED_EXPERIENCE
        ? livedExperience
        : professional;
  }

  /** The words for one person of a side: "person with lived experience", "professional". */
  public String one(Side side) {
    return Objects.requireNonNull(side, "side is null") == Side.LIVED_EXPERIENCE
        ? livedExperienceOne
        : professionalOne;
  }

  /**
   * The words for one person that a label makes when the group gives none. The label's main word is
   * its last before "with", "by", "of", "from", "in", "at", "for" or "on" (or its last word):
   * "people" becomes "person", "children" "child", a word ending in "men" ends in "man", "-ies"
   * becomes "-y", "-sses", "-shes", "-ches" and "-xes" lose "es", and any other word ending in "s"
   * (not "ss", "us" or "is") loses it: "experts by experience" gives "expert by experience",
   * "public contributors" "public contributor". A label whose main word is none of these, or that
   * holds "and", "or", "who", "whose", "that" or "which", is not guessed at: it gives "member of"
   * and the label ("member of staff", "member of carers and families"), and a group that wants
   * other words gives them.
   */
  public static String singular(String label) {
    String trimmed = Objects.requireNonNull(label, "label is null").strip();
    String[] words = trimmed.split(" +");
    int head = words.length - 1;
    for (int i = 1; i < words.length; i++) {
      if (AFTER_HEAD.contains(words[i].toLowerCase(Locale.ROOT))) {
        head = i - 1;
        break;
      }
    }
    boolean joined = false;
    for (String w : words) {
      joined |= NOT_GUESSED.contains(w.toLowerCase(Locale.ROOT));
    }
    String one = joined ? null : singularWord(words[head]);
    if (one == null) {
      return "member of " + trimmed;
    }
    words[head] = one;
    return String.join(" ", words);
  }

  private static @Nullable String singularWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!word.equals(w)) {
      // "NHS", "GPs": a word with capitals may be an abbreviation; not guessed at
      return null;
    }
    if (w.equals("people")) {
      return "person";
    }
    if (w.equals("children")) {
      return "child";
    }
    if (w.endsWith("men") && w.length() > 3) {
      return w.substring(0, w.length() - 3) + "man";
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s")
        && w.length() > 2
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return null;
  }

  private static String check(String label, String name, int most) {
    Objects.requireNonNull(label, name + " is null");
    String trimmed = label.strip();
    if (trimmed.isEmpty()
        || trimmed.length() > most
        || trimmed.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          name + " must be one line of 1 to " + most + " characters");
    }
    return trimmed;
  }
}
