package org.coprod.io;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.function.Function;
import org.coprod.core.Contribution;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Contributions and participants kept as CSV ledgers (RFC 4180, UTF-8, {@code .} for decimals), as
 * a spreadsheet or another system exports them.
 *
 * <p>The contributions ledger has the columns {@value #CONTRIBUTION_COLUMNS_TEXT}. The participants
 * ledger has the columns {@value #PARTICIPANT_COLUMNS_TEXT}. The first row names the columns, in
 * any order; {@code participant}, {@code date}, {@code phase}, {@code kind} and {@code hours} are
 * required of contributions, {@code id}, {@code side} and {@code joined} of participants, the
 * others may be left out; a column whose name starts with {@code x-} is the application's own and
 * is read past. Lists ({@code skills}, {@code perspectives}, {@code accessNeeds}) separate their
 * items with {@code ;}. An empty cell means no value (the default); a quoted empty cell ({@code
 * ""}) is empty text. Dates are {@code YYYY-MM-DD}, enum values as in the model.
 *
 * <p>A contributions ledger comes either with a participants ledger, the project's id, title and
 * start given as arguments, or joined to a project file, whose {@code contributions} it replaces.
 * Reading never throws for bad input: every problem names its file, its path ({@code
 * contributions[3].hours}), its line and column, and its message the row and column.
 */
public final class Ledgers {
  private Ledgers() {}

  /** The columns of a contributions ledger, as one line. */
  public static final String CONTRIBUTION_COLUMNS_TEXT =
      "id,participant,date,phase,kind,hours,skills,paid,paidOn,expensesClaimed,expensesReimbursed,output";

  /** The columns of a participants ledger, as one line. */
  public static final String PARTICIPANT_COLUMNS_TEXT =
      "id,side,perspectives,employment,involvement,declinesPayment,declineReason,accountableTo,skills,"
          + "accessNeeds,availableHoursPerWeek,creditPreference,joined,left,name";

  /** The columns of a contributions ledger, in the order they are written. */
  public static Seq<String> contributionColumns() {
    return List.ofAll(LedgerTable.CONTRIBUTIONS.columns());
  }

  /** The columns of a participants ledger, in the order they are written. */
  public static Seq<String> participantColumns() {
    return List.ofAll(LedgerTable.PARTICIPANTS.columns());
  }

  // ---- reading a project from two ledgers

  /**
   * A project from a participants ledger and a contributions ledger, with the default limits.
   *
   * @param participants the participants ledger
   * @param contributions the contributions ledger
   * @param id the project's id
   * @param title the project's title
   * @param started the day the project started
   * @return the project, or every problem in either file
   */
  public static Validation<Seq<Problem>, Project> read(
      Path participants, Path contributions, ProjectId id, String title, LocalDate started) {
    return read(participants, contributions, id, title, started, ReadLimits.defaults());
  }

  /**
   * A project from two ledgers within the given limits (see {@link #read(Path, Path, ProjectId,
   * String, LocalDate)}).
   */
  public static Validation<Seq<Problem>, Project> read(
      Path participants,
      Path contributions,
      ProjectId id,
      String title,
      LocalDate started,
      ReadLimits limits) {
    Objects.requireNonNull(participants, "participants is null");
    Objects.requireNonNull(contributions, "contributions is null");
    try (InputStream p = TextInput.open(participants)) {
      try (InputStream c = TextInput.open(contributions)) {
        return read(
            TextInput.ofBytes(p, limits.maxFileBytes()),
            participants.toString(),
            TextInput.ofBytes(c, limits.maxFileBytes()),
            contributions.toString(),
            id,
            title,
            started,
            limits);
      } catch (IOException e) {
        return Validation.invalid(List.of(ProjectFiles.unreadable(e, contributions.toString())));
      }
    } catch (IOException e) {
      return Validation.invalid(List.of(ProjectFiles.unreadable(e, participants.toString())));
    }
  }

  /**
   * A project from two ledgers given as characters; the readers are not closed.
   *
   * @param participants the participants ledger
   * @param participantsName the name its problems give as their source
   * @param contributions the contributions ledger
   * @param contributionsName the name its problems give as their source
   * @param id the project's id
   * @param title the project's title
   * @param started the day the project started
   * @param limits the limits to read within, applied to each ledger
   * @return the project, or every problem in either ledger
   */
  public static Validation<Seq<Problem>, Project> read(
      Reader participants,
      String participantsName,
      Reader contributions,
      String contributionsName,
      ProjectId id,
      String title,
      LocalDate started,
      ReadLimits limits) {
    Objects.requireNonNull(participants, "participants is null");
    Objects.requireNonNull(participantsName, "participantsName is null");
    Objects.requireNonNull(contributions, "contributions is null");
    Objects.requireNonNull(contributionsName, "contributionsName is null");
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(title, "title is null");
    Objects.requireNonNull(started, "started is null");
    Objects.requireNonNull(limits, "limits is null");
    PositionIndex peoplePositions = new PositionIndex();
    PositionIndex workPositions = new PositionIndex();
    java.util.List<Problem> peopleProblems = new ArrayList<>();
    java.util.List<Problem> workProblems = new ArrayList<>();
    java.util.List<Participant> people =
        LedgerTable.PARTICIPANTS.read(
            text(participants, limits), limits, peoplePositions, peopleProblems);
    java.util.List<Contribution> work =
        LedgerTable.CONTRIBUTIONS.read(
            text(contributions, limits), limits, workPositions, workProblems);
    if (!peopleProblems.isEmpty() || !workProblems.isEmpty() || people == null || work == null) {
      return Validation.invalid(
          List.ofAll(peopleProblems)
              .map(p -> p.in(participantsName))
              .appendAll(List.ofAll(workProblems).map(p -> p.in(contributionsName))));
    }
    Project.Builder parts =
        Project.builder()
            .id(id)
            .title(title)
            .started(started)
            .setIterableParticipants(people)
            .setIterableContributions(work);
    Readers.Placer people1 = Readers.Placer.of(peoplePositions, participantsName);
    Readers.Placer work1 = Readers.Placer.of(workPositions, contributionsName);
    return Project.validate(parts)
        .mapError(
            problems ->
                problems.map(
                    p ->
                        p.path().startsWith("contributions")
                            ? work1.place(p)
                            : p.path().startsWith("participants") ? people1.place(p) : p));
  }

  // ---- joining a contributions ledger to a project file

  /**
   * A project file whose contributions come from a ledger, with the default limits: the ledger's
   * rows replace whatever contributions the file lists.
   *
   * @param projectFile the project file (YAML or JSON)
   * @param contributions the contributions ledger
   * @return the project, or every problem in either file
   */
  public static Validation<Seq<Problem>, Project> join(Path projectFile, Path contributions) {
    return join(projectFile, contributions, ReadLimits.defaults());
  }

  /**
   * A project file joined to a contributions ledger within the given limits (see {@link #join(Path,
   * Path)}).
   */
  public static Validation<Seq<Problem>, Project> join(
      Path projectFile, Path contributions, ReadLimits limits) {
    Objects.requireNonNull(projectFile, "projectFile is null");
    Objects.requireNonNull(contributions, "contributions is null");
    Objects.requireNonNull(limits, "limits is null");
    return ProjectFiles.open(
        projectFile,
        limits,
        (in, format) -> {
          try (InputStream c = TextInput.open(contributions)) {
            return join(
                TextInput.ofBytes(in, limits.maxFileBytes()),
                format,
                projectFile.toString(),
                TextInput.ofBytes(c, limits.maxFileBytes()),
                contributions.toString(),
                limits);
          } catch (IOException e) {
            return Validation.invalid(
                List.of(ProjectFiles.unreadable(e, contributions.toString())));
          }
        });
  }

  /**
   * A project file joined to a contributions ledger, both given as characters; the readers are not
   * closed.
   *
   * @param project the project file
   * @param format its notation
   * @param projectName the name its problems give as their source
   * @param contributions the contributions ledger
   * @param contributionsName the name its problems give as their source
   * @param limits the limits to read within, applied to each file
   * @return the project, or every problem in either file
   */
  public static Validation<Seq<Problem>, Project> join(
      Reader project,
      Format format,
      String projectName,
      Reader contributions,
      String contributionsName,
      ReadLimits limits) {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(format, "format is null");
    Objects.requireNonNull(projectName, "projectName is null");
    Objects.requireNonNull(contributions, "contributions is null");
    Objects.requireNonNull(contributionsName, "contributionsName is null");
    Objects.requireNonNull(limits, "limits is null");
    Readers.Result file = Readers.tree(text(project, limits), format, limits);
    PositionIndex workPositions = new PositionIndex();
    java.util.List<Problem> workProblems = new ArrayList<>();
    java.util.List<Contribution> work =
        LedgerTable.CONTRIBUTIONS.read(
            text(contributions, limits), limits, workPositions, workProblems);
    Seq<Problem> fileProblems = file.problems().map(p -> p.in(projectName));
    if (!fileProblems.isEmpty() || !workProblems.isEmpty() || work == null) {
      return Validation.invalid(
          fileProblems.appendAll(List.ofAll(workProblems).map(p -> p.in(contributionsName))));
    }
    Readers.Placer inFile = Readers.Placer.of(file.positions(), projectName);
    Readers.Placer inLedger = Readers.Placer.of(workPositions, contributionsName);
    return Readers.project(
        file,
        projectName,
        parts -> parts.setIterableContributions(work),
        p -> p.path().startsWith("contributions") ? inLedger.place(p) : inFile.place(p));
  }

  private static Reader text(Reader in, ReadLimits limits) {
    return in instanceof TextInput ? in : TextInput.ofChars(in, limits.maxFileBytes());
  }

  // ---- writing

  /**
   * Writes a project's contributions as a ledger (UTF-8, CRLF line breaks, every column); the
   * stream stays open. It reads back, with the participants, as the same contributions. Only the
   * contributions recorded on their own are written: a meeting's attendance stays in its register,
   * which makes it again when the ledger is joined to the project file.
   *
   * @throws IllegalArgumentException if a skill is empty or holds {@code ;}, which a ledger cannot
   *     carry
   * @throws IOException if the stream cannot be written
   */
  public static void writeContributions(Project project, OutputStream out) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(out, "out is null");
    write(
        out,
        LedgerTable.CONTRIBUTIONS.columns(),
        // a meeting's attendance lives in its register, not in the ledger
        project.recordedContributions(),
        (Contribution c) ->
            cells(
                c.id().map(Id::value).getOrNull(),
                c.participant().value(),
                c.date().toString(),
                c.phase().name(),
                c.kind().name(),
                Scalars.plain(c.hours()),
                items(c.skills()),
                c.paid().signum() == 0 ? null : c.paid().toPlainString(),
                c.paidOn().map(LocalDate::toString).getOrNull(),
                c.expenses().map(e -> e.claimed().toPlainString()).getOrNull(),
                c.expenses().flatMap(e -> e.reimbursed()).map(LocalDate::toString).getOrNull(),
                c.output().map(Id::value).getOrNull()));
  }

  /**
   * Writes a project's contributions as a ledger file (see {@link #writeContributions(Project,
   * OutputStream)}).
   */
  public static void writeContributions(Project project, Path file) throws IOException {
    WholeFile.write(file, out -> writeContributions(project, out));
  }

  /**
   * Writes a project's participants as a ledger (UTF-8, CRLF line breaks, every column); the stream
   * stays open. A ledger has one row a person, so it holds no breaks: they stay in the project
   * file, where a person's breaks are kept with them.
   *
   * @throws IllegalArgumentException if a skill or access need is empty or holds {@code ;}
   * @throws IOException if the stream cannot be written
   */
  public static void writeParticipants(Project project, OutputStream out) throws IOException {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(out, "out is null");
    write(
        out,
        LedgerTable.PARTICIPANTS.columns(),
        project.participants(),
        (Participant p) ->
            cells(
                p.id().value(),
                p.side().name(),
                items(p.perspectives().map(Enum::name)),
                p.employment().name(),
                p.involvement().name(),
                p.declinesPayment() ? "true" : null,
                p.declineReason().map(Enum::name).getOrNull(),
                p.accountableTo().getOrNull(),
                items(p.skills()),
                items(p.accessNeeds()),
                p.availableHoursPerWeek().map(Scalars::plain).getOrNull(),
                p.creditPreference().name(),
                p.joined().toString(),
                p.left().map(LocalDate::toString).getOrNull(),
                p.name().getOrNull()));
  }

  /**
   * Writes a project's participants as a ledger file (see {@link #writeParticipants(Project,
   * OutputStream)}).
   */
  public static void writeParticipants(Project project, Path file) throws IOException {
    WholeFile.write(file, out -> writeParticipants(project, out));
  }

  /** The cells of a row: null is no value (an empty cell), empty text is written {@code ""}. */
  private static java.util.List<@Nullable String> cells(@Nullable String... cells) {
    return java.util.Arrays.asList(cells);
  }

  private static @Nullable String items(Seq<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    for (String item : items) {
      if (item.isEmpty() || item.indexOf(';') >= 0) {
        throw new IllegalArgumentException(
            "a list item is empty or holds ';', which a CSV ledger uses between items");
      }
    }
    return items.mkString(";");
  }

  private static <T> void write(
      OutputStream out,
      java.util.List<String> columns,
      Seq<T> rows,
      Function<T, java.util.List<@Nullable String>> cells)
      throws IOException {
    Writer w =
        new BufferedWriter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()), 1 << 16);
    try {
      line(w, java.util.List.<@Nullable String>copyOf(columns));
      for (T row : rows) {
        line(w, cells.apply(row));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  private static void line(Writer w, java.util.List<@Nullable String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  /** A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
  private static String cell(@Nullable String text) {
    if (text == null) {
      return "";
    }
    if (text.isEmpty()) {
      return "\"\"";
    }
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
