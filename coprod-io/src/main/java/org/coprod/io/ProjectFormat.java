package org.coprod.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.Attendance;
import org.coprod.core.Authority;
import org.coprod.core.Break;
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
import org.coprod.core.LadderStep;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.MeetingId;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Nature;
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
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
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
import org.jspecify.annotations.Nullable;

/**
 * The project file format, version 1, written once: every mapping's keys, which are required, and
 * what each value is. The reader walks these shapes; the JSON Schema in the jar says the same (a
 * test holds the two together).
 */
final class ProjectFormat {
  private ProjectFormat() {}

  /** The format version this library reads and writes. */
  static final int VERSION = 1;

  // ---- values

  static final Value<String> TEXT = Value.scalar("text", Value.Expect.ANY_SCALAR, false, t -> t);
  static final Value<String> PERSONAL_TEXT =
      Value.scalar("text", Value.Expect.ANY_SCALAR, true, t -> t);

  /** Short text that repeats (skills, needs, units), shared rather than held once a time. */
  static final Value<String> TERM =
      Value.cached(String.class, "text", Value.Expect.ANY_SCALAR, false, Cursor::term);

  static final Value<String> PERSONAL_TERM =
      Value.cached(String.class, "text", Value.Expect.ANY_SCALAR, true, Cursor::term);
  static final Value<java.time.LocalDate> DATE =
      Value.cached(
          java.time.LocalDate.class, "a date", Value.Expect.ANY_SCALAR, false, Cursor::date);
  static final Value<java.math.BigDecimal> MONEY =
      Value.cached(
          java.math.BigDecimal.class,
          "an amount of money",
          Value.Expect.NUMBER,
          false,
          Cursor::money);
  static final Value<Double> HOURS =
      Value.cached(
          Double.class,
          "a number of hours",
          Value.Expect.NUMBER,
          false,
          (in, t) -> Scalars.hours(t));
  static final Value<Double> PERSONAL_HOURS =
      Value.scalar("a number of hours", Value.Expect.NUMBER, true, Scalars::hours);
  static final Value<Integer> WHOLE =
      Value.scalar("a whole number", Value.Expect.NUMBER, false, Scalars::whole);
  static final Value<Boolean> BOOLEAN =
      Value.scalar("true or false", Value.Expect.BOOLEAN, false, Scalars::bool);
  static final Value<Boolean> PERSONAL_BOOLEAN =
      Value.scalar("true or false", Value.Expect.BOOLEAN, true, Scalars::bool);
  static final Value<String> ID =
      Value.scalar("an id", Value.Expect.ANY_SCALAR, false, Scalars::id);
  static final Value<ProjectId> PROJECT_ID = ID.map(ProjectId::of);
  static final Value<ParticipantId> PARTICIPANT =
      Value.cached(
          ParticipantId.class,
          "an id",
          Value.Expect.ANY_SCALAR,
          false,
          (in, t) -> in.shared(Scalars.id(t), ParticipantId.class, ParticipantId::of));
  static final Value<OutputId> OUTPUT =
      Value.cached(
          OutputId.class,
          "an id",
          Value.Expect.ANY_SCALAR,
          false,
          (in, t) -> in.shared(Scalars.id(t), OutputId.class, OutputId::of));
  static final Value<ResourceId> RESOURCE_ID = ID.map(ResourceId::of);
  static final Value<ContributionId> CONTRIBUTION_ID = ID.map(ContributionId::of);
  static final Value<DecisionId> DECISION_ID = ID.map(DecisionId::of);
  static final Value<MeetingId> MEETING_ID = ID.map(MeetingId::of);
  static final Value<ImpactId> IMPACT_ID = ID.map(ImpactId::of);
  static final Value<ResponseId> RESPONSE_ID = ID.map(ResponseId::of);
  static final Value<Double> SHARE =
      Value.scalar("a share from 0 to 1", Value.Expect.NUMBER, false, Scalars::share);

  /**
   * An id of anything an impact may come from. Which kind it is (a contribution, a meeting, a
   * participant) shows only once the whole file is read, since ids are unique across it: it is read
   * as a contribution's and given its kind when the file is put together ({@link Root#assemble()}).
   */
  static final Value<Id> SOURCE = ID.map(v -> (Id) ContributionId.of(v));

