package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.coprod.core.Acknowledgement;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Break;
import org.coprod.core.Credit;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.MonitoringCount;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentMethod;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.core.ResourceKind;
import org.coprod.core.Side;
import org.coprod.core.Support;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;

/**
 * A change to a generated project that core's generator never makes by itself, so that properties
 * also meet what real groups write: acknowledgements, overridden decisions, reserved decision
 * types, objections, majority and lead-decides rules, key decisions among professionals, no
 * agreement at all, an output nobody is credited on, lived experience only acknowledged on an
 * output, an access need nothing meets, the safeguards, dissent and monitoring a group records, and
 * someone stepping back for a while. Each keeps the project valid; a variation with nothing to act
 * on (no decision to override) leaves the project as it is.
 */
public enum Variation {
  /** The latest agreement version acknowledges a standard rule, for one subject or for all. */
  ACKNOWLEDGEMENT,
  /** A decision is overridden by an outside line. */
  OVERRIDE,
  /** Every agreement version reserves one decision type (declares it not shareable). */
  RESERVED_DECISIONS,
  /** One of a decision's deciders objects to it. */
  OBJECTION,
  /** A decision is taken by its lead alone. */
  LEAD_DECIDES,
  /** A key decision is taken by the professionals among themselves. */
  PROFESSIONALS_DECIDE,
  /** Every agreement version decides by majority. */
  MAJORITY,
  /** The project has no agreement at all. */
  NO_AGREEMENT,
  /** An output has no owner and no credit. */
  UNCREDITED_OUTPUT,
  /**
   * On an output, people with lived experience are only acknowledged: their credits become
   * ACKNOWLEDGED and they own none of it.
   */
  LIVED_EXPERIENCE_ONLY_ACKNOWLEDGED,
  /** A participant has an access need no support resource meets. */
  UNMET_ACCESS_NEED,
  /**
   * What a group records of safety, dissent and who is in the room: a minority statement on every
   * decision with an objection, someone who contributed to an output taking their name off it, a
   * stop clause, support and payment methods in every agreement version, the population the service
   * serves with monitoring tallies, and the names pseudonymous people are credited by.
   */
  SAFETY_DISSENT_AND_ACCESS,
  /**
   * A participant steps back for a while: a break within their time in the project, agreed or not,
   * ended or still going on.
   */
  BREAK;

  /** The access need no generated support meets. */
  static final String UNMET_NEED = "sign-language";

  private static final Seq<String> RULE_IDS = Rulebook.standard().rules().map(Rule::id).sorted();

