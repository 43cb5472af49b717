package org.coprod.io;

import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.coprod.core.Authority;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.LadderStep;
import org.coprod.core.MeetingFormat;
import org.coprod.core.Nature;
import org.coprod.core.Ownership;
import org.coprod.core.PaymentMethod;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.ResourceKind;
import org.coprod.core.ResponseStatus;
import org.coprod.core.RewardKind;
import org.coprod.core.Side;
import org.coprod.core.StoryUse;
import org.coprod.io.ProjectTables.Column;
import org.coprod.io.ProjectTables.Kind;
import org.coprod.io.ProjectTables.Table;

/**
 * The tables a project is laid out in, written once: their names, the keys of their columns (those
 * of the project file), what each column holds and which are required. A test holds the layout to
 * the JSON Schema of the format, key by key, so that the two cannot drift apart.
 */
final class TableLayout {
  private TableLayout() {}

  static final String PARTICIPANTS = "Participants";
  static final String MEETINGS = "Meetings";
  static final String DECISIONS = "Decisions";
  static final String OUTPUTS = "Outputs";

  /** Builds one table's columns. */
  private static final class Columns {
    private final java.util.List<Column> list = new ArrayList<>();

    private Columns add(
        String key,
        String path,
        ProjectTables.Type type,
        boolean list,
        boolean required,
        IndexedSeq<String> values,
        Option<String> refersTo) {
      this.list.add(new Column(key, path, type, list, required, values, refersTo));
      return this;
    }

    Columns required(String key, ProjectTables.Type type) {
      return add(key, key, type, false, true, Array.empty(), Option.none());
    }

    Columns optional(String key, ProjectTables.Type type) {
      return add(key, key, type, false, false, Array.empty(), Option.none());
    }

    /** A value kept under another path than its key. */
    Columns optional(String key, String path, ProjectTables.Type type) {
      return add(key, path, type, false, false, Array.empty(), Option.none());
    }

    Columns list(String key, ProjectTables.Type type) {
      return add(key, key, type, true, false, Array.empty(), Option.none());
    }

    Columns requiredConstant(String key, Class<? extends Enum<?>> type) {
      return add(key, key, ProjectTables.Type.CONSTANT, false, true, names(type), Option.none());
    }

    Columns constant(String key, Class<? extends Enum<?>> type) {
      return add(key, key, ProjectTables.Type.CONSTANT, false, false, names(type), Option.none());
    }

    Columns constants(String key, Class<? extends Enum<?>> type) {
      return add(key, key, ProjectTables.Type.CONSTANT, true, false, names(type), Option.none());
    }

    /** An id of an item of another table. */
    Columns reference(String key, String table, boolean required) {
      return add(
          key, key, ProjectTables.Type.ID, false, required, Array.empty(), Option.some(table));
    }

    /** Ids of items of another table. */
    Columns references(String key) {
      return add(key, key, ProjectTables.Type.ID, true, false, Array.empty(), Option.none());
    }

    IndexedSeq<Column> done() {
      return Array.ofAll(list);
    }
  }

  private static IndexedSeq<String> names(Class<? extends Enum<?>> type) {
    return Array.of(type.getEnumConstants()).map(Enum::name);
  }

  private static Columns columns() {
    return new Columns();
  }

  /** A table of rows at the top level. */
  private static Table rows(String name, String file, String path, Columns columns) {
    return new Table(
        name,
        Option.some(file),
        Kind.ROWS,
        path,
        Option.none(),
        Option.none(),
        Option.none(),
        columns.done());
  }

  /** A table of rows whose rows belong to items of a parent, named in the column {@code key}. */
  private static Table child(
      String name, Option<String> file, String path, String parent, String key, Columns columns) {
    return new Table(
        name,
        file,
        Kind.ROWS,
        path,
        Option.some(parent),
        Option.some(key),
        Option.none(),
        columns
            .done()
            .prepend(
                new Column(
                    key,
                    key,
                    ProjectTables.Type.ID,
                    false,
                    true,
                    Array.empty(),
                    // an agreement's versions lie in sheets of their own: no one column to offer
                    parent.equals(AGREEMENT) ? Option.none() : Option.some(parent))));
  }

  private static final Table PROJECT =
      new Table(
          "Project",
          Option.none(),
          Kind.VALUES,
          "project",
          Option.none(),
          Option.none(),
          Option.none(),
          columns()
              // the format's version, which a project file gives at its top: the first key here
              .required(TableReading.VERSION_KEY, ProjectTables.Type.WHOLE)
              .required("id", ProjectTables.Type.ID)
              .required("title", ProjectTables.Type.TEXT)
              .optional("purpose", ProjectTables.Type.TEXT)
              .constant("nature", Nature.class)
              .constant("claimedLevel", LadderStep.class)
              .required("started", ProjectTables.Type.DATE)
              .optional("closed", ProjectTables.Type.DATE)
              .optional("involvementAim", ProjectTables.Type.TEXT)
              .optional("reflections", ProjectTables.Type.TEXT)
              .optional("fingerprintKey", ProjectTables.Type.TEXT)
              .done());

