package org.coprod.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditPreference;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Involvement;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Side;
import org.jspecify.annotations.Nullable;

/**
 * The columns of one CSV ledger (contributions or participants), what each cell becomes and the
 * path of the model it fills, and the reading of a whole ledger, row by row, streaming.
 *
 * @param <D> what a row is gathered into
 * @param <T> what a row becomes
 */
final class LedgerTable<D, T> {
  /** Puts the text of a cell into a row, or says why it cannot. */
  @FunctionalInterface
  interface Setter<D> {
    void set(D row, String text, Shared shared) throws BadValue;
  }

  /** Builds a row once its cells are in; reports (and returns null) if it cannot. */
  @FunctionalInterface
  interface Finish<D, T> {
    @Nullable T finish(D row, RowProblems problems);
  }

  /** Where a row's problems go. */
  @FunctionalInterface
  interface RowProblems {
    void missing(String path, String message);
  }

  private record Column<D>(
      String name, String path, boolean required, boolean personal, Setter<D> setter) {}

  private final String section;
  private final String noun;
  private final Supplier<D> start;
  private final Finish<D, T> finish;
  private final Map<String, Column<D>> columns = new LinkedHashMap<>();

  private LedgerTable(String section, String noun, Supplier<D> start, Finish<D, T> finish) {
    this.section = section;
    this.noun = noun;
    this.start = start;
    this.finish = finish;
  }

  private LedgerTable<D, T> column(
      String name, String path, boolean required, boolean personal, Setter<D> setter) {
    columns.put(name, new Column<>(name, path, required, personal, setter));
    return this;
  }

  /** The column names, in order. */
  List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  /** Ids, dates and terms seen before, shared: a million rows name few people and days. */
  static final class Shared {
    private static final int LIMIT = 1 << 16;
    private final Map<String, Object> values = new HashMap<>();
    private final BigDecimal maxMoney;

    Shared(ReadLimits limits) {
      this.maxMoney = BigDecimal.valueOf(limits.maxMoney());
    }

    /** An amount of money, within the limit of {@link ReadLimits#maxMoney()}. */
    BigDecimal money(String text) throws BadValue {
      return Scalars.money(text, maxMoney);
    }

    @SuppressWarnings("unchecked")
    <V> V get(String key, Class<V> type, Parse<V> make) throws BadValue {
      Object known = values.get(key);
      if (type.isInstance(known)) {
        return (V) known;
      }
      V made = make.parse(key);
      if (values.size() < LIMIT) {
        values.put(key, made);
      }
      return made;
    }

    LocalDate date(String text) throws BadValue {
      return get(text, LocalDate.class, Scalars::date);
    }

    ParticipantId participant(String text) throws BadValue {
      return get(text, ParticipantId.class, t -> ParticipantId.of(Scalars.id(t)));
    }

    List<String> terms(String text) throws BadValue {
      List<String> out = new ArrayList<>();
      if (text.isEmpty()) {
        return out;
      }
      for (String item : text.split(";", -1)) {
        out.add(get(item, String.class, t -> t));
      }
      return out;
    }

    <E extends Enum<E>> List<E> constants(Class<E> type, String noun, String text) throws BadValue {
      List<E> out = new ArrayList<>();
      if (text.isEmpty()) {
        return out;
      }
      for (String item : text.split(";", -1)) {
        out.add(Scalars.constant(type, noun, item));
      }
      return out;
    }

    /** Parses a key into a value. */
    @FunctionalInterface
    interface Parse<V> {
      V parse(String text) throws BadValue;
    }
  }

  // ---- the two ledgers

  /** A contribution row: the builder, and the expenses, which two columns share. */
  static final class ContributionRow {
    final Contribution.Builder builder = Contribution.builder();
    @Nullable BigDecimal claimed;
    @Nullable LocalDate reimbursed;
  }

