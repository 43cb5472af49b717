package org.coprod.cli;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.coprod.io.Format;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.render.Audience;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The closed sets of words the command's options take, written in lower case as users type them,
 * and the converters that read them in any case with a message that lists the choices.
 */
final class Choices {
  private Choices() {}

  /** The level at which {@code check} fails. */
  enum FailLevel {
    /** Fail on any unacknowledged finding. */
    NOTE(Severity.NOTE),
    /** Fail on an unacknowledged warning or concern. */
    WARNING(Severity.WARNING),
    /** Fail on an unacknowledged concern: warnings are prompts, not failures. */
    CONCERN(Severity.CONCERN);

    private final Severity severity;

    FailLevel(Severity severity) {
      this.severity = severity;
    }

    /** The severity at and above which a finding fails the check. */
    Severity severity() {
      return severity;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The notations of a project file that {@code generate} writes. */
  enum ProjectNotation {
    /** JSON, the default. */
    JSON(Format.JSON),
    /** YAML. */
    YAML(Format.YAML);

    private final Format format;

    ProjectNotation(Format format) {
      this.format = format;
    }

    /** The file format of coprod-io. */
    Format format() {
      return format;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The notations of the catalogue and of reports for people to read. */
  enum TextNotation {
    /** Plain text for a terminal. */
    TEXT,
    /** Markdown, for a README or an issue. */
    MARKDOWN;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads one of an enum's constants by the lower-case word it shows, in any case. */
  abstract static class Named<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    Named(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.toString().equalsIgnoreCase(value.trim())) {
          return e;
        }
      }
      List<String> words = List.of(type.getEnumConstants()).map(Object::toString);
      throw new TypeConversionException(
          "expected "
              + words.init().mkString(", ")
              + " or "
              + words.last()
              + ", not '"
              + value
              + "'");
    }
  }

  /** Reads a fail level. */
  static final class FailLevels extends Named<FailLevel> {
    FailLevels() {
      super(FailLevel.class);
    }
  }

  /** Reads a project notation. */
  static final class ProjectNotations extends Named<ProjectNotation> {
    ProjectNotations() {
      super(ProjectNotation.class);
    }
  }

  /** Reads a text notation. */
  static final class TextNotations extends Named<TextNotation> {
    TextNotations() {
      super(TextNotation.class);
    }
  }

  /** Reads an audience. */
  static final class Audiences extends Named<Audience> {
    Audiences() {
      super(Audience.class);
    }
  }

  /** Reads a report format. */
  static final class ReportFormats extends Named<ReportFormat> {
    ReportFormats() {
      super(ReportFormat.class);
    }
  }

  /** The forms {@code credits} writes. */
  enum CreditsFormat {
    /** Markdown, the default. */
    MARKDOWN,
    /** An {@code .all-contributorsrc} file for the All Contributors tool. */
    ALLCONTRIBUTORS,
    /** JATS contributors with CRediT roles, for a journal. */
    JATS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads a credits format. */
  static final class CreditsFormats extends Named<CreditsFormat> {
    CreditsFormats() {
      super(CreditsFormat.class);
    }
  }

  /** The forms {@code statement} writes. */
  enum StatementFormat {
    /** Markdown, the default. */
    MARKDOWN,
    /** JSON, for another program. */
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads a statement format. */
  static final class StatementFormats extends Named<StatementFormat> {
    StatementFormats() {
      super(StatementFormat.class);
    }
  }

  /**
   * Reads side labels written as the lived-experience side's words, a comma, then the professional
   * side's: {@code "experts by experience,staff"}. The words are not repeated in a message, since
   * they are the group's and may hold anything.
   */
  static final class Labels implements ITypeConverter<SideLabels> {
    @Override
    public SideLabels convert(String value) {
      String[] parts = value.split(",", -1);
      if (parts.length != 2) {
        throw new TypeConversionException(
            "expected two labels separated by a comma, the lived-experience side's first"
                + " (\"experts by experience,staff\"), not "
                + (parts.length == 1 ? "one" : parts.length + " parts"));
      }
      try {
        return SideLabels.of(parts[0], parts[1]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "each label is one line of 1 to "
                + SideLabels.MAX_LENGTH
                + " characters, and the two differ");
      }
    }
  }

  /** Reads a day written as ISO {@code YYYY-MM-DD}. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date as YYYY-MM-DD, not '" + value + "'");
      }
    }
  }
}
