package org.coprod.io.credit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.Reward;
import org.coprod.core.Role;

/**
 * One person's own record of their part in a project, for their CV, a reference or the benefits
 * office: their roles, their hours by phase and kind, what they were paid and when, the expenses
 * they claimed and when they were repaid, their credits and what they got back from each output. It
 * holds that person's data only: no one else's hours, pay or name appear in it.
 */
public final class Statement {
  private final Project project;
  private final Participant person;

  private Statement(Project project, Participant person) {
    this.project = project;
    this.person = person;
  }

  /** The statement of one participant, or a problem when the project has no such participant. */
  public static Validation<Seq<Problem>, Statement> of(Project project, ParticipantId participant) {
    Objects.requireNonNull(project, "project is null");
    Objects.requireNonNull(participant, "participant is null");
    return project
        .participant(participant)
        .map(p -> Validation.<Seq<Problem>, Statement>valid(new Statement(project, p)))
        .getOrElse(
            () ->
                Validation.invalid(
                    List.of(
                        Problem.of(
                            Problem.Kind.DANGLING_REFERENCE,
                            "participants",
                            "no participant has the id '" + participant + "'"))));
  }

  private Seq<Contribution> contributions() {
    return project.contributionsOf(person.id()).sortBy(Contribution::date);
  }

  private String currency() {
    return project
        .agreements()
        .flatMap(a -> a.payment().flatMap(t -> t.currency()))
        .headOption()
        .map(c -> " " + c)
        .getOrElse("");
  }

