package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.Locale;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.Audience;
import org.coprod.rules.render.Glance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The at-a-glance block of every scenario reads at a low Flesch-Kincaid grade, for both audiences:
 * it is read aloud at the meeting to everyone in the room, so it reads at grade 6 or lower: its own
 * framing, and what it quotes from the rules (their titles, and their descriptions of what they
 * found). The test prints each grade.
 *
 * <p>Flesch-Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59. A word
 * is a run of characters between spaces holding a letter or digit; a sentence ends at a full stop,
 * question or exclamation mark before a space or the end, and each list item is at least one
 * sentence. Syllables are counted simply: the runs of vowels (a, e, i, o, u, y) in a word, less one
 * for a final silent "e" (not after "l", as in "people"), and at least one a word; a number counts
 * one. The count is rough, as every simple counter is, but it is the same for every scenario, so a
 * wordier block shows.
 */
class GlanceReadabilityTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "scenarios");

  /** The highest grade the block may read at. */
  private static final double MOST_GRADE = 6.0;

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.coprod.examples.ScenarioTest#names")
  void theAtAGlanceBlockReadsAtGradeSixOrLower(String name) {
    Report report = Rulebook.standard().check(read(name));
    for (Audience audience : Audience.values()) {
      Seq<String> sentences = Glance.of(report, report.sideLabels(), audience).sentences();
      double grade = grade(sentences);
      System.out.printf(
          Locale.ROOT, "at a glance, %s, %s: Flesch-Kincaid grade %.1f%n", name, audience, grade);
      assertThat(grade)
          .as(
              "Flesch-Kincaid grade of %s's at-a-glance block for the %s:%n%s",
              name, audience, sentences.mkString("\n"))
          .isLessThanOrEqualTo(MOST_GRADE);
    }
  }

  @Test
  void theFormulaGivesTheReferenceGrades() {
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8*1 - 15.59.
    assertThat(grade(io.vavr.collection.List.of("The cat sat on the mat.")))
        .isCloseTo(0.39 * 6 + 11.8 - 15.59, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(syllables("people")).isEqualTo(2);
    assertThat(syllables("decisions")).isEqualTo(3);
    assertThat(syllables("made")).isEqualTo(1);
    assertThat(syllables("100%")).isEqualTo(1);
  }

  /** The Flesch-Kincaid grade of some text, each string one item of at least one sentence. */
  static double grade(Seq<String> items) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    for (String item : items) {
      int inItem = 0;
      for (String token : item.trim().split("\\s+")) {
        if (!token.matches(".*[\\p{L}\\p{N}].*")) {
          continue;
        }
        words++;
        syllables += syllables(token);
        if (token.matches(".*[.?!][\"')]*")) {
          inItem++;
        }
      }
      sentences += Math.max(1, inItem);
    }
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  /** The syllables of a word, counted simply as the class says. */
  static int syllables(String token) {
    String w = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 1;
    }
    int runs = 0;
    boolean inVowels = false;
    for (char c : w.toCharArray()) {
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (vowel && !inVowels) {
        runs++;
      }
      inVowels = vowel;
    }
    if (w.endsWith("e") && !w.endsWith("le") && runs > 1) {
      runs--;
    }
    return Math.max(1, runs);
  }

  private static Project read(String name) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(DIR.resolve(name + ".yaml"));
    assertThat(read.isValid()).as("%s.yaml reads", name).isTrue();
    return read.get();
  }
}
