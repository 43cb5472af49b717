package org.coprod.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.Attendance;
import org.coprod.core.Authority;
import org.coprod.core.Break;
import org.coprod.core.CheckIn;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.Credit;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.Decision;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.Involvement;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.PaymentTerms;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.Response;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Reward;
import org.coprod.core.Role;
import org.coprod.core.StoryConsent;
import org.coprod.core.Support;
import org.coprod.core.Tally;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a project as a file of the format, streaming, in the order of the model. Absent values,
 * empty lists and defaults are left out, so a file says what is particular to its project; the file
 * reads back as an equal project. The same project gives the same bytes: line breaks are {@code \n}
 * on every system and numbers are written plainly.
 */
final class ProjectWriter {
  private ProjectWriter() {}

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // text that looks like a number keeps its quotes, so other YAML readers take it as text
          // too
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .stringQuotingChecker(new TextQuoting())
          .build();

  /**
   * Quotes every text that a YAML reader could take for something else: a number in any YAML
   * notation ({@code 1e5}, {@code 0x1F}, {@code 1_000}, {@code .inf}), a boolean of YAML 1.1
   * ({@code yes}, {@code off}), a null ({@code ~}), a merge key. coprod reads such text back as
   * written either way; the quotes are for every other tool. Dates stay plain.
   */
  private static final class TextQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NUMBERISH =
        Pattern.compile("[-+.]?[0-9].*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    @Override
    public boolean needToQuoteValue(String value) {
      if (super.needToQuoteValue(value)) {
        return true;
      }
      if (DATE.matcher(value).matches()) {
        return false;
      }
      Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
      return !(tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP))
          || NUMBERISH.matcher(value).matches();
    }
  }

  /** Writes the project to a stream, which stays open. */
  static void write(Project project, OutputStream out, Format format) throws IOException {
    JsonGenerator g =
        format == Format.JSON
            ? JSON.createGenerator(out, JsonEncoding.UTF8)
            : YAML.createGenerator(out, JsonEncoding.UTF8);
    if (format == Format.JSON) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
    }
    try (g) {
      new Emitter(TreeWriter.of(g)).file(project);
      if (format == Format.JSON) {
        g.writeRaw('\n');
      }
    }
  }

  /** Writes the project's tree, as any format takes it, to a tree writer. */
  static void emit(Project project, TreeWriter out) throws IOException {
    new Emitter(out).file(project);
  }

  /**
   * Writes one part of a project (a participant, a contribution, a credit...) as the mapping it is
   * in a project file.
   *
   * @throws IllegalArgumentException if the value is not a part of a project file
   */
  static void emitPart(Object part, TreeWriter out) throws IOException {
    Emitter e = new Emitter(out);
    out.writeStartObject();
    if (part instanceof Participant x) {
      e.participant(x);
    } else if (part instanceof Break x) {
      e.breakOf(x);
    } else if (part instanceof Role x) {
      e.role(x);
    } else if (part instanceof Resource x) {
      e.resource(x);
    } else if (part instanceof Contribution x) {
      e.contribution(x);
    } else if (part instanceof Expenses x) {
      e.expensesOf(x);
    } else if (part instanceof StoryConsent x) {
      e.storyConsent(x);
    } else if (part instanceof Decision x) {
      e.decision(x);
    } else if (part instanceof Agreement x) {
      e.agreement(x);
    } else if (part instanceof Consent x) {
      e.consent(x);
    } else if (part instanceof PaymentTerms x) {
      e.payment(x);
    } else if (part instanceof Acknowledgement x) {
      e.acknowledgement(x);
    } else if (part instanceof Support x) {
      e.support(x);
    } else if (part instanceof Output x) {
      e.output(x);
    } else if (part instanceof Credit x) {
      e.credit(x);
    } else if (part instanceof Reward x) {
      e.reward(x);
    } else if (part instanceof NameWithdrawal x) {
      e.nameWithdrawal(x);
    } else if (part instanceof Meeting x) {
      e.meeting(x);
    } else if (part instanceof Attendance x) {
      e.attendance(x);
    } else if (part instanceof Impact x) {
      e.impact(x);
    } else if (part instanceof CheckIn x) {
      e.checkIn(x);
    } else if (part instanceof Response x) {
      e.response(x);
    } else if (part instanceof PopulationShare x) {
      e.population(x);
    } else if (part instanceof MonitoringCount x) {
      e.monitoring(x);
    } else {
      throw new IllegalArgumentException(
          "not a part of a project file: " + part.getClass().getName());
    }
    out.writeEndObject();
  }

  /** The writing of one file. */
  private record Emitter(TreeWriter g) {
    void file(Project p) throws IOException {
      g.writeStartObject();
      g.writeFieldName("coprod");
      g.writeNumber(ProjectFormat.VERSION);
      g.writeFieldName("project");
      g.writeStartObject();
      text("id", p.id().value());
      text("title", p.title());
      text("purpose", p.purpose());
      constant("nature", p.nature());
      constant("claimedLevel", p.claimedLevel());
      date("started", p.started());
      date("closed", p.closed());
      text("involvementAim", p.involvementAim());
      text("reflections", p.reflections());
      text("fingerprintKey", p.fingerprintKey());
      objects("population", p.population(), this::population);
      objects("monitoring", p.monitoring(), this::monitoring);
      g.writeEndObject();
      section("participants", p.participants(), this::participant);
      section("roles", p.roles(), this::role);
      section("resources", p.resources(), this::resource);
      // a meeting's attendance is written as its register, under meetings
      section("contributions", p.recordedContributions(), this::contribution);
      section("decisions", p.decisions(), this::decision);
      section("agreements", p.agreements(), this::agreement);
      section("outputs", p.outputs(), this::output);
      section("meetings", p.meetings(), this::meeting);
      section("impacts", p.impacts(), this::impact);
      section("checkIns", p.checkIns(), this::checkIn);
      section("responses", p.responses(), this::response);
      g.writeEndObject();
    }

    void population(PopulationShare s) throws IOException {
      text("group", s.group());
      g.writeFieldName("share");
      g.writeNumber(Scalars.plain(s.share()));
    }

    void monitoring(MonitoringCount c) throws IOException {
      text("group", c.group());
      whole("count", c.count());
    }

    void meeting(Meeting m) throws IOException {
      text("id", m.id().value());
      date("date", m.date());
      text("phase", m.phase().name());
      text("title", m.title());
      unless("format", m.format(), MeetingFormat.WORKING);
      hours("hours", m.hours());
      if (Double.doubleToRawLongBits(m.prepHours()) != 0) {
        hours("prepHours", m.prepHours());
      }
      ids("chairedBy", m.chairedBy());
      ids("facilitatedBy", m.facilitatedBy());
      if (!m.attended().isEmpty()) {
        g.writeFieldName("attended");
        g.writeStartArray();
        for (Attendance a : m.attended()) {
          if (a.isPlain()) {
            g.writeString(a.participant().value());
          } else {
            g.writeStartObject();
            attendance(a);
            g.writeEndObject();
          }
        }
        g.writeEndArray();
      }
      text("output", m.output().map(Id::value));
      texts("provides", m.provides());
    }

    void attendance(Attendance a) throws IOException {
      text("participant", a.participant().value());
      if (a.hours().isDefined()) {
        hours("hours", a.hours().get());
      }
      constant("kind", a.kind());
      if (a.paid().signum() != 0) {
        money("paid", a.paid());
      }
      date("paidOn", a.paidOn());
      expenses(a.expenses());
    }

    void impact(Impact x) throws IOException {
      text("id", x.id().value());
      date("date", x.date());
      ids("from", x.from());
      text("change", x.change());
      text("outcome", x.outcome().name());
      text("reason", x.reason());
      text("decision", x.decision().map(Id::value));
      text("output", x.output().map(Id::value));
      date("toldOn", x.toldOn());
    }

    void checkIn(CheckIn c) throws IOException {
      date("round", c.round());
      text("side", c.side().name());
      whole("respondents", c.respondents());
      tally("heard", c.heard());
      tally("influence", c.influence());
      tally("supported", c.supported());
    }

    void tally(String key, Option<Tally> tally) throws IOException {
      if (tally.isEmpty()) {
        return;
      }
      g.writeFieldName(key);
      g.writeStartArray();
      for (int count : tally.get().counts()) {
        g.writeNumber(count);
      }
      g.writeEndArray();
    }

    void response(Response r) throws IOException {
      text("id", r.id().value());
      text("finding", r.finding());
      date("date", r.date());
      text("action", r.action());
      text("owner", r.owner().map(Id::value));
      date("reviewBy", r.reviewBy());
      unless("status", r.status(), ResponseStatus.OPEN);
      text("reason", r.reason());
    }

    void participant(Participant p) throws IOException {
      text("id", p.id().value());
      text("name", p.name());
      text("side", p.side().name());
      constants("perspectives", p.perspectives());
      unless("employment", p.employment(), Employment.INDEPENDENT);
      unless("involvement", p.involvement(), Involvement.CORE);
      flag("declinesPayment", p.declinesPayment());
      constant("declineReason", p.declineReason());
      text("accountableTo", p.accountableTo());
      texts("skills", p.skills());
      texts("accessNeeds", p.accessNeeds());
      if (p.availableHoursPerWeek().isDefined()) {
        hours("availableHoursPerWeek", p.availableHoursPerWeek().get());
      }
      unless("creditPreference", p.creditPreference(), CreditPreference.NAMED);
      text("creditName", p.creditName());
      date("joined", p.joined());
      date("left", p.left());
      objects("breaks", p.breaks(), this::breakOf);
    }

    void breakOf(Break b) throws IOException {
      date("from", b.from());
      date("until", b.until());
      if (!b.agreed()) {
        g.writeFieldName("agreed");
        g.writeBoolean(false);
      }
    }

    void role(Role r) throws IOException {
      text("participant", r.participant().value());
      text("title", r.title());
      unless("authority", r.authority(), Authority.NONE);
      date("from", r.from());
      date("until", r.until());
      flag("afterClose", r.afterClose());
    }

    void resource(Resource r) throws IOException {
      text("id", r.id().value());
      text("kind", r.kind().name());
      money("amount", r.amount());
      text("unit", r.unit());
      ids("controlledBy", r.controlledBy());
      texts("meets", r.meets());
      ids("serves", r.serves());
    }

    void contribution(Contribution c) throws IOException {
      text("id", c.id().map(Id::value));
      text("participant", c.participant().value());
      date("date", c.date());
      text("phase", c.phase().name());
      text("kind", c.kind().name());
      hours("hours", c.hours());
      texts("skills", c.skills());
      if (c.paid().signum() != 0) {
        money("paid", c.paid());
      }
      date("paidOn", c.paidOn());
      expenses(c.expenses());
      text("output", c.output().map(Id::value));
      if (c.consent().isDefined()) {
        g.writeFieldName("consent");
        g.writeStartObject();
        storyConsent(c.consent().get());
        g.writeEndObject();
      }
    }

    void storyConsent(StoryConsent k) throws IOException {
      constants("uses", k.uses());
      date("until", k.until());
      date("withdrawn", k.withdrawn());
      flag("anonymised", k.anonymised());
      flag("debriefOffered", k.debriefOffered());
    }

    void expenses(Option<Expenses> expenses) throws IOException {
      if (expenses.isDefined()) {
        g.writeFieldName("expenses");
        g.writeStartObject();
        expensesOf(expenses.get());
        g.writeEndObject();
      }
    }

    void expensesOf(Expenses e) throws IOException {
      money("claimed", e.claimed());
      date("reimbursed", e.reimbursed());
    }

    void decision(Decision d) throws IOException {
      text("id", d.id().value());
      date("date", d.date());
      text("phase", d.phase().name());
      text("topic", d.topic());
      text("type", d.type().name());
      flag("key", d.key());
      constant("rule", d.rule());
      text("ledBy", d.ledBy().map(Id::value));
      ids("decidedBy", d.decidedBy());
      ids("objectedBy", d.objectedBy());
      ids("consulted", d.consulted());
      text("overriddenBy", d.overriddenBy());
      date("feedback", d.feedback());
      text("meeting", d.meeting().map(Id::value));
      text("minorityStatement", d.minorityStatement());
    }

    void agreement(Agreement a) throws IOException {
      g.writeFieldName("version");
      g.writeNumber(a.version());
      date("date", a.date());
      objects("consents", a.consents(), this::consent);
      constant("decisionRule", a.decisionRule());
      if (a.payment().isDefined()) {
        g.writeFieldName("payment");
        g.writeStartObject();
        payment(a.payment().get());
        g.writeEndObject();
      }
      unless("credit", a.credit(), CreditPolicy.UNDECIDED);
      unless("ownership", a.ownership(), Ownership.UNDECIDED);
      text("afterClose", a.afterClose());
      texts("groundRules", a.groundRules());
      text("disputes", a.disputes());
      text("outsideLines", a.outsideLines());
      constants("reservedDecisions", a.reservedDecisions());
      objects("acknowledged", a.acknowledged(), this::acknowledgement);
      text("recruitment", a.recruitment());
      text("training", a.training());
      if (a.feedbackWithinDays() != 28) {
        whole("feedbackWithinDays", a.feedbackWithinDays());
      }
      text("stopClause", a.stopClause());
      if (a.support().isDefined()) {
        g.writeFieldName("support");
        g.writeStartObject();
        support(a.support().get());
        g.writeEndObject();
      }
    }

    void support(Support s) throws IOException {
      text("contact", s.contact());
      text("debrief", s.debrief());
      text("disclosure", s.disclosure());
      text("independence", s.independence());
    }

    void consent(Consent c) throws IOException {
      text("participant", c.participant().value());
      date("date", c.date());
    }

    void payment(PaymentTerms t) throws IOException {
      if (t.ratePerHour().isDefined()) {
        money("ratePerHour", t.ratePerHour().get());
      }
      text("currency", t.currency());
      flag("prepAndTravelPaid", t.prepAndTravelPaid());
      if (t.paymentWithinDays() != 28) {
        g.writeFieldName("paymentWithinDays");
        g.writeNumber(t.paymentWithinDays());
      }
      if (t.expensesWithinDays() != 28) {
        g.writeFieldName("expensesWithinDays");
        g.writeNumber(t.expensesWithinDays());
      }
      flag("benefitsAdvice", t.benefitsAdvice());
      constants("methods", t.methods());
    }

    void acknowledgement(Acknowledgement a) throws IOException {
      text("rule", a.rule());
      text("subject", a.subject());
      text("reason", a.reason());
    }

    void output(Output o) throws IOException {
      text("id", o.id().value());
      text("title", o.title());
      date("date", o.date());
      ids("owners", o.owners());
      objects("credits", o.credits(), this::credit);
      objects("rewards", o.rewards(), this::reward);
      constants("use", o.use());
      date("inUseUntil", o.inUseUntil());
      objects("nameWithdrawn", o.nameWithdrawn(), this::nameWithdrawal);
    }

    void nameWithdrawal(NameWithdrawal w) throws IOException {
      text("participant", w.participant().value());
      date("date", w.date());
    }

    void credit(Credit c) throws IOException {
      text("participant", c.participant().value());
      text("as", c.as().name());
    }

    void reward(Reward r) throws IOException {
      text("participant", r.participant().value());
      text("kind", r.kind().name());
    }

    // ---- the pieces

    /** Writes the keys of one mapping. */
    @FunctionalInterface
    interface Part<T> {
      void write(T value) throws IOException;
    }

    <T> void section(String key, Seq<T> items, Part<T> part) throws IOException {
      objects(key, items, part);
    }

    <T> void objects(String key, Seq<T> items, Part<T> part) throws IOException {
      if (items.isEmpty()) {
        return;
      }
      g.writeFieldName(key);
      g.writeStartArray();
      for (T item : items) {
        g.writeStartObject();
        part.write(item);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    void text(String key, String value) throws IOException {
      g.writeFieldName(key);
      g.writeString(value);
    }

    void text(String key, Option<String> value) throws IOException {
      if (value.isDefined()) {
        text(key, value.get());
      }
    }

    void texts(String key, Seq<String> values) throws IOException {
      strings(key, values, Function.identity());
    }

    void ids(String key, Seq<? extends Id> values) throws IOException {
      strings(key, values, Id::value);
    }

    void constants(String key, Seq<? extends Enum<?>> values) throws IOException {
      strings(key, values, Enum::name);
    }

    <T> void strings(String key, Seq<T> values, Function<T, String> text) throws IOException {
      if (values.isEmpty()) {
        return;
      }
      g.writeFieldName(key);
      g.writeStartArray();
      for (T v : values) {
        g.writeString(text.apply(v));
      }
      g.writeEndArray();
    }

    void constant(String key, Option<? extends Enum<?>> value) throws IOException {
      if (value.isDefined()) {
        text(key, value.get().name());
      }
    }

    <E extends Enum<E>> void unless(String key, E value, E byDefault) throws IOException {
      if (value != byDefault) {
        text(key, value.name());
      }
    }

    void whole(String key, int value) throws IOException {
      g.writeFieldName(key);
      g.writeNumber(value);
    }

    void flag(String key, boolean value) throws IOException {
      if (value) {
        g.writeFieldName(key);
        g.writeBoolean(true);
      }
    }

    void date(String key, LocalDate value) throws IOException {
      text(key, value.toString());
    }

    void date(String key, Option<LocalDate> value) throws IOException {
      if (value.isDefined()) {
        date(key, value.get());
      }
    }

    void money(String key, BigDecimal value) throws IOException {
      g.writeFieldName(key);
      g.writeNumber(value.toPlainString());
    }

    void hours(String key, double value) throws IOException {
      g.writeFieldName(key);
      g.writeNumber(Scalars.plain(value));
    }
  }
}