  /**
   * The project with this variation made where {@code pick} says.
   *
   * @param project a valid project
   * @param pick which decision, output, person, rule or type; any number
   * @return a valid project; the project itself when there is nothing to act on
   */
  Project apply(Project project, int pick) {
    int n = Math.abs(pick % 1_000_003);
    return switch (this) {
      case ACKNOWLEDGEMENT -> acknowledge(project, n);
      case OVERRIDE -> decision(project, n, d -> d.withOverriddenBy("The Trust board"));
      case RESERVED_DECISIONS -> {
        DecisionType type = DecisionType.values()[n % DecisionType.values().length];
        yield project.withAgreements(
            project
                .agreements()
                .map(
                    a ->
                        a.reserves(type)
                            ? a
                            : a.withReservedDecisions(a.reservedDecisions().append(type))));
      }
      case OBJECTION -> {
        Seq<Decision> decided = project.decisions().filter(d -> !d.decidedBy().isEmpty());
        if (decided.isEmpty()) {
          yield project;
        }
        Decision d = decided.get(n % decided.size());
        var objector = d.decidedBy().get((n / decided.size()) % d.decidedBy().size());
        Decision objected =
            d.objectedBy().contains(objector)
                ? d
                : d.withObjectedBy(d.objectedBy().append(objector));
        yield project.withDecisions(
            project.decisions().map(x -> x.id().equals(d.id()) ? objected : x));
      }
      case LEAD_DECIDES ->
          decision(
              project,
              n,
              d -> {
                Decision led = d.withRule(DecisionRule.LEAD_DECIDES);
                return led.ledBy().isEmpty() && !d.decidedBy().isEmpty()
                    ? led.withLedBy(d.decidedBy().head())
                    : led;
              });
      case PROFESSIONALS_DECIDE -> {
        Seq<Decision> key = project.decisions().filter(Decision::key);
        if (key.isEmpty()) {
          yield project;
        }
        Decision d = key.get(n % key.size());
        Seq<ParticipantId> professionals =
            d.decidedBy().filter(id -> project.sideOf(id).contains(Side.PROFESSIONAL));
        Decision among =
            d.withDecidedBy(professionals)
                .withObjectedBy(d.objectedBy().filter(professionals::contains))
                .withLedBy(d.ledBy().filter(professionals::contains));
        yield project.withDecisions(
            project.decisions().map(x -> x.id().equals(d.id()) ? among : x));
      }
      case MAJORITY ->
          project.withAgreements(
              project.agreements().map(a -> a.withDecisionRule(DecisionRule.MAJORITY)));
      case NO_AGREEMENT -> project.withAgreements(List.empty());
      case UNCREDITED_OUTPUT -> {
        if (project.outputs().isEmpty()) {
          yield project;
        }
        Output o = project.outputs().get(n % project.outputs().size());
        Output bare = o.withOwners(List.empty()).withCredits(List.empty());
        yield project.withOutputs(project.outputs().map(x -> x.id().equals(o.id()) ? bare : x));
      }
      case LIVED_EXPERIENCE_ONLY_ACKNOWLEDGED -> {
        if (project.outputs().isEmpty()) {
          yield project;
        }
        Output o = project.outputs().get(n % project.outputs().size());
        Predicate<ParticipantId> lived = id -> project.sideOf(id).contains(Side.LIVED_EXPERIENCE);
        Seq<Credit> credits =
            o.credits()
                .map(
                    c ->
                        lived.test(c.participant())
                            ? Credit.of(c.participant(), CreditRole.ACKNOWLEDGED)
                            : c)
                .appendAll(
                    o.owners()
                        .filter(lived)
                        .filter(id -> o.credits().forAll(c -> !c.participant().equals(id)))
                        .map(id -> Credit.of(id, CreditRole.ACKNOWLEDGED)))
                .distinct();
        Output acknowledged = o.withOwners(o.owners().filter(lived.negate())).withCredits(credits);
        yield project.withOutputs(
            project.outputs().map(x -> x.id().equals(o.id()) ? acknowledged : x));
      }
      case UNMET_ACCESS_NEED -> {
        boolean met =
            project
                .resources()
                .exists(r -> r.kind() == ResourceKind.SUPPORT && r.meets().contains(UNMET_NEED));
        if (project.participants().isEmpty() || met) {
          yield project;
        }
        Participant p = project.participants().get(n % project.participants().size());
        Participant needing =
            p.accessNeeds().contains(UNMET_NEED)
                ? p
                : p.withAccessNeeds(p.accessNeeds().append(UNMET_NEED));
        yield project.withParticipants(
            project.participants().map(x -> x.id().equals(p.id()) ? needing : x));
      }
      case SAFETY_DISSENT_AND_ACCESS -> safeguards(project, n);
      case BREAK -> stepBack(project, n);
    };
  }

  private static final Support SUPPORT =
      Support.builder()
          .contact("The co-chairs, by phone, within two working days")
          .debrief("Half an hour after each session")
          .disclosure("We talk with the person about who to call, and call with them")
          .independence("Taking part never touches anyone's own care")
          .build();

