package org.coprod.testkit;

import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Authority;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Id;
import org.coprod.core.Involvement;
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
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * jqwik arbitraries for every coprod value and for whole valid projects. The same arbitraries serve
 * {@code @ForAll Project} (and the other types) through {@link CoprodArbitraryProvider}.
 *
 * <p>Whole projects come from {@link #projects()}, with knobs. The parts ({@link #participants()},
 * {@link #contributions()}, ...) are valid values on their own: their references (to people,
 * outputs) are plausible ids, not ids of one project; take parts that fit together from a generated
 * project. Ids are short and readable ({@code p-3}), dates lie between 2015 and 2035, hours are in
 * quarters, money in pence; everything shrinks towards small, plain values.
 */
public final class CoprodArbitraries {
  private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 365 * 20;

  private CoprodArbitraries() {}

  /**
   * Whole valid projects from core's generator, with every knob at its default; see {@link
   * ProjectArbitrary}.
   */
  public static ProjectArbitrary projects() {
    return new ProjectArbitrary();
  }

  /**
   * Views of generated projects as they stood on a day between a month before the start and two
   * months after the last dated event; they shrink towards the latest of those days.
   */
  public static Arbitrary<ProjectView> views() {
    return views(projects());
  }

  /**
   * Views of the projects of an arbitrary, on a day between a month before the start and two months
   * after the last dated event.
   */
  public static Arbitrary<ProjectView> views(Arbitrary<Project> projects) {
    return Combinators.combine(
            projects, Arbitraries.integers().between(0, 1000).shrinkTowards(1000))
        .as(
            (p, k) -> {
              LocalDate from = p.started().minusDays(30);
              long span =
                  java.time.temporal.ChronoUnit.DAYS.between(from, p.lastDatedEvent().plusDays(60));
              return p.asOf(from.plusDays(span * k / 1000));
            });
  }

  /**
   * Specs of synthetic projects of a few people, as {@link #projects()} draws them, without
   * imbalances.
   */
  public static Arbitrary<ProjectSpec> specs() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(0, 6).shrinkTowards(1),
            Arbitraries.integers().between(0, 10).shrinkTowards(1),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false))
        .as(
            (seed, lived, professional, contributions, decisions, outputs, closed) ->
                ProjectSpec.builder()
                    .seed(seed)
                    .livedExperience(lived + professional == 0 ? 1 : lived)
                    .professional(professional)
                    .contributions(contributions)
                    .decisions(decisions)
                    .outputs(outputs)
                    .closed(closed)
                    .build());
  }

  // ------------------------------------------------------------------------------- ids

  private static Arbitrary<String> idText(String prefix) {
    return Arbitraries.integers().between(1, 999).map(n -> prefix + n);
  }

  /** Participant ids such as {@code p-3}. */
  public static Arbitrary<ParticipantId> participantIds() {
    return idText("p-").map(ParticipantId::of);
  }

  /** Output ids such as {@code output-2}. */
  public static Arbitrary<OutputId> outputIds() {
    return idText("output-").map(OutputId::of);
  }

  /** Decision ids such as {@code decision-4}. */
  public static Arbitrary<DecisionId> decisionIds() {
    return idText("decision-").map(DecisionId::of);
  }

  /** Resource ids such as {@code resource-1}. */
  public static Arbitrary<ResourceId> resourceIds() {
    return idText("resource-").map(ResourceId::of);
  }

  /** Contribution ids such as {@code c-12}. */
  public static Arbitrary<ContributionId> contributionIds() {
    return idText("c-").map(ContributionId::of);
  }

  /** Project ids such as {@code project-5}. */
  public static Arbitrary<ProjectId> projectIds() {
    return idText("project-").map(ProjectId::of);
  }

  /** Agreement versions 1 to 5. */
  public static Arbitrary<AgreementVersion> agreementVersions() {
    return Arbitraries.integers().between(1, 5).map(AgreementVersion::of);
  }

  /** Ids of every kind. */
  public static Arbitrary<Id> ids() {
    return Arbitraries.oneOf(
        participantIds(),
        outputIds(),
        decisionIds(),
        resourceIds(),
        contributionIds(),
        projectIds(),
        agreementVersions());
  }

  // ------------------------------------------------------------------------------- plain values

  /** Days between 2015 and 2035, shrinking towards the first. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, DAYS).map(EPOCH::plusDays);
  }

  /** Amounts of money from 0 to 5000 in pence, normalised, shrinking towards 0. */
  public static Arbitrary<BigDecimal> money() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(5000))
        .ofScale(2)
        .map(org.coprod.core.Money::normalize);
  }

  /** Hours from 0 to 24 in quarters, shrinking towards 0. */
  public static Arbitrary<Double> hours() {
    return Arbitraries.integers().between(0, 96).map(q -> q / 4.0);
  }

  private static Arbitrary<String> words() {
    return Arbitraries.of(
        "writing",
        "facilitation",
        "budgeting",
        "peer-support",
        "research-methods",
        "illustration",
        "data-analysis",
        "training");
  }

  private static Arbitrary<String> needs() {
    return Arbitraries.of(
        "travel", "large-print", "quiet-room", "interpreter", "step-free-access", "easy-read");
  }

  private static <T> Arbitrary<io.vavr.collection.Seq<T>> seqs(Arbitrary<T> of, int max) {
    return of.list().ofMaxSize(max).map(Array::ofAll);
  }

  private static <T> Arbitrary<io.vavr.collection.Seq<T>> distinctSeqs(Arbitrary<T> of, int max) {
    return of.list().uniqueElements().ofMaxSize(max).map(Array::ofAll);
  }

  private static <T> Option<T> option(Optional<T> value) {
    return value.map(Option::some).orElseGet(Option::none);
  }

  /** A start and an optional end on or after it. */
  private record Span(LocalDate from, Option<LocalDate> until) {}

  private static Arbitrary<Span> spans() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 400).optional(0.3))
        .as((from, days) -> new Span(from, option(days).map(from::plusDays)));
  }

  // ------------------------------------------------------------------------------- parts

  /** Participants of either side, with perspectives, skills, needs and dates that fit together. */
  public static Arbitrary<Participant> participants() {
    return Builders.withBuilder(Participant::builder)
        .use(participantIds())
        .in((b, id) -> b.id(id))
        .use(Arbitraries.of(Side.class))
        .in((b, s) -> b.side(s))
        .use(distinctSeqs(Arbitraries.of(Perspective.class), 3))
        .in((b, ps) -> b.perspectives(ps))
        .use(Arbitraries.of(Employment.class))
        .in((b, e) -> b.employment(e))
        .use(Arbitraries.of(Involvement.class))
        .in((b, i) -> b.involvement(i))
        .use(Arbitraries.of(DeclineReason.class).optional(0.2))
        .in((b, r) -> r.isPresent() ? b.declinesPayment(true).declineReason(r.get()) : b)
        .use(Arbitraries.of("Trust board", "Funder", "Commissioning group").optional(0.3))
        .in((b, a) -> a.isPresent() ? b.accountableTo(a.get()) : b)
        .use(distinctSeqs(words(), 3))
        .in((b, s) -> b.skills(s))
        .use(distinctSeqs(needs(), 2))
        .in((b, n) -> b.accessNeeds(n))
        .use(Arbitraries.integers().between(1, 40).optional(0.3))
        .in((b, h) -> h.isPresent() ? b.availableHoursPerWeek(h.get().doubleValue()) : b)
        .use(Arbitraries.of(CreditPreference.class))
        .in((b, c) -> b.creditPreference(c))
        .use(spans())
        .in(
            (b, s) -> {
              b.joined(s.from());
              s.until().forEach(b::left);
              return b;
            })
        .build(Participant.Builder::build);
  }

  /** Roles with an authority and dates that fit together. */
  public static Arbitrary<Role> roles() {
    return Builders.withBuilder(Role::builder)
        .use(participantIds())
        .in((b, id) -> b.participant(id))
        .use(Arbitraries.of("Co-chair", "Project lead", "Peer researcher", "Advisor"))
        .in((b, t) -> b.title(t))
        .use(Arbitraries.of(Authority.class))
        .in((b, a) -> b.authority(a))
        .use(Arbitraries.of(false, true))
        .in((b, a) -> b.afterClose(a))
        .use(spans())
        .in(
            (b, s) -> {
              b.from(s.from());
              s.until().forEach(b::until);
              return b;
            })
        .build(Role.Builder::build);
  }

  /** Resources of every kind, money in GBP, controlled by a few people. */
  public static Arbitrary<Resource> resources() {
    return Builders.withBuilder(Resource::builder)
        .use(resourceIds())
        .in((b, id) -> b.id(id))
        .use(Arbitraries.of(ResourceKind.class))
        .in((b, k) -> b.kind(k).unit(k == ResourceKind.STAFF_TIME ? "hours" : "GBP"))
        .use(money())
        .in((b, m) -> b.amount(m))
        .use(distinctSeqs(participantIds(), 3))
        .in((b, c) -> b.controlledBy(c))
        .use(distinctSeqs(needs(), 3))
        .in((b, n) -> b.meets(n))
        .use(distinctSeqs(participantIds(), 2))
        .in((b, s) -> b.serves(s))
        .build(Resource.Builder::build);
  }

  /** Expenses claimed, reimbursed or not. */
  public static Arbitrary<Expenses> expenses() {
    return Combinators.combine(money(), dates().optional(0.7))
        .as(
            (claimed, reimbursed) ->
                Expenses.builder().claimed(claimed).reimbursed(option(reimbursed)).build());
  }

  /** Contributions of every kind and phase, paid or not, with dates that fit together. */
  public static Arbitrary<Contribution> contributions() {
    return Builders.withBuilder(Contribution::builder)
        .use(contributionIds().optional(0.3))
        .in((b, id) -> id.isPresent() ? b.id(id.get()) : b)
        .use(participantIds())
        .in((b, p) -> b.participant(p))
        .use(Arbitraries.of(Phase.class))
        .in((b, p) -> b.phase(p))
        .use(Arbitraries.of(ContributionKind.class))
        .in((b, k) -> b.kind(k))
        .use(hours())
        .in((b, h) -> b.hours(h))
        .use(distinctSeqs(words(), 2))
        .in((b, s) -> b.skills(s))
        .use(
            Combinators.combine(
                    dates(),
                    Arbitraries.integers().between(0, 60).optional(0.5),
                    money().optional(0.5),
                    Combinators.combine(
                            money(), Arbitraries.integers().between(0, 60).optional(0.7))
                        .as(Claim::new)
                        .optional(0.2))
                .as(Dated::new))
        .in(
            (b, d) -> {
              b.date(d.date());
              d.paid().ifPresent(b::paid);
              d.paidAfter().ifPresent(n -> b.paidOn(d.date().plusDays(n)));
              d.expenses()
                  .ifPresent(
                      e ->
                          b.expenses(
                              Expenses.builder()
                                  .claimed(e.amount())
                                  .reimbursed(option(e.after()).map(n -> d.date().plusDays(n)))
                                  .build()));
              return b;
            })
        .use(outputIds().optional(0.6))
        .in((b, o) -> o.isPresent() ? b.output(o.get()) : b)
        .build(Contribution.Builder::build);
  }

  /** Expenses claimed and, optionally, the days until they were repaid. */
  private record Claim(BigDecimal amount, Optional<Integer> after) {}

  /** A contribution's day with its pay and expenses. */
  private record Dated(
      LocalDate date,
      Optional<Integer> paidAfter,
      Optional<BigDecimal> paid,
      Optional<Claim> expenses) {}

  /**
   * Decisions of every type, key or not, with deciders, objections among them, and feedback after.
   */
  public static Arbitrary<Decision> decisions() {
    return Builders.withBuilder(Decision::builder)
        .use(decisionIds())
        .in((b, id) -> b.id(id))
        .use(Arbitraries.of(Phase.class))
        .in((b, p) -> b.phase(p))
        .use(Arbitraries.of(DecisionType.class))
        .in((b, t) -> b.type(t).topic("About " + t.name().toLowerCase(java.util.Locale.ROOT)))
        .use(Arbitraries.of(false, true))
        .in((b, k) -> b.key(k))
        .use(Arbitraries.of(DecisionRule.class).optional(0.3))
        .in((b, r) -> r.isPresent() ? b.rule(r.get()) : b)
        .use(
            Combinators.combine(
                    participantIds().list().uniqueElements().ofMinSize(0).ofMaxSize(6),
                    Arbitraries.integers().between(0, 6),
                    Arbitraries.of(false, true))
                .as(Deciders::new))
        .in(
            (b, d) -> {
              b.decidedBy(Array.ofAll(d.deciders()));
              if (d.objecting() < d.deciders().size() && d.objecting() > 0) {
                b.addObjectedBy(d.deciders().get(d.objecting()));
              }
              if (d.led() && !d.deciders().isEmpty()) {
                b.ledBy(d.deciders().get(0));
              }
              return b;
            })
        .use(distinctSeqs(participantIds(), 3))
        .in((b, c) -> b.consulted(c))
        .use(Arbitraries.of("The Trust board", "The funder").optional(0.1))
        .in((b, o) -> o.isPresent() ? b.overriddenBy(o.get()) : b)
        .use(
            Combinators.combine(dates(), Arbitraries.integers().between(0, 60).optional(0.5))
                .as(Fed::new))
        .in(
            (b, f) -> {
              b.date(f.date());
              f.after().ifPresent(n -> b.feedback(f.date().plusDays(n)));
              return b;
            })
        .build(Decision.Builder::build);
  }

  private record Deciders(List<ParticipantId> deciders, int objecting, boolean led) {}

  private record Fed(LocalDate date, Optional<Integer> after) {}

  /** Consents on a day. */
  public static Arbitrary<Consent> consents() {
    return Combinators.combine(participantIds(), dates()).as(Consent::of);
  }

  /** Payment terms, with or without a rate. */
  public static Arbitrary<PaymentTerms> paymentTerms() {
    return Builders.withBuilder(PaymentTerms::builder)
        .use(money().optional(0.8))
        .in((b, r) -> r.isPresent() ? b.ratePerHour(r.get()).currency("GBP") : b)
        .use(Arbitraries.of(false, true))
        .in((b, p) -> b.prepAndTravelPaid(p))
        .use(Arbitraries.integers().between(0, 90))
        .in((b, d) -> b.paymentWithinDays(d))
        .use(Arbitraries.integers().between(0, 90))
        .in((b, d) -> b.expensesWithinDays(d))
        .use(Arbitraries.of(false, true))
        .in((b, a) -> b.benefitsAdvice(a))
        .build(PaymentTerms.Builder::build);
  }

  /** Acknowledgements of a rule, for one subject or all, with a reason. */
  public static Arbitrary<Acknowledgement> acknowledgements() {
    return Combinators.combine(
            Arbitraries.of(
                org.coprod.rules.Rulebook.standard().rules().map(r -> r.id()).toJavaList()),
            ids().map(Id::value).optional(0.6),
            Arbitraries.of("The group accepts it for now", "Agreed at the March meeting"))
        .as(
            (rule, subject, reason) ->
                Acknowledgement.builder()
                    .rule(rule)
                    .subject(option(subject))
                    .reason(reason)
                    .build());
  }

  /** Agreement versions, with consents on or after their date and every part optional. */
  public static Arbitrary<Agreement> agreements() {
    return Builders.withBuilder(Agreement::builder)
        .use(Arbitraries.integers().between(1, 5))
        .in((b, v) -> b.version(v))
        .use(
            Combinators.combine(
                    dates(),
                    Combinators.combine(participantIds(), Arbitraries.integers().between(0, 30))
                        .as((p, n) -> new Later(p, n))
                        .list()
                        .uniqueElements(Later::participant)
                        .ofMaxSize(5))
                .as(Signed::new))
        .in(
            (b, s) -> {
              b.date(s.date());
              s.consents()
                  .forEach(
                      c -> b.addConsent(Consent.of(c.participant(), s.date().plusDays(c.days()))));
              return b;
            })
        .use(Arbitraries.of(DecisionRule.class).optional(0.8))
        .in((b, r) -> r.isPresent() ? b.decisionRule(r.get()) : b)
        .use(paymentTerms().optional(0.8))
        .in((b, t) -> t.isPresent() ? b.payment(t.get()) : b)
        .use(Arbitraries.of(CreditPolicy.class))
        .in((b, c) -> b.credit(c))
        .use(Arbitraries.of(Ownership.class))
        .in((b, o) -> b.ownership(o))
        .use(Arbitraries.of("Peer trainers carry the course on").optional(0.7))
        .in((b, a) -> a.isPresent() ? b.afterClose(a.get()) : b)
        .use(
            seqs(
                Arbitraries.of(
                    "Everyone speaks before anyone speaks twice", "Jargon is challenged, kindly"),
                2))
        .in((b, g) -> b.groundRules(g))
        .use(Arbitraries.of("Raised with the co-chairs").optional(0.7))
        .in((b, d) -> d.isPresent() ? b.disputes(d.get()) : b)
        .use(Arbitraries.of("The board may overrule budget decisions").optional(0.5))
        .in((b, o) -> o.isPresent() ? b.outsideLines(o.get()) : b)
        .use(distinctSeqs(Arbitraries.of(DecisionType.class), 2))
        .in((b, r) -> b.reservedDecisions(r))
        .use(seqs(acknowledgements(), 2))
        .in((b, a) -> b.acknowledged(a))
        .build(Agreement.Builder::build);
  }

  private record Later(ParticipantId participant, int days) {}

  private record Signed(LocalDate date, List<Later> consents) {}

  /** Credits in every role. */
  public static Arbitrary<Credit> credits() {
    return Combinators.combine(participantIds(), Arbitraries.of(CreditRole.class)).as(Credit::of);
  }

  /** Rewards of every kind. */
  public static Arbitrary<Reward> rewards() {
    return Combinators.combine(participantIds(), Arbitraries.of(RewardKind.class)).as(Reward::of);
  }

  /** Outputs with owners, credits and rewards. */
  public static Arbitrary<Output> outputs() {
    return Builders.withBuilder(Output::builder)
        .use(outputIds())
        .in((b, id) -> b.id(id).title("Output " + id))
        .use(dates())
        .in((b, d) -> b.date(d))
        .use(distinctSeqs(participantIds(), 2))
        .in((b, o) -> b.owners(o))
        .use(seqs(credits(), 4))
        .in((b, c) -> b.credits(c))
        .use(seqs(rewards(), 2))
        .in((b, r) -> b.rewards(r))
        .build(Output.Builder::build);
  }
}
