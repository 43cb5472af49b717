package org.coprod.testkit;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.coprod.core.Attendance;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.Meeting;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;

/**
 * The changes the laws make to a project, each keeping it valid: scale its hours or its money by a
 * power of two, swap its sides, give someone credit, add a decider, move every date. Users writing
 * their own metamorphic properties can use them directly; renaming ids is {@link Relabelling}.
 */
public final class ProjectChanges {
  private ProjectChanges() {}

  /**
   * The project with every hour multiplied by 2 to the power {@code exponent}: contributions'
   * hours, meetings' hours and preparation hours and the hours of attendances that give their own,
   * people's available hours a week, and staff time counted in hours.
   *
   * @param project the project; not null
   * @param exponent the power of two, from -30 to 30 (a power of two keeps doubles exact)
   * @return the scaled project; never null
   */
  public static Project scaleHours(Project project, int exponent) {
    Objects.requireNonNull(project, "project is null");
    double factor = factor(exponent);
    BigDecimal exact = exactFactor(exponent);
    Set<String> money = moneyUnits(project);
    return Project.builder()
        .from(project)
        .participants(
            project
                .participants()
                .map(
                    p ->
                        p.withAvailableHoursPerWeek(
                            p.availableHoursPerWeek().map(h -> h * factor))))
        .contributions(project.recordedContributions().map(c -> c.withHours(c.hours() * factor)))
        .meetings(
            project
                .meetings()
                .map(
                    m ->
                        m.withHours(m.hours() * factor)
                            .withPrepHours(m.prepHours() * factor)
                            .withAttended(
                                m.attended()
                                    .map(a -> a.withHours(a.hours().map(h -> h * factor))))))
        .resources(
            project
                .resources()
                .map(
                    r ->
                        r.kind() == ResourceKind.STAFF_TIME && !money.contains(r.unit())
                            ? r.withAmount(r.amount().multiply(exact))
                            : r))
        .build();
  }

  /**
   * The project with all money multiplied by 2 to the power {@code exponent}: the amounts of MONEY
   * resources and of any resource counted in the project's currency, pay and expenses (in meetings'
   * registers too) and agreed rates.
   *
   * @param project the project; not null
   * @param exponent the power of two, from -30 to 30
   * @return the scaled project; never null
   */
  public static Project scaleMoney(Project project, int exponent) {
    Objects.requireNonNull(project, "project is null");
    BigDecimal factor = exactFactor(exponent);
    Set<String> units = moneyUnits(project);
    return Project.builder()
        .from(project)
        .resources(
            project
                .resources()
                .map(
                    r ->
                        r.kind() == ResourceKind.MONEY || units.contains(r.unit())
                            ? r.withAmount(r.amount().multiply(factor))
                            : r))
        .contributions(
            project
                .recordedContributions()
                .map(
                    c ->
                        c.withPaid(c.paid().multiply(factor))
                            .withExpenses(
                                c.expenses()
                                    .map(e -> e.withClaimed(e.claimed().multiply(factor))))))
        .meetings(
            project
                .meetings()
                .map(
                    m ->
                        m.withAttended(
                            m.attended()
                                .map(
                                    a ->
                                        a.withPaid(a.paid().multiply(factor))
                                            .withExpenses(
                                                a.expenses()
                                                    .map(
                                                        e ->
                                                            e.withClaimed(
                                                                e.claimed().multiply(factor))))))))
        .agreements(
            project
                .agreements()
                .map(a -> a.withPayment(a.payment().map(t -> scaleRate(t, factor)))))
        .build();
  }

  private static PaymentTerms scaleRate(PaymentTerms terms, BigDecimal factor) {
    return terms.withRatePerHour(terms.ratePerHour().map(r -> r.multiply(factor)));
  }

