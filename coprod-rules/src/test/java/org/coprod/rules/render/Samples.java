package org.coprod.rules.render;

import static org.coprod.rules.Fixtures.START;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;

import io.vavr.collection.List;
import java.math.BigDecimal;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Consent;
import org.coprod.core.ContributionKind;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.LadderStep;
import org.coprod.core.Nature;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.rules.Rulebook;
import org.coprod.rules.standard.CreditOneSided;
import org.coprod.rules.standard.DecisionShare;
import org.coprod.rules.standard.StaleAcknowledgement;

/**
 * Projects and rulebooks for the rendering tests. The participants have names, access needs and a
 * decline reason, which no rendering may show.
 */
final class Samples {
  /** Names, access needs and decline reasons given to the sample's participants. */
  static final List<String> PRIVATE =
      List.of(
          "Ana Okafor",
          "Okafor",
          "Ben Ito",
          "Dana Whitfield",
          "Whitfield",
          "step-free access",
          "hearing loop",
          "large print",
          "BENEFITS",
          "EMPLOYER");

  private Samples() {}

  /**
   * A crisis-line redesign, closed: the manager decides the scope alone and holds the budget, the
   * final report credits only her though the peer contributors gave the idea; the agreement
   * acknowledges the scope and something no rule finds.
   */
  static Project crisisLine() {
    return Project.builder()
        .id(ProjectId.of("crisis-line"))
        .title("Crisis line redesign")
        .started(START)
        .purpose("Redesign the out-of-hours crisis line with the people who use it")
        .nature(Nature.EXPERIENCE_SHAPED)
        .claimedLevel(LadderStep.CO_PRODUCTION)
        .closed(day(120))
        .addParticipant(
            le("ana")
                .name("Ana Okafor")
                .addAccessNeed("step-free access")
                .declinesPayment(true)
                .declineReason(DeclineReason.BENEFITS)
                .build(),
            le("ben").name("Ben Ito").addAccessNeed("hearing loop", "large print").build(),
            pro("dana")
                .name("Dana Whitfield")
                .employment(Employment.SALARIED)
                .declineReason(DeclineReason.EMPLOYER)
                .build())
        .addResource(
            Resource.builder()
                .id(ResourceId.of("budget"))
                .kind(ResourceKind.MONEY)
                .amount(new BigDecimal("20000"))
                .unit("GBP")
                .addControlledBy(ParticipantId.of("dana"))
                .build())
        .addContribution(
            contribution("ana", 6, ContributionKind.IDEA, "report").build(),
            contribution("ben", 4, ContributionKind.EXPERIENTIAL_KNOWLEDGE, "report").build(),
            contribution("dana", 10, ContributionKind.WRITING, "report").build())
        .addDecision(
            decision("scope", DecisionType.SCOPE, "dana").build(),
            decision("design", DecisionType.DESIGN, "ana", "ben", "dana")
                .rule(DecisionRule.CONSENSUS)
                .build())
        .addAgreement(
            agreement()
                .addConsent(
                    Consent.of(ParticipantId.of("ana"), START),
                    Consent.of(ParticipantId.of("dana"), START))
                .addAcknowledged(
                    Acknowledgement.builder()
                        .rule(DecisionShare.ID)
                        .reason("The funder fixed the scope before anyone joined")
                        .build(),
                    Acknowledgement.builder()
                        .rule("preset-direction")
                        .subject("scope")
                        .reason("The scope came from the funder")
                        .build())
                .build())
        .addOutput(output("report", "dana").date(day(110)).build())
        .build();
  }

  /**
   * The three standard rules that exist now, so the samples do not change as the catalogue grows.
   */
  static Rulebook firstRules() {
    return Rulebook.of(
        Rulebook.STANDARD,
        List.of(new DecisionShare(), new CreditOneSided(), new StaleAcknowledgement()));
  }
}
