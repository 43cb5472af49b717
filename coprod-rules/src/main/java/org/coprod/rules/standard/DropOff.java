package org.coprod.rules.standard;

import io.vavr.collection.List;
import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;

/**
 * {@code drop-off}: under half of the core people with lived experience who contributed in the
 * first active phase still contribute in the last. One WARNING for the project.
 *
 * <p>"In a perfect version of coproduction, people would come together spontaneously, easily decide
 * what they were trying to make and then get on with making it, carrying on until everyone was
 * finished and everyone felt they had made the contribution they wanted to make." Phases run
 * SCOPING, DESIGN, DELIVERY, EVALUATION, DISSEMINATION; the first and last active phases are the
 * first and last in which anyone (of either side) contributed. Retention counts the same people:
 * newcomers in the last phase do not make up for those who dropped away. Before the close the last
 * active phase is the latest so far. Not applicable with fewer than two active phases, or no core
 * person with lived experience contributing in the first.
 */
public final class DropOff implements Rule {
  /** The rule's id. */
  public static final String ID = "drop-off";

  /**
   * The least share of the first phase's core lived-experience people still contributing at the
   * end.
   */
  public static final Parameter<Double> MIN_RETENTION =
      Parameter.share(
          "minRetention",
          0.5,
          "the least share of the core people with lived experience active in the first phase who still contribute in the last",
          "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Drop-off")
          .principle(Principle.RESOURCES)
          .addKind(
              FindingKind.of(
                  "dropped",
                  Severity.WARNING,
                  "under half of the core people with lived experience who began the work still contribute at the end",
                  "Ask those who stopped, if they are willing, what made it hard to carry on: time, money, support or how the group works; and what would bring them back."))
          .summary(
              "under half of the core LE people active in the first active phase still contribute in the last")
          .rationale(
              "\"In a perfect version of coproduction, people would come together spontaneously, easily decide what they were trying to make and then get on with making it, carrying on until everyone was finished and everyone felt they had made the contribution they wanted to make.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "TLAP ladder of co-production: co-production shares strategic decisions from design to delivery")
          .addParameter(MIN_RETENTION)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Set<Phase> active = index.phases();
    if (active.size() < 2) {
      return context.notApplicable("fewer than two phases with contributions");
    }
    List<Phase> ordered = List.ofAll(active).sorted();
    Phase first = ordered.head();
    Phase last = ordered.last();
    Set<ParticipantId> began = new HashSet<>();
    Set<ParticipantId> ended = new HashSet<>();
    for (Participant p : context.project().participants()) {
      if (p.isLivedExperience() && p.isCore()) {
        Set<Phase> theirs = index.phases(p.id());
        if (theirs.contains(first)) {
          began.add(p.id());
        }
        if (theirs.contains(last)) {
          ended.add(p.id());
        }
      }
    }
    if (began.isEmpty()) {
      return context.notApplicable(
          "no core person with lived experience contributed in the first active phase");
    }
    ended.retainAll(began);
    int stayed = ended.size();
    double retention = (double) stayed / began.size();
    if (ProjectIndex.atLeast(stayed, context.parameter(MIN_RETENTION), began.size())) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding("dropped")
                .message(
                    began.size() == 1
                        ? "The one core person with lived experience who contributed in "
                            + word(first)
                            + " did not contribute in "
                            + word(last)
                            + "."
                        : "Of the "
                            + began.size()
                            + " core people with lived experience who contributed in "
                            + word(first)
                            + ", "
                            + (stayed == 0 ? "none" : String.valueOf(stayed))
                            + " still contributed in "
                            + word(last)
                            + ".")
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("firstPhase", first.name()),
                    Evidence.of("lastPhase", last.name()),
                    Evidence.of("activeInFirst", began.size()),
                    Evidence.of("stillActiveInLast", stayed),
                    Evidence.of("retention", retention))
                .build()));
  }

  private static String word(Phase phase) {
    return switch (phase) {
      case SCOPING -> "scoping";
      case DESIGN -> "design";
      case DELIVERY -> "delivery";
      case EVALUATION -> "evaluation";
      case DISSEMINATION -> "dissemination";
    };
  }
}
