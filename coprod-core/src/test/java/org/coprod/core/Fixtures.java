package org.coprod.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A small, valid project with every kind of part, written out by hand, for tests to read or to
 * break one thing at a time. The crisis line of coprod-io's example file (examples/crisis-line.yaml
 * in its tests), a little extended.
 */
final class Fixtures {
  private Fixtures() {}

  static final ParticipantId DANA = ParticipantId.of("dana");
  static final ParticipantId ANA = ParticipantId.of("ana");
  static final ParticipantId BEN = ParticipantId.of("ben");
  static final OutputId REPORT = OutputId.of("report");
  static final OutputId FILM = OutputId.of("film");
  static final DecisionId SCOPE = DecisionId.of("scope");
  static final DecisionId SESSIONS = DecisionId.of("sessions");
  static final ResourceId BUDGET = ResourceId.of("budget");
  static final ResourceId TRAVEL_FUND = ResourceId.of("travel-fund");

  static final LocalDate STARTED = day("2017-02-01");
  static final LocalDate CLOSED = day("2017-09-26");

  /** The film comes out after the close: the last dated event. */
  static final LocalDate FILM_DAY = day("2017-10-15");

  /** Personal data that must never show in a message or a {@code toString}. */
  static final String ANAS_NAME = "Ana Jones";

  static final String DANAS_NAME = "Dana Smith";
  static final String ANAS_NEED = "wheelchair-access";

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static Participant dana() {
    return Participant.builder()
        .id(DANA)
        .name(DANAS_NAME)
        .side(Side.PROFESSIONAL)
        .addPerspective(Perspective.MANAGEMENT)
        .employment(Employment.SALARIED)
        .accountableTo("Trust board")
        .addSkill("budgeting")
        .joined(day("2017-01-10"))
        .build();
  }

  static Participant ana() {
    return Participant.builder()
        .id(ANA)
        .name(ANAS_NAME)
        .side(Side.LIVED_EXPERIENCE)
        .addPerspective(Perspective.SERVICE_USE)
        .employment(Employment.VOLUNTEER)
        .declinesPayment(true)
        .declineReason(DeclineReason.BENEFITS)
        .addSkill("peer-support")
        .addAccessNeed(ANAS_NEED)
        .availableHoursPerWeek(6.0)
        .joined(STARTED)
        .left(day("2017-09-30"))
        .build();
  }

  static Participant ben() {
    return Participant.builder()
        .id(BEN)
        .side(Side.LIVED_EXPERIENCE)
        .addPerspective(Perspective.CARING)
        .involvement(Involvement.OCCASIONAL)
        .joined(day("2017-03-01"))
        .left(day("2017-03-15"))
        .build();
  }

  static Contribution contribution(ParticipantId who, String date, double hours) {
    return Contribution.builder()
        .participant(who)
        .date(day(date))
        .phase(Phase.DESIGN)
        .kind(ContributionKind.LABOUR)
        .hours(hours)
        .build();
  }

