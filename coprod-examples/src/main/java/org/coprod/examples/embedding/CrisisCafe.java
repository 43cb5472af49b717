package org.coprod.examples.embedding;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.Authority;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Employment;
import org.coprod.core.Nature;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.Support;

/**
 * A scripted story to run {@link LiveProject} on: a mental health trust designs an evening crisis
 * café with people who have used its crisis services. The manager sets the scope before anyone with
 * lived experience is involved; peers join, the group agrees how it will work, the peers share what
 * helped them and are paid late, a mistyped entry is refused, the group decides the opening hours
 * together, staff write the café guide and are the only ones credited on it, and the project
 * closes. The people are invented and named by pseudonymous ids.
 */
public final class CrisisCafe {
  /** The manager who leads the project for the trust. */
  public static final ParticipantId MANAGER = ParticipantId.of("mgr-1");

  /** A nurse from the crisis team. */
  public static final ParticipantId NURSE = ParticipantId.of("nurse-1");

  /** The first peer contributor, who has used the crisis service. */
  public static final ParticipantId PEER_1 = ParticipantId.of("peer-1");

  /** The second peer contributor, who has used the crisis service. */
  public static final ParticipantId PEER_2 = ParticipantId.of("peer-2");

  /** The scope decision the manager made alone. */
  public static final DecisionId SCOPE = DecisionId.of("scope");

  /** The decision on the café's opening hours, made by the whole group. */
  public static final DecisionId HOURS = DecisionId.of("opening-hours");

  /** The café guide, the project's output. */
  public static final OutputId GUIDE = OutputId.of("cafe-guide");

  /** The day the project opens. */
  public static final LocalDate OPENED = LocalDate.of(2025, 1, 6);

  /** The day the peers join. */
  public static final LocalDate PEERS_JOIN = LocalDate.of(2025, 2, 3);

