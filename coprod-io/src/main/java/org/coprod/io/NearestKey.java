package org.coprod.io;

import java.util.Collection;
import java.util.Locale;

/** The known key nearest to a mistyped one, by edit distance, so a typo names its fix. */
final class NearestKey {
  private NearestKey() {}

  /**
   * The key among {@code known} at the least edit distance from {@code key}, ignoring case; ties go
   * to the key that comes first. Never null while {@code known} is not empty.
   */
  static String among(String key, Collection<String> known) {
    String lower = key.toLowerCase(Locale.ROOT);
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * Whether a key is close enough to a known one to be taken for a typo of it: at most two edits,
   * or a third of its length, apart (ignoring case).
   */
  static boolean isTypo(String key, String known) {
    int d = distance(key.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
    return d <= Math.max(2, known.length() / 3);
  }

  /**
   * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as
   * one edit (optimal string alignment), since swapped letters are the commonest typo. Keys are
   * short; long input is cut to keep it cheap.
   */
  static int distance(String a, String b) {
    String s = a.length() > 64 ? a.substring(0, 64) : a;
    String t = b.length() > 64 ? b.substring(0, 64) : b;
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length()][t.length()];
  }
}