  /** A constant of an enum, named exactly as in the model. */
  static <E extends Enum<E>> Value<E> constant(Class<E> type, String noun, boolean personal) {
    return Value.cached(
        type, noun, Value.Expect.ANY_SCALAR, personal, (in, t) -> Scalars.constant(type, noun, t));
  }

  // ---- mappings

  static final Shape<PopulationShare.Builder, PopulationShare> POPULATION_SHARE =
      Shape.of("a population group", PopulationShare::builder, PopulationShare.Builder::build)
          .required("group", TEXT, PopulationShare.Builder::group)
          .required("share", SHARE, PopulationShare.Builder::share);

  static final Shape<MonitoringCount.Builder, MonitoringCount> MONITORING_COUNT =
      Shape.of("a monitoring count", MonitoringCount::builder, MonitoringCount.Builder::build)
          .required("group", TEXT, MonitoringCount.Builder::group)
          .required("count", WHOLE, MonitoringCount.Builder::count);

  static final Shape<StoryConsent.Builder, StoryConsent> STORY_CONSENT =
      Shape.of("a story's consent", StoryConsent::builder, StoryConsent.Builder::build)
          .optional(
              "uses",
              constant(StoryUse.class, "a use of a story", false).list(),
              StoryConsent.Builder::setIterableUses)
          .optional("until", DATE, StoryConsent.Builder::until)
          .optional("withdrawn", DATE, StoryConsent.Builder::withdrawn)
          .optional("anonymised", BOOLEAN, StoryConsent.Builder::anonymised)
          .optional("debriefOffered", BOOLEAN, StoryConsent.Builder::debriefOffered);

  static final Shape<NameWithdrawal.Builder, NameWithdrawal> NAME_WITHDRAWAL =
      Shape.of("a name taken off", NameWithdrawal::builder, NameWithdrawal.Builder::build)
          .required("participant", PARTICIPANT, NameWithdrawal.Builder::participant)
          .required("date", DATE, NameWithdrawal.Builder::date);

  static final Shape<Support.Builder, Support> SUPPORT =
      Shape.of("support", Support::builder, Support.Builder::build)
          .optional("contact", TEXT, Support.Builder::contact)
          .optional("debrief", TEXT, Support.Builder::debrief)
          .optional("disclosure", TEXT, Support.Builder::disclosure)
          .optional("independence", TEXT, Support.Builder::independence);

  static final Shape<Project.Builder, Project.Builder> HEADER =
      Shape.of("the project", Project::builder, (Project.Builder b) -> b)
          .required("id", PROJECT_ID, Project.Builder::id)
          .required("title", TEXT, Project.Builder::title)
          .optional("purpose", TEXT, Project.Builder::purpose)
          .optional(
              "nature", constant(Nature.class, "a nature of work", false), Project.Builder::nature)
          .optional(
              "claimedLevel",
              constant(LadderStep.class, "a step of the ladder", false),
              Project.Builder::claimedLevel)
          .required("started", DATE, Project.Builder::started)
          .optional("closed", DATE, Project.Builder::closed)
          .optional("involvementAim", TEXT, Project.Builder::involvementAim)
          .optional("reflections", TEXT, Project.Builder::reflections)
          // a secret: never repeated in a message (its form is checked by validation)
          .optional("fingerprintKey", PERSONAL_TEXT, Project.Builder::fingerprintKey)
          .optional("population", POPULATION_SHARE.list(), Project.Builder::setIterablePopulation)
          .optional("monitoring", MONITORING_COUNT.list(), Project.Builder::setIterableMonitoring);

  static final Shape<Break.Builder, Break> BREAK =
      Shape.of("a break", Break::builder, Break.Builder::build)
          .required("from", DATE, Break.Builder::from)
          .optional("until", DATE, Break.Builder::until)
          .optional("agreed", PERSONAL_BOOLEAN, Break.Builder::agreed);

