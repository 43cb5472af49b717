package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code decision-share}: people with lived experience had a say in under half the counted key
 * decisions (WARNING), or in none of the counted SCOPE or BUDGET decisions (CONCERN).
 *
 * <p>"One of the first obstacles to coproduction is power. Some people have control of resources
 * and some people don't." A say is more than a name on the list: under majority rule the side needs
 * the policy's majority voice (35% of the deciders by default, Kanter's tilted group), and two
 * names of twelve on an outvoted board are not a say (Arnstein's placation).
 *
 * <p>The message tells apart why lived experience had no say in each counted key decision, since
 * each asks for a different conversation: nobody with lived experience was among the deciders; an
 * outside line overrode the decision; they objected and it went ahead; they agreed but held too few
 * of the seats for their votes to count under majority rule (a matter of structure, not of being
 * outvoted); or the lead decided and the lead was a professional. Not applicable without counted
 * key decisions or without people with lived experience.
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

  /** The kind {@code under-half}. */
  public static final FindingKind UNDER_HALF =
      FindingKind.of(
          "under-half",
          Severity.WARNING,
          "{le} had a say in under half the counted key decisions",
          "Look at how key decisions are made: who is in the room, under which rule, and whether two voices among many can change the outcome.",
          Template.of(
              "default",
              "{le} had a say in {said} of {counted} key decisions.{reasons}",
              Param.side("le"),
              Param.count("said"),
              Param.count("counted"),
              Param.text("reasons")));

  /** The kind {@code no-say-in-direction}. */
  public static final FindingKind NO_SAY_IN_DIRECTION =
      FindingKind.of(
          "no-say-in-direction",
          Severity.CONCERN,
          "{le} had a say in none of the counted scope or budget decisions",
          "Look at who decides the scope and the budget, and how: bring them to the whole group, give {le} enough seats or a decision rule (consensus or consent) under which their voice counts, or say openly in the agreement which of them cannot be shared and why.",
          Template.of(
              "default",
              "{le} had no say on scope or budget. They had a say in none of the {direction} counted scope or budget decisions, and in {said} of {counted} counted key decisions.{reasons}",
              Param.side("le"),
              Param.count("direction"),
              Param.count("said"),
              Param.count("counted"),
              Param.text("reasons")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Share of key decisions")
          .principle(Principle.POWER)
          .addKind(UNDER_HALF)
          .addKind(NO_SAY_IN_DIRECTION)
          .summary(
              "LE had a say in under half the counted key decisions (W; NIHR/INVOLVE: key decisions owned jointly); in none of the counted SCOPE or BUDGET ones (C)")
          .rationale(
              "\"One of the first obstacles to coproduction is power. Some people have control of resources and some people don't.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: joint ownership of key decisions",
              "Arnstein (1969): placation, a few citizens remain a minority on the board",
              "Kanter (1977): skewed and tilted groups")
          .addParameter(MIN_SAY_SHARE)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SAY_MONOTONICITY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /**
   * What it reads: the counted key decisions and who had a say in them: the decisions, the sides of
   * their deciders and the decision rule of the agreement in force on their dates.
   */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT, Part.PARTICIPANTS, Part.DECISIONS, Part.AGREEMENTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Side le = Side.LIVED_EXPERIENCE;
    if (index.people(le).isEmpty()) {
      return context.notApplicable("no {le}");
    }
    Seq<Decision> counted = index.countedKeyDecisions();
    if (counted.isEmpty()) {
      return context.notApplicable("no counted key decisions");
    }
    int said = counted.count(d -> index.hadSay(d, le));
    double share = (double) said / counted.size();
    Seq<Decision> direction =
        counted.filter(d -> d.type() == DecisionType.SCOPE || d.type() == DecisionType.BUDGET);
    int directionSaid = direction.count(d -> index.hadSay(d, le));
    boolean noDirection = !direction.isEmpty() && directionSaid == 0;
    boolean underHalf =
        !ProjectIndex.atLeast(said, context.parameter(MIN_SAY_SHARE), counted.size());
    if (!noDirection && !underHalf) {
      return context.passed();
    }
    FindingKind kind = noDirection ? NO_SAY_IN_DIRECTION : UNDER_HALF;
    // Why there was no say, decision by decision: each reason asks for another conversation.
    int[] why = new int[Why.values().length];
    for (Decision d : counted) {
      if (!index.hadSay(d, le)) {
        why[why(index, d, le).ordinal()]++;
      }
    }
    int present = counted.count(d -> index.amongDeciders(d, le));
    return context.outcome(
        List.of(
            context
                .finding(kind)
                .addArgument(
                    Argument.side("le", le),
                    Argument.count("said", said),
                    Argument.count("counted", counted.size()),
                    Argument.text(
                        "reasons", reasons(why, counted.size() - said, index.majorityVoice())))
                .addAllArguments(
                    noDirection
                        ? List.of(Argument.count("direction", direction.size()))
                        : List.empty())
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("countedKeyDecisions", counted.size()),
                    Evidence.of("livedExperienceSay", said),
                    Evidence.of("livedExperienceAmongDeciders", present),
                    Evidence.of("noLivedExperienceDecider", why[Why.NO_DECIDER.ordinal()]),
                    Evidence.of("overridden", why[Why.OVERRIDDEN.ordinal()]),
                    Evidence.of("objected", why[Why.OBJECTED.ordinal()]),
                    Evidence.of("tooFewSeats", why[Why.TOO_FEW_SEATS.ordinal()]),
                    Evidence.of("ledByOtherSide", why[Why.LED_BY_OTHERS.ordinal()]),
                    Evidence.of("sayShare", share),
                    Evidence.of("scopeOrBudgetDecisions", direction.size()),
                    Evidence.of("scopeOrBudgetSay", directionSaid))
                .build()));
  }

  /** Why a side had no say in a decision, the first that holds in this order. */
  private enum Why {
    NO_DECIDER,
    OVERRIDDEN,
    OBJECTED,
    TOO_FEW_SEATS,
    LED_BY_OTHERS
  }

  /** Why lived experience had no say in a decision it had no say in. */
  private static Why why(ProjectIndex index, Decision d, Side le) {
    if (!index.amongDeciders(d, le)) {
      return Why.NO_DECIDER;
    }
    if (d.overriddenBy().isDefined()) {
      return Why.OVERRIDDEN;
    }
    int ours = d.decidedBy().count(id -> index.side(id) == le);
    int objecting = d.decidedBy().count(id -> index.side(id) == le && d.objectedBy().contains(id));
    if (2 * (ours - objecting) <= ours) {
      return Why.OBJECTED;
    }
    return index.ruleOf(d) == DecisionRule.MAJORITY ? Why.TOO_FEW_SEATS : Why.LED_BY_OTHERS;
  }

  /** The reasons for the decisions without a say, in words, most telling first. */
  private static String reasons(int[] why, int without, double voice) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int n = why[Why.NO_DECIDER.ordinal()];
    if (n > 0) {
      parts.add(n + " had nobody with lived experience among the deciders");
    }
    n = why[Why.OVERRIDDEN.ordinal()];
    if (n > 0) {
      parts.add(n + (n == 1 ? " was" : " were") + " overridden by a line outside the group");
    }
    n = why[Why.OBJECTED.ordinal()];
    if (n > 0) {
      parts.add("in " + n + " half or more of them objected and the decision went ahead");
    }
    n = why[Why.TOO_FEW_SEATS.ordinal()];
    if (n > 0) {
      parts.add(
          "in "
              + n
              + " they did not object but, under majority rule, held under "
              + Math.round(voice * 100)
              + "% of the seats: too few for their votes to count");
    }
    n = why[Why.LED_BY_OTHERS.ordinal()];
    if (n > 0) {
      parts.add("in " + n + " the lead decided, and the lead was one of the professionals");
    }
    if (parts.isEmpty()) {
      return "";
    }
    return " Of the " + without + " without a say, " + String.join("; ", parts) + ".";
  }
}
