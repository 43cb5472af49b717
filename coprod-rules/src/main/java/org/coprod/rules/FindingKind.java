package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A kind of finding a rule can raise, with its default severity, what it means, what the group
 * could do next, and the templates of its message. A rule declares its kinds as constants, and
 * builds its findings from them, so a kind's name is written once:
 *
 * <pre>{@code
 * public static final FindingKind ONE_SIDED =
 *     FindingKind.of("one-sided", Severity.CONCERN,
 *         "an output's credit sits with one side", "Agree who is named on the output.",
 *         Template.of("default", "The credit for output {output} sits with {holder} only.",
 *             Param.output("output"), Param.side("holder")));
 * ...
 * context.finding(ONE_SIDED)
 *     .addArgument(Argument.output("output", o.id()), Argument.side("holder", side))
 *     .addSubject(o.id())
 *     .build();
 * }</pre>
 *
 * @param name the kind's name, unique within its rule (kebab-case)
 * @param severity its default severity; a policy may change it
 * @param description what it flags, in a sentence; a template that may name the sides as {@code
 *     {le}} and {@code {pro}} (see {@link #description(Voice)})
 * @param nextStep what the group could do next, in a sentence; a template like the description
 * @param templates the templates of its message, the default first, their variants distinct
 */
public record FindingKind(
    String name, Severity severity, String description, String nextStep, Seq<Template> templates) {
  /** Checks that nothing is null or blank, and that there is a template, each variant once. */
  public FindingKind {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(severity, "severity is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(nextStep, "nextStep is null");
    Objects.requireNonNull(templates, "templates is null");
    if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a finding kind is kebab-case: " + name);
    }
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("finding kind " + name + " declares no template");
    }
    if (templates.map(Template::variant).distinct().size() != templates.size()) {
      throw new IllegalArgumentException("finding kind " + name + " declares a variant twice");
    }
    words("description", description);
    words("next-step", nextStep);
  }

  /**
   * The arguments a kind's description and next step take: {@code {le}} and {@code {pro}}, the two
   * sides, which a renderer writes with the group's labels.
   */
  public static Seq<Argument> sideArguments() {
    return List.of(
        Argument.side("le", org.coprod.core.Side.LIVED_EXPERIENCE),
        Argument.side("pro", org.coprod.core.Side.PROFESSIONAL));
  }

  /** What it flags, with the sides written in a voice. */
  public String description(Voice voice) {
    return words("description", description).format(sideArguments(), voice);
  }

  /** What the group could do next, with the sides written in a voice. */
  public String nextStep(Voice voice) {
    return words("next-step", nextStep).format(sideArguments(), voice);
  }

  /** Words that may name the two sides as {@code {le}} and {@code {pro}}, checked. */
  static Template words(String variant, String text) {
    return Template.of(variant, text, Param.side("le"), Param.side("pro"));
  }

  /** A kind of finding with its templates, the default first. */
  public static FindingKind of(
      String name,
      Severity severity,
      String description,
      String nextStep,
      Template template,
      Template... more) {
    return new FindingKind(name, severity, description, nextStep, List.of(more).prepend(template));
  }

  /** The default template: the first declared. */
  public Template template() {
    return templates.head();
  }

  /**
   * The template of a variant.
   *
   * @throws IllegalArgumentException if the kind declares no such variant
   */
  public Template template(String variant) {
    return templates
        .find(t -> t.variant().equals(variant))
        .getOrElseThrow(
            () ->
                new IllegalArgumentException(
                    "finding kind " + name + " declares no template " + variant));
  }
}
