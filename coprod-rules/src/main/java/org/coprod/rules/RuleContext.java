package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees when it checks: the view and its date, the shared index built once per check,
 * its parameters after the policy, and builders for its findings and outcome.
 */
public final class RuleContext {
  private final ProjectIndex index;
  private final RuleMetadata rule;
  private final Policy policy;
  private final Seq<Finding> others;
  private final Seq<RuleMetadata> catalogue;
  // what the rule keeps for its next recheck; set by the rule while it checks
  private @Nullable Object kept;

  /**
   * A context for one rule.
   *
   * @param index the shared index of the view
   * @param rule the metadata of the rule that will check
   * @param policy the policy in force
   * @param others the findings of the rules that ran before, for rules that look at findings
   */
  public RuleContext(ProjectIndex index, RuleMetadata rule, Policy policy, Seq<Finding> others) {
    this(index, rule, policy, others, List.of(rule));
  }

  /**
   * A context for one rule of a rulebook.
   *
   * @param index the shared index of the view
   * @param rule the metadata of the rule that will check
   * @param policy the policy in force
   * @param others the findings of the rules that ran before, for rules that look at findings
   * @param catalogue the metadata of every rule of the rulebook the rule runs in
   */
  public RuleContext(
      ProjectIndex index,
      RuleMetadata rule,
      Policy policy,
      Seq<Finding> others,
      Seq<RuleMetadata> catalogue) {
    this.index = Objects.requireNonNull(index, "index is null");
    this.rule = Objects.requireNonNull(rule, "rule is null");
    this.policy = Objects.requireNonNull(policy, "policy is null");
    this.others = Objects.requireNonNull(others, "others is null");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue is null");
  }

  /** A context for one rule under the default policy. */
  public static RuleContext of(ProjectView view, RuleMetadata rule) {
    return new RuleContext(ProjectIndex.of(view), rule, Policy.defaults(), List.empty());
  }

  /** The view checked. */
  public ProjectView view() {
    return index.view();
  }

  /** The project as it stood on the view's date. */
  public Project project() {
    return index.project();
  }

  /** The view's date: "now", for the rule. */
  public LocalDate date() {
    return index.date();
  }

  /** The shared index of the view. */
  public ProjectIndex index() {
    return index;
  }

  /** The metadata of the rule checking. */
  public RuleMetadata rule() {
    return rule;
  }

  /**
   * The value of a parameter: the policy's, else the default.
   *
   * @throws IllegalArgumentException if the rule does not declare the parameter
   */
  public <T> T parameter(Parameter<T> parameter) {
    if (!rule.parameters().contains(parameter)) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + " does not declare parameter " + parameter.name());
    }
    return policy
        .parameter(rule.id(), parameter.name())
        .filter(parameter::accepts)
        .map(parameter.type()::cast)
        .getOrElse(parameter::defaultValue);
  }

  /**
   * The metadata of every rule of the rulebook this rule runs in (for a rule that reads other
   * rules' findings and needs to know, say, their former ids).
   */
  public Seq<RuleMetadata> catalogue() {
    return catalogue;
  }

  /**
   * The findings of the rules that ran before this one; only rules that implement {@link
   * Rule.OnFindings} run after the others and see them all.
   */
  public Seq<Finding> otherFindings() {
    return others;
  }

  /**
   * A builder of a finding of one of the rule's kinds, with the rule, kind, principle, severity
   * (after the policy) and the kind's default template filled in; the rule adds the template's
   * arguments, the subjects and the evidence. Building it checks the arguments against the
   * template.
   *
   * @throws IllegalArgumentException if the rule does not declare the kind
   */
  public Finding.Builder finding(FindingKind kind) {
    return finding(declared(kind), kind.template());
  }

  /**
   * A builder of a finding of one of the rule's kinds, with one of the kind's other templates.
   *
   * @throws IllegalArgumentException if the rule does not declare the kind, or the kind the variant
   */
  public Finding.Builder finding(FindingKind kind, String variant) {
    return finding(declared(kind), kind.template(variant));
  }

  /** The kind, if the rule declares it (the kind itself, not only one of the same name). */
  private FindingKind declared(FindingKind kind) {
    if (!rule.kinds().contains(kind)) {
      throw new UndeclaredKind(rule.id(), kind.name());
    }
    return kind;
  }

  private Finding.Builder finding(FindingKind kind, Template template) {
    return Finding.builder()
        .rule(rule.id())
        .kind(kind.name())
        .principle(rule.principle())
        .severity(policy.severity(rule.id(), kind.name()).getOrElse(kind.severity()))
        .template(template);
  }

  /** The outcome of a check that found nothing. */
  public Outcome passed() {
    return Outcome.passed(rule.id());
  }

  /** The outcome of a check with these findings (passed if there are none). */
  public Outcome outcome(Iterable<Finding> findings) {
    return Outcome.of(rule.id(), findings);
  }

  /** The outcome of a check that did not apply, saying what was missing. */
  public Outcome notApplicable(String missing) {
    return Outcome.notApplicable(rule.id(), missing);
  }

  /**
   * A rule asked for a finding of a kind it does not declare: a programming error in the rule,
   * which the rulebook names with the rule's own frame, the kind asked for and the kinds declared.
   */
  static final class UndeclaredKind extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    UndeclaredKind(String rule, String kind) {
      super("rule " + rule + " declares no kind " + kind);
      this.kind = kind;
    }

    /** The kind asked for. */
    String kind() {
      return kind;
    }
  }

  /**
   * Keeps something for the rule's next {@linkplain Rule#recheck recheck}, which finds it in {@link
   * Recheck#kept}: running state, such as sums by person, that lets the recheck add what was
   * appended instead of going over everything again. Only a kept check ({@link LiveCheck}) hands it
   * on; anywhere else it is dropped. Kept again, it replaces what was kept before.
   *
   * @param state what to keep
   */
  public void keep(Object state) {
    kept = Objects.requireNonNull(state, "state is null");
  }

  /** What the rule kept while it checked, if anything. */
  @Nullable Object kept() {
    return kept;
  }
}