  static final Shape<Participant.Builder, Participant> PARTICIPANT_SHAPE =
      Shape.of("a participant", Participant::builder, Participant.Builder::build)
          .required("id", PARTICIPANT, Participant.Builder::id)
          .optional("name", PERSONAL_TEXT, Participant.Builder::name)
          .required("side", constant(Side.class, "a side", true), Participant.Builder::side)
          .optional(
              "perspectives",
              constant(Perspective.class, "a perspective", true).list(),
              Participant.Builder::setIterablePerspectives)
          .optional(
              "employment",
              constant(Employment.class, "a kind of employment", false),
              Participant.Builder::employment)
          .optional(
              "involvement",
              constant(Involvement.class, "a kind of involvement", false),
              Participant.Builder::involvement)
          .optional("declinesPayment", PERSONAL_BOOLEAN, Participant.Builder::declinesPayment)
          .optional(
              "declineReason",
              constant(DeclineReason.class, "a reason to decline payment", true),
              Participant.Builder::declineReason)
          .optional("accountableTo", TEXT, Participant.Builder::accountableTo)
          .optional("skills", TERM.list(), Participant.Builder::setIterableSkills)
          .optional(
              "accessNeeds", PERSONAL_TERM.list(), Participant.Builder::setIterableAccessNeeds)
          .optional(
              "availableHoursPerWeek", PERSONAL_HOURS, Participant.Builder::availableHoursPerWeek)
          .optional(
              "creditPreference",
              constant(CreditPreference.class, "a credit preference", false),
              Participant.Builder::creditPreference)
          .optional("creditName", PERSONAL_TEXT, Participant.Builder::creditName)
          .required("joined", DATE, Participant.Builder::joined)
          .optional("left", DATE, Participant.Builder::left)
          .optional("breaks", BREAK.list(), Participant.Builder::setIterableBreaks);

  static final Shape<Role.Builder, Role> ROLE =
      Shape.of("a role", Role::builder, Role.Builder::build)
          .required("participant", PARTICIPANT, Role.Builder::participant)
          .required("title", TEXT, Role.Builder::title)
          .optional(
              "authority",
              constant(Authority.class, "an authority", false),
              Role.Builder::authority)
          .required("from", DATE, Role.Builder::from)
          .optional("until", DATE, Role.Builder::until)
          .optional("afterClose", BOOLEAN, Role.Builder::afterClose);

  static final Shape<Resource.Builder, Resource> RESOURCE =
      Shape.of("a resource", Resource::builder, Resource.Builder::build)
          .required("id", RESOURCE_ID, Resource.Builder::id)
          .required(
              "kind",
              constant(ResourceKind.class, "a kind of resource", false),
              Resource.Builder::kind)
          .required("amount", MONEY, Resource.Builder::amount)
          .required("unit", TERM, Resource.Builder::unit)
          .optional("controlledBy", PARTICIPANT.list(), Resource.Builder::setIterableControlledBy)
          .optional("meets", PERSONAL_TERM.list(), Resource.Builder::setIterableMeets)
          .optional("serves", PARTICIPANT.list(), Resource.Builder::setIterableServes);

  static final Shape<Expenses.Builder, Expenses> EXPENSES =
      Shape.of("expenses", Expenses::builder, Expenses.Builder::build)
          .required("claimed", MONEY, Expenses.Builder::claimed)
          .optional("reimbursed", DATE, Expenses.Builder::reimbursed);

  static final Shape<Contribution.Builder, Contribution> CONTRIBUTION =
      Shape.of("a contribution", Contribution::builder, Contribution.Builder::build)
          .optional("id", CONTRIBUTION_ID, Contribution.Builder::id)
          .required("participant", PARTICIPANT, Contribution.Builder::participant)
          .required("date", DATE, Contribution.Builder::date)
          .required("phase", constant(Phase.class, "a phase", false), Contribution.Builder::phase)
          .required(
              "kind",
              constant(ContributionKind.class, "a kind of contribution", false),
              Contribution.Builder::kind)
          .required("hours", HOURS, Contribution.Builder::hours)
          .optional("skills", TERM.list(), Contribution.Builder::setIterableSkills)
          .optional("paid", MONEY, Contribution.Builder::paid)
          .optional("paidOn", DATE, Contribution.Builder::paidOn)
          .optional("expenses", EXPENSES, Contribution.Builder::expenses)
          .optional("output", OUTPUT, Contribution.Builder::output)
          .optional("consent", STORY_CONSENT, Contribution.Builder::consent);

