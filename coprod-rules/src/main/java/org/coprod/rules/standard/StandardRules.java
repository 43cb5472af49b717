package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.rules.Rule;

/**
 * The built-in rules, in catalogue order (grouped by principle, as the README's table lists them).
 * {@link org.coprod.rules.Rulebook#standard()} is exactly these.
 */
public final class StandardRules {
  private StandardRules() {}

  /** A new instance of every standard rule, in catalogue order. */
  public static Seq<Rule> all() {
    return List.of(
        // POWER
        new DecisionShare(),
        // POWER (more)
        new PresetDirection(),
        new ResourceControl(),
        new PaidUnpaid(),
        new RateBelowFloor(),
        new ExternalOverride(),
        new LoneVoice(),
        new ConsultationOnly(),
        new ClaimedLevel(),
        new SkillsUnused(),
        new ProfessionalKnowledgeUnshared(),
        new FeedbackMissing(),
        new VoiceGap(),
        new DissentUnrecorded(),
        new ChairOneSided(),
        // PURPOSE
        new PurposeMissing(),
        new Suitability(),
        new PerspectiveMissing(),
        new RepresentationGap(),
        // RESPECT
        new AgreementMissing(),
        new AgreementIncomplete(),
        new AgreementUnconsented(),
        new UnilateralAmendment(),
        new AgreementUnkept(),
        new ImpactUnrecorded(),
        new ImpactUntold(),
        new StoryConsent(),
        new StoryBurden(),
        // RESPONSIBILITY
        new RoleUndefined(),
        new LoadConcentration(),
        new AccountabilityUndeclared(),
        new ResponseOverdue(),
        // RESOURCES
        new AccessUnmet(),
        new AvailabilityExceeded(),
        new PaymentTermsLate(),
        new PaymentOwed(),
        new PaymentLate(),
        new ExpensesLate(),
        new BenefitsBarrier(),
        new DropOff(),
        // WHAT_NEXT
        new CreditOneSided(),
        // WHAT_NEXT (more)
        new CreditParity(),
        new UncreditedContributor(),
        new OwnershipOneSided(),
        new CarryForwardOneSided(),
        new RewardsOneSided(),
        new ReciprocityGap(),
        new AfterPlanMissing(),
        // runs after every other rule
        new StaleAcknowledgement());
  }
}