  private static final Table POPULATION =
      new Table(
          "Population",
          Option.none(),
          Kind.ROWS,
          "population",
          Option.some("Project"),
          Option.none(),
          Option.none(),
          columns()
              .required("group", ProjectTables.Type.TEXT)
              .required("share", ProjectTables.Type.NUMBER)
              .done());

  private static final Table MONITORING =
      new Table(
          "Monitoring",
          Option.none(),
          Kind.ROWS,
          "monitoring",
          Option.some("Project"),
          Option.none(),
          Option.none(),
          columns()
              .required("group", ProjectTables.Type.TEXT)
              .required("count", ProjectTables.Type.WHOLE)
              .done());

  private static final Table PARTICIPANT_TABLE =
      rows(
          PARTICIPANTS,
          "participants.csv",
          "participants",
          columns()
              .required("id", ProjectTables.Type.ID)
              .optional("name", ProjectTables.Type.TEXT)
              .requiredConstant("side", Side.class)
              .constants("perspectives", Perspective.class)
              .constant("employment", Employment.class)
              .constant("involvement", Involvement.class)
              .optional("declinesPayment", ProjectTables.Type.BOOLEAN)
              .constant("declineReason", DeclineReason.class)
              .optional("accountableTo", ProjectTables.Type.TEXT)
              .list("skills", ProjectTables.Type.TEXT)
              .list("accessNeeds", ProjectTables.Type.TEXT)
              .optional("availableHoursPerWeek", ProjectTables.Type.NUMBER)
              .constant("creditPreference", CreditPreference.class)
              .optional("creditName", ProjectTables.Type.TEXT)
              .required("joined", ProjectTables.Type.DATE)
              .optional("left", ProjectTables.Type.DATE));

  private static final Table MEETING_TABLE =
      rows(
          MEETINGS,
          "meetings.csv",
          "meetings",
          columns()
              .required("id", ProjectTables.Type.ID)
              .required("date", ProjectTables.Type.DATE)
              .requiredConstant("phase", Phase.class)
              .required("title", ProjectTables.Type.TEXT)
              .constant("format", MeetingFormat.class)
              .required("hours", ProjectTables.Type.NUMBER)
              .optional("prepHours", ProjectTables.Type.NUMBER)
              .references("chairedBy")
              .references("facilitatedBy")
              .references("attended")
              .reference("output", OUTPUTS, false)
              .list("provides", ProjectTables.Type.TEXT));

  /**
   * The fields one person at a meeting may differ in, as the attendance table and file hold them.
   */
  private static Columns attendance() {
    return columns()
        .reference("participant", PARTICIPANTS, true)
        .optional("hours", ProjectTables.Type.NUMBER)
        .constant("kind", ContributionKind.class)
        .optional("paid", ProjectTables.Type.NUMBER)
        .optional("paidOn", ProjectTables.Type.DATE)
        .optional("expensesClaimed", "expenses.claimed", ProjectTables.Type.NUMBER)
        .optional("expensesReimbursed", "expenses.reimbursed", ProjectTables.Type.DATE);
  }

  private static final Table ATTENDANCE =
      new Table(
          "Attendance",
          Option.some("attendance.csv"),
          Kind.ROWS,
          "attended",
          Option.some(MEETINGS),
          Option.some("meeting"),
          Option.some("attended"),
          attendance()
              .done()
              .prepend(
                  new Column(
                      "meeting",
                      "meeting",
                      ProjectTables.Type.ID,
                      false,
                      true,
                      Array.empty(),
                      Option.some(MEETINGS))));

  private static final Table CONTRIBUTIONS =
      rows(
          "Contributions",
          "contributions.csv",
          "contributions",
          columns()
              .optional("id", ProjectTables.Type.ID)
              .reference("participant", PARTICIPANTS, true)
              .required("date", ProjectTables.Type.DATE)
              .requiredConstant("phase", Phase.class)
              .requiredConstant("kind", ContributionKind.class)
              .required("hours", ProjectTables.Type.NUMBER)
              .list("skills", ProjectTables.Type.TEXT)
              .optional("paid", ProjectTables.Type.NUMBER)
              .optional("paidOn", ProjectTables.Type.DATE)
              .optional("expensesClaimed", "expenses.claimed", ProjectTables.Type.NUMBER)
              .optional("expensesReimbursed", "expenses.reimbursed", ProjectTables.Type.DATE)
              .reference("output", OUTPUTS, false)
              .constants("consent.uses", StoryUse.class)
              .optional("consent.until", ProjectTables.Type.DATE)
              .optional("consent.withdrawn", ProjectTables.Type.DATE)
              .optional("consent.anonymised", ProjectTables.Type.BOOLEAN)
              .optional("consent.debriefOffered", ProjectTables.Type.BOOLEAN));