  static final Shape<Decision.Builder, Decision> DECISION =
      Shape.of("a decision", Decision::builder, Decision.Builder::build)
          .required("id", DECISION_ID, Decision.Builder::id)
          .required("date", DATE, Decision.Builder::date)
          .required("phase", constant(Phase.class, "a phase", false), Decision.Builder::phase)
          .required("topic", TEXT, Decision.Builder::topic)
          .required(
              "type",
              constant(DecisionType.class, "a type of decision", false),
              Decision.Builder::type)
          .optional("key", BOOLEAN, Decision.Builder::key)
          .optional(
              "rule",
              constant(DecisionRule.class, "a decision rule", false),
              Decision.Builder::rule)
          .optional("ledBy", PARTICIPANT, Decision.Builder::ledBy)
          .optional("decidedBy", PARTICIPANT.list(), Decision.Builder::setIterableDecidedBy)
          .optional("objectedBy", PARTICIPANT.list(), Decision.Builder::setIterableObjectedBy)
          .optional("consulted", PARTICIPANT.list(), Decision.Builder::setIterableConsulted)
          .optional("overriddenBy", TEXT, Decision.Builder::overriddenBy)
          .optional("feedback", DATE, Decision.Builder::feedback)
          .optional("meeting", MEETING_ID, Decision.Builder::meeting)
          .optional("minorityStatement", TEXT, Decision.Builder::minorityStatement);

  static final Shape<Consent.Builder, Consent> CONSENT =
      Shape.of("a consent", Consent::builder, Consent.Builder::build)
          .required("participant", PARTICIPANT, Consent.Builder::participant)
          .required("date", DATE, Consent.Builder::date);

  static final Shape<PaymentTerms.Builder, PaymentTerms> PAYMENT =
      Shape.of("payment terms", PaymentTerms::builder, PaymentTerms.Builder::build)
          .optional("ratePerHour", MONEY, PaymentTerms.Builder::ratePerHour)
          .optional("currency", TERM, PaymentTerms.Builder::currency)
          .optional("prepAndTravelPaid", BOOLEAN, PaymentTerms.Builder::prepAndTravelPaid)
          .optional("paymentWithinDays", WHOLE, PaymentTerms.Builder::paymentWithinDays)
          .optional("expensesWithinDays", WHOLE, PaymentTerms.Builder::expensesWithinDays)
          .optional("benefitsAdvice", BOOLEAN, PaymentTerms.Builder::benefitsAdvice)
          .optional(
              "methods",
              constant(PaymentMethod.class, "a payment method", false).list(),
              PaymentTerms.Builder::setIterableMethods);

  static final Shape<Acknowledgement.Builder, Acknowledgement> ACKNOWLEDGEMENT =
      Shape.of("an acknowledgement", Acknowledgement::builder, Acknowledgement.Builder::build)
          .required("rule", TEXT, Acknowledgement.Builder::rule)
          .optional("subject", TEXT, Acknowledgement.Builder::subject)
          .required("reason", TEXT, Acknowledgement.Builder::reason);

  static final Shape<Agreement.Builder, Agreement> AGREEMENT =
      Shape.of("an agreement", Agreement::builder, Agreement.Builder::build)
          .required("version", WHOLE, Agreement.Builder::version)
          .required("date", DATE, Agreement.Builder::date)
          .optional("consents", CONSENT.list(), Agreement.Builder::setIterableConsents)
          .optional(
              "decisionRule",
              constant(DecisionRule.class, "a decision rule", false),
              Agreement.Builder::decisionRule)
          .optional("payment", PAYMENT, Agreement.Builder::payment)
          .optional(
              "credit",
              constant(CreditPolicy.class, "a credit policy", false),
              Agreement.Builder::credit)
          .optional(
              "ownership",
              constant(Ownership.class, "an ownership", false),
              Agreement.Builder::ownership)
          .optional("afterClose", TEXT, Agreement.Builder::afterClose)
          .optional("groundRules", TEXT.list(), Agreement.Builder::setIterableGroundRules)
          .optional("disputes", TEXT, Agreement.Builder::disputes)
          .optional("outsideLines", TEXT, Agreement.Builder::outsideLines)
          .optional(
              "reservedDecisions",
              constant(DecisionType.class, "a type of decision", false).list(),
              Agreement.Builder::setIterableReservedDecisions)
          .optional(
              "acknowledged", ACKNOWLEDGEMENT.list(), Agreement.Builder::setIterableAcknowledged)
          .optional("recruitment", TEXT, Agreement.Builder::recruitment)
          .optional("training", TEXT, Agreement.Builder::training)
          .optional("feedbackWithinDays", WHOLE, Agreement.Builder::feedbackWithinDays)
          .optional("stopClause", TEXT, Agreement.Builder::stopClause)
          .optional("support", SUPPORT, Agreement.Builder::support);

