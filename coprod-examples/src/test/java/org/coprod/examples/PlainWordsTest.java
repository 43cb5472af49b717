package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.Readability;
import org.coprod.rules.render.Words;
import org.junit.jupiter.api.Test;

/**
 * The words a group reads first about each finding: the first sentence of its message, as the
 * reports write it for the example scenarios, is plain enough for a reading age of about 9 to 11 (a
 * Flesch-Kincaid grade of 6 or lower, with the default side labels).
 */
class PlainWordsTest {
  private static final Path DIR = Path.of(System.getProperty("basedir", "."), "scenarios");

  /** The highest grade a finding's first sentence may have. */
  private static final double GRADE = 6.0;

  private static Report check(String name) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(DIR.resolve(name + ".yaml"));
    assertThat(read.isValid()).as("%s.yaml reads", name).isTrue();
    return Rulebook.standard().check(read.get());
  }

  @Test
  void everyFindingsFirstSentenceInTheScenariosIsAtGradeSixOrBelow() {
    List<String> over = new ArrayList<>();
    int measured = 0;
    double worst = Double.NEGATIVE_INFINITY;
    for (String name : ScenarioTest.names().toList()) {
      Report report = check(name);
      for (Finding f : report.findings()) {
        String headline =
            Readability.firstSentence(Words.message(f, Words.voice(report, report.sideLabels())));
        double grade = Readability.grade(headline);
        measured++;
        worst = Math.max(worst, grade);
        if (Boolean.getBoolean("coprod.words.print")) {
          System.out.printf(Locale.ROOT, "%5.1f %s/%s: %s%n", grade, f.rule(), f.kind(), headline);
        }
        if (grade > GRADE) {
          over.add(
              String.format(
                  Locale.ROOT, "%.1f %s %s/%s: %s", grade, name, f.rule(), f.kind(), headline));
        }
      }
    }
    assertThat(measured).as("findings measured").isGreaterThan(50);
    assertThat(over).as("first sentences above grade %s (worst %.1f)", GRADE, worst).isEmpty();
  }
}
