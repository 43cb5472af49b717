package org.coprod.rules;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A group's or a study's settings for a rulebook: parameters changed from their defaults,
 * severities changed, rules turned off. Policy files are read by coprod-io; the report lists every
 * difference from the defaults.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .set("load-concentration", "maxShare", 0.6)
 *     .severity("credit-parity", Severity.CONCERN)
 *     .disable("purpose-missing")
 *     .build();
 * }</pre>
 */
public final class Policy {
  private static final Policy DEFAULTS =
      new Policy(TreeMap.empty(), TreeMap.empty(), TreeSet.empty());

  private final SortedMap<Tuple2<String, String>, Object> parameters;
  private final SortedMap<Tuple2<String, String>, Severity> severities;
  private final SortedSet<String> disabled;

  private Policy(
      SortedMap<Tuple2<String, String>, Object> parameters,
      SortedMap<Tuple2<String, String>, Severity> severities,
      SortedSet<String> disabled) {
    this.parameters = parameters;
    this.severities = severities;
    this.disabled = disabled;
  }

  /** The policy that changes nothing. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  /** A builder of a policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value a policy sets for a rule's parameter, if it sets one. */
  public Option<Object> parameter(String rule, String name) {
    return parameters.get(Tuple.of(rule, name));
  }

  /**
   * The severity a policy sets for a kind of a rule's findings, if it sets one: the setting for the
   * kind, else the setting for the whole rule.
   */
  public Option<Severity> severity(String rule, String kind) {
    return severities.get(Tuple.of(rule, kind)).orElse(() -> severities.get(Tuple.of(rule, "")));
  }

  /** Whether the policy turns a rule off. */
  public boolean disables(String rule) {
    return disabled.contains(rule);
  }

  /** The rules it turns off, sorted. */
  public SortedSet<String> disabled() {
    return disabled;
  }

  /** Whether the policy changes nothing. */
  public boolean isDefault() {
    return parameters.isEmpty() && severities.isEmpty() && disabled.isEmpty();
  }

  /**
   * What is wrong with this policy for a set of rules: an unknown rule, kind or parameter, or a
   * value of the wrong type; empty when it fits.
   */
  public Seq<String> problems(Seq<RuleMetadata> rules) {
    Objects.requireNonNull(rules, "rules is null");
    java.util.List<String> out = new java.util.ArrayList<>();
    Seq<String> ids = rules.map(RuleMetadata::id);
    parameters.forEach(
        (key, value) -> {
          Option<RuleMetadata> rule = rules.find(r -> r.id().equals(key._1));
          if (rule.isEmpty()) {
            out.add(unknownRule(key._1, ids));
          } else {
            Option<Parameter<?>> p = rule.get().parameter(key._2);
            if (p.isEmpty()) {
              out.add(
                  "rule '"
                      + key._1
                      + "' has no parameter '"
                      + key._2
                      + "'"
                      + Suggest.nearest(key._2, rule.get().parameters().map(Parameter::name))
                          .map(s -> "; did you mean '" + s + "'?")
                          .getOrElse(""));
            } else if (!p.get().accepts(value)) {
              out.add(
                  "parameter '"
                      + key._2
                      + "' of rule '"
                      + key._1
                      + "' takes "
                      + p.get().measure().noun());
            }
          }
        });
    severities.forEach(
        (key, value) -> {
          Option<RuleMetadata> rule = rules.find(r -> r.id().equals(key._1));
          if (rule.isEmpty()) {
            out.add(unknownRule(key._1, ids));
          } else if (!key._2.isEmpty() && rule.get().kind(key._2).isEmpty()) {
            out.add(
                "rule '"
                    + key._1
                    + "' raises no finding of kind '"
                    + key._2
                    + "'; its kinds are "
                    + rule.get().kinds().map(FindingKind::name).mkString(", "));
          }
        });
    disabled.forEach(
        id -> {
          if (!ids.contains(id)) {
            out.add(unknownRule(id, ids));
          }
        });
    return List.ofAll(out).distinct();
  }

  private static String unknownRule(String id, Seq<String> ids) {
    return "there is no rule '"
        + id
        + "'"
        + Suggest.nearest(id, ids).map(s -> "; did you mean '" + s + "'?").getOrElse("");
  }

  /**
   * Every difference from the defaults, in words, sorted by rule: what a report lists so a reader
   * knows the thresholds were not the standard ones.
   */
  public Seq<PolicyDifference> differences(Seq<RuleMetadata> rules) {
    java.util.List<PolicyDifference> out = new java.util.ArrayList<>();
    parameters.forEach(
        (key, value) -> {
          String from =
              rules
                  .find(r -> r.id().equals(key._1))
                  .flatMap(r -> r.parameter(key._2))
                  .map(p -> String.valueOf(p.defaultValue()))
                  .getOrElse("");
          out.add(new PolicyDifference(key._1, "parameter " + key._2, from, String.valueOf(value)));
        });
    severities.forEach(
        (key, value) -> {
          String from =
              rules
                  .find(r -> r.id().equals(key._1))
                  .map(
                      r ->
                          key._2.isEmpty()
                              ? r.kinds().map(k -> k.severity().name()).distinct().mkString("/")
                              : r.kind(key._2).map(k -> k.severity().name()).getOrElse(""))
                  .getOrElse("");
          out.add(
              new PolicyDifference(
                  key._1,
                  key._2.isEmpty() ? "severity" : "severity of " + key._2,
                  from,
                  value.name()));
        });
    disabled.forEach(id -> out.add(new PolicyDifference(id, "rule", "on", "off")));
    return List.ofAll(out).sortBy(d -> d.rule() + "\n" + d.setting());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Policy p
        && p.parameters.equals(parameters)
        && p.severities.equals(severities)
        && p.disabled.equals(disabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, severities, disabled);
  }

  @Override
  public String toString() {
    return "Policy{parameters="
        + parameters
        + ", severities="
        + severities
        + ", disabled="
        + disabled
        + "}";
  }

  /** Builds a policy; later settings of the same thing replace earlier ones. */
  public static final class Builder {
    private SortedMap<Tuple2<String, String>, Object> parameters = TreeMap.empty();
    private SortedMap<Tuple2<String, String>, Severity> severities = TreeMap.empty();
    private SortedSet<String> disabled = TreeSet.empty();

    private Builder() {}

    /** Sets a rule's parameter: a {@link Double}, {@link Integer} or {@link Boolean}. */
    public Builder set(String rule, String parameter, Object value) {
      Objects.requireNonNull(rule, "rule is null");
      Objects.requireNonNull(parameter, "parameter is null");
      Objects.requireNonNull(value, "value is null");
      parameters = parameters.put(Tuple.of(rule, parameter), value);
      return this;
    }

    /** Sets the severity of every kind of a rule's findings. */
    public Builder severity(String rule, Severity severity) {
      return severity(rule, "", severity);
    }

    /** Sets the severity of one kind of a rule's findings. */
    public Builder severity(String rule, String kind, Severity severity) {
      Objects.requireNonNull(rule, "rule is null");
      Objects.requireNonNull(kind, "kind is null");
      Objects.requireNonNull(severity, "severity is null");
      severities = severities.put(Tuple.of(rule, kind), severity);
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(String rule) {
      disabled = disabled.add(Objects.requireNonNull(rule, "rule is null"));
      return this;
    }

    /** The policy. */
    public Policy build() {
      return parameters.isEmpty() && severities.isEmpty() && disabled.isEmpty()
          ? DEFAULTS
          : new Policy(parameters, severities, disabled);
    }
  }
}
