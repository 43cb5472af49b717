package org.coprod.rules.standard;

import io.vavr.collection.List;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code purpose-missing}: the project states no purpose (WARNING). A purpose of blank text is no
 * purpose.
 *
 * <p>"Knowing why you're working together and knowing why this is the thing to be working on is
 * vital to ensuring what you make together useful to other people." Always applicable: every
 * project can say what it is for.
 */
public final class PurposeMissing implements Rule {
  /** The rule's id. */
  public static final String ID = "purpose-missing";

  /** The kind {@code missing}. */
  public static final FindingKind MISSING =
      FindingKind.of(
          "missing",
          Severity.WARNING,
          "the project states no purpose",
          "Write down together, in a sentence or two, why the group is working together and why this is the thing to work on.",
          Template.of("default", "The project does not say what it is for."));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No purpose stated")
          .principle(Principle.PURPOSE)
          .addKind(MISSING)
          .summary("no purpose stated")
          .rationale(
              "\"Knowing why you're working together and knowing why this is the thing to be working on is vital to ensuring what you make together useful to other people.\"")
          .addSource(
              "NSUN 4Pi standards: purpose",
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** What it reads: the project's own record: its purpose. */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT);
  }

  @Override
  public Outcome check(RuleContext context) {
    boolean stated = context.project().purpose().exists(p -> !p.isBlank());
    if (stated) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(MISSING)
                .addSubject(context.project().id())
                .addEvidence(Evidence.of("purposeStated", false))
                .build()));
  }
}
