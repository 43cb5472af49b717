package org.coprod.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** Finds the nearest known word to a mistyped one, so an error can say "did you mean". */
public final class Suggest {
  private Suggest() {}

  /**
   * The known word nearest to {@code word} by edit distance, if one is near enough (at most a third
   * of the word's length, and at least 2 edits allowed).
   */
  public static Option<String> nearest(String word, Seq<String> known) {
    int limit = Math.max(2, word.length() / 3);
    @org.jspecify.annotations.Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d =
          distance(word.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return bestDistance <= limit ? Option.of(best) : Option.none();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
