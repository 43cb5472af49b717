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
import org.coprod.core.Attendance;
import org.coprod.core.Authority;
import org.coprod.core.CheckIn;
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
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.MeetingId;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentMethod;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Response;
import org.coprod.core.ResponseId;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.StoryConsent;
import org.coprod.core.StoryUse;
import org.coprod.core.Support;
import org.coprod.core.Tally;
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

  /** Meeting ids such as {@code meeting-3}. */
  public static Arbitrary<MeetingId> meetingIds() {
    return idText("meeting-").map(MeetingId::of);
  }

  /** Impact ids such as {@code impact-2}. */
  public static Arbitrary<ImpactId> impactIds() {
    return idText("impact-").map(ImpactId::of);
  }

  /** Response ids such as {@code response-1}. */
  public static Arbitrary<ResponseId> responseIds() {
    return idText("response-").map(ResponseId::of);
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
        agreementVersions(),
        meetingIds(),
        impactIds(),
        responseIds());
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
        .use(Arbitraries.of("Robin", "Sparrow", "R.").optional(0.2))
        .in((b, n) -> n.isPresent() ? b.creditName(n.get()) : b)
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
        .use(storyConsents().optional(0.5))
        .in((b, k) -> k.isPresent() ? b.consent(k.get()) : b)
        .build(
            b -> {
              Contribution c = b.build();
              // only a story carries its teller's consent
              return c.kind() == ContributionKind.STORY ? c : c.withConsent(Option.none());
            });
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
        .use(meetingIds().optional(0.2))
        .in((b, m) -> m.isPresent() ? b.meeting(m.get()) : b)
        .use(Arbitraries.of("We wanted the evening sessions kept").optional(0.1))
        .in((b, s) -> s.isPresent() ? b.minorityStatement(s.get()) : b)
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
        .use(distinctSeqs(Arbitraries.of(PaymentMethod.class), 3))
        .in((b, m) -> b.methods(m))
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
        .use(Arbitraries.of("Through the members' forum").optional(0.3))
        .in((b, r) -> r.isPresent() ? b.recruitment(r.get()) : b)
        .use(Arbitraries.of("A day on how the service is run").optional(0.3))
        .in((b, t) -> t.isPresent() ? b.training(t.get()) : b)
        .use(Arbitraries.integers().between(0, 90).optional(0.3))
        .in((b, d) -> d.isPresent() ? b.feedbackWithinDays(d.get()) : b)
        .use(Arbitraries.of("Any two members can ask for a pause").optional(0.5))
        .in((b, s) -> s.isPresent() ? b.stopClause(s.get()) : b)
        .use(supports().optional(0.5))
        .in((b, s) -> s.isPresent() ? b.support(s.get()) : b)
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
        .use(distinctSeqs(Arbitraries.of(StoryUse.class), 2))
        .in((b, u) -> b.use(u))
        .use(Arbitraries.integers().between(0, 900).optional(0.2))
        .in((b, n) -> n.isPresent() ? b.inUseUntil(b.build().date().plusDays(n.get())) : b)
        .use(seqs(nameWithdrawals(), 1))
        .in((b, w) -> b.nameWithdrawn(w))
        .build(
            b -> {
              Output o = b.build();
              // a person who took their name off is not credited on it
              return o.withNameWithdrawn(
                  o.nameWithdrawn().filter(w -> !o.recognises(w.participant())));
            });
  }

  // ------------------------------------------------------------------------------- the record

  /** A story's consent: some uses, sometimes an end, now and then a withdrawal. */
  public static Arbitrary<StoryConsent> storyConsents() {
    return Combinators.combine(
            distinctSeqs(Arbitraries.of(StoryUse.class), 3),
            dates().optional(0.3),
            dates().optional(0.1),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(
            (uses, until, withdrawn, anonymised, debrief) ->
                StoryConsent.builder()
                    .uses(uses)
                    .until(option(until))
                    .withdrawn(option(withdrawn))
                    .anonymised(anonymised)
                    .debriefOffered(debrief)
                    .build());
  }

  /** People who took their name off an output, and when. */
  public static Arbitrary<NameWithdrawal> nameWithdrawals() {
    return Combinators.combine(participantIds(), dates()).as(NameWithdrawal::of);
  }

  /** An agreement's support, each part written or not. */
  public static Arbitrary<Support> supports() {
    Arbitrary<Optional<String>> text = Arbitraries.of("Written down").optional(0.7);
    return Combinators.combine(text, text, text, text)
        .as(
            (contact, debrief, disclosure, independence) ->
                Support.builder()
                    .contact(option(contact))
                    .debrief(option(debrief))
                    .disclosure(option(disclosure))
                    .independence(option(independence))
                    .build());
  }

  /** Shares of the population using a service, by group. */
  public static Arbitrary<PopulationShare> populationShares() {
    return Combinators.combine(
            Arbitraries.of("Women", "Men", "Black British", "Over 65"),
            Arbitraries.integers().between(0, 100).map(n -> n / 100.0))
        .as(PopulationShare::of);
  }

  /** Equality-monitoring tallies, by group; never per person. */
  public static Arbitrary<MonitoringCount> monitoringCounts() {
    return Combinators.combine(
            Arbitraries.of("Women", "Men", "Black British", "Prefer not to say"),
            Arbitraries.integers().between(0, 40))
        .as(MonitoringCount::of);
  }

  /** One person at a meeting: their id alone, or with their own hours, kind and pay. */
  public static Arbitrary<Attendance> attendances() {
    return Combinators.combine(
            participantIds(),
            hours().optional(0.3),
            Arbitraries.of(ContributionKind.class).optional(0.2),
            money().optional(0.3))
        .as(
            (who, hours, kind, paid) ->
                Attendance.builder()
                    .participant(who)
                    .hours(option(hours))
                    .kind(option(kind))
                    .paid(paid.orElse(BigDecimal.ZERO))
                    .build());
  }

  /** Meetings of either format, with a chair, a facilitator and a register of distinct people. */
  public static Arbitrary<Meeting> meetings() {
    return Builders.withBuilder(Meeting::builder)
        .use(meetingIds())
        .in((b, id) -> b.id(id).title("Meeting " + id))
        .use(dates())
        .in((b, d) -> b.date(d))
        .use(Arbitraries.of(Phase.class))
        .in((b, p) -> b.phase(p))
        .use(Arbitraries.of(MeetingFormat.class))
        .in((b, f) -> b.format(f))
        .use(hours())
        .in((b, h) -> b.hours(h))
        .use(Arbitraries.of(0.0, 0.0, 1.0))
        .in((b, h) -> b.prepHours(h))
        .use(distinctSeqs(participantIds(), 2))
        .in((b, c) -> b.chairedBy(c))
        .use(distinctSeqs(participantIds(), 1))
        .in((b, f) -> b.facilitatedBy(f))
        .use(attendances().list().uniqueElements(Attendance::participant).ofMaxSize(6))
        .in((b, a) -> b.attended(Array.ofAll(a)))
        .use(outputIds().optional(0.3))
        .in((b, o) -> o.isPresent() ? b.output(o.get()) : b)
        .use(distinctSeqs(Arbitraries.of("step-free", "hybrid", "bsl", "quiet-room"), 2))
        .in((b, p) -> b.provides(p))
        .build(Meeting.Builder::build);
  }

  /** Impacts of every outcome, from people, meetings or contributions, told or not. */
  public static Arbitrary<Impact> impacts() {
    return Builders.withBuilder(Impact::builder)
        .use(impactIds())
        .in((b, id) -> b.id(id).change("A change, " + id))
        .use(
            Arbitraries.oneOf(participantIds(), meetingIds(), contributionIds())
                .list()
                .uniqueElements()
                .ofMaxSize(3))
        .in((b, f) -> b.from(Array.ofAll(f)))
        .use(Arbitraries.of(ImpactOutcome.class))
        .in(
            (b, o) ->
                o == ImpactOutcome.NOT_ADOPTED
                    ? b.outcome(o).reason("It needs money the group does not hold")
                    : b.outcome(o))
        .use(decisionIds().optional(0.3))
        .in((b, d) -> d.isPresent() ? b.decision(d.get()) : b)
        .use(outputIds().optional(0.3))
        .in((b, o) -> o.isPresent() ? b.output(o.get()) : b)
        .use(
            Combinators.combine(dates(), Arbitraries.integers().between(0, 60).optional(0.6))
                .as(Fed::new))
        .in(
            (b, f) -> {
              b.date(f.date());
              f.after().ifPresent(n -> b.toldOn(f.date().plusDays(n)));
              return b;
            })
        .build(Impact.Builder::build);
  }

  /** Tallies of answers 1 to 5 of up to {@code respondents} people. */
  public static Arbitrary<Tally> tallies(int respondents) {
    return Arbitraries.integers()
        .between(1, 5)
        .list()
        .ofMaxSize(Math.max(0, respondents))
        .map(
            answers -> {
              int[] counts = new int[5];
              answers.forEach(a -> counts[a - 1]++);
              return Tally.of(counts[0], counts[1], counts[2], counts[3], counts[4]);
            });
  }

  /** Tallies of up to 12 people's answers. */
  public static Arbitrary<Tally> tallies() {
    return tallies(12);
  }

  /** One round and side of a check-in, with tallies no larger than its respondents. */
  public static Arbitrary<CheckIn> checkIns() {
    return Combinators.combine(
            dates(), Arbitraries.of(Side.class), Arbitraries.integers().between(0, 12))
        .flatAs(
            (round, side, respondents) ->
                Combinators.combine(
                        tallies(respondents).optional(0.9),
                        tallies(respondents).optional(0.7),
                        tallies(respondents).optional(0.7))
                    .as(
                        (heard, influence, supported) ->
                            CheckIn.builder()
                                .round(round)
                                .side(side)
                                .respondents(respondents)
                                .heard(option(heard))
                                .influence(option(influence))
                                .supported(option(supported))
                                .build()));
  }

  /** The group's responses to findings: open, done or declined with a reason. */
  public static Arbitrary<Response> responses() {
    return Combinators.combine(
            responseIds(),
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(16),
            dates(),
            Arbitraries.integers().between(0, 90).optional(0.7),
            Arbitraries.of(ResponseStatus.class),
            participantIds().optional(0.5))
        .as(
            (id, finding, date, review, status, owner) ->
                Response.builder()
                    .id(id)
                    .finding(finding)
                    .date(date)
                    .action("Talk it through at the next meeting")
                    .owner(option(owner))
                    .reviewBy(option(review).map(date::plusDays))
                    .status(status)
                    .reason(
                        status == ResponseStatus.DECLINED
                            ? Option.some("The board holds this decision")
                            : Option.none())
                    .build());
  }
}