  /** The units money is counted in: those of MONEY resources and the agreed currencies. */
  private static Set<String> moneyUnits(Project project) {
    return HashSet.ofAll(
            project.resources().filter(r -> r.kind() == ResourceKind.MONEY).map(Resource::unit))
        .addAll(project.agreements().flatMap(a -> a.payment().flatMap(PaymentTerms::currency)));
  }

  private static double factor(int exponent) {
    if (exponent < -30 || exponent > 30) {
      throw new IllegalArgumentException("the exponent of a scaling is between -30 and 30");
    }
    return Math.scalb(1.0, exponent);
  }

  private static BigDecimal exactFactor(int exponent) {
    factor(exponent);
    BigDecimal two = BigDecimal.valueOf(2);
    // 2^-k = 5^k / 10^k exactly, so money keeps every digit.
    return exponent >= 0
        ? two.pow(exponent)
        : BigDecimal.valueOf(5).pow(-exponent).scaleByPowerOfTen(exponent);
  }

  /**
   * The project with every participant on the other side, and nothing else changed. A meeting's
   * preparation hours go to people with lived experience, so before the swap each attendance of a
   * meeting with preparation is given the hours it had; the kinds a meeting gives by default follow
   * the side (experience and professional knowledge, feedback and facilitation trade places).
   *
   * @param project the project; not null
   * @return the swapped project; never null
   */
  public static Project swapSides(Project project) {
    Objects.requireNonNull(project, "project is null");
    Seq<Meeting> meetings = project.meetings().map(m -> withOwnHours(project, m));
    return Project.builder()
        .from(project)
        .participants(project.participants().map(p -> p.withSide(p.side().other())))
        .contributions(project.recordedContributions())
        .meetings(meetings)
        .build();
  }

  /** A meeting whose every attendee is listed with the hours their attendance gave. */
  private static Meeting withOwnHours(Project project, Meeting m) {
    if (Double.doubleToRawLongBits(m.prepHours()) == 0) {
      return m;
    }
    Seq<Contribution> made = project.contributionsAt(m.id());
    java.util.Map<ParticipantId, Double> hours = new java.util.HashMap<>();
    made.forEach(c -> hours.put(c.participant(), c.hours()));
    Seq<Attendance> listed =
        m.attended().map(a -> a.withHours(Option.of(hours.get(a.participant())).orElse(a.hours())));
    Set<ParticipantId> inRegister = HashSet.ofAll(m.attended().map(Attendance::participant));
    Seq<Attendance> implied =
        m.attendees()
            .filter(p -> !inRegister.contains(p))
            .map(p -> Attendance.of(p).withHours(Option.of(hours.get(p))));
    return m.withAttended(listed.appendAll(implied));
  }

  /**
   * The project in which a person is credited as a CONTRIBUTOR on an output (an ACKNOWLEDGED entry
   * of theirs there becomes the credit).
   *
   * @param project the project; not null
   * @param person a participant of the project
   * @param output an output of the project
   * @return the project with the credit; unchanged if the person is already credited there
   * @throws IllegalArgumentException if the project has no such participant or output
   */
  public static Project giveCredit(Project project, ParticipantId person, OutputId output) {
    Objects.requireNonNull(project, "project is null");
    require(project.participant(person).isDefined(), "the project has no such participant");
    Output o =
        project
            .output(output)
            .getOrElseThrow(() -> new IllegalArgumentException("the project has no such output"));
    if (o.credits(person)) {
      return project;
    }
    // credited, they are on it again: their name is no longer taken off
    Output credited =
        o.withCredits(
                o.credits()
                    .filter(c -> !c.participant().equals(person))
                    .append(Credit.of(person, CreditRole.CONTRIBUTOR)))
            .withNameWithdrawn(o.nameWithdrawn().filter(w -> !w.participant().equals(person)));
    return project.withOutputs(project.outputs().map(x -> x.id().equals(output) ? credited : x));
  }

