package org.coprod.rules;

import io.vavr.collection.List;

/**
 * A custom rule as an organisation would write one, declared as a service provider in {@code
 * META-INF/services/org.coprod.rules.Rule} of the test resources, so {@link Rulebook#discover()}
 * finds it. It notes any project without a stated purpose.
 */
public final class AcmeRule implements Rule {
  /** The rule's id, with the organisation's prefix. */
  public static final String ID = "acme/purpose-stated";

  /** The kind {@code unstated}. */
  public static final FindingKind UNSTATED =
      FindingKind.of(
          "unstated",
          Severity.NOTE,
          "the project states no purpose",
          "Write down in a sentence what the project is for.",
          Template.of("default", "The project states no purpose."));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Purpose stated for the board")
          .principle(Principle.PURPOSE)
          .addKind(UNSTATED)
          .summary("a project with no purpose stated")
          .rationale(
              "\"Coproduction is about power, purpose, respect, responsibility, resources and knowing what will happen next.\"")
          .addSource("Acme's own governance handbook")
          .addLaw(Law.RELABELLING, Law.DETERMINISM, Law.TOTALITY)
          .build();

  /** The public no-argument constructor {@link java.util.ServiceLoader} needs. */
  public AcmeRule() {}

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    if (context.project().purpose().isDefined()) {
      return context.passed();
    }
    return context.outcome(
        List.of(context.finding(UNSTATED).addSubject(context.project().id()).build()));
  }
}
