package org.coprod.rules.standard;

import io.vavr.collection.List;
import org.coprod.core.Side;
import org.coprod.core.measure.Proportions;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.ProjectIndex.CreditRate;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code credit-parity}: one side's rate of being credited is under four-fifths of the other side's
 * (WARNING).
 *
 * <p>"I know we're all doing it for the good of humanity because we are all saintly and have huge
 * hearts; but we also need something for ourselves too so that we can be replenished or rewarded or
 * recognised." A side's credit rate is the share of its people who made a substantial personal
 * contribution to an output ({@link ProjectIndex#substantialPersonal}: 5% of the output's hours, an
 * IDEA or WRITING, or for a core person 2 hours) and are credited on an output they contributed to
 * ({@link ProjectIndex#creditRate}): twelve occasional focus-group attendees do not sink a side's
 * rate. The four-fifths rule of thumb is weak in small samples, so the rule does not apply with
 * fewer than {@code minGroup} such people on either side, nor before any output has credit. Equal
 * rates are never flagged, so a policy ratio above 1 cannot flag both sides.
 *
 * <p>Giving a person with lived experience credit on an output can only raise their side's rate
 * (who is eligible depends on contributions alone), so it never adds a finding against them.
 */
public final class CreditParity implements Rule {
  /** The rule's id. */
  public static final String ID = "credit-parity";

  /** A side whose rate is under this fraction of the other side's is flagged. */
  public static final Parameter<Double> MIN_RATIO =
      Parameter.ratio(
          "minRatio",
          0.8,
          "a side whose credit rate is under this fraction of the other side's is flagged",
          "Four-fifths rule (29 CFR 1607.4(D)): a rate under 80% of the highest group's is evidence of adverse impact");

  /** The share of an output's hours that makes a person's contribution to it substantial. */
  public static final Parameter<Double> PERSONAL_SHARE =
      Parameter.share(
          "personalShare",
          0.05,
          "the share of an output's hours that makes a person's contribution to it substantial",
          "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors are credited or acknowledged");

  /** The hours given to an output that make a person's contribution to it substantial. */
  public static final Parameter<Double> PERSONAL_HOURS =
      Parameter.hours(
          "personalHours",
          2.0,
          "the hours given to an output that make a core person's contribution to it substantial",
          "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors are credited or acknowledged");

  /** The fewest substantial contributors a side needs before its rate is compared. */
  public static final Parameter<Integer> MIN_GROUP =
      Parameter.count(
          "minGroup",
          2,
          "the fewest people of a side with a substantial contribution before its credit rate is compared",
          "Four-fifths rule: weak in small samples; NICE PMG10: at least two members with lived experience");

  // What both kinds say after their first sentence, and the arguments both take: one wording of
  // the two rates, so the finding and its "so far" form cannot drift apart.
  private static final String RATES =
      " Of the {lowEligible} who made a substantial contribution to an output, {lowCredited} {lowCredited, plural, one {is} other {are}} credited on one they contributed to ({lowRate}), against {highCredited} of {highEligible} {higher} ({highRate}): under {minRatio} of their rate, the line the four-fifths rule draws.{small, select, yes { With fewer than 5 people on a side, one person more or less moves these rates a lot (Fisher's exact test: p = {p}).} other {}}";

  private static final Param[] RATE_PARAMS = {
    Param.count("lowCredited"),
    Param.count("lowEligible"),
    Param.side("lower"),
    Param.share("lowRate"),
    Param.count("highCredited"),
    Param.count("highEligible"),
    Param.side("higher"),
    Param.share("highRate"),
    Param.share("minRatio"),
    Param.text("small"),
    Param.ratio("p")
  };

  /** The kind {@code under-four-fifths}. */
  public static final FindingKind UNDER_FOUR_FIFTHS =
      FindingKind.of(
          "under-four-fifths",
          Severity.WARNING,
          "those on one side who gave a lot are credited less than four-fifths as often as those on the other side",
          "Go through the outputs together and agree how everyone who made a substantial contribution will be credited, by name, pseudonym or as a group as each prefers.",
          Template.of(
              "default",
              "{lowCredited} of the {lowEligible} {lower} who gave a lot got credit." + RATES,
              RATE_PARAMS));

  /** The kind {@code under-four-fifths-so-far}. */
  public static final FindingKind UNDER_FOUR_FIFTHS_SO_FAR =
      FindingKind.of(
          "under-four-fifths-so-far",
          Severity.NOTE,
          "so far, those on one side who gave a lot are credited less than four-fifths as often as those on the other side",
          "There is still time: agree now how everyone who made a substantial contribution will be credited on the outputs still to come.",
          Template.of(
              "default",
              "So far, {lowCredited} of the {lowEligible} {lower} who gave a lot got credit."
                  + RATES,
              RATE_PARAMS));

  /** A side smaller than this is too small for a rate to say much, and the finding says so. */
  static final int SMALL_GROUP = 5;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("One side credited less often")
          .principle(Principle.WHAT_NEXT)
          .addKind(UNDER_FOUR_FIFTHS)
          .addKind(UNDER_FOUR_FIFTHS_SO_FAR)
          .summary(
              "a side's rate of being credited under 4/5 of the other side's (the four-fifths rule); before the close: N, \"so far\"")
          .rationale(
              "\"I know we're all doing it for the good of humanity because we are all saintly and have huge hearts; but we also need something for ourselves too so that we can be replenished or rewarded or recognised.\"")
          .addSource(
              "Four-fifths rule (29 CFR 1607.4(D)): a rate under 80% of the highest group's rate is evidence of adverse impact",
              "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors are credited or acknowledged",
              "SCIE co-production principles: reciprocity, everyone gets something back")
          .addParameter(MIN_RATIO, PERSONAL_SHARE, PERSONAL_HOURS, MIN_GROUP)
          .addLaw(
              Law.RELABELLING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.CREDIT_MONOTONICITY,
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
    if (context.project().outputs().forAll(o -> o.credited().isEmpty())) {
      return context.notApplicable("no output has credit yet");
    }
    ProjectIndex index = context.index();
    double share = context.parameter(PERSONAL_SHARE);
    double hours = context.parameter(PERSONAL_HOURS);
    int minGroup = context.parameter(MIN_GROUP);
    CreditRate le = index.creditRate(Side.LIVED_EXPERIENCE, share, hours);
    CreditRate pro = index.creditRate(Side.PROFESSIONAL, share, hours);
    if (le.eligible() < minGroup
        || pro.eligible() < minGroup
        || le.eligible() == 0
        || pro.eligible() == 0) {
      return context.notApplicable(
          "fewer than "
              + Math.max(1, minGroup)
              + " people on a side made a substantial contribution to an output");
    }
    double leRate = le.rate().get();
    double proRate = pro.rate().get();
    if (leRate == proRate) {
      return context.passed();
    }
    Side lower = leRate < proRate ? Side.LIVED_EXPERIENCE : Side.PROFESSIONAL;
    CreditRate low = lower == Side.LIVED_EXPERIENCE ? le : pro;
    CreditRate high = lower == Side.LIVED_EXPERIENCE ? pro : le;
    double lowRate = Math.min(leRate, proRate);
    double highRate = Math.max(leRate, proRate);
    double minRatio = context.parameter(MIN_RATIO);
    if (ProjectIndex.atLeast(lowRate, minRatio, highRate)) {
      return context.passed();
    }
    boolean atClose = context.view().isClosed();
    // Fisher's exact test (two-sided) says how often a gap this size comes by chance; with a side
    // under 5 people the finding says so in its words.
    double p =
        Proportions.fisherExact(le.credited(), le.eligible(), pro.credited(), pro.eligible())
            .getOrElse(1.0);
    boolean small = Math.min(le.eligible(), pro.eligible()) < SMALL_GROUP;
    return context.outcome(
        List.of(
            context
                .finding(atClose ? UNDER_FOUR_FIFTHS : UNDER_FOUR_FIFTHS_SO_FAR)
                .addArgument(
                    Argument.count("lowCredited", low.credited()),
                    Argument.count("lowEligible", low.eligible()),
                    Argument.side("lower", lower),
                    Argument.share("lowRate", lowRate),
                    Argument.count("highCredited", high.credited()),
                    Argument.count("highEligible", high.eligible()),
                    Argument.side("higher", lower.other()),
                    Argument.share("highRate", highRate),
                    Argument.share("minRatio", minRatio),
                    Argument.text("small", small ? "yes" : "no"),
                    Argument.ratio("p", p))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("overlookedSide", lower.name()),
                    Evidence.of("rateRatio", lowRate / highRate),
                    Evidence.of("livedExperienceRate", leRate),
                    Evidence.of("professionalRate", proRate),
                    Evidence.of("livedExperienceEligible", le.eligible()),
                    Evidence.of("livedExperienceCredited", le.credited()),
                    Evidence.of("professionalEligible", pro.eligible()),
                    Evidence.of("professionalCredited", pro.credited()),
                    Evidence.of("fisherExactP", p))
                .build()));
  }
}
