package org.coprod.io;

import java.util.List;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
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
import org.coprod.core.Involvement;
import org.coprod.core.LadderStep;
import org.coprod.core.Nature;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
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
      in -> in.scalar("text", Value.Expect.ANY_SCALAR, false, in::term);

  static final Value<String> PERSONAL_TERM =
      in -> in.scalar("text", Value.Expect.ANY_SCALAR, true, in::term);
  static final Value<java.time.LocalDate> DATE =
      in -> in.scalar("a date", Value.Expect.ANY_SCALAR, false, in::date);
  static final Value<java.math.BigDecimal> MONEY =
      in -> in.scalar("an amount of money", Value.Expect.NUMBER, false, in::money);
  static final Value<Double> HOURS =
      Value.scalar("a number of hours", Value.Expect.NUMBER, false, Scalars::hours);
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
      in ->
          in.scalar(
              "an id",
              Value.Expect.ANY_SCALAR,
              false,
              t -> in.shared(Scalars.id(t), ParticipantId.class, ParticipantId::of));
  static final Value<OutputId> OUTPUT =
      in ->
          in.scalar(
              "an id",
              Value.Expect.ANY_SCALAR,
              false,
              t -> in.shared(Scalars.id(t), OutputId.class, OutputId::of));
  static final Value<ResourceId> RESOURCE_ID = ID.map(ResourceId::of);
  static final Value<ContributionId> CONTRIBUTION_ID = ID.map(ContributionId::of);
  static final Value<DecisionId> DECISION_ID = ID.map(DecisionId::of);

  /** A constant of an enum, named exactly as in the model. */
  static <E extends Enum<E>> Value<E> constant(Class<E> type, String noun, boolean personal) {
    return Value.scalar(
        noun, Value.Expect.ANY_SCALAR, personal, t -> Scalars.constant(type, noun, t));
  }

  // ---- mappings

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
          .optional("closed", DATE, Project.Builder::closed);

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
          .required("joined", DATE, Participant.Builder::joined)
          .optional("left", DATE, Participant.Builder::left);

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
          .optional("output", OUTPUT, Contribution.Builder::output);

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
          .optional("feedback", DATE, Decision.Builder::feedback);

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
          .optional("benefitsAdvice", BOOLEAN, PaymentTerms.Builder::benefitsAdvice);

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
              "acknowledged", ACKNOWLEDGEMENT.list(), Agreement.Builder::setIterableAcknowledged);

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
          .optional("rewards", REWARD.list(), Output.Builder::setIterableRewards);

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
      return b;
    }
  }

  static final Shape<Root, Root> FILE =
      Shape.of("a project file", Root::new, (Root r) -> r)
          .required("coprod", FORMAT_VERSION, (r, v) -> {})
          .required("project", HEADER.unit("project"), (r, h) -> r.header = h)
          .optional(
              "participants", PARTICIPANT_SHAPE.units("participants"), (r, l) -> r.participants = l)
          .optional("roles", ROLE.units("roles"), (r, l) -> r.roles = l)
          .optional("resources", RESOURCE.units("resources"), (r, l) -> r.resources = l)
          .optional(
              "contributions", CONTRIBUTION.units("contributions"), (r, l) -> r.contributions = l)
          .optional("decisions", DECISION.units("decisions"), (r, l) -> r.decisions = l)
          .optional("agreements", AGREEMENT.units("agreements"), (r, l) -> r.agreements = l)
          .optional("outputs", OUTPUT_SHAPE.units("outputs"), (r, l) -> r.outputs = l);

  /** Every mapping of the format by its name in the JSON Schema's {@code $defs}. */
  static java.util.Map<String, Shape<?, ?>> shapes() {
    java.util.Map<String, Shape<?, ?>> out = new java.util.LinkedHashMap<>();
    out.put("file", FILE);
    out.put("project", HEADER);
    out.put("participant", PARTICIPANT_SHAPE);
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
    return out;
  }
}
