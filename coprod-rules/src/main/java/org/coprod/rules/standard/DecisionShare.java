package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.core.Decision;
import org.coprod.core.DecisionType;
import org.coprod.core.Side;
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
 * {@code decision-share}: people with lived experience had a say in under half the counted key
 * decisions (WARNING), or in none of the counted SCOPE or BUDGET decisions (CONCERN).
 *
 * <p>"One of the first obstacles to coproduction is power. Some people have control of resources
 * and some people don't." A say is more than a name on the list: under majority rule the side needs
 * 35% of the deciders (Kanter's tilted group), and two names of twelve on an outvoted board are not
 * a say (Arnstein's placation). Not applicable without counted key decisions or without people with
 * lived experience.
 */
public final class DecisionShare implements Rule {
  /** The rule's id. */
  public static final String ID = "decision-share";

  /** The least share of the counted key decisions in which lived experience should have a say. */
  public static final Parameter<Double> MIN_SAY_SHARE =
      Parameter.share(
          "minSayShare",
          0.5,
          "the least share of the counted key decisions in which lived experience should have a say",
          "NIHR/INVOLVE: joint ownership of key decisions");

  /** Under majority rule, the least share of the deciders that gives a side a say. */
  public static final Parameter<Double> MAJORITY_VOICE =
      Parameter.share(
          "majorityVoice",
          ProjectIndex.MAJORITY_VOICE,
          "under majority rule, the least share of the deciders that gives a side a say",
          "Kanter (1977): a tilted group's minority is about 35%");

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Share of key decisions")
          .principle(Principle.POWER)
          .addKind(
              FindingKind.of(
                  "under-half",
                  Severity.WARNING,
                  "people with lived experience had a say in under half the counted key decisions",
                  "Look at how key decisions are made: who is in the room, under which rule, and whether two voices among many can change the outcome."))
          .addKind(
              FindingKind.of(
                  "no-say-in-direction",
                  Severity.CONCERN,
                  "people with lived experience had a say in none of the counted scope or budget decisions",
                  "Look at who decides the scope and the budget, and how: bring them to the whole group, give lived experience enough seats or a decision rule (consensus or consent) under which its voice counts, or say openly in the agreement which of them cannot be shared and why."))
          .summary(
              "LE had a say in under half the counted key decisions (W); in none of the counted SCOPE or BUDGET ones (C)")
          .rationale(
              "\"One of the first obstacles to coproduction is power. Some people have control of resources and some people don't.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: joint ownership of key decisions",
              "Arnstein (1969): placation, a few citizens remain a minority on the board",
              "Kanter (1977): skewed and tilted groups")
          .addParameter(MIN_SAY_SHARE, MAJORITY_VOICE)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SAY_MONOTONICITY,
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
    Side le = Side.LIVED_EXPERIENCE;
    if (index.people(le).isEmpty()) {
      return context.notApplicable("no people with lived experience");
    }
    Seq<Decision> counted = index.countedKeyDecisions();
    if (counted.isEmpty()) {
      return context.notApplicable("no counted key decisions");
    }
    double voice = context.parameter(MAJORITY_VOICE);
    int said = counted.count(d -> index.hadSay(d, le, voice));
    double share = (double) said / counted.size();
    Seq<Decision> direction =
        counted.filter(d -> d.type() == DecisionType.SCOPE || d.type() == DecisionType.BUDGET);
    int directionSaid = direction.count(d -> index.hadSay(d, le, voice));
    boolean noDirection = !direction.isEmpty() && directionSaid == 0;
    boolean underHalf =
        !ProjectIndex.atLeast(said, context.parameter(MIN_SAY_SHARE), counted.size());
    if (!noDirection && !underHalf) {
      return context.passed();
    }
    String kind = noDirection ? "no-say-in-direction" : "under-half";
    // Named but outvoted is not the same story as left out: say which it was.
    int present = counted.count(d -> d.decidedBy().exists(id -> index.side(id) == le));
    String among =
        present == 0
            ? ""
            : " They were among the deciders of "
                + present
                + " of them, but "
                + (present == counted.size() ? "each time" : "there")
                + " without a say: outvoted, overridden, objecting, or not leading a lead-decides decision.";
    String message =
        noDirection
            ? "People with lived experience had a say in none of the "
                + direction.size()
                + " counted scope or budget decisions (and in "
                + said
                + " of "
                + counted.size()
                + " counted key decisions)."
            : "People with lived experience had a say in "
                + said
                + " of "
                + counted.size()
                + " counted key decisions.";
    if (present > said) {
      message = message + among;
    }
    return context.outcome(
        List.of(
            context
                .finding(kind)
                .message(message)
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("countedKeyDecisions", counted.size()),
                    Evidence.of("livedExperienceSay", said),
                    Evidence.of("livedExperienceAmongDeciders", present),
                    Evidence.of("sayShare", share),
                    Evidence.of("scopeOrBudgetDecisions", direction.size()),
                    Evidence.of("scopeOrBudgetSay", directionSaid))
                .build()));
  }
}