  private static final Table DECISION_TABLE =
      rows(
          DECISIONS,
          "decisions.csv",
          "decisions",
          columns()
              .required("id", ProjectTables.Type.ID)
              .required("date", ProjectTables.Type.DATE)
              .requiredConstant("phase", Phase.class)
              .required("topic", ProjectTables.Type.TEXT)
              .requiredConstant("type", DecisionType.class)
              .optional("key", ProjectTables.Type.BOOLEAN)
              .constant("rule", DecisionRule.class)
              .reference("ledBy", PARTICIPANTS, false)
              .references("decidedBy")
              .references("objectedBy")
              .references("consulted")
              .optional("overriddenBy", ProjectTables.Type.TEXT)
              .optional("feedback", ProjectTables.Type.DATE)
              .reference("meeting", MEETINGS, false)
              .optional("minorityStatement", ProjectTables.Type.TEXT));

  static final String AGREEMENT = "Agreement";

  private static final Table AGREEMENTS =
      new Table(
          AGREEMENT,
          Option.none(),
          Kind.VERSIONS,
          "agreements",
          Option.none(),
          Option.none(),
          Option.none(),
          columns()
              .required("version", ProjectTables.Type.WHOLE)
              .required("date", ProjectTables.Type.DATE)
              .constant("decisionRule", DecisionRule.class)
              .optional("payment.ratePerHour", ProjectTables.Type.NUMBER)
              .optional("payment.currency", ProjectTables.Type.TEXT)
              .optional("payment.prepAndTravelPaid", ProjectTables.Type.BOOLEAN)
              .optional("payment.paymentWithinDays", ProjectTables.Type.WHOLE)
              .optional("payment.expensesWithinDays", ProjectTables.Type.WHOLE)
              .optional("payment.benefitsAdvice", ProjectTables.Type.BOOLEAN)
              .constants("payment.methods", PaymentMethod.class)
              .constant("credit", CreditPolicy.class)
              .constant("ownership", Ownership.class)
              .optional("afterClose", ProjectTables.Type.TEXT)
              .list("groundRules", ProjectTables.Type.TEXT)
              .optional("disputes", ProjectTables.Type.TEXT)
              .optional("outsideLines", ProjectTables.Type.TEXT)
              .constants("reservedDecisions", DecisionType.class)
              .optional("recruitment", ProjectTables.Type.TEXT)
              .optional("training", ProjectTables.Type.TEXT)
              .optional("feedbackWithinDays", ProjectTables.Type.WHOLE)
              .optional("stopClause", ProjectTables.Type.TEXT)
              .optional("support.contact", ProjectTables.Type.TEXT)
              .optional("support.debrief", ProjectTables.Type.TEXT)
              .optional("support.disclosure", ProjectTables.Type.TEXT)
              .optional("support.independence", ProjectTables.Type.TEXT)
              .done());

  private static final Table OUTPUT_TABLE =
      rows(
          OUTPUTS,
          "outputs.csv",
          "outputs",
          columns()
              .required("id", ProjectTables.Type.ID)
              .required("title", ProjectTables.Type.TEXT)
              .required("date", ProjectTables.Type.DATE)
              .references("owners")
              .constants("use", StoryUse.class)
              .optional("inUseUntil", ProjectTables.Type.DATE));

  private static final Table ROLES =
      rows(
          "Roles",
          "roles.csv",
          "roles",
          columns()
              .reference("participant", PARTICIPANTS, true)
              .required("title", ProjectTables.Type.TEXT)
              .constant("authority", Authority.class)
              .required("from", ProjectTables.Type.DATE)
              .optional("until", ProjectTables.Type.DATE)
              .optional("afterClose", ProjectTables.Type.BOOLEAN));

  private static final Table RESOURCES =
      rows(
          "Resources",
          "resources.csv",
          "resources",
          columns()
              .required("id", ProjectTables.Type.ID)
              .requiredConstant("kind", ResourceKind.class)
              .required("amount", ProjectTables.Type.NUMBER)
              .required("unit", ProjectTables.Type.TEXT)
              .references("controlledBy")
              .list("meets", ProjectTables.Type.TEXT)
              .references("serves"));

