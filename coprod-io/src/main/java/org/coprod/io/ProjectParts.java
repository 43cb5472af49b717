package org.coprod.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.Attendance;
import org.coprod.core.Break;
import org.coprod.core.CheckIn;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.Credit;
import org.coprod.core.Decision;
import org.coprod.core.Expenses;
import org.coprod.core.Impact;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingId;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.PopulationShare;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.Response;
import org.coprod.core.Reward;
import org.coprod.core.Role;
import org.coprod.core.StoryConsent;
import org.coprod.core.Support;
import org.jspecify.annotations.Nullable;

/**
 * One part of a project on its own (a participant, a contribution, a decision, an output's credit)
 * as the JSON mapping it is inside a project file, written and read by the project file's own
 * definitions: the same keys, defaults left out, the same checks of every value, and problems with
 * their path inside the part ({@code credits[0].participant}). For an application that sends one
 * contribution or one meeting through its own API.
 *
 * <pre>{@code
 * String json = ProjectParts.toJson(contribution);   // {"id":"c-1","participant":"p-1",...}
 * Validation<Seq<Problem>, Contribution> back = ProjectParts.read(json, Contribution.class);
 * }</pre>
 *
 * <p>A part alone is checked as far as it can be alone: its keys, the type and range of each value
 * the file's reader checks, and the keys it needs. What only a whole project can tell (that a
 * participant it names exists, that dates follow one another, the project's invariants) is checked
 * when the part joins a project.
 */
public final class ProjectParts {
  private ProjectParts() {}

  private static final Map<Class<?>, Value<?>> SHAPES =
      LinkedHashMap.<Class<?>, Value<?>>empty()
          .put(Participant.class, ProjectFormat.PARTICIPANT_SHAPE)
          .put(Break.class, ProjectFormat.BREAK)
          .put(Role.class, ProjectFormat.ROLE)
          .put(Resource.class, ProjectFormat.RESOURCE)
          .put(Contribution.class, ProjectFormat.CONTRIBUTION)
          .put(Expenses.class, ProjectFormat.EXPENSES)
          .put(StoryConsent.class, ProjectFormat.STORY_CONSENT)
          .put(Decision.class, ProjectFormat.DECISION)
          .put(Agreement.class, ProjectFormat.AGREEMENT)
          .put(Consent.class, ProjectFormat.CONSENT)
          .put(PaymentTerms.class, ProjectFormat.PAYMENT)
          .put(Acknowledgement.class, ProjectFormat.ACKNOWLEDGEMENT)
          .put(Support.class, ProjectFormat.SUPPORT)
          .put(Output.class, ProjectFormat.OUTPUT_SHAPE)
          .put(Credit.class, ProjectFormat.CREDIT)
          .put(Reward.class, ProjectFormat.REWARD)
          .put(NameWithdrawal.class, ProjectFormat.NAME_WITHDRAWAL)
          .put(Meeting.class, ProjectFormat.MEETING)
          .put(Attendance.class, ProjectFormat.ATTENDED)
          .put(Impact.class, ProjectFormat.IMPACT)
          .put(CheckIn.class, ProjectFormat.CHECK_IN)
          .put(Response.class, ProjectFormat.RESPONSE)
          .put(PopulationShare.class, ProjectFormat.POPULATION_SHARE)
          .put(MonitoringCount.class, ProjectFormat.MONITORING_COUNT);

  /** The types of the parts this class writes and reads, in the order of a project file. */
  public static Seq<Class<?>> types() {
    return SHAPES.keySet().toList();
  }

