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
 * severities changed, rules turned off, the one setting every rule and the ladder share, the
 * {@linkplain #majorityVoice() majority voice}, and the words its reports call the two sides by,
 * the {@linkplain #labels() side labels}. Policy files are read by coprod-io; the report lists
 * every difference from the defaults in what it finds (labels change words, not findings, so the
 * report shows them in its words instead).
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *     .set("load-concentration", "maxPersonShare", 0.6)
 *     .severity("credit-parity", Severity.CONCERN)
 *     .disable("purpose-missing")
 *     .majorityVoice(0.4)
 *     .labels(SideLabels.of("experts by experience", "staff"))
 *     .build();
 * }</pre>
 */
public final class Policy {
  /**
   * Under majority rule, the least share of the deciders that gives a side a say by default:
   * Kanter's tilted boundary, about 35%.
   */
  public static final double MAJORITY_VOICE = 0.35;

  /** The name of the majority voice among a policy's {@linkplain #differences differences}. */
  public static final String MAJORITY_VOICE_SETTING = "majorityVoice";

  private static final Policy DEFAULTS =
      new Policy(TreeMap.empty(), TreeMap.empty(), TreeSet.empty(), Option.none(), Option.none());

  private final SortedMap<Tuple2<String, String>, Object> parameters;
  private final SortedMap<Tuple2<String, String>, Severity> severities;
  private final SortedSet<String> disabled;
  private final Option<Double> majorityVoice;
  private final Option<SideLabels> labels;

  private Policy(
      SortedMap<Tuple2<String, String>, Object> parameters,
      SortedMap<Tuple2<String, String>, Severity> severities,
      SortedSet<String> disabled,
      Option<Double> majorityVoice,
      Option<SideLabels> labels) {
    this.parameters = parameters;
    this.severities = severities;
    this.disabled = disabled;
    this.majorityVoice = majorityVoice;
    this.labels = labels;
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

  /**
   * Under majority rule, the least share of the deciders that gives a side a say: the policy's
   * setting, else {@link #MAJORITY_VOICE}. One setting for the whole rulebook, read by every rule
   * that asks whether a side <em>had a say</em> and by the ladder, so they can never disagree.
   */
  public double majorityVoice() {
    return majorityVoice.getOrElse(MAJORITY_VOICE);
  }

  /** Whether the policy sets the majority voice. */
  public boolean setsMajorityVoice() {
    return majorityVoice.isDefined();
  }

  /**
   * What the group calls the two sides, if it chose: the rulebook's reports carry these labels
   * ({@link Report#sideLabels()}); without them, reports say "people with lived experience" and
   * "professionals". None is imposed.
   */
  public Option<SideLabels> labels() {
    return labels;
  }

  /**
   * This policy with other side labels, the rest unchanged: how a command line's labels win over a
   * policy file's.
   */
  public Policy withLabels(SideLabels labels) {
    Objects.requireNonNull(labels, "labels is null");
    return new Policy(parameters, severities, disabled, majorityVoice, Option.some(labels));
  }

  /** Every rule the policy says something about (a parameter, a severity, turned off), sorted. */
  public SortedSet<String> rules() {
    return TreeSet.ofAll(parameters.keySet().map(k -> k._1))
        .addAll(severities.keySet().map(k -> k._1))
        .addAll(disabled);
  }

  /** The parameters the policy sets for a rule, by name, sorted. */
  public SortedMap<String, Object> parameters(String rule) {
    return TreeMap.ofEntries(
        parameters.filterKeys(k -> k._1.equals(rule)).map(e -> Tuple.of(e._1._2, e._2)));
  }

  /** The severity the policy sets for every kind of a rule's findings, if it sets one. */
  public Option<Severity> ruleSeverity(String rule) {
    return severities.get(Tuple.of(rule, ""));
  }

  /** The severities the policy sets for single kinds of a rule's findings, by kind, sorted. */
  public SortedMap<String, Severity> kindSeverities(String rule) {
    return TreeMap.ofEntries(
        severities
            .filterKeys(k -> k._1.equals(rule) && !k._2.isEmpty())
            .map(e -> Tuple.of(e._1._2, e._2)));
  }

  /**
   * This policy with rules named by a former id named by their id now, for the rules given: a
   * policy written before a rule was renamed still sets it. A setting for the new id wins over one
   * for a former id.
   */
  public Policy withCurrentIds(Seq<RuleMetadata> rules) {
    Objects.requireNonNull(rules, "rules is null");
    java.util.Map<String, String> renamed = new java.util.HashMap<>();
    for (RuleMetadata r : rules) {
      r.formerIds().forEach(former -> renamed.put(former, r.id()));
    }
    if (renamed.isEmpty() || rules().forAll(id -> !renamed.containsKey(id))) {
      return this;
    }
    java.util.function.Function<String, String> now = id -> renamed.getOrDefault(id, id);
    Builder b = builder();
    // Settings under a former id first, so that a setting under the id now wins.
    for (boolean former : new boolean[] {true, false}) {
      parameters.forEach(
          (k, v) -> {
            if (renamed.containsKey(k._1) == former) {
              b.set(now.apply(k._1), k._2, v);
            }
          });
      severities.forEach(
          (k, v) -> {
            if (renamed.containsKey(k._1) == former) {
              b.severity(now.apply(k._1), k._2, v);
            }
          });
    }
    disabled.forEach(id -> b.disable(now.apply(id)));
    majorityVoice.forEach(b::majorityVoice);
    labels.forEach(b::labels);
    return b.build();
  }

  /** Whether the policy changes nothing, its words included. */
  public boolean isDefault() {
    return parameters.isEmpty()
        && severities.isEmpty()
        && disabled.isEmpty()
        && majorityVoice.isEmpty()
        && labels.isEmpty();
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
    // The majority voice belongs to no one rule: its rule is empty, so it sorts first.
    majorityVoice.forEach(
        v ->
            out.add(
                new PolicyDifference(
                    "",
                    MAJORITY_VOICE_SETTING,
                    String.valueOf(MAJORITY_VOICE),
                    String.valueOf(v))));
    return List.ofAll(out).sortBy(d -> d.rule() + "\n" + d.setting());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Policy p
        && p.parameters.equals(parameters)
        && p.severities.equals(severities)
        && p.disabled.equals(disabled)
        && p.majorityVoice.equals(majorityVoice)
        && p.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameters, severities, disabled, majorityVoice, labels);
  }

  @Override
  public String toString() {
    return "Policy{parameters="
        + parameters
        + ", severities="
        + severities
        + ", disabled="
        + disabled
        + majorityVoice.map(v -> ", majorityVoice=" + v).getOrElse("")
        + labels.map(l -> ", labels=" + l).getOrElse("")
        + "}";
  }

  /** Builds a policy; later settings of the same thing replace earlier ones. */
  public static final class Builder {
    private SortedMap<Tuple2<String, String>, Object> parameters = TreeMap.empty();
    private SortedMap<Tuple2<String, String>, Severity> severities = TreeMap.empty();
    private SortedSet<String> disabled = TreeSet.empty();
    private Option<Double> majorityVoice = Option.none();
    private Option<SideLabels> labels = Option.none();

    private Builder() {}

    /** Sets what the rulebook's reports call the two sides. */
    public Builder labels(SideLabels labels) {
      this.labels = Option.some(Objects.requireNonNull(labels, "labels is null"));
      return this;
    }

    /**
     * Sets the majority voice: under majority rule, the least share of the deciders that gives a
     * side a say, for every rule and the ladder.
     *
     * @param share from 0 to 1
     * @throws IllegalArgumentException if the share is not a number from 0 to 1
     */
    public Builder majorityVoice(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "the majority voice is a share of the deciders, from 0 to 1");
      }
      majorityVoice = Option.some(share);
      return this;
    }

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
      return parameters.isEmpty()
              && severities.isEmpty()
              && disabled.isEmpty()
              && majorityVoice.isEmpty()
              && labels.isEmpty()
          ? DEFAULTS
          : new Policy(parameters, severities, disabled, majorityVoice, labels);
    }
  }
}
