package org.coprod.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Measures;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;

/**
 * What {@code coprod stats DIR --output FILE.csv} does, for the parallelism target while the
 * command does not exist: reads every project file of a directory, checks it and writes one CSV row
 * of aggregate measures per project, on a pool of as many threads as the JVM has processors. A bad
 * file is counted and skipped. {@link Targets} runs it with {@code -XX:ActiveProcessorCount} 1 and
 * 2.
 */
public final class StatsFiles {
  private StatsFiles() {}

  /**
   * Reads, checks and measures every {@code .json}, {@code .yaml} and {@code .yml} file of a
   * directory.
   *
   * @param args the directory and the CSV file to write
   * @throws IOException if the directory cannot be listed or the CSV written
   * @throws InterruptedException if interrupted while waiting for the pool
   * @throws ExecutionException if a file's check fails unexpectedly
   */
  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    if (args.length != 2) {
      System.err.println("usage: StatsFiles DIR OUTPUT.csv");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of(args[0]))) {
      files = listed.filter(StatsFiles::isProjectFile).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Rulebook rulebook = Rulebook.standard();
    List<Future<Option<String>>> rows = new ArrayList<>(files.size());
    for (Path file : files) {
      rows.add(pool.submit(() -> row(rulebook, file)));
    }
    StringBuilder csv =
        new StringBuilder(
            "project,contributions,findings,hoursShareLivedExperience,"
                + "paidHourShareLivedExperience,paidHourShareProfessional,keyDecisionSayLivedExperience,giniHours,giniCredit\n");
    int bad = 0;
    for (Future<Option<String>> row : rows) {
      Option<String> r = row.get();
      if (r.isEmpty()) {
        bad++;
      } else {
        csv.append(r.get());
      }
    }
    pool.shutdown();
    Files.writeString(Path.of(args[1]), csv, StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "%d files, %d bad, %d threads, %.1f s%n",
        files.size(),
        bad,
        threads,
        (System.nanoTime() - start) / 1e9);
    System.exit(bad == 0 ? 0 : 1);
  }

  private static boolean isProjectFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static Option<String> row(Rulebook rulebook, Path file) {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
    if (read.isInvalid()) {
      return Option.none();
    }
    Project project = read.get();
    Report report = rulebook.check(project);
    Measures m = report.measures();
    return Option.some(
        String.join(
                ",",
                project.id().value(),
                String.valueOf(project.contributions().size()),
                String.valueOf(report.findings().size()),
                number(m.hoursShareBySide().of(Side.LIVED_EXPERIENCE)),
                number(m.paidHourShareBySide().of(Side.LIVED_EXPERIENCE)),
                number(m.paidHourShareBySide().of(Side.PROFESSIONAL)),
                number(m.keyDecisionSayBySide().of(Side.LIVED_EXPERIENCE)),
                number(m.giniHours()),
                number(m.giniCredit()))
            + "\n");
  }

  private static String number(Option<Double> x) {
    return x.map(v -> String.format(Locale.ROOT, "%.6f", v)).getOrElse("");
  }
}