  /** The whole project, as a builder to break or to build. */
  static Project.Builder crisisLine() {
    return Project.builder()
        .id(ProjectId.of("crisis-line"))
        .title("Crisis line redesign")
        .purpose("Redesign the out-of-hours crisis line with the people who use it")
        .nature(Nature.EXPERIENCE_SHAPED)
        .claimedLevel(LadderStep.CO_PRODUCTION)
        .started(STARTED)
        .closed(CLOSED)
        .addParticipant(dana(), ana(), ben())
        .addRole(
            Role.builder()
                .participant(DANA)
                .title("Project lead")
                .authority(Authority.DECIDE)
                .from(day("2017-01-10"))
                .afterClose(true)
                .build())
        .addRole(
            Role.builder()
                .participant(ANA)
                .title("Co-chair")
                .authority(Authority.DECIDE)
                .from(day("2017-02-01"))
                .until(day("2017-09-29"))
                .build())
        .addResource(
            Resource.builder()
                .id(BUDGET)
                .kind(ResourceKind.MONEY)
                .amount(new BigDecimal("20000"))
                .unit("GBP")
                .addControlledBy(DANA)
                .build())
        .addResource(
            Resource.builder()
                .id(TRAVEL_FUND)
                .kind(ResourceKind.SUPPORT)
                .amount(new BigDecimal("500"))
                .unit("GBP")
                .addControlledBy(DANA)
                .addMeet(ANAS_NEED)
                .build())
        // contributions[0]
        .addContribution(
            Contribution.builder()
                .participant(DANA)
                .date(day("2017-02-10"))
                .phase(Phase.SCOPING)
                .kind(ContributionKind.PROFESSIONAL_KNOWLEDGE)
                .hours(2)
                .build())
        // contributions[1]: paid, with expenses, into the report
        .addContribution(
            Contribution.builder()
                .participant(ANA)
                .date(day("2017-03-02"))
                .phase(Phase.DESIGN)
                .kind(ContributionKind.EXPERIENTIAL_KNOWLEDGE)
                .hours(3)
                .addSkill("peer-support")
                .paid(new BigDecimal("75.00"))
                .paidOn(day("2017-03-20"))
                .expenses(
                    Expenses.builder()
                        .claimed(new BigDecimal("12.50"))
                        .reimbursed(day("2017-03-25"))
                        .build())
                .output(REPORT)
                .build())
        // contributions[2]: an occasional carer's feedback
        .addContribution(
            Contribution.builder()
                .participant(BEN)
                .date(day("2017-03-05"))
                .phase(Phase.DESIGN)
                .kind(ContributionKind.FEEDBACK)
                .hours(1)
                .build())
        // contributions[3]: into the film, made after the close
        .addContribution(
            Contribution.builder()
                .participant(ANA)
                .date(day("2017-09-01"))
                .phase(Phase.DISSEMINATION)
                .kind(ContributionKind.STORY)
                .hours(1.5)
                .output(FILM)
                .build())
        .addDecision(
            Decision.builder()
                .id(SCOPE)
                .date(day("2017-01-20"))
                .phase(Phase.SCOPING)
                .topic("What the redesign covers")
                .type(DecisionType.SCOPE)
                .key(true)
                .addDecidedBy(DANA)
                .build())
        .addDecision(
            Decision.builder()
                .id(SESSIONS)
                .date(day("2017-03-10"))
                .phase(Phase.DESIGN)
                .topic("Who runs the sessions")
                .type(DecisionType.DELIVERY)
                .key(true)
                .ledBy(ANA)
                .addDecidedBy(DANA, ANA)
                .addObjectedBy(DANA)
                .addConsulted(BEN)
                .feedback(day("2017-03-14"))
                .build())
        .addAgreement(
            Agreement.builder()
                .version(1)
                .date(day("2017-02-05"))
                .addConsent(Consent.of(DANA, day("2017-02-05")), Consent.of(ANA, day("2017-02-06")))
                .decisionRule(DecisionRule.CONSENSUS)
                .payment(
                    PaymentTerms.builder()
                        .ratePerHour(new BigDecimal("25.00"))
                        .currency("GBP")
                        .build())
                .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                .ownership(Ownership.SHARED)
                .build())
        .addAgreement(
            Agreement.builder()
                .version(2)
                .date(day("2017-06-01"))
                .addConsent(Consent.of(DANA, day("2017-06-01")), Consent.of(ANA, day("2017-06-03")))
                .decisionRule(DecisionRule.CONSENT)
                .afterClose("Peer trainers run the sessions")
                .addAcknowledged(
                    Acknowledgement.builder()
                        .rule("preset-direction")
                        .subject("scope")
                        .reason("The funder fixed the scope before anyone joined")
                        .build())
                .build())
        .addOutput(
            Output.builder()
                .id(REPORT)
                .title("Final report")
                .date(day("2017-09-20"))
                .addOwner(DANA, ANA)
                .addCredit(
                    Credit.of(ANA, CreditRole.AUTHOR), Credit.of(BEN, CreditRole.ACKNOWLEDGED))
                .addReward(Reward.of(DANA, RewardKind.PROMOTION))
                .build())
        .addOutput(
            Output.builder()
                .id(FILM)
                .title("Short film")
                .date(FILM_DAY)
                .addOwner(ANA)
                .addCredit(Credit.of(ANA, CreditRole.PRESENTER))
                .addReward(Reward.of(ANA, RewardKind.SPEAKING))
                .build());
  }
}
