package org.coprod.workbook;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectTables;
import org.coprod.io.WholeFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Project files as workbooks ({@code .xlsx}), in the one table layout of {@link ProjectTables}: a
 * sheet {@code Project} of keys and values, a sheet per list with the field keys in row 1, a sheet
 * per version of the agreement, and sheets of their own for the objects lists hold, keyed by their
 * parent's id. Drop-down lists offer the constants and the ids of other sheets.
 *
 * <p>Reading never throws for bad input: it returns the project, or every problem at once, each
 * named by its sheet and cell ({@code project.xlsx:Contributions!C7: contributions[5].participant:
 * no participant has the id 'ana'}), and builds nothing. Before a cell is read, the workbook's zip
 * is checked against {@link WorkbookLimits} and for merged cells; the cells are then read row by
 * row, so a workbook of 100,000 contributions reads within a 256 MB heap. Dates may be date cells
 * (in either of a workbook's date systems, 1900 or 1904) or text {@code YYYY-MM-DD}; numbers must
 * be numbers, not text; formulas are refused (their values are what coprod reads: paste them as
 * values).
 */
public final class Workbooks {
  private Workbooks() {}

  /** Whether a file's name says it is a workbook: it ends in {@code .xlsx}, in any case. */
  public static boolean isWorkbook(Path file) {
    Objects.requireNonNull(file, "file is null");
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** Reads a workbook with the {@linkplain WorkbookLimits#defaults() default limits}. */
  public static Validation<Seq<Problem>, Project> read(Path file) {
    return read(file, WorkbookLimits.defaults());
  }

  /**
   * Reads a workbook within the given limits.
   *
   * @param file the workbook
   * @param limits the limits of its zip and of the project it holds
   * @return the project, or every problem, each named by the file, sheet and cell
   */
  public static Validation<Seq<Problem>, Project> read(Path file, WorkbookLimits limits) {
    Objects.requireNonNull(file, "file is null");
    Objects.requireNonNull(limits, "limits is null");
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        return fail(
            name,
            Files.isDirectory(file) ? "this is a folder, not a file" : "the file does not exist");
      }
      if (Files.size(file) > limits.project().maxFileBytes()) {
        return Validation.invalid(
            List.of(
                Problem.of(
                        Problem.Kind.LIMIT_EXCEEDED,
                        "",
                        "the file is larger than the limit of "
                            + limits.project().maxFileBytes()
                            + " bytes")
                    .in(name)));
      }
    } catch (IOException e) {
      return fail(name, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    java.util.List<Problem> checked = ZipCheck.check(file, name, limits);
    if (!checked.isEmpty()) {
      return Validation.invalid(List.ofAll(checked));
    }
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true))) {
      return ProjectTables.read(new SheetSource(workbook, name), name, limits.project());
    } catch (IOException | RuntimeException e) {
      // the library could not open what the zip check let through: a zip that holds no workbook
      return fail(
          name, "the file cannot be read as a workbook (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Validation<Seq<Problem>, Project> fail(String name, String message) {
    return Validation.invalid(List.of(Problem.of(Problem.Kind.SYNTAX, "", message).in(name)));
  }

  /**
   * Writes a project as a workbook file; it reads back as an equal project.
   *
   * @throws IllegalArgumentException if the project holds what no workbook can: empty or blank text
   *     (a blank cell holds no value), text longer than a cell's 32,767 characters, a character XML
   *     cannot carry, or an item of a {@code ;}-separated list that is empty, holds {@code ;} or
   *     begins or ends with a space
   * @throws IOException if the file cannot be written
   */
  public static void write(Project project, Path file) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(file, "file is null");
    // written beside the file and moved into place, so a failed write leaves the file as it was
    WholeFile.write(
        file,
        out -> {
          OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
          write(project, buffered);
          buffered.flush();
        });
  }

  /**
   * Writes a project as a workbook to a stream, which stays open (see {@link #write(Project,
   * Path)}).
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Project project, OutputStream out) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(out, "out is null");
    SheetSink sink = new SheetSink(new KeptOpen(out));
    ProjectTables.write(project, sink);
    sink.finish();
  }

  /** A stream the workbook's writer may close without closing the caller's. */
  private static final class KeptOpen extends java.io.FilterOutputStream {
    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