  private static Project safeguards(Project project, int n) {
    int lived = project.participantsOn(Side.LIVED_EXPERIENCE).size();
    Seq<Output> outputs = project.outputs();
    if (!outputs.isEmpty()) {
      Output o = outputs.get(n % outputs.size());
      Seq<ParticipantId> uncredited =
          ProjectChanges.contributorsTo(project, o)
              .filter(p -> !o.recognises(p) && !o.hasNameWithdrawn(p));
      if (!uncredited.isEmpty()) {
        ParticipantId who = uncredited.get((n / outputs.size()) % uncredited.size());
        LocalDate joined = project.participant(who).get().joined();
        NameWithdrawal off = NameWithdrawal.of(who, o.date().isBefore(joined) ? joined : o.date());
        Output taken = o.withNameWithdrawn(o.nameWithdrawn().append(off));
        outputs = outputs.map(x -> x.id().equals(o.id()) ? taken : x);
      }
    }
    return Project.builder()
        .from(project)
        .decisions(
            project
                .decisions()
                .map(
                    d ->
                        d.objectedBy().isEmpty()
                            ? d
                            : d.withMinorityStatement("We wanted to try it the other way first")))
        .agreements(
            project
                .agreements()
                .map(
                    a ->
                        a.withStopClause("Any two members can ask for a pause")
                            .withSupport(SUPPORT)
                            .withPayment(
                                a.payment()
                                    .map(
                                        t ->
                                            t.withMethods(
                                                List.of(
                                                    PaymentMethod.BANK, PaymentMethod.VOUCHER))))))
        .outputs(outputs)
        .population(
            List.of(PopulationShare.of("Women", 0.55), PopulationShare.of("Black British", 0.08)))
        .monitoring(
            List.of(
                MonitoringCount.of("Women", lived / 2),
                MonitoringCount.of("Prefer not to say", lived - lived / 2)))
        .participants(
            project
                .participants()
                .map(
                    p ->
                        p.creditPreference() == CreditPreference.PSEUDONYM
                            ? p.withCreditName("Member " + p.id().value().length())
                            : p))
        .build();
  }

  /** The project with one participant, who has no break yet, on a break. */
  private static Project stepBack(Project project, int n) {
    if (project.participants().isEmpty()) {
      return project;
    }
    Participant p = project.participants().get(n % project.participants().size());
    if (!p.breaks().isEmpty()) {
      return project;
    }
    LocalDate from = p.joined().plusDays(n % 60);
    // within the person's time and begun by any close
    boolean tooLate = p.left().exists(from::isAfter) || project.closed().exists(from::isAfter);
    if (tooLate) {
      from = p.joined();
    }
    Break.Builder b = Break.builder().from(from).agreed((n / 3) % 4 != 0);
    if ((n / 7) % 3 != 0) {
      LocalDate until = from.plusDays(7 + (n / 11) % 90);
      b.until(p.left().filter(until::isAfter).getOrElse(until));
    }
    Participant away = p.withBreaks(List.of(b.build()));
    return project.withParticipants(
        project.participants().map(x -> x.id().equals(p.id()) ? away : x));
  }

  private static Project decision(Project project, int n, UnaryOperator<Decision> change) {
    if (project.decisions().isEmpty()) {
      return project;
    }
    Decision d = project.decisions().get(n % project.decisions().size());
    Decision changed = change.apply(d);
    return project.withDecisions(project.decisions().map(x -> x.id().equals(d.id()) ? changed : x));
  }

  private static Project acknowledge(Project project, int n) {
    if (project.agreements().isEmpty()) {
      return project;
    }
    String rule = RULE_IDS.get(n % RULE_IDS.size());
    Seq<String> subjects =
        List.<String>of("")
            .appendAll(project.participants().map(p -> p.id().value()))
            .appendAll(project.decisions().map(d -> d.id().value()))
            .appendAll(project.outputs().map(o -> o.id().value()))
            .appendAll(project.agreements().map(a -> AgreementVersion.of(a).value()));
    String subject = subjects.get((n / RULE_IDS.size()) % subjects.size());
    Acknowledgement ack =
        Acknowledgement.builder()
            .rule(rule)
            .subject(subject.isEmpty() ? Option.none() : Option.some(subject))
            .reason("The group talked it through and accepts it for now")
            .build();
    Agreement last = project.agreements().last();
    Agreement acknowledging = last.withAcknowledged(last.acknowledged().append(ack));
    return project.withAgreements(project.agreements().init().append(acknowledging));
  }
}