  private static final Table IMPACTS =
      rows(
          "Impacts",
          "impacts.csv",
          "impacts",
          columns()
              .required("id", ProjectTables.Type.ID)
              .required("date", ProjectTables.Type.DATE)
              .references("from")
              .required("change", ProjectTables.Type.TEXT)
              .requiredConstant("outcome", ImpactOutcome.class)
              .optional("reason", ProjectTables.Type.TEXT)
              .reference("decision", DECISIONS, false)
              .reference("output", OUTPUTS, false)
              .optional("toldOn", ProjectTables.Type.DATE));

  private static final Table CHECK_INS =
      rows(
          "CheckIns",
          "check-ins.csv",
          "checkIns",
          columns()
              .required("round", ProjectTables.Type.DATE)
              .requiredConstant("side", Side.class)
              .required("respondents", ProjectTables.Type.WHOLE)
              .list("heard", ProjectTables.Type.WHOLE)
              .list("influence", ProjectTables.Type.WHOLE)
              .list("supported", ProjectTables.Type.WHOLE));

  private static final Table RESPONSES =
      rows(
          "Responses",
          "responses.csv",
          "responses",
          columns()
              .required("id", ProjectTables.Type.ID)
              .required("finding", ProjectTables.Type.TEXT)
              .required("date", ProjectTables.Type.DATE)
              .optional("action", ProjectTables.Type.TEXT)
              .reference("owner", PARTICIPANTS, false)
              .optional("reviewBy", ProjectTables.Type.DATE)
              .constant("status", ResponseStatus.class)
              .optional("reason", ProjectTables.Type.TEXT));

  /**
   * Every table, in the order a workbook holds them: what a facilitator fills in most comes first.
   */
  static final IndexedSeq<Table> TABLES =
      Array.of(
          PROJECT,
          PARTICIPANT_TABLE,
          MEETING_TABLE,
          ATTENDANCE,
          CONTRIBUTIONS,
          DECISION_TABLE,
          AGREEMENTS,
          child(
              "Consents",
              Option.none(),
              "consents",
              AGREEMENT,
              "agreement",
              columns()
                  .reference("participant", PARTICIPANTS, true)
                  .required("date", ProjectTables.Type.DATE)),
          child(
              "Acknowledgements",
              Option.none(),
              "acknowledged",
              AGREEMENT,
              "agreement",
              columns()
                  .required("rule", ProjectTables.Type.TEXT)
                  .optional("subject", ProjectTables.Type.TEXT)
                  .required("reason", ProjectTables.Type.TEXT)),
          OUTPUT_TABLE,
          child(
              "Credits",
              Option.some("credits.csv"),
              "credits",
              OUTPUTS,
              "output",
              columns()
                  .reference("participant", PARTICIPANTS, true)
                  .requiredConstant("as", CreditRole.class)),
          child(
              "Rewards",
              Option.some("rewards.csv"),
              "rewards",
              OUTPUTS,
              "output",
              columns()
                  .reference("participant", PARTICIPANTS, true)
                  .requiredConstant("kind", RewardKind.class)),
          child(
              "NamesWithdrawn",
              Option.some("names-withdrawn.csv"),
              "nameWithdrawn",
              OUTPUTS,
              "output",
              columns()
                  .reference("participant", PARTICIPANTS, true)
                  .required("date", ProjectTables.Type.DATE)),
          child(
              "Breaks",
              Option.some("breaks.csv"),
              "breaks",
              PARTICIPANTS,
              "participant",
              columns()
                  .required("from", ProjectTables.Type.DATE)
                  .optional("until", ProjectTables.Type.DATE)
                  .optional("agreed", ProjectTables.Type.BOOLEAN)),
          ROLES,
          RESOURCES,
          IMPACTS,
          CHECK_INS,
          RESPONSES,
          POPULATION,
          MONITORING);

  /**
   * The table with this name: a sheet's ({@code Agreement 2} for the agreement), or a CSV file's.
   */
  static Option<Table> byName(String name) {
    for (Table t : TABLES) {
      if (t.name().equals(name) || t.file().contains(name)) {
        return Option.some(t);
      }
      if (t.kind() == Kind.VERSIONS && version(name).isDefined()) {
        return Option.some(t);
      }
    }
    return Option.none();
  }

  /** The number in a versions table's name ({@code 2} for {@code Agreement 2}), if it is one. */
  static Option<String> version(String name) {
    String prefix = AGREEMENT + " ";
    if (!name.startsWith(prefix)) {
      return Option.none();
    }
    String number = name.substring(prefix.length());
    return number.matches("[0-9]{1,9}") ? Option.some(number) : Option.none();
  }

  /** The tables whose rows belong to the items of this one, in order. */
  static List<Table> children(Table parent) {
    return List.ofAll(TABLES).filter(t -> t.parent().contains(parent.name()));
  }

  /** The table of this name in the layout; for names the layout is known to hold. */
  static Table named(String name) {
    return byName(name).getOrElseThrow(() -> new IllegalArgumentException("no table " + name));
  }
}