  /**
   * The project in which a person is among the deciders of a decision, without objecting.
   *
   * @param project the project; not null
   * @param decision a decision of the project
   * @param person a participant of the project
   * @return the project with the decider; unchanged if they already decided it
   * @throws IllegalArgumentException if the project has no such decision or participant
   */
  public static Project addDecider(Project project, DecisionId decision, ParticipantId person) {
    Objects.requireNonNull(project, "project is null");
    require(project.participant(person).isDefined(), "the project has no such participant");
    Decision d =
        project
            .decision(decision)
            .getOrElseThrow(() -> new IllegalArgumentException("the project has no such decision"));
    if (d.decidedBy().contains(person)) {
      return project;
    }
    // a decision made at a meeting is decided by people who attended it: one who did not, made a
    // decider, decides it outside the meeting
    boolean attended = d.meeting().flatMap(project::meeting).forAll(m -> m.wasAttendedBy(person));
    Decision more =
        d.withDecidedBy(d.decidedBy().append(person))
            .withMeeting(attended ? d.meeting() : Option.none());
    return project.withDecisions(project.decisions().map(x -> x.id().equals(decision) ? more : x));
  }

  /**
   * The project with every date moved by a number of days: the start and close, joining and
   * leaving, breaks, roles, contributions with their payments and repayments and stories' consent,
   * meetings with the payments and repayments of their registers, decisions with their feedback,
   * agreement versions with their consents, outputs with their end of use and names taken off,
   * impacts and when people were told, check-in rounds, and responses with their reviews. A
   * multiple of 7 keeps the days of the week and the ISO weeks.
   *
   * @param project the project; not null
   * @param days the days to move by, negative for earlier
   * @return the moved project; never null
   */
  public static Project shiftDates(Project project, long days) {
    Objects.requireNonNull(project, "project is null");
    return Project.builder()
        .from(project)
        .started(project.started().plusDays(days))
        .closed(project.closed().map(d -> d.plusDays(days)))
        .participants(
            project
                .participants()
                .map(
                    p ->
                        p.withJoined(p.joined().plusDays(days))
                            .withLeft(shift(p.left(), days))
                            .withBreaks(
                                p.breaks()
                                    .map(
                                        b ->
                                            b.withFrom(b.from().plusDays(days))
                                                .withUntil(shift(b.until(), days))))))
        .roles(
            project
                .roles()
                .map(r -> r.withFrom(r.from().plusDays(days)).withUntil(shift(r.until(), days))))
        .contributions(
            project
                .recordedContributions()
                .map(
                    c ->
                        c.withDate(c.date().plusDays(days))
                            .withPaidOn(shift(c.paidOn(), days))
                            .withExpenses(
                                c.expenses()
                                    .map(e -> e.withReimbursed(shift(e.reimbursed(), days))))
                            .withConsent(
                                c.consent()
                                    .map(
                                        k ->
                                            k.withUntil(shift(k.until(), days))
                                                .withWithdrawn(shift(k.withdrawn(), days))))))
        .meetings(
            project
                .meetings()
                .map(
                    m ->
                        m.withDate(m.date().plusDays(days))
                            .withAttended(
                                m.attended()
                                    .map(
                                        a ->
                                            a.withPaidOn(shift(a.paidOn(), days))
                                                .withExpenses(
                                                    a.expenses()
                                                        .map(
                                                            e ->
                                                                e.withReimbursed(
                                                                    shift(
                                                                        e.reimbursed(), days))))))))
        .impacts(
            project
                .impacts()
                .map(x -> x.withDate(x.date().plusDays(days)).withToldOn(shift(x.toldOn(), days))))
        .checkIns(project.checkIns().map(c -> c.withRound(c.round().plusDays(days))))
        .responses(
            project
                .responses()
                .map(
                    r ->
                        r.withDate(r.date().plusDays(days))
                            .withReviewBy(shift(r.reviewBy(), days))))
        .decisions(
            project
                .decisions()
                .map(
                    d ->
                        d.withDate(d.date().plusDays(days))
                            .withFeedback(shift(d.feedback(), days))))
        .agreements(
            project
                .agreements()
                .map(
                    a ->
                        a.withDate(a.date().plusDays(days))
                            .withConsents(
                                a.consents()
                                    .map(
                                        c ->
                                            Consent.of(c.participant(), c.date().plusDays(days))))))
        .outputs(
            project
                .outputs()
                .map(
                    o ->
                        o.withDate(o.date().plusDays(days))
                            .withInUseUntil(shift(o.inUseUntil(), days))
                            .withNameWithdrawn(
                                o.nameWithdrawn()
                                    .map(
                                        w ->
                                            NameWithdrawal.of(
                                                w.participant(), w.date().plusDays(days))))))
        .build();
  }

