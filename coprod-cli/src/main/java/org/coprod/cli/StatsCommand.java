package org.coprod.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.WholeFile;
import org.coprod.io.report.StatsCsv;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod stats DIR|FILE… --output FILE.csv}: one CSV row a project of aggregate measures,
 * for research in R or pandas, in coprod-io's {@link StatsCsv} form: the project's id, counts, the
 * headline measures by side, the ladder step assessed and claimed, and the number of findings by
 * severity; never a name, a person's id, a side of a person, an access need or a decline reason.
 *
 * <p>Folders are searched for {@code .yaml}, {@code .yml} and {@code .json} files (hidden ones left
 * out). Files are read and checked in parallel by a pool no larger than the processors available;
 * rows come out in the order of the arguments, each folder's files sorted by path, so the same
 * files give the same bytes. A file with problems is reported on standard error and skipped, and
 * the command then exits with {@value Coprod#BAD_INPUT}. Measures that cannot be computed are empty
 * cells; numbers are in the JSON report's canonical form, never a locale's.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Writes one CSV row a project of aggregate measures, for research: no names, no personal data.",
      "Exits 2 when a file had problems and was skipped."
    })
final class StatsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "DIR|FILE",
      arity = "1..*",
      description = "folders of project files, or project files; - reads one from standard input")
  private java.util.List<Path> inputs = new ArrayList<>();

  @CommandLine.Option(
      names = "--output",
      paramLabel = "FILE.csv",
      required = true,
      description = "the CSV file to write")
  private Path output = Path.of("stats.csv");

  @CommandLine.Option(
      names = "--no-progress",
      description = "draw no progress bar on standard error")
  private boolean noProgress;

  @Override
  public Integer call() throws InterruptedException {
    if (!Outputs.notAnInput(spec, output, inputs)) {
      return Coprod.BAD_INPUT;
    }
    java.util.List<Path> files = new ArrayList<>();
    boolean bad = false;
    for (Path input : inputs) {
      try {
        files.addAll(projectFiles(input));
      } catch (IOException e) {
        Outputs.failed(spec, e);
        bad = true;
      }
    }
    if (files.isEmpty()) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": found no project file (.yaml, .yml or .json) in "
              + List.ofAll(inputs).mkString(", "));
      return Coprod.BAD_INPUT;
    }
    if (!Outputs.notAnInput(spec, output, files)) {
      return Coprod.BAD_INPUT;
    }
    if (files.stream().filter(Outputs::isStandardInput).count() > 1) {
      Outputs.say(spec, spec.qualifiedName() + ": standard input can be read only once");
      return Coprod.BAD_INPUT;
    }
    PrintWriter err = spec.commandLine().getErr();
    Rulebook rulebook = Coprod.rulebook();
    Progress progress = new Progress(err, files.size(), !noProgress);
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "coprod-stats-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    int[] skipped = {0};
    java.util.List<Future<Row>> rows = new ArrayList<>();
    try {
      for (Path file : files) {
        rows.add(
            pool.submit(
                () -> {
                  try {
                    return row(file, rulebook);
                  } finally {
                    progress.step();
                  }
                }));
      }
      // the file is written whole or not at all: a failure leaves the one before as it was
      WholeFile.write(
          output,
          bytes -> {
            Writer out =
                new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
            out.write(StatsCsv.header());
            for (Future<Row> row : rows) {
              Row r = outcome(row);
              r.messages().forEach(m -> progress.message(SafeText.escaped(m)));
              if (r.csv().isDefined()) {
                out.write(r.csv().get());
              } else {
                skipped[0]++;
              }
            }
            out.flush();
          });
    } catch (IOException e) {
      progress.finish();
      Outputs.failed(spec, e);
      return Coprod.BAD_INPUT;
    } catch (Interrupted e) {
      throw e.cause();
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    if (skipped[0] > 0) {
      Outputs.say(
          err,
          spec.qualifiedName()
              + ": "
              + (skipped[0] == 1 ? "a file was" : skipped[0] + " files were")
              + " skipped; "
              + (files.size() - skipped[0])
              + " of "
              + files.size()
              + " rows written to "
              + output);
    }
    return bad || skipped[0] > 0 ? Coprod.BAD_INPUT : Coprod.OK;
  }

  /**
   * One file's outcome: its CSV row (ending in CRLF), or none when it was skipped; and what to tell
   * the user about it (its problems, or rules that could not finish).
   */
  record Row(Option<String> csv, Seq<String> messages) {}

  /**
   * A row's outcome; a fault in coprod while checking one file skips that file, saying what failed.
   */
  private static Row outcome(Future<Row> row) {
    try {
      return row.get();
    } catch (InterruptedException e) {
      throw new Interrupted(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof OutOfMemoryError oom) {
        // the command stops with one line, as anywhere else it runs out of memory
        throw oom;
      }
      return new Row(
          Option.none(), List.of("could not finish a file: " + cause.getClass().getName()));
    }
  }

  /** Waiting for a row was interrupted: carried out of the writing of the file, and rethrown. */
  private static final class Interrupted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Interrupted(InterruptedException cause) {
      super(cause);
    }

    InterruptedException cause() {
      return (InterruptedException) java.util.Objects.requireNonNull(getCause());
    }
  }

  /** The project files an argument names: itself, or the project files under a folder, sorted. */
  static java.util.List<Path> projectFiles(Path input) throws IOException {
    if (Outputs.isStandardInput(input) || !Files.isDirectory(input)) {
      return java.util.List.of(input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(p -> !hidden(input.relativize(p)))
          .filter(Files::isRegularFile)
          .filter(p -> Format.ofFileName(String.valueOf(p.getFileName())).isDefined())
          .sorted()
          .toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * One file's row; or, for a file with problems, none, with the problems (each with the file, line
   * and path) and a line saying it was skipped.
   */
  static Row row(Path file, Rulebook rulebook) {
    Validation<Seq<Problem>, Project> read =
        Outputs.isStandardInput(file) ? StandardInput.read().project() : ProjectFiles.read(file);
    if (read.isInvalid()) {
      return new Row(
          Option.none(), read.getError().map(Problem::toString).append(file + ": skipped"));
    }
    ProjectView view = read.get().view();
    Report report = rulebook.check(view);
    // The row still counts the rules that could not finish; the researcher is told which.
    Seq<String> errors =
        report
            .outcomes()
            .filter(o -> o.status() == OutcomeStatus.ERROR)
            .map(
                o ->
                    file + ": rule " + o.rule() + " could not finish: " + o.reason().getOrElse(""));
    return new Row(Option.some(StatsCsv.row(report, view)), errors);
  }
}
