package org.coprod.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.CoprodStyle;
import org.immutables.value.Value;

/**
 * What a rule is, written once: everything else (the catalogue, {@code explain}, the README table,
 * the report) is generated from it. The id never changes; custom rules carry a prefix ({@code
 * acme/my-rule}).
 */
@Value.Immutable
@CoprodStyle
abstract class RuleMetadataDef {
  /** The rule's stable id: kebab-case, with an optional prefix for custom rules. */
  public abstract String id();

  /**
   * The ids the rule had before it was renamed, oldest first: acknowledgements and policies that
   * still name one match the rule, and a report says it was renamed.
   */
  public abstract Seq<String> formerIds();

  /** Whether an id is the rule's own or one it had before. */
  public boolean answersTo(String anId) {
    return id().equals(anId) || formerIds().contains(anId);
  }

  /** A short title. */
  public abstract String title();

  /** The principle it belongs to. */
  public abstract Principle principle();

  /** The kinds of finding it can raise, each with its default severity. */
  public abstract Seq<FindingKind> kinds();

  /** What it flags, in one line. */
  public abstract String summary();

  /** Why it matters, quoting the sentence of the founding text it stands on. */
  public abstract String rationale();

  /** The frameworks it draws on. */
  public abstract Seq<String> sources();

  /** Its parameters, with their defaults. */
  public abstract Seq<Parameter<?>> parameters();

  /** The laws it obeys. */
  public abstract Seq<Law> laws();

  /** The kind with this name, if the rule has it. */
  public Option<FindingKind> kind(String name) {
    return kinds().find(k -> k.name().equals(name));
  }

  /** The parameter with this name, if the rule has it. */
  public Option<Parameter<?>> parameter(String name) {
    return parameters().find(p -> p.name().equals(name));
  }

  /** Whether the rule declares it obeys a law. */
  public boolean obeys(Law law) {
    return laws().contains(law);
  }

  @Value.Check
  void check() {
    if (!id().matches("([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "a rule id is kebab-case, with an optional prefix such as acme/: " + id());
    }
    for (String former : formerIds()) {
      if (former.equals(id())
          || !former.matches("([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException(
            "rule " + id() + " lists a former id that is its own or not kebab-case: " + former);
      }
    }
    if (kinds().isEmpty()) {
      throw new IllegalArgumentException("rule " + id() + " declares no finding kind");
    }
    if (kinds().map(FindingKind::name).distinct().size() != kinds().size()) {
      throw new IllegalArgumentException("rule " + id() + " declares a finding kind twice");
    }
    if (parameters().map(Parameter::name).distinct().size() != parameters().size()) {
      throw new IllegalArgumentException("rule " + id() + " declares a parameter twice");
    }
  }
}