  /** The statement as Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# My part in ").append(escape(project.title())).append("\n\n");
    out.append("- Person: ")
        .append(person.name().map(Statement::escape).getOrElse(person.id().value()))
        .append("\n");
    out.append("- Project: ")
        .append(project.started())
        .append(project.closed().map(c -> " to " + c).getOrElse(", still running"))
        .append("\n");
    out.append("- Joined: ").append(person.joined());
    person.left().forEach(l -> out.append("; left: ").append(l));
    out.append("\n");
    Seq<Role> roles = project.rolesOf(person.id());
    out.append("\n## Roles\n\n");
    if (roles.isEmpty()) {
      out.append("No role is recorded.\n");
    }
    for (Role r : roles) {
      out.append("- ")
          .append(escape(r.title()))
          .append(", from ")
          .append(r.from())
          .append(r.until().map(u -> " to " + u).getOrElse(""))
          .append("\n");
    }
    out.append("\n## Hours\n\n");
    Map<Phase, Map<ContributionKind, Double>> hours = hours();
    if (hours.isEmpty()) {
      out.append("No hours are recorded.\n");
    } else {
      out.append("| phase | kind of work | hours |\n|---|---|---|\n");
      double total = 0;
      for (var byPhase : hours.entrySet()) {
        for (var byKind : byPhase.getValue().entrySet()) {
          out.append("| ")
              .append(words(byPhase.getKey().name()))
              .append(" | ")
              .append(ContributionRoles.plainRole(byKind.getKey()))
              .append(" | ")
              .append(number(byKind.getValue()))
              .append(" |\n");
          total += byKind.getValue();
        }
      }
      out.append("| all | all | ").append(number(total)).append(" |\n");
    }
    out.append("\n## Payments and expenses\n\n");
    Seq<Contribution> money =
        contributions()
            .filter(
                c -> c.paid().signum() > 0 || c.paidOn().isDefined() || c.expenses().isDefined());
    if (money.isEmpty()) {
      out.append("No payment or expenses are recorded.\n");
    } else {
      out.append("| date of the work | paid | paid on | expenses | repaid on |\n");
      out.append("|---|---|---|---|---|\n");
      for (Contribution c : money) {
        out.append("| ")
            .append(c.date())
            .append(" | ")
            .append(c.paid().toPlainString())
            .append(currency())
            .append(" | ")
            .append(c.paidOn().map(Object::toString).getOrElse("not yet"))
            .append(" | ")
            .append(c.expenses().map(e -> e.claimed().toPlainString() + currency()).getOrElse(""))
            .append(" | ")
            .append(
                c.expenses()
                    .map(e -> e.reimbursed().map(Object::toString).getOrElse("not yet"))
                    .getOrElse(""))
            .append(" |\n");
      }
      out.append("\nPaid in all: ").append(paid().toPlainString()).append(currency()).append("\n");
    }
    out.append("\n## Credits and what came back\n\n");
    Seq<Output> outputs = outputs();
    if (outputs.isEmpty()) {
      out.append("No output credits or rewards are recorded.\n");
    }
    for (Output o : outputs) {
      out.append("- ").append(escape(o.title())).append(" (").append(o.date()).append(")");
      Seq<String> parts = parts(o);
      if (!parts.isEmpty()) {
        out.append(": ").append(parts.mkString(", "));
      }
      Seq<String> rewards = rewards(o);
      if (!rewards.isEmpty()) {
        out.append("; received: ").append(rewards.mkString(", "));
      }
      out.append("\n");
    }
    return out.toString();
  }

  /** The statement as JSON, for another program. */
  public String json() {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("project", project.id().value());
      g.writeStringField("title", project.title());
      g.writeStringField("participant", person.id().value());
      if (person.name().isDefined()) {
        g.writeStringField("name", person.name().get());
      }
      g.writeStringField("joined", person.joined().toString());
      if (person.left().isDefined()) {
        g.writeStringField("left", person.left().get().toString());
      }
      g.writeArrayFieldStart("roles");
      for (Role r : project.rolesOf(person.id())) {
        g.writeStartObject();
        g.writeStringField("title", r.title());
        g.writeStringField("from", r.from().toString());
        if (r.until().isDefined()) {
          g.writeStringField("until", r.until().get().toString());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hours");
      for (var byPhase : hours().entrySet()) {
        for (var byKind : byPhase.getValue().entrySet()) {
          g.writeStartObject();
          g.writeStringField("phase", byPhase.getKey().name());
          g.writeStringField("kind", byKind.getKey().name());
          g.writeNumberField("hours", byKind.getValue());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("payments");
      for (Contribution c : contributions()) {
        if (c.paid().signum() == 0 && c.paidOn().isEmpty() && c.expenses().isEmpty()) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("date", c.date().toString());
        g.writeNumberField("paid", c.paid());
        if (c.paidOn().isDefined()) {
          g.writeStringField("paidOn", c.paidOn().get().toString());
        }
        if (c.expenses().isDefined()) {
          g.writeNumberField("expensesClaimed", c.expenses().get().claimed());
          if (c.expenses().get().reimbursed().isDefined()) {
            g.writeStringField(
                "expensesReimbursed", c.expenses().get().reimbursed().get().toString());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("outputs");
      for (Output o : outputs()) {
        g.writeStartObject();
        g.writeStringField("output", o.id().value());
        g.writeStringField("title", o.title());
        g.writeStringField("date", o.date().toString());
        g.writeArrayFieldStart("credits");
        for (Credit c : o.credits().filter(c -> c.participant().equals(person.id()))) {
          g.writeString(c.as().name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rewards");
        for (Reward r : o.rewards().filter(r -> r.participant().equals(person.id()))) {
          g.writeString(r.kind().name());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private Map<Phase, Map<ContributionKind, Double>> hours() {
    Map<Phase, Map<ContributionKind, Double>> hours = new TreeMap<>();
    for (Contribution c : contributions()) {
      hours
          .computeIfAbsent(c.phase(), k -> new TreeMap<>())
          .merge(c.kind(), c.hours(), Double::sum);
    }
    return hours;
  }

  private BigDecimal paid() {
    return contributions().map(Contribution::paid).fold(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The outputs that credit, own or reward the person, or that they contributed to. */
  private Seq<Output> outputs() {
    return project
        .outputs()
        .filter(
            o ->
                o.credits().exists(c -> c.participant().equals(person.id()))
                    || o.owners().contains(person.id())
                    || o.rewards().exists(r -> r.participant().equals(person.id())));
  }

  private Seq<String> parts(Output o) {
    Seq<String> parts =
        o.credits()
            .filter(c -> c.participant().equals(person.id()))
            .map(c -> ContributionRoles.words(c.as()).toLowerCase(Locale.ROOT));
    return o.owners().contains(person.id()) ? parts.append("an owner") : parts;
  }

  private Seq<String> rewards(Output o) {
    return o.rewards()
        .filter(r -> r.participant().equals(person.id()))
        .map(r -> words(r.kind().name()));
  }

  private static String words(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return lower;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String line = text.replaceAll("[\\r\\n]+", " ");
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>|~&#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Statement[project=" + project.id() + "]";
  }
}