  /**
   * A part as the compact JSON mapping it is in a project file.
   *
   * @param part one of {@link #types()}; not null
   * @return its JSON; never null
   * @throws IllegalArgumentException if the value is not a part of a project file
   */
  public static String toJson(Object part) {
    Objects.requireNonNull(part, "part is null");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Readers.json(ReadLimits.defaults()).createGenerator(out)) {
      ProjectWriter.emitPart(part, TreeWriter.of(g));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads one part from its JSON mapping as a part of a project: as {@link #read(String, Class)},
   * with an impact's sources ({@code from}) typed as the project file's reader types them, each a
   * participant's id, a meeting's, or else a contribution's. Other parts read as they do alone.
   *
   * @param json the part's mapping
   * @param type one of {@link #types()}
   * @param project the project the part belongs to, or is about to join
   * @return the part, or every problem
   * @throws IllegalArgumentException if the type is not a part of a project file
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, Class<T> type, Project project) {
    Objects.requireNonNull(project, "project is null");
    return read(json, type).map(part -> type.cast(in(part, project)));
  }

  /** The part with what only its project can tell: the kinds of an impact's sources. */
  private static Object in(Object part, Project project) {
    if (!(part instanceof Impact x)) {
      return part;
    }
    return x.withFrom(
        x.from()
            .map(
                id -> {
                  ParticipantId person = ParticipantId.of(id.value());
                  MeetingId meeting = MeetingId.of(id.value());
                  return project.participant(person).isDefined()
                      ? person
                      : project.meeting(meeting).isDefined() ? meeting : id;
                }));
  }

  /**
   * Reads one part from its JSON mapping; never throws for bad input. An impact's sources ({@code
   * from}) name a participant, a meeting or a contribution by id alone, and only the project tells
   * which: read alone, each is taken for a contribution's (see {@link #read(String, Class,
   * Project)}).
   *
   * @param json the part's mapping (an attendance may also be a participant's id alone)
   * @param type one of {@link #types()}
   * @return the part, or every problem, each with its path inside the part and its line and column
   *     in {@code json}
   * @throws IllegalArgumentException if the type is not a part of a project file
   */
  public static <T> Validation<Seq<Problem>, T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json is null");
    Objects.requireNonNull(type, "type is null");
    Value<?> shape =
        SHAPES
            .get(type)
            .getOrElseThrow(
                () ->
                    new IllegalArgumentException(
                        "not a part of a project file: " + type.getName()));
    ReadLimits limits = ReadLimits.defaults();
    JsonParser parser;
    try {
      parser = Readers.json(limits).createParser(json);
    } catch (IOException | RuntimeException e) {
      return Validation.invalid(
          List.of(
              Problem.of(
                  Problem.Kind.SYNTAX,
                  "",
                  "the text cannot be read (" + e.getClass().getSimpleName() + ")")));
    }
    Cursor in = new Cursor(parser, limits, new PositionIndex(), false);
    @Nullable Object value = null;
    boolean alone = false;
    try {
      if (in.next() == null) {
        in.problemAt(Problem.Kind.SYNTAX, "", "the text is empty", 1, 1);
      } else {
        value = shape.read(in);
        if (in.next() != null) {
          in.problem(Problem.Kind.SYNTAX, "the text goes on after the part: it holds one");
        }
      }
    } catch (Stop stop) {
      alone = stop.alone();
    } catch (RuntimeException e) {
      // every value is checked where it is read; a safety net, so reading never throws
      try {
        in.problem(
            Problem.Kind.SYNTAX,
            "the text cannot be read here (" + e.getClass().getSimpleName() + ")");
      } catch (Stop full) {
        // the problem is recorded; there were too many before it
      }
    } finally {
      try {
        parser.close();
      } catch (IOException | RuntimeException e) {
        // a parser over a string holds nothing to release
      }
    }
    java.util.List<Problem> found = in.problems();
    if (!found.isEmpty()) {
      return Validation.invalid(alone ? List.of(found.get(found.size() - 1)) : List.ofAll(found));
    }
    if (value == null) {
      return Validation.invalid(
          List.of(Problem.of(Problem.Kind.INVALID_VALUE, "", "the part does not hold together")));
    }
    return Validation.valid(type.cast(value));
  }
}
