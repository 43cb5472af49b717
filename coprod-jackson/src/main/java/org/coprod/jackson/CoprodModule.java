package org.coprod.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.vavr.collection.List;
import io.vavr.jackson.datatype.VavrModule;
import java.io.IOException;
import java.util.function.Function;
import org.coprod.core.AgreementVersion;
import org.coprod.core.ContributionId;
import org.coprod.core.DecisionId;
import org.coprod.core.Id;
import org.coprod.core.ImpactId;
import org.coprod.core.Library;
import org.coprod.core.MeetingId;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.ResourceId;
import org.coprod.core.ResponseId;
import org.coprod.io.ProjectParts;
import org.coprod.io.report.JsonReport;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;

/**
 * A Jackson module that reads and writes coprod's values in coprod's own formats, so an application
 * puts a report into its JSON API with one line:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CoprodModule());
 * String json = mapper.writeValueAsString(Rulebook.standard().check(project));
 * Report back = mapper.readValue(json, Report.class);
 * }</pre>
 *
 * <ul>
 *   <li>a {@link Project} is the project file's JSON, led by {@code coprod: 1}; reading it checks
 *       everything a project file's reader checks, and a project that is not valid throws a {@link
 *       ProblemsException} holding every problem;
 *   <li>a {@link Report} is the JSON report's object, with {@code inputSha256} null (a report does
 *       not know its input); a {@link JsonReport.Entry} carries the digest;
 *   <li>a {@link Finding} is the object a JSON report holds in its {@code findings};
 *   <li>a part of a project on its own (a {@code Participant}, {@code Contribution}, {@code
 *       Decision}, {@code Output}, {@code Agreement}, {@code Meeting}, a {@code Credit} and the
 *       others of {@link ProjectParts#types()}) is the mapping it is in a project file, read with
 *       the same checks, its problems named by their path inside the part; an impact's sources are
 *       typed against the project given as the reader's attribute {@code Project.class} ({@code
 *       mapper.readerFor(Impact.class).withAttribute(Project.class, project)}), else each is taken
 *       for a contribution's id;
 *   <li>ids ({@link ParticipantId}, {@link OutputId} and the others) are their text, and an {@link
 *       AgreementVersion} its number;
 *   <li>Vavr's collections and {@code Option} come with {@link VavrModule}, which this module
 *       registers as its dependency, so a {@code Seq<Finding>} or an {@code Option<Report>} works.
 * </ul>
 *
 * <p>Every format is coprod-io's: numbers are copied as coprod-io writes them, so the bytes inside
 * the application's JSON are those of {@code coprod check --format json} (apart from the
 * application's own indentation).
 */
public final class CoprodModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every serializer and deserializer registered. */
  public CoprodModule() {
    super("coprod", moduleVersion());
    addSerializer(Project.class, writer(Formats::writeProject));
    addDeserializer(Project.class, reader(Formats::readProject));
    addSerializer(Report.class, writer(Formats::writeReport));
    addDeserializer(Report.class, reader(Formats::readReport));
    addSerializer(JsonReport.Entry.class, writer(Formats::writeEntry));
    addDeserializer(JsonReport.Entry.class, reader(Formats::readEntry));
    addSerializer(Finding.class, writer(Formats::writeFinding));
    addDeserializer(Finding.class, reader(Formats::readFinding));
    ProjectParts.types().forEach(this::part);
    addSerializer(Id.class, writer(CoprodModule::writeId));
    id(ParticipantId.class, ParticipantId::of);
    id(OutputId.class, OutputId::of);
    id(DecisionId.class, DecisionId::of);
    id(ResourceId.class, ResourceId::of);
    id(ContributionId.class, ContributionId::of);
    id(ProjectId.class, ProjectId::of);
    id(MeetingId.class, MeetingId::of);
    id(ImpactId.class, ImpactId::of);
    id(ResponseId.class, ResponseId::of);
    addDeserializer(
        AgreementVersion.class,
        new JsonDeserializer<>() {
          @Override
          public AgreementVersion deserialize(JsonParser p, DeserializationContext ctxt)
              throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
              return (AgreementVersion)
                  ctxt.handleUnexpectedToken(
                      AgreementVersion.class,
                      p.currentToken(),
                      p,
                      "an agreement version is a whole number from 1");
            }
            return AgreementVersion.of(p.getIntValue());
          }
        });
  }

  /** Vavr's module, so collections and options of coprod's values work too. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new VavrModule());
  }

  private static void writeId(Id id, JsonGenerator g) throws IOException {
    if (id instanceof AgreementVersion v) {
      g.writeNumber(v.version());
    } else {
      g.writeString(id.value());
    }
  }

  private <T extends Id> void id(Class<T> type, Function<String, T> of) {
    addDeserializer(
        type,
        new JsonDeserializer<>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || Id.isBlank(p.getText())) {
              return type.cast(
                  ctxt.handleUnexpectedToken(
                      type, p.currentToken(), p, "an id is text, not blank"));
            }
            return of.apply(p.getText());
          }
        });
  }

  /** A part of a project (a contribution, a credit) as the mapping it is in a project file. */
  private <T> void part(Class<T> type) {
    addSerializer(type, writer((part, g) -> Tokens.write(ProjectParts.toJson(part), g, null)));
    addDeserializer(
        type,
        new JsonDeserializer<>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object project = ctxt.getAttribute(Project.class);
            return Formats.readPart(p, type, project instanceof Project known ? known : null);
          }
        });
  }

  /** Writes one value through coprod-io. */
  private interface Write<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Reads one value through coprod-io, the parser at its first token. */
  private interface Read<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> JsonSerializer<T> writer(Write<T> write) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write.write(value, g);
      }
    };
  }

  private static <T> JsonDeserializer<T> reader(Read<T> read) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read.read(p);
      }
    };
  }

  private static Version moduleVersion() {
    return VersionUtil.parseVersion(Library.version(), "org.coprod", "coprod-jackson");
  }
}