  static final LedgerTable<ContributionRow, Contribution> CONTRIBUTIONS =
      new LedgerTable<ContributionRow, Contribution>(
              "contributions",
              "the contributions ledger",
              ContributionRow::new,
              (row, problems) -> {
                if (row.reimbursed != null && row.claimed == null) {
                  problems.missing(
                      "expenses.claimed",
                      "expenses are reimbursed but no amount is claimed (column expensesClaimed)");
                  return null;
                }
                if (row.claimed != null) {
                  Expenses.Builder e = Expenses.builder().claimed(row.claimed);
                  if (row.reimbursed != null) {
                    e.reimbursed(row.reimbursed);
                  }
                  row.builder.expenses(e.build());
                }
                return row.builder.build();
              })
          .column(
              "id", "id", false, false, (r, t, s) -> r.builder.id(ContributionId.of(Scalars.id(t))))
          .column(
              "participant",
              "participant",
              true,
              false,
              (r, t, s) -> r.builder.participant(s.participant(t)))
          .column("date", "date", true, false, (r, t, s) -> r.builder.date(s.date(t)))
          .column(
              "phase",
              "phase",
              true,
              false,
              (r, t, s) -> r.builder.phase(Scalars.constant(Phase.class, "a phase", t)))
          .column(
              "kind",
              "kind",
              true,
              false,
              (r, t, s) ->
                  r.builder.kind(
                      Scalars.constant(ContributionKind.class, "a kind of contribution", t)))
          .column("hours", "hours", true, false, (r, t, s) -> r.builder.hours(Scalars.hours(t)))
          .column(
              "skills",
              "skills",
              false,
              false,
              (r, t, s) -> r.builder.setIterableSkills(s.terms(t)))
          .column("paid", "paid", false, false, (r, t, s) -> r.builder.paid(s.money(t)))
          .column("paidOn", "paidOn", false, false, (r, t, s) -> r.builder.paidOn(s.date(t)))
          .column(
              "expensesClaimed",
              "expenses.claimed",
              false,
              false,
              (r, t, s) -> r.claimed = s.money(t))
          .column(
              "expensesReimbursed",
              "expenses.reimbursed",
              false,
              false,
              (r, t, s) -> r.reimbursed = s.date(t))
          .column(
              "output",
              "output",
              false,
              false,
              (r, t, s) -> r.builder.output(s.get(Scalars.id(t), OutputId.class, OutputId::of)));

  static final LedgerTable<Participant.Builder, Participant> PARTICIPANTS =
      new LedgerTable<Participant.Builder, Participant>(
              "participants",
              "the participants ledger",
              Participant::builder,
              (b, problems) -> b.build())
          .column("id", "id", true, false, (b, t, s) -> b.id(s.participant(t)))
          .column(
              "side",
              "side",
              true,
              true,
              (b, t, s) -> b.side(Scalars.constant(Side.class, "a side", t)))
          .column(
              "perspectives",
              "perspectives",
              false,
              true,
              (b, t, s) ->
                  b.setIterablePerspectives(s.constants(Perspective.class, "a perspective", t)))
          .column(
              "employment",
              "employment",
              false,
              false,
              (b, t, s) ->
                  b.employment(Scalars.constant(Employment.class, "a kind of employment", t)))
          .column(
              "involvement",
              "involvement",
              false,
              false,
              (b, t, s) ->
                  b.involvement(Scalars.constant(Involvement.class, "a kind of involvement", t)))
          .column(
              "declinesPayment",
              "declinesPayment",
              false,
              true,
              (b, t, s) -> b.declinesPayment(Scalars.bool(t)))
          .column(
              "declineReason",
              "declineReason",
              false,
              true,
              (b, t, s) ->
                  b.declineReason(
                      Scalars.constant(DeclineReason.class, "a reason to decline payment", t)))
          .column("accountableTo", "accountableTo", false, false, (b, t, s) -> b.accountableTo(t))
          .column("skills", "skills", false, false, (b, t, s) -> b.setIterableSkills(s.terms(t)))
          .column(
              "accessNeeds",
              "accessNeeds",
              false,
              true,
              (b, t, s) -> b.setIterableAccessNeeds(s.terms(t)))
          .column(
              "availableHoursPerWeek",
              "availableHoursPerWeek",
              false,
              true,
              (b, t, s) -> b.availableHoursPerWeek(Scalars.hours(t)))
          .column(
              "creditPreference",
              "creditPreference",
              false,
              false,
              (b, t, s) ->
                  b.creditPreference(
                      Scalars.constant(CreditPreference.class, "a credit preference", t)))
          .column("joined", "joined", true, false, (b, t, s) -> b.joined(s.date(t)))
          .column("left", "left", false, false, (b, t, s) -> b.left(s.date(t)))
          .column("name", "name", false, true, (b, t, s) -> b.name(t));