  static final Shape<Credit.Builder, Credit> CREDIT =
      Shape.of("a credit", Credit::builder, Credit.Builder::build)
          .required("participant", PARTICIPANT, Credit.Builder::participant)
          .required("as", constant(CreditRole.class, "a credit role", false), Credit.Builder::as);

  static final Shape<Reward.Builder, Reward> REWARD =
      Shape.of("a reward", Reward::builder, Reward.Builder::build)
          .required("participant", PARTICIPANT, Reward.Builder::participant)
          .required(
              "kind", constant(RewardKind.class, "a kind of reward", false), Reward.Builder::kind);

  static final Shape<Output.Builder, Output> OUTPUT_SHAPE =
      Shape.of("an output", Output::builder, Output.Builder::build)
          .required("id", OUTPUT, Output.Builder::id)
          .required("title", TEXT, Output.Builder::title)
          .required("date", DATE, Output.Builder::date)
          .optional("owners", PARTICIPANT.list(), Output.Builder::setIterableOwners)
          .optional("credits", CREDIT.list(), Output.Builder::setIterableCredits)
          .optional("rewards", REWARD.list(), Output.Builder::setIterableRewards)
          .optional(
              "use",
              constant(StoryUse.class, "a use of a story", false).list(),
              Output.Builder::setIterableUse)
          .optional("inUseUntil", DATE, Output.Builder::inUseUntil)
          .optional(
              "nameWithdrawn", NAME_WITHDRAWAL.list(), Output.Builder::setIterableNameWithdrawn);

  static final Shape<Attendance.Builder, Attendance> ATTENDANCE =
      Shape.of("an attendance", Attendance::builder, Attendance.Builder::build)
          .required("participant", PARTICIPANT, Attendance.Builder::participant)
          .optional("hours", HOURS, Attendance.Builder::hours)
          .optional(
              "kind",
              constant(ContributionKind.class, "a kind of contribution", false),
              Attendance.Builder::kind)
          .optional("paid", MONEY, Attendance.Builder::paid)
          .optional("paidOn", DATE, Attendance.Builder::paidOn)
          .optional("expenses", EXPENSES, Attendance.Builder::expenses);

  /** An entry of a register: a participant's id alone, or a mapping where the person differs. */
  static final Value<Attendance> ATTENDED =
      in ->
          in.token() == JsonToken.START_OBJECT
              ? ATTENDANCE.read(in)
              : PARTICIPANT.map(Attendance::of).read(in);

  static final Shape<Meeting.Builder, Meeting> MEETING =
      Shape.of("a meeting", Meeting::builder, Meeting.Builder::build)
          .required("id", MEETING_ID, Meeting.Builder::id)
          .required("date", DATE, Meeting.Builder::date)
          .required("phase", constant(Phase.class, "a phase", false), Meeting.Builder::phase)
          .required("title", TEXT, Meeting.Builder::title)
          .optional(
              "format",
              constant(MeetingFormat.class, "a meeting format", false),
              Meeting.Builder::format)
          .required("hours", HOURS, Meeting.Builder::hours)
          .optional("prepHours", HOURS, Meeting.Builder::prepHours)
          .optional("chairedBy", PARTICIPANT.list(), Meeting.Builder::setIterableChairedBy)
          .optional("facilitatedBy", PARTICIPANT.list(), Meeting.Builder::setIterableFacilitatedBy)
          .optional("attended", ATTENDED.list(), Meeting.Builder::setIterableAttended)
          .optional("output", OUTPUT, Meeting.Builder::output)
          .optional("provides", TERM.list(), Meeting.Builder::setIterableProvides);

  static final Shape<Impact.Builder, Impact> IMPACT =
      Shape.of("an impact", Impact::builder, Impact.Builder::build)
          .required("id", IMPACT_ID, Impact.Builder::id)
          .required("date", DATE, Impact.Builder::date)
          .optional("from", SOURCE.list(), Impact.Builder::setIterableFrom)
          .required("change", TEXT, Impact.Builder::change)
          .required(
              "outcome",
              constant(ImpactOutcome.class, "an outcome", false),
              Impact.Builder::outcome)
          .optional("reason", TEXT, Impact.Builder::reason)
          .optional("decision", DECISION_ID, Impact.Builder::decision)
          .optional("output", OUTPUT, Impact.Builder::output)
          .optional("toldOn", DATE, Impact.Builder::toldOn);

