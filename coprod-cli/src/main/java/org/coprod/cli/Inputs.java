package org.coprod.cli;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Stream;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.io.ProjectFolders;
import org.coprod.io.report.InputDigest;
import org.coprod.workbook.Workbooks;

/**
 * What the commands read a project from: a project file (YAML or JSON), a workbook ({@code .xlsx}),
 * or a project folder (a project file with CSV lists beside it); a folder of project files holds a
 * project each. A CSV file alone is one part of a project, and the message says what else it needs.
 */
final class Inputs {
  private Inputs() {}

  /** How a project is kept. */
  enum Kind {
    FILE,
    WORKBOOK,
    FOLDER
  }

  /**
   * One project to read.
   *
   * @param path the file or folder
   * @param kind how the project is kept there
   */
  record Input(Path path, Kind kind) {}

  /**
   * The one project an argument names (a project file, a workbook or a project folder), or why it
   * names none or several.
   */
  static Validation<Seq<Problem>, Project> readOne(Path argument) {
    return expand(argument)
        .flatMap(
            inputs ->
                inputs.size() == 1
                    ? read(inputs.head())
                    : problem(
                            argument,
                            "this names "
                                + inputs.size()
                                + " projects; name one project file, workbook or project folder")
                        .map(Seq::head)
                        .flatMap(Inputs::read));
  }

  /** The projects one argument names, or why it names none. */
  static Validation<Seq<Problem>, Seq<Input>> expand(Path argument) {
    if (Files.isDirectory(argument)) {
      if (ProjectFolders.isProjectFolder(argument)) {
        return Validation.valid(List.of(new Input(argument, Kind.FOLDER)));
      }
      java.util.List<Input> found = new ArrayList<>();
      try (Stream<Path> list = Files.list(argument)) {
        list.filter(Files::isRegularFile)
            .filter(p -> !String.valueOf(p.getFileName()).startsWith("."))
            .sorted()
            .forEach(
                p -> {
                  if (Workbooks.isWorkbook(p)) {
                    found.add(new Input(p, Kind.WORKBOOK));
                  } else if (Format.ofFileName(String.valueOf(p.getFileName())).isDefined()) {
                    found.add(new Input(p, Kind.FILE));
                  }
                });
      } catch (IOException e) {
        return problem(
            argument, "the folder cannot be read (" + e.getClass().getSimpleName() + ")");
      }
      if (found.isEmpty()) {
        boolean lists;
        try (Stream<Path> list = Files.list(argument)) {
          lists =
              list.anyMatch(
                  p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (IOException e) {
          lists = false;
        }
        return problem(
            argument,
            "the folder holds no project file (.yaml, .yml, .json) and no workbook (.xlsx)"
                + (lists
                    ? ": its CSV lists need a project file beside them for the project's id, title"
                        + " and start (coprod init --output project.yaml writes one)"
                    : ""));
      }
      return Validation.valid(List.ofAll(found));
    }
    if (Workbooks.isWorkbook(argument)) {
      return Validation.valid(List.of(new Input(argument, Kind.WORKBOOK)));
    }
    if (String.valueOf(argument.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return problem(argument, alone(argument));
    }
    return Validation.valid(List.of(new Input(argument, Kind.FILE)));
  }

  /** What a CSV file alone lacks, in plain words. */
  static String alone(Path csv) {
    return "a CSV file holds one list of a project, and a project needs more: its id, title and"
        + " start, in a project file. Put "
        + csv.getFileName()
        + " in a folder with a project file (coprod init --output project.yaml writes one), name"
        + " it after the list it holds ("
        + ProjectFolders.listFiles().take(5).mkString(", ")
        + ", …), and check the folder: coprod check FOLDER";
  }

  private static Validation<Seq<Problem>, Seq<Input>> problem(Path path, String message) {
    return Validation.invalid(
        List.of(Problem.of(Problem.Kind.SYNTAX, "", message).in(path.toString())));
  }

  /** Reads one project. */
  static Validation<Seq<Problem>, Project> read(Input input) {
    return switch (input.kind()) {
      case FILE -> ProjectFiles.read(input.path());
      case WORKBOOK -> Workbooks.read(input.path());
      case FOLDER -> ProjectFolders.read(input.path());
    };
  }

  /**
   * The digest a report carries of what it was made from: a file's bytes; for a workbook or a
   * folder, whose bytes say more than the project (a sheet's width, a file's order), the project's
   * canonical JSON.
   *
   * @throws IOException if a file cannot be read again
   */
  static InputDigest digest(Input input, Project project) throws IOException {
    return input.kind() == Kind.FILE
        ? InputDigest.ofFile(input.path())
        : InputDigest.ofProject(project);
  }
}