  private static Option<LocalDate> shift(Option<LocalDate> date, long days) {
    return date.map(d -> d.plusDays(days));
  }

  /**
   * A closed project with nothing after its close: the project as it stood at the close, itself a
   * project (payments, outputs and feedback that came later are left out).
   *
   * @param project a closed project
   * @return the project cut at its close; the project itself while it runs
   */
  public static Project cutAtClose(Project project) {
    Objects.requireNonNull(project, "project is null");
    return project.closed().map(c -> project.asOf(c).project()).getOrElse(project);
  }

  /**
   * The same project with the items of each of its lists in another order, drawn from a seed:
   * participants, roles, resources, contributions recorded on their own, decisions, outputs,
   * meetings and each meeting's register, impacts, check-in rounds, responses, the population
   * served and the monitoring tallies. The agreement's versions keep their order, since they are
   * numbered in it, and a register that names someone twice keeps its order, since the first entry
   * is the one that counts. Nothing else changes: whatever a rule finds in one order it finds in
   * any.
   *
   * @param project the project; not null
   * @param seed picks the order
   * @return the reordered project; never null
   */
  public static Project reorder(Project project, long seed) {
    Objects.requireNonNull(project, "project is null");
    java.util.Random random = new java.util.Random(seed);
    return Project.builder()
        .from(project)
        .participants(shuffled(project.participants(), random))
        .roles(shuffled(project.roles(), random))
        .resources(shuffled(project.resources(), random))
        .contributions(shuffled(project.recordedContributions(), random))
        .decisions(shuffled(project.decisions(), random))
        .outputs(shuffled(project.outputs(), random))
        .meetings(shuffled(project.meetings(), random).map(m -> reorderRegister(m, random)))
        .impacts(shuffled(project.impacts(), random))
        .checkIns(shuffled(project.checkIns(), random))
        .responses(shuffled(project.responses(), random))
        .population(shuffled(project.population(), random))
        .monitoring(shuffled(project.monitoring(), random))
        .build();
  }

  private static Meeting reorderRegister(Meeting m, java.util.Random random) {
    boolean once =
        m.attended().map(Attendance::participant).distinct().size() == m.attended().size();
    return once ? m.withAttended(shuffled(m.attended(), random)) : m;
  }

  private static <T> Seq<T> shuffled(Seq<T> items, java.util.Random random) {
    java.util.List<T> copy = new java.util.ArrayList<>(items.asJava());
    java.util.Collections.shuffle(copy, random);
    return io.vavr.collection.List.ofAll(copy);
  }

  /**
   * The participants who contributed to an output: those whose contributions name it, or, where no
   * contribution names any output, everyone who contributed (the project's hours stand in for every
   * output's).
   */
  static Seq<ParticipantId> contributorsTo(Project project, Output output) {
    boolean named = project.contributions().exists(c -> c.output().isDefined());
    Seq<ParticipantId> who =
        named
            ? project.contributionsTo(output.id()).map(c -> c.participant())
            : project.contributions().map(c -> c.participant());
    return who.distinct();
  }

  private static void require(boolean holds, String message) {
    if (!holds) {
      throw new IllegalArgumentException(message);
    }
  }
}