  /** A tally: five whole numbers, the counts of the answers 1 to 5. */
  static final Value<Tally> TALLY =
      WHOLE.list().map(counts -> Tally.builder().setIterableCounts(counts).build());

  static final Shape<CheckIn.Builder, CheckIn> CHECK_IN =
      Shape.of("a check-in", CheckIn::builder, CheckIn.Builder::build)
          .required("round", DATE, CheckIn.Builder::round)
          .required("side", constant(Side.class, "a side", false), CheckIn.Builder::side)
          .required("respondents", WHOLE, CheckIn.Builder::respondents)
          .optional("heard", TALLY, CheckIn.Builder::heard)
          .optional("influence", TALLY, CheckIn.Builder::influence)
          .optional("supported", TALLY, CheckIn.Builder::supported);

  static final Shape<Response.Builder, Response> RESPONSE =
      Shape.of("a response", Response::builder, Response.Builder::build)
          .required("id", RESPONSE_ID, Response.Builder::id)
          .required("finding", TEXT, Response.Builder::finding)
          .required("date", DATE, Response.Builder::date)
          .optional("action", TEXT, Response.Builder::action)
          .optional("owner", PARTICIPANT, Response.Builder::owner)
          .optional("reviewBy", DATE, Response.Builder::reviewBy)
          .optional(
              "status",
              constant(ResponseStatus.class, "a response status", false),
              Response.Builder::status)
          .optional("reason", TEXT, Response.Builder::reason);

  /** The format version: refuses a newer one at once, since its keys may mean other things. */
  static final Value<Integer> FORMAT_VERSION =
      in -> {
        Integer version = in.scalar("a format version", Value.Expect.NUMBER, false, Scalars::whole);
        if (version == null) {
          return null;
        }
        if (version > VERSION) {
          in.problem(
              Problem.Kind.UNSUPPORTED_VERSION,
              "the file is in format version "
                  + version
                  + "; this reader reads version "
                  + VERSION);
          throw new Stop(true);
        }
        if (version < 1) {
          in.problem(
              Problem.Kind.INVALID_VALUE,
              "format versions start at 1; this reader reads version " + VERSION);
          return null;
        }
        return version;
      };

  /** What a file holds, as it is read. */
  static final class Root {
    Project.@Nullable Builder header;
    @Nullable List<Participant> participants;
    @Nullable List<Role> roles;
    @Nullable List<Resource> resources;
    @Nullable List<Contribution> contributions;
    @Nullable List<Decision> decisions;
    @Nullable List<Agreement> agreements;
    @Nullable List<Output> outputs;
    @Nullable List<Meeting> meetings;
    @Nullable List<Impact> impacts;
    @Nullable List<CheckIn> checkIns;
    @Nullable List<Response> responses;

    /** Puts the lists another tree holds in place of this one's (a folder's CSV lists). */
    void replaceWith(Root lists) {
      participants = lists.participants != null ? lists.participants : participants;
      roles = lists.roles != null ? lists.roles : roles;
      resources = lists.resources != null ? lists.resources : resources;
      contributions = lists.contributions != null ? lists.contributions : contributions;
      decisions = lists.decisions != null ? lists.decisions : decisions;
      agreements = lists.agreements != null ? lists.agreements : agreements;
      outputs = lists.outputs != null ? lists.outputs : outputs;
      meetings = lists.meetings != null ? lists.meetings : meetings;
      impacts = lists.impacts != null ? lists.impacts : impacts;
      checkIns = lists.checkIns != null ? lists.checkIns : checkIns;
      responses = lists.responses != null ? lists.responses : responses;
    }

    /** The project's parts in one builder; null if the header is missing. */
    Project.@Nullable Builder assemble() {
      Project.Builder b = header;
      if (b == null) {
        return null;
      }
      if (participants != null) {
        b.setIterableParticipants(participants);
      }
      if (roles != null) {
        b.setIterableRoles(roles);
      }
      if (resources != null) {
        b.setIterableResources(resources);
      }
      if (contributions != null) {
        b.setIterableContributions(contributions);
      }
      if (decisions != null) {
        b.setIterableDecisions(decisions);
      }
      if (agreements != null) {
        b.setIterableAgreements(agreements);
      }
      if (outputs != null) {
        b.setIterableOutputs(outputs);
      }
      if (meetings != null) {
        b.setIterableMeetings(meetings);
      }
      if (impacts != null) {
        b.setIterableImpacts(typed(impacts));
      }
      if (checkIns != null) {
        b.setIterableCheckIns(checkIns);
      }
      if (responses != null) {
        b.setIterableResponses(responses);
      }
      return b;
    }

