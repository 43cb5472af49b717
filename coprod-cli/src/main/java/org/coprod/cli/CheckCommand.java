package org.coprod.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.PolicyFiles;
import org.coprod.io.ReadLimits;
import org.coprod.io.report.FindingsCsv;
import org.coprod.io.report.Gripp2;
import org.coprod.io.report.HtmlReport;
import org.coprod.io.report.InputDigest;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Policy;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.render.Audience;
import org.coprod.rules.render.MarkdownReport;
import org.coprod.rules.render.TextReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coprod check FILE…}: reads project files, checks each against the rulebook (under the
 * policy of {@code --policy}, if given) as of its last dated event (or {@code --as-of}), and writes
 * a report for each. It exits with {@value Coprod#FAILED} when an unacknowledged finding is at or
 * above the fail level (a concern, by default: warnings are prompts, not failures) or a rule could
 * not finish.
 *
 * <p>Formats: text (the default) and Markdown, one report after another; JSON, one object for one
 * file and an array for several, each with the SHA-256 of its file's bytes; CSV, the findings of
 * every report under one header; HTML, one self-contained page a report, so several files need
 * {@code --output} to name a folder, where each page takes its file's name.
 *
 * <p>A file with problems is bad input: every problem of every file is printed, each with the file,
 * line, column and path, and nothing is checked, so a report never stands for only some of the
 * files asked for.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Checks project files against the rules and writes a report for each.",
      "Exits 1 when an unacknowledged finding is at or above the fail level, 2 when a file has problems."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "project files (.yaml, .yml or .json), workbooks (.xlsx), project folders (a project"
              + " file with CSV lists), or folders of project files; - or /dev/stdin reads"
              + " standard input")
  private java.util.List<Path> files = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Choices.ReportFormats.class,
      description =
          "text (the default), markdown, json (an array for several files), csv (one row a finding) "
              + "html (a page a file: with several files, --output names a folder), summary (the"
              + " first page of the text report alone), summary-html (the first page as a page,"
              + " for the screen at a meeting) or gripp2 (the GRIPP2 short form drafted from the"
              + " record, for the group to finish)")
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--audience",
      paramLabel = "WHO",
      converter = Choices.Audiences.class,
      description =
          "group (the default for summary and summary-html: a finding about one person is counted"
              + " by side, and no one is named) or facilitator (the default for text, markdown and"
              + " html: people are named by role or id); only for the formats people read")
  private @Nullable Audience audience;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Choices.Day.class,
      description =
          "check the project as it stood at the end of this day (YYYY-MM-DD); "
              + "by default, as of its last dated event")
  private @Nullable LocalDate asOf;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "a policy file (YAML or JSON) that sets parameters and severities or turns rules off; "
              + "each report lists its differences from the standard rulebook")
  private @Nullable Path policy;

  @Option(
      names = "--labels",
      paramLabel = "LIVED,PROFESSIONAL",
      converter = Choices.Labels.class,
      description =
          "what the report calls the two sides, the lived-experience side first, e.g. \"experts by"
              + " experience,staff\"; over the policy file's labels; by default \"people with lived"
              + " experience\" and \"professionals\"; the words for one person (\"expert by"
              + " experience\") are made from them")
  private @Nullable SideLabels labels;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "concern",
      converter = Choices.FailLevels.class,
      description =
          "note, warning or concern (the default): exit 1 when an unacknowledged finding is at or above it")
  private Choices.FailLevel failOn = Choices.FailLevel.CONCERN;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "write the report to this file instead of standard output (for html and several files: a folder)")
  private @Nullable Path output;

  /** One file, checked: the view, its report, and the digest of the file's bytes for JSON. */
  private record Checked(
      Path file, ProjectView view, Report report, io.vavr.control.Option<InputDigest> digest) {}

  @Override
  public Integer call() {
    java.util.List<Inputs.Input> inputs = new ArrayList<>();
    int bad = 0;
    for (Path argument : files) {
      if (Outputs.isStandardInput(argument)) {
        inputs.add(new Inputs.Input(argument, Inputs.Kind.FILE));
        continue;
      }
      Validation<Seq<Problem>, Seq<Inputs.Input>> named = Inputs.expand(argument);
      if (named.isInvalid()) {
        bad++;
        Outputs.problems(spec, named.getError());
      } else {
        named.get().forEach(inputs::add);
      }
    }
    if (audience != null && !format.hasAudience()) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": --audience is for the reports people read (text, markdown, html, summary,"
              + " summary-html), not "
              + format);
      return Coprod.BAD_INPUT;
    }
    if (format.isPage() && inputs.size() > 1 && output == null) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": an HTML report is one page a file: with several files, "
              + "--output names the folder to write the pages in");
      return Coprod.BAD_INPUT;
    }
    // an output may name none of the files read: the arguments, what folders hold, the policy
    java.util.List<Path> readFrom = new ArrayList<>(files);
    inputs.forEach(input -> readFrom.add(input.path()));
    if (policy != null) {
      readFrom.add(policy);
    }
    if (!Outputs.notAnInput(spec, output, readFrom)) {
      return Coprod.BAD_INPUT;
    }
    if (files.stream().filter(Outputs::isStandardInput).count() > 1) {
      Outputs.say(spec, spec.qualifiedName() + ": standard input can be read only once");
      return Coprod.BAD_INPUT;
    }
    Rulebook standard = Coprod.rulebook();
    Path policyFile = policy;
    Rulebook rulebook = standard;
    if (policyFile != null) {
      Validation<Seq<Problem>, Policy> read =
          PolicyFiles.read(
              policyFile, standard, ReadLimits.defaults(), w -> Outputs.say(spec, "warning: " + w));
      if (read.isInvalid()) {
        Outputs.problems(spec, read.getError());
        Outputs.say(
            spec, spec.qualifiedName() + ": the policy file has problems; nothing was checked.");
        return Coprod.BAD_INPUT;
      }
      rulebook = standard.withPolicy(read.get());
    }
    if (labels != null) {
      rulebook = rulebook.withPolicy(rulebook.policy().withLabels(labels));
    }
    java.util.List<Checked> checked = new ArrayList<>();
    for (Inputs.Input input : inputs) {
      Validation<Seq<Problem>, Checked> one = check(input, rulebook);
      if (one.isInvalid()) {
        bad++;
        Outputs.problems(spec, one.getError());
      } else {
        checked.add(one.get());
      }
    }
    if (bad > 0) {
      Outputs.say(
          spec,
          spec.qualifiedName()
              + ": "
              + (bad == 1 ? "a file has" : bad + " files have")
              + " problems; nothing was checked.");
      return Coprod.BAD_INPUT;
    }
    Seq<Checked> all = List.ofAll(checked);
    boolean written =
        (format.isPage() && all.size() > 1) ? pages(all) : Outputs.write(spec, output, render(all));
    if (!written) {
      return Coprod.BAD_INPUT;
    }
    return exitCode(all.map(Checked::report), failOn.severity());
  }

  /**
   * {@value Coprod#FAILED} when a report has an unacknowledged finding at or above the level, or a
   * rule that ended in error; else {@value Coprod#OK}.
   */
  static int exitCode(Seq<Report> reports, Severity level) {
    return reports.exists(r -> r.failsAt(level)) ? Coprod.FAILED : Coprod.OK;
  }

  /**
   * Reads one project and checks it, or gives its problems. Standard input ({@code -} or {@code
   * /dev/stdin}) is read once, whole, so the digest is of the bytes that were checked.
   */
  private Validation<Seq<Problem>, Checked> check(Inputs.Input input, Rulebook rulebook) {
    Path file = input.path();
    if (Outputs.isStandardInput(file)) {
      StandardInput.Read read = StandardInput.read();
      io.vavr.control.Option<InputDigest> digest =
          format == ReportFormat.JSON
              ? io.vavr.control.Option.some(read.digest())
              : io.vavr.control.Option.none();
      return read.project()
          .flatMap(project -> view(project, file))
          .map(view -> new Checked(file, view, rulebook.check(view), digest));
    }
    return Inputs.read(input)
        .flatMap(
            project ->
                view(project, file)
                    .flatMap(
                        view ->
                            digest(input, project)
                                .map(
                                    digest ->
                                        new Checked(file, view, rulebook.check(view), digest))));
  }

  /**
   * The digest a JSON report carries: of a file's bytes, or of the project's canonical JSON for a
   * workbook or a folder; none for the other formats.
   */
  private Validation<Seq<Problem>, io.vavr.control.Option<InputDigest>> digest(
      Inputs.Input input, Project project) {
    if (format != ReportFormat.JSON) {
      return Validation.valid(io.vavr.control.Option.none());
    }
    try {
      return Validation.valid(io.vavr.control.Option.some(Inputs.digest(input, project)));
    } catch (IOException e) {
      return Validation.invalid(
          List.of(
              Problem.of(
                      Problem.Kind.SYNTAX,
                      "",
                      "the file could not be read again for its digest ("
                          + e.getClass().getSimpleName()
                          + ")")
                  .in(input.path().toString())));
    }
  }

  /** The view to check: as of {@code --as-of}, which may not fall before the project started. */
  private Validation<Seq<Problem>, ProjectView> view(Project project, Path file) {
    LocalDate day = asOf;
    if (day == null) {
      return Validation.valid(project.view());
    }
    if (day.isBefore(project.started())) {
      return Validation.invalid(
          List.of(
              Problem.of(
                      Problem.Kind.DATES_OUT_OF_ORDER,
                      "project.started",
                      "the project started on "
                          + project.started()
                          + ", after --as-of "
                          + day
                          + ": there is nothing to check yet")
                  .in(Outputs.isStandardInput(file) ? StandardInput.NAME : file.toString())));
    }
    return Validation.valid(project.asOf(day));
  }

  /** The reports, in the chosen format, as one text. */
  private String render(Seq<Checked> all) {
    return switch (format) {
      case TEXT ->
          all.map(c -> TextReport.of().withAudience(audience()).render(c.report())).mkString("\n");
      case MARKDOWN ->
          all.map(c -> MarkdownReport.of().withAudience(audience()).render(c.report()))
              .mkString("\n");
      case SUMMARY ->
          all.map(c -> TextReport.of().withAudience(audience()).renderSummary(c.report()))
              .mkString("\n");
      case JSON ->
          all.size() == 1
              ? JsonReport.toText(entry(all.head()))
              : JsonReport.toText(all.map(CheckCommand::entry));
      case CSV -> findings(all.map(Checked::report));
      case HTML, SUMMARY_HTML -> page(all.head().report());
      case GRIPP2 -> all.map(c -> Gripp2.render(c.report(), c.view())).mkString("\n");
    };
  }

  /**
   * Who the report is written for: as {@code --audience} says, else the group for the summaries (a
   * meeting's screen) and the facilitator for the rest.
   */
  private Audience audience() {
    if (audience != null) {
      return audience;
    }
    return format == ReportFormat.SUMMARY || format == ReportFormat.SUMMARY_HTML
        ? Audience.GROUP
        : Audience.FACILITATOR;
  }

  /** One report as an HTML page: the whole report, or its first page alone. */
  private String page(Report report) {
    return format == ReportFormat.SUMMARY_HTML
        ? HtmlReport.summary(report, report.sideLabels(), audience())
        : HtmlReport.render(report, report.sideLabels(), audience());
  }

  /** A report with the digest of its file's bytes. */
  private static JsonReport.Entry entry(Checked c) {
    return JsonReport.Entry.of(
        c.report(),
        c.digest()
            .getOrElseThrow(
                () -> new IllegalStateException("a JSON report needs its file's digest")));
  }

  /** The findings of every report under one header. */
  private static String findings(Seq<Report> reports) {
    StringBuilder out = new StringBuilder();
    try {
      FindingsCsv.writeHeader(out);
      for (Report r : reports) {
        FindingsCsv.writeRows(r, out);
      }
    } catch (IOException e) {
      // a StringBuilder never fails
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes one HTML page a file into the folder {@code --output} names, each named after its file
   * ({@code crisis-line.yaml} gives {@code crisis-line.html}); two files of one name are refused
   * before anything is written.
   */
  private boolean pages(Seq<Checked> all) {
    Path folder = java.util.Objects.requireNonNull(output, "pages need --output");
    Map<String, Path> names = new HashMap<>();
    for (Checked c : all) {
      Path previous = names.putIfAbsent(page(c.file()), c.file());
      if (previous != null) {
        Outputs.say(
            spec,
            spec.qualifiedName()
                + ": "
                + previous
                + " and "
                + c.file()
                + " would both be written to "
                + folder.resolve(page(c.file()))
                + "; check them separately");
        return false;
      }
      if (!Outputs.notAnInput(spec, folder.resolve(page(c.file())), files)) {
        return false;
      }
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      Outputs.failed(spec, e);
      return false;
    }
    for (Checked c : all) {
      if (!Outputs.write(spec, folder.resolve(page(c.file())), page(c.report()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name of a file's HTML page: its own name, with {@code .html} for its extension; {@code
   * stdin.html} for standard input.
   */
  static String page(Path file) {
    String name = Outputs.isStandardInput(file) ? "stdin" : String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".html";
  }
}
