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
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.Format;
import org.coprod.io.PolicyFiles;
import org.coprod.io.ProjectFolders;
import org.coprod.io.WholeFile;
import org.coprod.io.report.RulesCsv;
import org.coprod.io.report.StatsCsv;
import org.coprod.io.report.StatsSource;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.render.SafeText;
import org.coprod.workbook.Workbooks;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod stats DIR|FILE… --output FILE.csv}: one CSV row a project of aggregate measures,
 * for research in R or pandas, in coprod-io's {@link StatsCsv} form: where the row came from (the
 * file's path and SHA-256, the library's version, the rulebook's name, version and digest, the
 * policy's digest), counts, the headline measures by side with the counts behind each rate and
 * exact 95% intervals, Fisher's exact p for credit parity, the ladder step assessed and claimed,
 * and the number of findings by severity; never a name, a person's id, a side of a person, an
 * access need or a decline reason. Figures that rest on fewer than {@code --min-cell} people (5 by
 * default) are left blank, and the row says why. {@code --rules-output} writes every rule's outcome
 * for every project as a long table ({@link RulesCsv}); {@code --policy} and {@code --as-of} work
 * as for {@code check}.
 *
 * <p>Folders are searched for {@code .yaml}, {@code .yml} and {@code .json} files and workbooks
 * ({@code .xlsx}), hidden ones left out; a project folder (a project file with CSV lists) is one
 * project. Files are read and checked in parallel by a pool no larger than the processors
 * available; rows come out in the order of the arguments, each folder's files sorted by path, so
 * the same files give the same bytes. A file with problems (or one that started after {@code
 * --as-of}) is reported on standard error and skipped, and the command then exits with {@value
 * Coprod#BAD_INPUT}; so does a policy file with problems, before anything is read. Measures that
 * cannot be computed are empty cells; numbers are in the JSON report's canonical form, never a
 * locale's.
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

  @CommandLine.Option(
      names = "--min-cell",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "leave blank every figure that rests on fewer than N people, and the figures from which "
              + "it would follow (5 by default; 0 writes every figure; the column minCell says which)")
  private int minCell = StatsSource.MIN_CELL;

  @CommandLine.Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "a policy file (YAML or JSON) to check the projects under; each row carries its digest")
  private @Nullable Path policy;

  @CommandLine.Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Choices.Day.class,
      description =
          "measure each project as it stood at the end of this day (YYYY-MM-DD); "
              + "by default, as of its last dated event")
  private @Nullable LocalDate asOf;

  @CommandLine.Option(
      names = "--rules-output",
      paramLabel = "FILE.csv",
      description =
          "also write every rule's outcome and findings by severity, one row a project and rule")
  private @Nullable Path rulesOutput;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (minCell < 0) {
      Outputs.say(spec, spec.qualifiedName() + ": --min-cell takes 0 or more, not " + minCell);
      return Coprod.BAD_INPUT;
    }
    java.util.List<Path> named = new ArrayList<>(inputs);
    if (policy != null) {
      named.add(policy);
    }
    if (!Outputs.notAnInput(spec, output, named) || !Outputs.notAnInput(spec, rulesOutput, named)) {
      return Coprod.BAD_INPUT;
    }
    Rulebook standard = Coprod.rulebook();
    Policy chosen = Policy.defaults();
    Path policyFile = policy;
    if (policyFile != null) {
      Validation<Seq<Problem>, Policy> read = PolicyFiles.read(policyFile, standard);
      if (read.isInvalid()) {
        Outputs.problems(spec, read.getError());
        Outputs.say(
            spec, spec.qualifiedName() + ": the policy file has problems; nothing was read.");
        return Coprod.BAD_INPUT;
      }
      chosen = read.get();
    }
    Rulebook rulebook = policyFile == null ? standard : standard.withPolicy(chosen);
    Settings settings = new Settings(rulebook, chosen, minCell, Option.of(asOf));
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
              + ": found no project file (.yaml, .yml, .json or .xlsx) in "
              + List.ofAll(inputs).mkString(", "));
      return Coprod.BAD_INPUT;
    }
    if (!Outputs.notAnInput(spec, output, files) || !Outputs.notAnInput(spec, rulesOutput, files)) {
      return Coprod.BAD_INPUT;
    }
    if (files.stream().filter(Outputs::isStandardInput).count() > 1) {
      Outputs.say(spec, spec.qualifiedName() + ": standard input can be read only once");
      return Coprod.BAD_INPUT;
    }
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
    Path rulesFile = rulesOutput;
    java.util.List<Future<Row>> rows = new ArrayList<>();
    try {
      for (Path file : files) {
        rows.add(
            pool.submit(
                () -> {
                  try {
                    return row(file, settings);
                  } finally {
                    progress.step();
                  }
                }));
      }
      // each file is written whole or not at all: a failure leaves the one before as it was
      WholeFile.write(
          output,
          stats -> {
            Writer out = writer(stats);
            if (rulesFile == null) {
              write(rows, out, null, progress, skipped);
            } else {
              WholeFile.write(
                  rulesFile,
                  outcomes -> {
                    Writer rules = writer(outcomes);
                    write(rows, out, rules, progress, skipped);
                    rules.flush();
                  });
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

  private static Writer writer(java.io.OutputStream bytes) {
    return new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Writes the rows in the order of the files as they come in, and each file's messages above the
   * progress bar; counts the files skipped.
   */
  private static void write(
      java.util.List<Future<Row>> rows,
      Writer out,
      @Nullable Writer rules,
      Progress progress,
      int[] skipped)
      throws IOException {
    out.write(StatsCsv.header());
    if (rules != null) {
      rules.write(RulesCsv.header());
    }
    for (Future<Row> row : rows) {
      Row r = outcome(row);
      r.messages().forEach(m -> progress.message(SafeText.escaped(m)));
      if (r.csv().isDefined()) {
        out.write(r.csv().get());
        if (rules != null) {
          rules.write(r.rules());
        }
      } else {
        skipped[0]++;
      }
    }
  }

  /**
   * One file's outcome: its CSV row (ending in CRLF), or none when it was skipped; its rows of rule
   * outcomes (empty when skipped); and what to tell the user about it (its problems, or rules that
   * could not finish).
   */
  record Row(Option<String> csv, String rules, Seq<String> messages) {
    static Row skipped(Seq<String> messages) {
      return new Row(Option.none(), "", messages);
    }
  }

  /**
   * What every file is checked and written with.
   *
   * @param rulebook the rulebook, under the policy
   * @param policy the policy (the defaults without {@code --policy})
   * @param minCell the fewest people a figure may rest on
   * @param asOf the day to measure at, or none for each project's last dated event
   */
  record Settings(Rulebook rulebook, Policy policy, int minCell, Option<LocalDate> asOf) {}

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
      return Row.skipped(List.of("could not finish a file: " + cause.getClass().getName()));
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

  /**
   * The projects an argument names: itself, or the project files and workbooks under a folder,
   * sorted, each project folder (a project file with CSV lists) as one project.
   */
  static java.util.List<Path> projectFiles(Path input) throws IOException {
    if (Outputs.isStandardInput(input)
        || !Files.isDirectory(input)
        || ProjectFolders.isProjectFolder(input)) {
      return java.util.List.of(input);
    }
    java.util.List<Path> out = new ArrayList<>();
    Files.walkFileTree(
        input,
        new SimpleFileVisitor<Path>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.equals(input) && hidden(input.relativize(dir))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(input) && ProjectFolders.isProjectFolder(dir)) {
              out.add(dir);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = String.valueOf(file.getFileName());
            if (attributes.isRegularFile()
                && !hidden(input.relativize(file))
                && (Format.ofFileName(name).isDefined() || Workbooks.isWorkbook(file))) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    out.sort(null);
    return out;
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
   * One file's rows; or, for a file with problems, none, with the problems (each with the file,
   * line and path) and a line saying it was skipped.
   */
  static Row row(Path file, Settings settings) {
    StandardInput.@Nullable Read standardInput =
        Outputs.isStandardInput(file) ? StandardInput.read() : null;
    Inputs.Input input =
        new Inputs.Input(
            file,
            standardInput != null || (!Files.isDirectory(file) && !Workbooks.isWorkbook(file))
                ? Inputs.Kind.FILE
                : Files.isDirectory(file) ? Inputs.Kind.FOLDER : Inputs.Kind.WORKBOOK);
    Validation<Seq<Problem>, Project> read =
        standardInput != null ? standardInput.project() : Inputs.read(input);
    if (read.isInvalid()) {
      return Row.skipped(read.getError().map(Problem::toString).append(file + ": skipped"));
    }
    Project project = read.get();
    LocalDate day = settings.asOf().getOrNull();
    if (day != null && day.isBefore(project.started())) {
      return Row.skipped(
          List.of(
              file
                  + ": project.started: the project started on "
                  + project.started()
                  + ", after --as-of "
                  + day
                  + ": there is nothing to measure yet",
              file + ": skipped"));
    }
    StatsSource source;
    try {
      source =
          standardInput != null
              ? new StatsSource("-", standardInput.digest(), settings.policy(), settings.minCell())
              : input.kind() == Inputs.Kind.FILE
                  ? StatsSource.ofFile(file, settings.policy(), settings.minCell())
                  // a workbook's or a folder's digest is of the project it holds
                  : new StatsSource(
                      file.toString().replace(file.getFileSystem().getSeparator(), "/"),
                      Inputs.digest(input, project),
                      settings.policy(),
                      settings.minCell());
    } catch (IOException e) {
      return Row.skipped(
          List.of(
              file
                  + ": could not be read again for its digest ("
                  + e.getClass().getSimpleName()
                  + ")",
              file + ": skipped"));
    }
    ProjectView view = day == null ? project.view() : project.asOf(day);
    Report report = settings.rulebook().check(view);
    // The row still counts the rules that could not finish; the researcher is told which.
    Seq<String> errors =
        report
            .outcomes()
            .filter(o -> o.status() == OutcomeStatus.ERROR)
            .map(
                o ->
                    file + ": rule " + o.rule() + " could not finish: " + o.reason().getOrElse(""));
    return new Row(
        Option.some(StatsCsv.row(report, view, source)),
        RulesCsv.rows(report, view, source),
        errors);
  }
}
