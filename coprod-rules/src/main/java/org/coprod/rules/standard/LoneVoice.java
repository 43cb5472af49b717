package org.coprod.rules.standard;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import org.coprod.core.Decision;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
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
 * {@code lone-voice} (formerly {@code token-presence}): a key decision made by 3 or more people
 * where people with lived experience are among the deciders but fewer than 2 of them, or 15% or
 * fewer of the deciders (WARNING), one finding per decision.
 *
 * <p>"In the perfect idea of coproduction people from different disciplines, with different
 * experiences, come together as equals to work on building new things." A lone voice, or the
 * minority of a skewed group (Kanter: up to 85:15, whose minority he called tokens; the rule's id
 * and words never call a person that), is present without being equal. A decision with no
 * lived-experience decider at all is absence, {@code decision-share}'s matter. Every key decision
 * counts, reserved or not: a lone seat at a reserved table is still a lone seat. Deciders are
 * counted once each. Not applicable without people with lived experience, or without a key decision
 * made by 3 or more people.
 */
public final class LoneVoice implements Rule {
  /** The rule's id. */
  public static final String ID = "lone-voice";

  /** The rule's id before it was renamed. */
  public static final String FORMER_ID = "token-presence";

  /** The number of deciders from which the rule looks at a decision. */
  public static final Parameter<Integer> MIN_DECIDERS =
      Parameter.count(
          "minDeciders",
          3,
          "the number of deciders from which a key decision is checked for a lone voice",
          "coprod's catalogue: with fewer than three deciders one voice is a third or more, not a minority of a group (Kanter 1977)");

  /** The fewest people with lived experience among the deciders that are not a lone voice. */
  public static final Parameter<Integer> MIN_PEOPLE =
      Parameter.count(
          "minPeople",
          2,
          "the fewest people with lived experience among the deciders that are not a lone voice",
          "NICE PMG10: at least two members with service-user or carer experience on a guidance group");

  /**
   * The share of the deciders at or under which people with lived experience are the minority of a
   * skewed group.
   */
  public static final Parameter<Double> SKEWED_SHARE =
      Parameter.share(
          "skewedShare",
          0.15,
          "the share of the deciders at or under which people with lived experience are the minority of a skewed group",
          "Kanter (1977): a skewed group, up to 85:15");

  /** The kind {@code outnumbered}. */
  public static final FindingKind OUTNUMBERED =
      FindingKind.of(
          "outnumbered",
          Severity.WARNING,
          "{le} were among the deciders of a key decision, but as a lone voice or a small minority",
          "Bring more {le} to the table, or make the decision somewhere they are not outnumbered, such as the working group under consensus.",
          Template.of(
              "default",
              "Only {ours, plural, one {one {le, one} was} other {# {le} were}} among the {all} who made {decision}. The key decision {decision} was made by {all} people, and {share} of them were {le}.",
              Param.decision("decision"),
              Param.count("all"),
              Param.count("ours"),
              Param.side("le"),
              Param.share("share")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .addFormerId(FORMER_ID)
          .title("A lone voice among the deciders")
          .principle(Principle.POWER)
          .addKind(OUTNUMBERED)
          .summary(
              "a key decision by 3 or more people where LE is present but fewer than 2 (NICE PMG10: at least two), or 15% or fewer (Kanter's skewed group)")
          .rationale(
              "\"In the perfect idea of coproduction people from different disciplines, with different experiences, come together as equals to work on building new things.\"")
          .addSource(
              "Kanter (1977): skewed groups, up to 85:15, whose few are seen as symbols of their kind",
              "NICE PMG10: at least two members with service-user or carer experience",
              "Arnstein (1969): placation, a few citizens remain a minority on the board")
          .addParameter(MIN_DECIDERS, MIN_PEOPLE, SKEWED_SHARE)
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** What it reads: the key decisions and the sides of their deciders. */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT, Part.PARTICIPANTS, Part.DECISIONS);
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    if (index.people(Side.LIVED_EXPERIENCE).isEmpty()) {
      return context.notApplicable("no {le}");
    }
    int minDeciders = context.parameter(MIN_DECIDERS);
    int minPeople = context.parameter(MIN_PEOPLE);
    double skewedShare = context.parameter(SKEWED_SHARE);
    java.util.List<Finding> findings = new ArrayList<>();
    int looked = 0;
    for (Decision d : context.project().decisions()) {
      if (!d.key()) {
        continue;
      }
      Seq<ParticipantId> deciders = d.decidedBy().distinct();
      int all = deciders.size();
      if (all < minDeciders) {
        continue;
      }
      looked++;
      int ours = deciders.count(id -> index.side(id) == Side.LIVED_EXPERIENCE);
      if (ours == 0) {
        continue;
      }
      boolean few = ours < minPeople;
      // "15% or fewer": at the boundary the group is skewed, forgiving binary rounding.
      boolean skewed = ours <= skewedShare * all + 1e-9 * all;
      if (!few && !skewed) {
        continue;
      }
      double share = (double) ours / all;
      findings.add(
          context
              .finding(OUTNUMBERED)
              .addArgument(
                  Argument.decision("decision", d.id()),
                  Argument.count("all", all),
                  Argument.count("ours", ours),
                  Argument.side("le", Side.LIVED_EXPERIENCE),
                  Argument.share("share", share))
              .addSubject(d.id())
              .addEvidence(
                  Evidence.of("deciders", all),
                  Evidence.of("livedExperienceDeciders", ours),
                  Evidence.of("livedExperienceShare", share),
                  Evidence.of("fewerThanMinPeople", few),
                  Evidence.of("atOrUnderSkewedShare", skewed))
              .build());
    }
    if (looked == 0) {
      return context.notApplicable("no key decision made by " + minDeciders + " or more people");
    }
    return context.outcome(findings);
  }
}
