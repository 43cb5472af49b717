package org.coprod.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.PolicyFiles;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Policy;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.ReportRenderer;
import org.coprod.rules.render.TextReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod check FILE…}: reads project files, checks each against the rulebook (under the
 * policy of {@code --policy}, if given) as of its last dated event (or {@code --as-of}), and
 * writes a report for each. It exits with {@value
 * Coprod#FAILED} when an unacknowledged finding is at or above the fail level (a concern, by
 * default: warnings are prompts, not failures) or a rule could not finish.
 *
 * <p>A file with problems is bad input: every problem of every file is printed, each with the
 * file, line, column and path, and nothing is checked, so a report never stands for only some of
 * the files asked for.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
        "Checks project files against the rules and writes a report for each.",
        "Exits 1 when an unacknowledged finding is at or above the fail level, 2 when a file has problems."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "project files (.yaml, .yml or .json)")
  private java.util.List<Path> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Choices.ReportFormats.class,
      description = "text (the default) or markdown")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Choices.Day.class,
      description = "check the project as it stood at the end of this day (YYYY-MM-DD); "
          + "by default, as of its last dated event")
  private @Nullable LocalDate asOf;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "a policy file (YAML or JSON) that sets parameters and severities or turns rules off; "
          + "each report lists its differences from the standard rulebook")
  private @Nullable Path policy;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "concern", converter = Choices.FailLevels.class,
      description = "note, warning or concern (the default): exit 1 when an unacknowledged finding is at or above it")
  private Choices.FailLevel failOn = Choices.FailLevel.CONCERN;

  @Option(names = "--output", paramLabel = "FILE", description = "write the report to this file instead of standard output")
  private @Nullable Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Rulebook standard = Coprod.rulebook();
    Path policyFile = policy;
    Rulebook rulebook = standard;
    if (policyFile != null) {
      Validation<Seq<Problem>, Policy> read = PolicyFiles.read(policyFile, standard);
      if (read.isInvalid()) {
        read.getError().forEach(err::println);
        err.println(spec.qualifiedName() + ": the policy file has problems; nothing was checked.");
        err.flush();
        return Coprod.BAD_INPUT;
      }
      rulebook = standard.withPolicy(read.get());
    }
    java.util.List<Report> reports = new ArrayList<>();
    int bad = 0;
    for (Path file : files) {
      Validation<Seq<Problem>, Report> checked = check(file, rulebook);
      if (checked.isInvalid()) {
        bad++;
        checked.getError().forEach(err::println);
      } else {
        reports.add(checked.get());
      }
    }
    if (bad > 0) {
      err.println(spec.qualifiedName() + ": " + (bad == 1 ? "a file has" : bad + " files have") + " problems; nothing was checked.");
      err.flush();
      return Coprod.BAD_INPUT;
    }
    if (!Outputs.write(spec, output, render(List.ofAll(reports), rulebook))) {
      return Coprod.BAD_INPUT;
    }
    return exitCode(List.ofAll(reports), failOn.severity());
  }

  /**
   * {@value Coprod#FAILED} when a report has an unacknowledged finding at or above the level, or
   * a rule that ended in error; else {@value Coprod#OK}.
   */
  static int exitCode(Seq<Report> reports, Severity level) {
    return reports.exists(r -> r.failsAt(level)) ? Coprod.FAILED : Coprod.OK;
  }

  /** Reads one file and checks it, or gives the file's problems. */
  private Validation<Seq<Problem>, Report> check(Path file, Rulebook rulebook) {
    return ProjectFiles.read(file).flatMap(project -> view(project, file)).map(rulebook::check);
  }

  /** The view to check: as of {@code --as-of}, which may not fall before the project started. */
  private Validation<Seq<Problem>, ProjectView> view(Project project, Path file) {
    LocalDate day = asOf;
    if (day == null) {
      return Validation.valid(project.view());
    }
    if (day.isBefore(project.started())) {
      return Validation.invalid(List.of(Problem.of(Problem.Kind.DATES_OUT_OF_ORDER, "project.started",
          "the project started on " + project.started() + ", after --as-of " + day + ": there is nothing to check yet")
          .in(file.toString())));
    }
    return Validation.valid(project.asOf(day));
  }

  /** The reports, one after another, in the chosen format. */
  private String render(Seq<Report> reports, Rulebook rulebook) {
    ReportRenderer renderer = format == ReportFormat.MARKDOWN ? MarkdownReport.of() : TextReport.of();
    return reports.map(r -> renderer.render(r, rulebook)).mkString("\n");
  }
}
