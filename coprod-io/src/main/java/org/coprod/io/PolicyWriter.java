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
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;

/**
 * Writes a policy as a policy file: the majority voice and the side labels, if the policy sets
 * them, then its rules sorted by id, each with the settings the policy makes for it (whether it is
 * off, its parameters sorted by name, its severity, its severities by kind). The same policy gives
 * the same bytes on every system.
 */
final class PolicyWriter {
  private PolicyWriter() {}

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build();

  /** What a policy sets for one rule. */
  private static final class Settings {
    boolean off;
    final java.util.List<String> parameters = new ArrayList<>();
    boolean severity;
    final java.util.List<String> kinds = new ArrayList<>();
  }

  /**
   * Writes the policy to a stream, which stays open.
   *
   * @throws IllegalArgumentException if a parameter's value is not one a policy file can hold: a
   *     {@link Double} (finite, zero or more), an {@link Integer} (zero or more) or a {@link
   *     Boolean}
   */
  static void write(Policy policy, OutputStream out, Format format) throws IOException {
    Map<String, Settings> rules = settings(policy);
    // check every value before writing a byte, so a refused policy leaves no half a file
    rules.forEach(
        (rule, s) ->
            s.parameters.forEach(name -> checked(policy.parameter(rule, name).get(), rule, name)));
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
      g.writeStartObject();
      g.writeFieldName(PolicyFormat.VERSION_KEY);
      g.writeNumber(PolicyFormat.VERSION);
      if (policy.setsMajorityVoice()) {
        g.writeFieldName(PolicyFormat.MAJORITY_VOICE);
        g.writeNumber(Scalars.plain(policy.majorityVoice()));
      }
      for (SideLabels labels : policy.labels()) {
        g.writeFieldName(PolicyFormat.LABELS);
        g.writeStartObject();
        g.writeFieldName(PolicyFormat.LIVED_EXPERIENCE);
        g.writeString(labels.livedExperience());
        g.writeFieldName(PolicyFormat.PROFESSIONAL);
        g.writeString(labels.professional());
        // the words for one person only where the group chose other words than the label makes
        if (!labels.livedExperienceOne().equals(SideLabels.singular(labels.livedExperience()))) {
          g.writeFieldName(PolicyFormat.LIVED_EXPERIENCE_ONE);
          g.writeString(labels.livedExperienceOne());
        }
        if (!labels.professionalOne().equals(SideLabels.singular(labels.professional()))) {
          g.writeFieldName(PolicyFormat.PROFESSIONAL_ONE);
          g.writeString(labels.professionalOne());
        }
        g.writeEndObject();
      }
      if (!rules.isEmpty()) {
        g.writeFieldName(PolicyFormat.RULES);
        g.writeStartObject();
        for (Map.Entry<String, Settings> rule : rules.entrySet()) {
          g.writeFieldName(rule.getKey());
          rule(g, policy, rule.getKey(), rule.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      if (format == Format.JSON) {
        g.writeRaw('\n');
      }
    }
  }

  private static void rule(JsonGenerator g, Policy policy, String rule, Settings s)
      throws IOException {
    g.writeStartObject();
    if (s.off) {
      g.writeFieldName(PolicyFormat.ENABLED);
      g.writeBoolean(false);
    }
    if (!s.parameters.isEmpty()) {
      g.writeFieldName(PolicyFormat.PARAMETERS);
      g.writeStartObject();
      for (String name : s.parameters) {
        g.writeFieldName(name);
        Object value = checked(policy.parameter(rule, name).get(), rule, name);
        if (value instanceof Boolean b) {
          g.writeBoolean(b);
        } else if (value instanceof Integer i) {
          g.writeNumber(i);
        } else {
          g.writeNumber(Scalars.plain((Double) value));
        }
      }
      g.writeEndObject();
    }
    if (s.severity) {
      g.writeFieldName(PolicyFormat.SEVERITY);
      g.writeString(severity(policy, rule, ""));
    }
    if (!s.kinds.isEmpty()) {
      g.writeFieldName(PolicyFormat.SEVERITIES);
      g.writeStartObject();
      for (String kind : s.kinds) {
        g.writeFieldName(kind);
        g.writeString(severity(policy, rule, kind));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** What the policy sets, by rule, sorted: asked of the policy's own typed settings. */
  private static Map<String, Settings> settings(Policy policy) {
    Map<String, Settings> out = new TreeMap<>();
    for (String rule : policy.rules()) {
      Settings s = new Settings();
      s.off = policy.disables(rule);
      s.parameters.addAll(policy.parameters(rule).keySet().toJavaList());
      s.severity = policy.ruleSeverity(rule).isDefined();
      s.kinds.addAll(policy.kindSeverities(rule).keySet().toJavaList());
      out.put(rule, s);
    }
    return out;
  }

  private static String severity(Policy policy, String rule, String kind) {
    return policy
        .severity(rule, kind)
        .map(Severity::name)
        .getOrElseThrow(
            () -> new IllegalStateException("the policy lists a severity it does not set"));
  }

  /** The value, if a policy file can hold it. */
  private static Object checked(Object value, String rule, String name) {
    boolean fits =
        value instanceof Boolean
            || (value instanceof Integer i && i >= 0)
            || (value instanceof Double d && Double.isFinite(d) && !(d < 0));
    if (!fits) {
      throw new IllegalArgumentException(
          "parameter '"
              + name
              + "' of rule '"
              + rule
              + "' is set to a value a policy file cannot hold: it takes a number of zero or more, a whole number of zero or more, or true or false");
    }
    return value;
  }
}
