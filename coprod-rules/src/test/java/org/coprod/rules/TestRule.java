package org.coprod.rules;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.function.Function;
import org.coprod.core.Participant;
import org.coprod.core.Side;

/**
 * Small rules for testing the rulebook's machinery, so those tests do not depend on the standard
 * rules others are writing. Each is a {@link Rule} made of its metadata and a check function.
 */
public final class TestRule implements Rule {
  /** The parameter of {@link #perContributor}: the least hours that get a person flagged. */
  public static final Parameter<Double> MIN_HOURS =
      Parameter.number(
          "minHours", 0.0, "the least hours that get a contributing person flagged", "a test");

  private final RuleMetadata metadata;
  private final Function<RuleContext, Outcome> check;

  /** A rule of this metadata that checks with this function. */
  public TestRule(RuleMetadata metadata, Function<RuleContext, Outcome> check) {
    this.metadata = metadata;
    this.check = check;
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  @Override
  public Outcome check(RuleContext context) {
    return check.apply(context);
  }

  /** Metadata with a title, summary and rationale made from the id, and these kinds. */
  public static RuleMetadata.Builder metadata(
      String id, Principle principle, FindingKind... kinds) {
    return RuleMetadata.builder()
        .id(id)
        .title("Title of " + id)
        .principle(principle)
        .addKind(kinds)
        .summary("what " + id + " flags")
        .rationale("\"Why " + id + " matters.\"")
        .addSource("a test")
        .addLaw(Law.DETERMINISM);
  }

  /** A kind named {@code found} of a severity. */
  public static FindingKind kind(Severity severity) {
    return kind("found", severity);
  }

  /** A kind of a name and severity, with a description and a next step made from the name. */
  public static FindingKind kind(String name, Severity severity) {
    return FindingKind.of(
        name,
        severity,
        "something " + name,
        "Talk about " + name + ".",
        org.coprod.rules.Template.of("default", "{words}", org.coprod.rules.Param.text("words")));
  }

  /**
   * Flags every contributing person with at least {@link #MIN_HOURS} hours (every contributor by
   * default), one finding each, their hours in the evidence.
   */
  public static TestRule perContributor(String id, Principle principle, Severity severity) {
    return new TestRule(
        metadata(id, principle, kind(severity)).addParameter(MIN_HOURS).build(),
        context -> {
          java.util.List<Finding> found = new ArrayList<>();
          double min = context.parameter(MIN_HOURS);
          for (Participant p : context.index().contributors()) {
            double hours = context.index().hours(p.id());
            if (hours >= min) {
              found.add(
                  context
                      .finding(context.rule().kind("found").get())
                      .template(
                          org.coprod.rules.Template.of(
                              "default", "{words}", org.coprod.rules.Param.text("words")))
                      .addArgument(
                          org.coprod.rules.Argument.text(
                              "words", "Person " + p.id() + " gave " + hours + " hours."))
                      .addSubject(p.id())
                      .addEvidence(Evidence.of("hours", hours))
                      .build());
            }
          }
          return context.outcome(found);
        });
  }

  /**
   * Flags every contributing person: a {@code lived-experience} CONCERN for people with lived
   * experience, a {@code professional} NOTE for professionals.
   */
  public static TestRule bySide(String id, Principle principle) {
    return new TestRule(
        metadata(
                id,
                principle,
                kind("lived-experience", Severity.CONCERN),
                kind("professional", Severity.NOTE))
            .build(),
        context ->
            context.outcome(
                context
                    .index()
                    .contributors()
                    .map(
                        p ->
                            context
                                .finding(
                                    context
                                        .rule()
                                        .kind(
                                            p.side() == Side.LIVED_EXPERIENCE
                                                ? "lived-experience"
                                                : "professional")
                                        .get())
                                .template(
                                    org.coprod.rules.Template.of(
                                        "default", "{words}", org.coprod.rules.Param.text("words")))
                                .addArgument(
                                    org.coprod.rules.Argument.text(
                                        "words", "Person " + p.id() + " contributed."))
                                .addSubject(p.id())
                                .build())));
  }

  /** Raises one finding about the whole project. */
  public static TestRule onProject(String id, Principle principle, Severity severity) {
    return new TestRule(
        metadata(id, principle, kind(severity)).build(),
        context ->
            context.outcome(
                List.of(
                    context
                        .finding(context.rule().kind("found").get())
                        .template(
                            org.coprod.rules.Template.of(
                                "default", "{words}", org.coprod.rules.Param.text("words")))
                        .addArgument(
                            org.coprod.rules.Argument.text(
                                "words",
                                "The project " + context.project().id() + " has something."))
                        .addSubject(context.project().id())
                        .build())));
  }

  /** Finds nothing. */
  public static TestRule passing(String id) {
    return new TestRule(
        metadata(id, Principle.POWER, kind(Severity.NOTE)).build(), RuleContext::passed);
  }

  /** Never applies. */
  public static TestRule notApplicable(String id, String missing) {
    return new TestRule(
        metadata(id, Principle.POWER, kind(Severity.NOTE)).build(),
        context -> context.notApplicable(missing));
  }

  /** Throws, with a message that holds something private. */
  public static TestRule throwing(String id, String message) {
    return new TestRule(
        metadata(id, Principle.POWER, kind(Severity.NOTE)).build(),
        context -> {
          throw new IllegalStateException(message);
        });
  }
}