  // ---- reading

  /**
   * Reads a whole ledger: the header row, then every row, each checked and built; records the
   * positions of cells in the index; adds problems to {@code problems}. Returns the rows when there
   * was no problem, else null. Never throws for bad input.
   */
  @Nullable List<T> read(
      java.io.Reader text, ReadLimits limits, PositionIndex positions, List<Problem> problems) {
    CsvRecords csv = new CsvRecords(text, limits);
    Sink sink = new Sink(problems, limits);
    try {
      List<CsvRecords.Cell> header = csv.next();
      if (header == null) {
        sink.add(
            Problem.Kind.SYNTAX,
            section,
            "the file is empty; " + noun + " begins with a header row naming its columns",
            1,
            1);
        return null;
      }
      List<@Nullable Column<D>> byIndex = header(header, sink);
      if (byIndex == null) {
        return null;
      }
      int[] ids = new int[byIndex.size()];
      for (int j = 0; j < ids.length; j++) {
        Column<D> c = byIndex.get(j);
        ids[j] = c == null ? 0 : localId(positions, c.path());
      }
      List<T> rows = new ArrayList<>();
      boolean ok = true;
      Shared shared = new Shared(limits);
      int index = 0;
      for (List<CsvRecords.Cell> record = csv.next(); record != null; record = csv.next()) {
        int rowNumber = index + 2;
        String rowPath = section + "[" + index + "]";
        CsvRecords.Cell first = record.get(0);
        positions.beginUnit(section, index, first.line(), first.column());
        index++;
        if (record.size() != byIndex.size()) {
          sink.add(
              Problem.Kind.SYNTAX,
              rowPath,
              "row "
                  + rowNumber
                  + " has "
                  + record.size()
                  + " cells; the header has "
                  + byIndex.size(),
              first.line(),
              first.column());
          positions.endUnit();
          ok = false;
          continue;
        }
        int before = problems.size();
        D row = start.get();
        for (int j = 0; j < record.size(); j++) {
          Column<D> column = byIndex.get(j);
          CsvRecords.Cell cell = record.get(j);
          if (column == null) {
            continue;
          }
          positions.record(ids[j], cell.line(), cell.column());
          if (cell.text().isEmpty() && !cell.quoted()) {
            if (column.required()) {
              sink.add(
                  Problem.Kind.MISSING,
                  rowPath + "." + column.path(),
                  "row " + rowNumber + ", column " + column.name() + ": a value is needed",
                  cell.line(),
                  cell.column());
            }
            continue;
          }
          try {
            column.setter().set(row, cell.text(), shared);
          } catch (Stop stop) {
            throw stop;
          } catch (RuntimeException e) {
            // every cell is checked by its setter; a safety net, so reading never throws
            sink.add(
                Problem.Kind.INVALID_VALUE,
                rowPath + "." + column.path(),
                "row "
                    + rowNumber
                    + ", column "
                    + column.name()
                    + ": the value cannot be read ("
                    + e.getClass().getSimpleName()
                    + ")",
                cell.line(),
                cell.column());
          } catch (BadValue bad) {
            sink.add(
                bad.kind(),
                rowPath + "." + column.path(),
                "row "
                    + rowNumber
                    + ", column "
                    + column.name()
                    + ": "
                    + bad.about(cell.text(), column.personal()),
                cell.line(),
                cell.column());
          }
        }
        positions.endUnit();
        if (problems.size() != before) {
          ok = false;
          continue;
        }
        T built = null;
        try {
          built =
              finish.finish(
                  row,
                  (path, message) ->
                      sink.add(
                          Problem.Kind.MISSING,
                          rowPath + "." + path,
                          "row " + rowNumber + ": " + message,
                          first.line(),
                          first.column()));
        } catch (Stop stop) {
          throw stop;
        } catch (RuntimeException e) {
          // every invariant of a row is checked above or by the project's validation; a safety net
          sink.add(
              Problem.Kind.INVALID_VALUE,
              rowPath,
              "row " + rowNumber + " cannot be built: " + e.getClass().getSimpleName(),
              first.line(),
              first.column());
        }
        if (built == null) {
          ok = false;
        } else if (ok) {
          rows.add(built);
        }
      }
      return ok ? rows : null;
    } catch (InputException e) {
      sink.add(e.kind(), section, String.valueOf(e.getMessage()), e.line(), e.column());
      return null;
    } catch (IOException e) {
      sink.add(
          Problem.Kind.SYNTAX,
          section,
          "the file cannot be read (" + e.getClass().getSimpleName() + ")",
          csv.line(),
          1);
      return null;
    } catch (Stop stop) {
      return null;
    }
  }

