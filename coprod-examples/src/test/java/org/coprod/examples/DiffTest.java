package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The golden-file diff shows what changed, with a little context, and nothing when equal. */
class DiffTest {
  @Test
  void equalTextsHaveNoDifference() {
    assertThat(Diff.lines("a\nb\n", "a\nb\n")).isEmpty();
  }

  @Test
  void showsAChangedLineWithTwoLinesOfContextAndElidesTheRest() {
    String golden = "1\n2\n3\n4\n5\n6\n7\n8\n9";
    String now = "1\n2\n3\n4\n5\nsix\n7\n8\n9";

    assertThat(Diff.lines(golden, now)).isEqualTo("  4\n  5\n- 6\n+ six\n  7\n  8\n");
  }

  @Test
  void separatesDistantChangesWithAnEllipsis() {
    String golden = "a\n1\n2\n3\n4\n5\n6\nb";
    String now = "A\n1\n2\n3\n4\n5\n6\nB";

    assertThat(Diff.lines(golden, now))
        .isEqualTo("- a\n+ A\n  1\n  2\n  ...\n  5\n  6\n- b\n+ B\n");
  }
}