    /**
     * The impacts with each source given its kind: a participant's id, a meeting's, else a
     * contribution's (its own id, a meeting's attendance or a story's name); validation then says
     * which of them names nothing.
     */
    private List<Impact> typed(List<Impact> read) {
      java.util.Set<String> people = new java.util.HashSet<>();
      if (participants != null) {
        participants.forEach(p -> people.add(p.id().value()));
      }
      java.util.Set<String> met = new java.util.HashSet<>();
      if (meetings != null) {
        meetings.forEach(m -> met.add(m.id().value()));
      }
      List<Impact> out = new java.util.ArrayList<>(read.size());
      for (Impact x : read) {
        out.add(
            x.withFrom(
                x.from()
                    .map(
                        id ->
                            people.contains(id.value())
                                ? ParticipantId.of(id.value())
                                : met.contains(id.value()) ? MeetingId.of(id.value()) : id)));
      }
      return out;
    }
  }

  static final Shape<Root, Root> FILE =
      lists(
          Shape.of("a project file", Root::new, (Root r) -> r)
              .required("coprod", FORMAT_VERSION, (r, v) -> {})
              .required("project", HEADER.unit("project"), (r, h) -> r.header = h));

  /**
   * The lists of a file without its version and header: what the CSV files of a project folder
   * hold, beside the project file that holds the rest.
   */
  static final Shape<Root, Root> LISTS =
      lists(Shape.of("the lists of a project", Root::new, (Root r) -> r));

  /** The top-level lists of the format, added to a shape of the whole or of its lists. */
  private static Shape<Root, Root> lists(Shape<Root, Root> shape) {
    return shape
        .optional(
            "participants", PARTICIPANT_SHAPE.units("participants"), (r, l) -> r.participants = l)
        .optional("roles", ROLE.units("roles"), (r, l) -> r.roles = l)
        .optional("resources", RESOURCE.units("resources"), (r, l) -> r.resources = l)
        .optional(
            "contributions", CONTRIBUTION.units("contributions"), (r, l) -> r.contributions = l)
        .optional("decisions", DECISION.units("decisions"), (r, l) -> r.decisions = l)
        .optional("agreements", AGREEMENT.units("agreements"), (r, l) -> r.agreements = l)
        .optional("outputs", OUTPUT_SHAPE.units("outputs"), (r, l) -> r.outputs = l)
        .optional("meetings", MEETING.units("meetings"), (r, l) -> r.meetings = l)
        .optional("impacts", IMPACT.units("impacts"), (r, l) -> r.impacts = l)
        .optional("checkIns", CHECK_IN.units("checkIns"), (r, l) -> r.checkIns = l)
        .optional("responses", RESPONSE.units("responses"), (r, l) -> r.responses = l);
  }

  /** Every mapping of the format by its name in the JSON Schema's {@code $defs}. */
  static java.util.Map<String, Shape<?, ?>> shapes() {
    java.util.Map<String, Shape<?, ?>> out = new java.util.LinkedHashMap<>();
    out.put("file", FILE);
    out.put("project", HEADER);
    out.put("participant", PARTICIPANT_SHAPE);
    out.put("break", BREAK);
    out.put("role", ROLE);
    out.put("resource", RESOURCE);
    out.put("contribution", CONTRIBUTION);
    out.put("expenses", EXPENSES);
    out.put("decision", DECISION);
    out.put("agreement", AGREEMENT);
    out.put("consent", CONSENT);
    out.put("payment", PAYMENT);
    out.put("acknowledgement", ACKNOWLEDGEMENT);
    out.put("output", OUTPUT_SHAPE);
    out.put("credit", CREDIT);
    out.put("reward", REWARD);
    out.put("population", POPULATION_SHARE);
    out.put("monitoring", MONITORING_COUNT);
    out.put("storyConsent", STORY_CONSENT);
    out.put("nameWithdrawal", NAME_WITHDRAWAL);
    out.put("support", SUPPORT);
    out.put("meeting", MEETING);
    out.put("attendance", ATTENDANCE);
    out.put("impact", IMPACT);
    out.put("checkIn", CHECK_IN);
    out.put("response", RESPONSE);
    return out;
  }
}