  /** The columns of the header, by position; null (after reporting) if the header is wrong. */
  private @Nullable List<@Nullable Column<D>> header(List<CsvRecords.Cell> header, Sink sink) {
    List<@Nullable Column<D>> byIndex = new ArrayList<>();
    Map<String, CsvRecords.Cell> seen = new HashMap<>();
    java.util.Set<String> suggested = new java.util.HashSet<>();
    boolean ok = true;
    for (CsvRecords.Cell cell : header) {
      String name = cell.text();
      Column<D> column = columns.get(name);
      if (column == null) {
        if (!name.startsWith(Shape.APPLICATION_PREFIX)) {
          String nearest = NearestKey.among(name, columns.keySet());
          sink.add(
              Problem.Kind.UNKNOWN_KEY,
              section,
              "'"
                  + Scalars.shortened(name)
                  + "' is not a column of "
                  + noun
                  + "; did you mean '"
                  + nearest
                  + "'?",
              cell.line(),
              cell.column());
          if (NearestKey.isTypo(name, nearest)) {
            // the problem just given says the column is missing, in effect
            suggested.add(nearest);
          }
          ok = false;
        }
      } else if (seen.putIfAbsent(name, cell) != null) {
        sink.add(
            Problem.Kind.SYNTAX,
            section,
            "the column '" + name + "' appears twice in the header",
            cell.line(),
            cell.column());
        ok = false;
      }
      byIndex.add(column);
    }
    for (Column<D> column : columns.values()) {
      if (column.required()
          && !seen.containsKey(column.name())
          && !suggested.contains(column.name())) {
        CsvRecords.Cell first = header.get(0);
        sink.add(
            Problem.Kind.MISSING,
            section,
            "the header has no column '" + column.name() + "', which " + noun + " needs",
            first.line(),
            first.column());
        ok = false;
      }
    }
    return ok ? byIndex : null;
  }

  private static int localId(PositionIndex positions, String path) {
    int id = 0;
    for (String part : path.split("\\.", -1)) {
      id = positions.child(id, part);
    }
    return id;
  }

  /** Problems of a ledger, within the limit on their number. */
  private record Sink(List<Problem> problems, ReadLimits limits) {
    void add(Problem.Kind kind, String path, String message, int line, int column) {
      Problem p = Problem.of(kind, path, message);
      problems.add(line > 0 && column > 0 ? p.at(line, column) : p);
      if (problems.size() >= limits.maxProblems()) {
        Problem stopped =
            Problem.of(
                Problem.Kind.LIMIT_EXCEEDED,
                "",
                "reading stopped after " + limits.maxProblems() + " problems");
        problems.add(line > 0 && column > 0 ? stopped.at(line, column) : stopped);
        throw new Stop(false);
      }
    }
  }
}
