package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.coprod.core.LadderStep;
import org.coprod.core.Nature;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code suitability}: whether this is work that is good to coproduce. A NOTE when the nature of
 * the work was never assessed ({@code not-assessed}), or when TRANSACTIONAL or SPECIALIST work
 * claims co-design or co-production ({@code claim-unsuited}: the bins and the heart surgery); a
 * CONCERN when EXPERIENCE_SHAPED work has nobody with lived experience in it ({@code
 * no-lived-experience}). The three are exclusive, so the project gets at most one finding.
 *
 * <p>"The final issue is working out what is actually good to coproduce. When I put my bins out I'm
 * happy that the bin people take them away. [...] if I'm having heart surgery I don't want to
 * coproduce my surgery with a group of non surgeons who reckon they know what might work. I do
 * however want the information I'm given and the pre and aftercare I receive to be coproduced by a
 * coalition of people who've been through that surgery and professionals who know how the system
 * works."
 *
 * <p>A project that makes no claim on the ladder claims nothing to question, so transactional or
 * specialist work without a claim passes. "No lived-experience person" means nobody on that side
 * among the participants of the view (who had joined by its date). Always applicable.
 */
public final class Suitability implements Rule {
  /** The rule's id. */
  public static final String ID = "suitability";

  /** The lowest claimed step that transactional or specialist work should not claim. */
  private static final LadderStep DOING_WITH = LadderStep.CO_DESIGN;

  /** The kind {@code not-assessed}. */
  public static final FindingKind NOT_ASSESSED =
      FindingKind.of(
          "not-assessed",
          Severity.NOTE,
          "nobody has assessed what kind of work this is, and so whether it is good to coproduce",
          "Talk about what kind of work this is: a service people want done for them, specialist work, or work the experience of using the service should shape.",
          Template.of(
              "default",
              "Nobody has said what kind of work this is. So nobody has asked whether it is good to coproduce."));

  /** The kind {@code claim-unsuited}. */
  public static final FindingKind CLAIM_UNSUITED =
      FindingKind.of(
          "claim-unsuited",
          Severity.NOTE,
          "transactional or specialist work claims co-design or co-production",
          "Ask whether people want to shape this work or just want it done well; put the group's effort into the parts that experience should shape, such as information and aftercare.",
          Template.of(
              "default",
              "This work may not suit {claim}. The project is {nature, select, TRANSACTIONAL {transactional work, a service people want done for them,} other {specialist work}} yet claims {claim}: ask which parts people really want to shape.",
              Param.text("nature"),
              Param.text("claim")));

  /** The kind {@code no-lived-experience}. */
  public static final FindingKind NO_LIVED_EXPERIENCE =
      FindingKind.of(
          "no-lived-experience",
          Severity.CONCERN,
          "work that experience of the service should shape has no {le, one} in it",
          "Invite people who use or used the service, and their carers, before the work goes further, and support them to take part.",
          Template.of(
              "default",
              "No {le, one} takes part in this work. It is work that experience of the service should shape.",
              Param.side("le")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Good to coproduce?")
          .principle(Principle.PURPOSE)
          .addKind(NOT_ASSESSED)
          .addKind(CLAIM_UNSUITED)
          .addKind(NO_LIVED_EXPERIENCE)
          .summary(
              "nature not assessed, or TRANSACTIONAL/SPECIALIST work claiming CO_DESIGN or more (N); EXPERIENCE_SHAPED work with no LE person (C)")
          .rationale(
              "\"The final issue is working out what is actually good to coproduce.\" Bins and heart surgery are not; \"the information I'm given and the pre and aftercare I receive\" should be \"coproduced by a coalition of people who've been through that surgery and professionals who know how the system works.\"")
          .addSource(
              "The founding text: what is good to coproduce (bins, heart surgery, aftercare information)",
              "TLAP / NCAG ladder of co-production: co-design and co-production are \"doing with\"")
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

  @Override
  public Outcome check(RuleContext context) {
    Option<Nature> nature = context.project().nature();
    Option<LadderStep> claim = context.project().claimedLevel();
    String claimed = claim.map(LadderStep::name).getOrElse("none");
    if (nature.isEmpty()) {
      return context.outcome(
          List.of(
              context
                  .finding(NOT_ASSESSED)
                  .addSubject(context.project().id())
                  .addEvidence(
                      Evidence.of("natureAssessed", false), Evidence.of("claimedLevel", claimed))
                  .build()));
    }
    Nature n = nature.get();
    if (n == Nature.EXPERIENCE_SHAPED) {
      int livedExperience = context.index().people(Side.LIVED_EXPERIENCE).size();
      if (livedExperience > 0) {
        return context.passed();
      }
      return context.outcome(
          List.of(
              context
                  .finding(NO_LIVED_EXPERIENCE)
                  .addArgument(Argument.side("le", Side.LIVED_EXPERIENCE))
                  .addSubject(context.project().id())
                  .addEvidence(
                      Evidence.of("nature", n.name()),
                      Evidence.of("livedExperiencePeople", 0),
                      Evidence.of("claimedLevel", claimed))
                  .build()));
    }
    boolean claimsDoingWith = claim.exists(l -> !DOING_WITH.isAbove(l));
    if (!claimsDoingWith) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(CLAIM_UNSUITED)
                .addArgument(
                    Argument.text("nature", n.name()), Argument.text("claim", words(claim.get())))
                .addSubject(context.project().id())
                .addEvidence(Evidence.of("nature", n.name()), Evidence.of("claimedLevel", claimed))
                .build()));
  }

  private static String words(LadderStep step) {
    return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
