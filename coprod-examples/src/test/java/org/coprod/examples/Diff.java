package org.coprod.examples;

/**
 * A line diff for golden-file failures: the longest common subsequence of lines, printed with
 * {@code -} for lines only in the golden, {@code +} for lines only in the new report, and two lines
 * of context around each change. Reports are a few hundred lines, so the quadratic table is small.
 */
final class Diff {
  private static final int CONTEXT = 2;

  private Diff() {}

  /** The difference between two texts, line by line; empty when they are equal. */
  static String lines(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    java.util.List<String> edits = new java.util.ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        edits.add("  " + a[i++]);
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        edits.add("- " + a[i++]);
      } else {
        edits.add("+ " + b[j++]);
      }
    }
    boolean[] shown = new boolean[edits.size()];
    for (int k = 0; k < edits.size(); k++) {
      if (!edits.get(k).startsWith("  ")) {
        for (int m = Math.max(0, k - CONTEXT); m <= Math.min(edits.size() - 1, k + CONTEXT); m++) {
          shown[m] = true;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int k = 0; k < edits.size(); k++) {
      if (!shown[k]) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        out.append("  ...\n");
      }
      gap = false;
      out.append(edits.get(k)).append('\n');
    }
    return out.toString();
  }
}
