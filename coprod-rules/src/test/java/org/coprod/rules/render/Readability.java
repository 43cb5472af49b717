package org.coprod.rules.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of English text, for tests that hold the words a group reads to a
 * reading age of about 9 to 11 (grade 6 or lower):
 *
 * <pre>0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59</pre>
 *
 * <p>Words are runs of text between spaces that hold a letter or a digit ("30%", "peer-1" and
 * "2017-09-26" are one word each). Sentences end at a full stop, question or exclamation mark
 * followed by a space or the end; text without one is one sentence.
 *
 * <p>Syllables are counted the simple way, as most readability tools do: the groups of vowels (a,
 * e, i, o, u, y) in a word's letters, less a silent final "e" ("care", "whole", not "people"), a
 * silent "-es" ("sides", not "choices") and a silent "-ed" ("lived", not "decided"); a word without
 * a vowel group ("2017", "5") is one syllable. The count is close for common words and errs high on
 * ids, which a group hears read out too.
 */
public final class Readability {
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!]+(?=\\s|$)");

  private Readability() {}

  /** The Flesch-Kincaid grade of a text; 0 for text without a word. */
  public static double grade(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return 0;
    }
    int syllables = 0;
    for (String w : words) {
      syllables += syllables(w);
    }
    int sentences = Math.max(1, (int) SENTENCE_END.matcher(text.strip()).results().count());
    return 0.39 * words.size() / sentences + 11.8 * syllables / words.size() - 15.59;
  }

  /** The words of a text, as the grade counts them. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String token : text.strip().split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(token);
      }
    }
    return out;
  }

  /** The syllables of one word, counted as the class says. */
  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 1;
    }
    int n = (int) VOWELS.matcher(w).results().count();
    if (n > 1) {
      if (w.endsWith("e") && !w.matches(".*[^aeiouy]le") && !w.endsWith("ee")) {
        n--;
      } else if (w.endsWith("es") && !w.matches(".*(s|x|z|c|g|ch|sh)es")) {
        n--;
      } else if (w.endsWith("ed") && !w.matches(".*(t|d)ed")) {
        n--;
      }
    }
    return Math.max(1, n);
  }

  /**
   * The first sentence of a text: up to the first full stop, question or exclamation mark that a
   * space or the end follows.
   */
  public static String firstSentence(String text) {
    var m = SENTENCE_END.matcher(text.strip());
    return m.find() ? text.strip().substring(0, m.end()) : text.strip();
  }
}