  /** The day the guide is published. */
  public static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 12);

  /** The day the project closes. */
  public static final LocalDate CLOSED = LocalDate.of(2025, 6, 30);

  private static final LocalDate AGREED = LocalDate.of(2025, 2, 10);
  private static final LocalDate WORKSHOP = LocalDate.of(2025, 2, 24);
  private static final BigDecimal RATE = new BigDecimal("25");

  private CrisisCafe() {}

  /** The project as the trust first records it: the manager, the lead role and the budget. */
  public static Project opening() {
    return Project.builder()
        .id(ProjectId.of("crisis-cafe"))
        .title("Evening crisis café")
        .purpose("Design an evening crisis café with the people who use crisis services")
        .nature(Nature.EXPERIENCE_SHAPED)
        .started(OPENED)
        .addParticipant(
            Participant.builder()
                .id(MANAGER)
                .side(Side.PROFESSIONAL)
                .addPerspective(Perspective.MANAGEMENT)
                .employment(Employment.SALARIED)
                .accountableTo("Trust board")
                .addSkill("budgeting")
                .joined(OPENED)
                .build())
        .addRole(
            Role.builder()
                .participant(MANAGER)
                .title("Project lead")
                .authority(Authority.DECIDE)
                .from(OPENED)
                .build())
        .addResource(
            Resource.builder()
                .id(ResourceId.of("budget"))
                .kind(ResourceKind.MONEY)
                .amount(new BigDecimal("8000"))
                .unit("GBP")
                .addControlledBy(MANAGER)
                .build())
        .build();
  }

  /** The events of the story, in the order they happen. */
  public static Seq<ProjectEvent> events() {
    return List.of(
        ProjectEvent.on(
            LocalDate.of(2025, 1, 13),
            "mgr-1 decides the scope alone: a café for adults, three evenings a week",
            p ->
                Project.builder()
                    .from(p)
                    .addDecision(
                        Decision.builder()
                            .id(SCOPE)
                            .date(LocalDate.of(2025, 1, 13))
                            .phase(Phase.SCOPING)
                            .topic("Who the café is for, and when")
                            .type(DecisionType.SCOPE)
                            .key(true)
                            .addDecidedBy(MANAGER)
                            .build())),
        ProjectEvent.on(
            PEERS_JOIN,
            "peer-1 and peer-2 join as peer designers; nurse-1 joins from the crisis team as clinical adviser",
            p ->
                Project.builder()
                    .from(p)
                    .addParticipant(
                        peer(PEER_1, "peer-support"),
                        peer(PEER_2, "illustration"),
                        Participant.builder()
                            .id(NURSE)
                            .side(Side.PROFESSIONAL)
                            .addPerspective(Perspective.PRACTICE)
                            .employment(Employment.SALARIED)
                            .joined(PEERS_JOIN)
                            .build())
                    .addRole(
                        role(PEER_1, "Peer designer", Authority.PROPOSE),
                        role(PEER_2, "Peer designer", Authority.PROPOSE),
                        role(NURSE, "Clinical adviser", Authority.ADVISE))),
        ProjectEvent.on(
            AGREED,
            "everyone agrees the working agreement, which names the preset scope openly",
            p ->
                Project.builder()
                    .from(p)
                    .addAgreement(
                        Agreement.builder()
                            .version(1)
                            .date(AGREED)
                            .addConsent(
                                Consent.of(MANAGER, AGREED),
                                Consent.of(NURSE, AGREED),
                                Consent.of(PEER_1, AGREED),
                                Consent.of(PEER_2, AGREED))
                            .decisionRule(DecisionRule.CONSENSUS)
                            .payment(
                                PaymentTerms.builder()
                                    .ratePerHour(RATE)
                                    .currency("GBP")
                                    .prepAndTravelPaid(true)
                                    .benefitsAdvice(true)
                                    .build())
                            .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                            .ownership(Ownership.SHARED)
                            .afterClose("The trust runs the café; the peers train its volunteers")
                            .addGroundRule("Everyone speaks before anyone speaks twice")
                            .disputes(
                                "Raised with the chair, then with the trust's involvement lead")
                            .outsideLines(
                                "The trust board may overrule the budget and must say why")
                            .stopClause("Any member can ask for a pause; the group meets that week")
                            .support(
                                Support.builder()
                                    .contact("The peer coordinator, by phone or text")
                                    .debrief("Offered after every session, with someone of choice")
                                    .disclosure("The nurse follows the trust's safeguarding steps")
                                    .independence("Nothing said here goes into a care record")
                                    .build())
                            .addAcknowledged(
                                Acknowledgement.builder()
                                    .rule("preset-direction")
                                    .subject(SCOPE.value())
                                    .reason(
                                        "The commissioners fixed the scope before the group was formed")
                                    .build())
                            .build())),
        ProjectEvent.on(
            WORKSHOP,
            "design workshop: the peers share what helped them in a crisis, nurse-1 how the crisis team works",
            p ->
                Project.builder()
                    .from(p)
                    .addContribution(
                        workshop(
                            PEER_1, ContributionKind.EXPERIENTIAL_KNOWLEDGE, 3, "peer-support"),
                        workshop(PEER_2, ContributionKind.IDEA, 2, "illustration"),
                        workshop(NURSE, ContributionKind.PROFESSIONAL_KNOWLEDGE, 2),
                        workshop(MANAGER, ContributionKind.FACILITATION, 3, "budgeting"))),
        ProjectEvent.on(
            LocalDate.of(2025, 3, 3),
            "a contribution is logged for peer-3, who has not joined",
            p ->
                Project.builder()
                    .from(p)
                    .addContribution(
                        workshop(ParticipantId.of("peer-3"), ContributionKind.FEEDBACK, 1))),
        ProjectEvent.on(
            LocalDate.of(2025, 3, 10),
            "the finance team pays peer-1 and peer-2 for the workshop",
            p ->
                Project.builder()
                    .from(p)
                    .contributions(
                        p.contributions()
                            .map(
                                c ->
                                    p.sideOf(c.participant()).contains(Side.LIVED_EXPERIENCE)
                                            && !c.isPaid()
                                        ? c.withPaid(RATE.multiply(BigDecimal.valueOf(c.hours())))
                                            .withPaidOn(LocalDate.of(2025, 3, 10))
                                        : c))),
        ProjectEvent.on(
            LocalDate.of(2025, 3, 17),
            "the whole group decides the opening hours by consensus",
            p ->
                Project.builder()
                    .from(p)
                    .addDecision(
                        Decision.builder()
                            .id(HOURS)
                            .date(LocalDate.of(2025, 3, 17))
                            .phase(Phase.DESIGN)
                            .topic("Opening hours")
                            .type(DecisionType.DESIGN)
                            .key(true)
                            .addDecidedBy(MANAGER, NURSE, PEER_1, PEER_2)
                            .build())),
        ProjectEvent.on(
            LocalDate.of(2025, 4, 14),
            "nurse-1 and mgr-1 write the café guide",
            p ->
                Project.builder()
                    .from(p)
                    .addContribution(
                        writing(NURSE, 6, LocalDate.of(2025, 4, 14)),
                        writing(MANAGER, 4, LocalDate.of(2025, 4, 14)))),
        ProjectEvent.on(
            PUBLISHED,
            "the café guide is published, credited to mgr-1 and nurse-1 only",
            // The guide grew out of the design work: its ledger entries are linked to it now it
            // exists.
            p ->
                Project.builder()
                    .from(p)
                    .addOutput(
                        Output.builder()
                            .id(GUIDE)
                            .title("Evening crisis café guide")
                            .date(PUBLISHED)
                            .addOwner(MANAGER)
                            .addCredit(
                                Credit.of(MANAGER, CreditRole.AUTHOR),
                                Credit.of(NURSE, CreditRole.AUTHOR))
                            .build())
                    .contributions(
                        p.contributions()
                            .map(c -> c.phase() == Phase.DESIGN ? c.withOutput(GUIDE) : c))),
        ProjectEvent.on(
            CLOSED, "the project closes", p -> Project.builder().from(p).closed(CLOSED)));
  }

  private static Participant peer(ParticipantId id, String skill) {
    return Participant.builder()
        .id(id)
        .side(Side.LIVED_EXPERIENCE)
        .addPerspective(Perspective.SERVICE_USE)
        .addSkill(skill)
        .joined(PEERS_JOIN)
        .build();
  }

  private static Role role(ParticipantId who, String title, Authority authority) {
    return Role.builder()
        .participant(who)
        .title(title)
        .authority(authority)
        .from(PEERS_JOIN)
        .build();
  }

  private static Contribution workshop(
      ParticipantId who, ContributionKind kind, double hours, String... skills) {
    return Contribution.builder()
        .participant(who)
        .date(WORKSHOP)
        .phase(Phase.DESIGN)
        .kind(kind)
        .hours(hours)
        .addSkill(skills)
        .build();
  }

  private static Contribution writing(ParticipantId who, double hours, LocalDate day) {
    return Contribution.builder()
        .participant(who)
        .date(day)
        .phase(Phase.DESIGN)
        .kind(ContributionKind.WRITING)
        .hours(hours)
        .build();
  }
}
