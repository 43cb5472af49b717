package org.coprod.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/**
 * A small seeded generator of valid, varied projects for this module's tests, with text chosen to
 * trip file formats up ({@code 007}, {@code no}, {@code ~}, line breaks, quotes, emoji). Core's own
 * generator is meant for realistic projects; this one is meant for awkward ones.
 */
final class TestProjects {
  private TestProjects() {}

  /** Text that YAML, JSON or CSV could take for something else. */
  static final List<String> AWKWARD =
      List.of(
          "007",
          "no",
          "yes",
          "off",
          "null",
          "~",
          "",
          " ",
          "true",
          "1e5",
          "0x1F",
          "1_000",
          ".inf",
          "-",
          "- item",
          "a: b",
          "#not a comment",
          "key:",
          "[x]",
          "{y}",
          "*alias",
          "&anchor",
          "!tag",
          "%percent",
          "@at",
          "`tick`",
          "\"quoted\"",
          "'single'",
          "comma, inside",
          "semi;colon",
          "line\nbreak",
          "crlf\r\nbreak",
          "tab\there",
          "trailing ",
          " leading",
          "Zoë ✓",
          "🙂 emoji",
          "日本語",
          "back\\slash",
          "<<",
          "2017-03-02",
          "12.50",
          "?",
          "|",
          ">",
          "\u00a0nbsp",
          "x".repeat(300));

  private static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);

  /** A valid project drawn from the seed. */
  static Project project(long seed) {
    return new Draw(new Random(seed)).project();
  }

  /** A valid project whose texts avoid what CSV ledgers cannot carry (';' or empty list items). */
  static Project ledgerProject(long seed) {
    Draw d = new Draw(new Random(seed));
    d.forLedger = true;
    return d.project();
  }

  private static final class Draw {
    final Random r;
    boolean forLedger;
    int ids;

    Draw(Random r) {
      this.r = r;
    }

    boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] all = type.getEnumConstants();
      return all[r.nextInt(all.length)];
    }

    <T> T pick(List<T> items) {
      return items.get(r.nextInt(items.size()));
    }

    String text() {
      if (chance(40)) {
        return pick(AWKWARD);
      }
      StringBuilder out = new StringBuilder();
      int n = r.nextInt(20);
      for (int i = 0; i < n; i++) {
        int kind = r.nextInt(10);
        if (kind < 6) {
          out.append((char) ('a' + r.nextInt(26)));
        } else if (kind < 8) {
          out.append(" ,.:;-'\"#&*!?%/()[]{}".charAt(r.nextInt(21)));
        } else {
          // any code point but surrogates and the non-characters YAML refuses
          int cp;
          do {
            cp = 0x20 + r.nextInt(0x2FFFF);
          } while ((cp >= 0xD800 && cp <= 0xDFFF)
              || (cp >= 0x7F && cp <= 0x9F)
              || cp == 0xFEFF
              || (cp & 0xFFFE) == 0xFFFE
              || (cp >= 0xFDD0 && cp <= 0xFDEF));
          out.appendCodePoint(cp);
        }
      }
      return out.toString();
    }

    /** An item of a list (a skill, an access need): what a ledger can carry when it must. */
    String item() {
      String t = text();
      if (forLedger && (t.isEmpty() || t.indexOf(';') >= 0)) {
        return "item" + r.nextInt(5);
      }
      return t;
    }

    String id(String prefix) {
      ids++;
      return chance(10)
          ? pick(List.of("007", "no", "true", "~", "x: y", "Zoë")) + "#" + ids
          : prefix + ids;
    }

    LocalDate dateFrom(LocalDate from, int days) {
      return from.plusDays(r.nextInt(Math.max(1, days)));
    }

    BigDecimal money() {
      return switch (r.nextInt(5)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> new BigDecimal("12.50");
        case 2 -> BigDecimal.valueOf(r.nextInt(100_000));
        case 3 -> BigDecimal.valueOf(r.nextLong() & 0xFFFF_FFFFL, r.nextInt(6));
        default -> new BigDecimal("1E+3");
      };
    }

    double hours() {
      return switch (r.nextInt(7)) {
        case 0 -> 0.0;
        case 1 -> -0.0;
        case 2 -> 0.1;
        case 3 -> 1e-7;
        case 4 -> r.nextInt(12) / 4.0;
        case 5 -> r.nextDouble() * 1000;
        default -> Contribution.MAX_HOURS;
      };
    }

    /** Hours a week a person can give: any finite number, as the model takes it. */
    double availability() {
      return r.nextInt(7) == 0 ? 1e20 : hours();
    }

    <T> List<T> some(int max, java.util.function.Supplier<T> one) {
      List<T> out = new ArrayList<>();
      int n = r.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        out.add(one.get());
      }
      return out;
    }

    <T> List<T> subset(List<T> from) {
      List<T> out = new ArrayList<>();
      for (T t : from) {
        if (chance(40)) {
          out.add(t);
        }
      }
      return out;
    }

    Project project() {
      LocalDate started = dateFrom(EPOCH, 8000);
      boolean closes = chance(50);
      LocalDate closed = started.plusDays(200 + r.nextInt(400));
      LocalDate lastDay = closes ? closed : closed.plusDays(100);
      Project.Builder p =
          Project.builder().id(ProjectId.of(id("project-"))).title(text()).started(started);
      if (chance(60)) {
        p.purpose(text());
      }
      if (chance(60)) {
        p.nature(pick(Nature.class));
      }
      if (chance(50)) {
        p.claimedLevel(pick(LadderStep.class));
      }
      if (closes) {
        p.closed(closed);
      }

      List<Participant> people = new ArrayList<>();
      int n = 1 + r.nextInt(6);
      for (int i = 0; i < n; i++) {
        LocalDate joined = dateFrom(started.minusDays(30), 60);
        Participant.Builder b =
            Participant.builder()
                .id(ParticipantId.of(id("p")))
                .side(pick(Side.class))
                .setIterablePerspectives(subset(List.of(Perspective.values())))
                .employment(pick(Employment.class))
                .involvement(pick(Involvement.class))
                .declinesPayment(chance(20))
                .setIterableSkills(some(3, this::item))
                .setIterableAccessNeeds(some(2, this::item))
                .creditPreference(pick(CreditPreference.class))
                .joined(joined);
        if (chance(50)) {
          b.name(text());
        }
        if (chance(20)) {
          b.declineReason(pick(DeclineReason.class));
        }
        if (chance(30)) {
          b.accountableTo(text());
        }
        if (chance(30)) {
          b.availableHoursPerWeek(availability());
        }
        if (chance(15)) {
          b.left(lastDay.plusDays(r.nextInt(30)));
        }
        if (!forLedger && chance(30)) {
          // one or two breaks (a ledger, one row a person, holds none), well within the person's
          // time and before any close
          LocalDate from = joined.plusDays(r.nextInt(60));
          LocalDate until = from.plusDays(r.nextInt(20));
          boolean two = chance(40);
          Break.Builder first = Break.builder().from(from).agreed(!chance(20));
          if (two || chance(70)) {
            first.until(until);
          }
          b.addBreak(first.build());
          if (two) {
            LocalDate next = until.plusDays(1 + r.nextInt(20));
            b.addBreak(
                chance(50) ? Break.starting(next) : Break.of(next, next.plusDays(r.nextInt(20))));
          }
        }
        people.add(b.build());
      }
      p.setIterableParticipants(people);
      List<ParticipantId> ids = people.stream().map(Participant::id).toList();
      LocalDate allIn =
          people.stream().map(Participant::joined).max(LocalDate::compareTo).orElse(started);

      List<Output> outputs = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        Output.Builder o =
            Output.builder()
                .id(OutputId.of(id("o")))
                .title(text())
                .date(dateFrom(started, 900))
                .setIterableOwners(subset(ids));
        for (ParticipantId who : subset(ids)) {
          o.addCredit(Credit.of(who, pick(CreditRole.class)));
        }
        for (ParticipantId who : subset(ids)) {
          o.addReward(Reward.of(who, pick(RewardKind.class)));
        }
        outputs.add(o.build());
      }
      p.setIterableOutputs(outputs);

      List<Role> roles = new ArrayList<>();
      for (Participant who : subset(people)) {
        Role.Builder b =
            Role.builder()
                .participant(who.id())
                .title(text())
                .authority(pick(Authority.class))
                .from(who.joined())
                .afterClose(chance(30));
        if (chance(30)) {
          b.until(who.joined().plusDays(r.nextInt(100)));
        }
        roles.add(b.build());
      }
      p.setIterableRoles(roles);

      String currency = pick(List.of("GBP", "EUR", "007"));
      List<Resource> resources = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        ResourceKind kind = pick(ResourceKind.class);
        resources.add(
            Resource.builder()
                .id(ResourceId.of(id("r")))
                .kind(kind)
                .amount(money())
                .unit(kind == ResourceKind.MONEY ? currency : item())
                .setIterableControlledBy(subset(ids))
                .setIterableMeets(some(2, this::item))
                .setIterableServes(subset(ids))
                .build());
      }
      p.setIterableResources(resources);

      List<Contribution> work = new ArrayList<>();
      for (int i = r.nextInt(12); i > 0; i--) {
        Participant who = pick(people);
        LocalDate day =
            dateFrom(who.joined(), (int) (lastDay.toEpochDay() - who.joined().toEpochDay()));
        Contribution.Builder c =
            Contribution.builder()
                .participant(who.id())
                .date(day)
                .phase(pick(Phase.class))
                .kind(pick(ContributionKind.class))
                .hours(hours())
                .setIterableSkills(some(2, this::item));
        if (chance(30)) {
          c.id(ContributionId.of(id("c")));
        }
        if (chance(30)) {
          c.paid(money());
        }
        if (chance(20)) {
          c.paidOn(day.plusDays(r.nextInt(60)));
        }
        if (chance(20)) {
          Expenses.Builder e = Expenses.builder().claimed(money());
          if (chance(50)) {
            e.reimbursed(day.plusDays(r.nextInt(60)));
          }
          c.expenses(e.build());
        }
        if (!outputs.isEmpty() && chance(50)) {
          c.output(pick(outputs).id());
        }
        work.add(c.build());
      }
      p.setIterableContributions(work);

      List<Decision> decisions = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        List<ParticipantId> deciders = subset(ids);
        Decision.Builder d =
            Decision.builder()
                .id(DecisionId.of(id("d")))
                .date(dateFrom(started, 150))
                .phase(pick(Phase.class))
                .topic(text())
                .type(pick(DecisionType.class))
                .key(chance(50))
                .setIterableDecidedBy(deciders)
                .setIterableObjectedBy(subset(deciders))
                .setIterableConsulted(subset(ids));
        if (chance(30)) {
          d.rule(pick(DecisionRule.class));
        }
        if (chance(30)) {
          d.ledBy(pick(ids));
        }
        if (chance(20)) {
          d.overriddenBy(text());
        }
        decisions.add(d.build());
      }
      decisions.replaceAll(d -> chance(30) ? d.withFeedback(d.date().plusDays(r.nextInt(20))) : d);
      p.setIterableDecisions(decisions);

      List<Agreement> agreements = new ArrayList<>();
      LocalDate day = allIn;
      for (int v = 1; v <= r.nextInt(3); v++) {
        day = day.plusDays(r.nextInt(30));
        if (closes && day.isAfter(closed)) {
          break;
        }
        LocalDate on = day;
        Agreement.Builder a =
            Agreement.builder()
                .version(v * 2)
                .date(on)
                .credit(pick(CreditPolicy.class))
                .ownership(pick(Ownership.class))
                .setIterableGroundRules(some(2, this::text))
                .setIterableReservedDecisions(subset(List.of(DecisionType.values())));
        for (ParticipantId who : subset(ids)) {
          a.addConsent(Consent.of(who, on));
        }
        if (chance(60)) {
          a.decisionRule(pick(DecisionRule.class));
        }
        if (chance(60)) {
          PaymentTerms.Builder t =
              PaymentTerms.builder()
                  .prepAndTravelPaid(chance(50))
                  .benefitsAdvice(chance(50))
                  .paymentWithinDays(r.nextInt(60))
                  .expensesWithinDays(28);
          if (chance(70)) {
            t.ratePerHour(money());
          }
          if (chance(70)) {
            t.currency(currency);
          }
          a.payment(t.build());
        }
        if (chance(50)) {
          a.afterClose(text());
        }
        if (chance(50)) {
          a.disputes(text());
        }
        if (chance(50)) {
          a.outsideLines(text());
        }
        for (int k = r.nextInt(3); k > 0; k--) {
          Acknowledgement.Builder ack =
              Acknowledgement.builder()
                  .rule(pick(List.of("preset-direction", "acme/x", "007")))
                  .reason("because " + text());
          if (chance(50)) {
            ack.subject(pick(ids).value());
          }
          a.addAcknowledged(ack.build());
        }
        agreements.add(a.build());
      }
      p.setIterableAgreements(agreements);
      // a ledger carries none of the record (a story's consent, a pseudonym, a meeting's register)
      if (!forLedger && chance(60)) {
        record(p, people, ids, allIn, outputs, work, decisions, agreements);
      }
      return p.build();
    }

    /**
     * The record a group keeps, drawn after the rest so that a seed's other parts stay as they
     * were: the project's own texts, tallies and key; pseudonyms; stories' consent; minority
     * statements; the agreement's new terms; outputs' use and names taken off; meetings, some with
     * decisions; impacts; check-ins; responses.
     */
    void record(
        Project.Builder p,
        List<Participant> people,
        List<ParticipantId> ids,
        LocalDate allIn,
        List<Output> outputs,
        List<Contribution> work,
        List<Decision> decisions,
        List<Agreement> agreements) {
      if (chance(50)) {
        p.involvementAim(text());
      }
      if (chance(50)) {
        p.reflections(text());
      }
      if (chance(50)) {
        StringBuilder key = new StringBuilder();
        for (int i = 16 + 2 * r.nextInt(8); i > 0; i--) {
          key.append(String.format(java.util.Locale.ROOT, "%02x", r.nextInt(256)));
        }
        p.fingerprintKey(
            chance(50) ? key.toString() : key.toString().toUpperCase(java.util.Locale.ROOT));
      }
      int g = 0;
      for (int i = r.nextInt(3); i > 0; i--) {
        p.addPopulation(
            PopulationShare.of(text() + "#" + g++, chance(20) ? 1.0 : r.nextInt(1001) / 1000.0));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        p.addMonitoring(MonitoringCount.of(text() + "#" + g++, r.nextInt(40)));
      }
      p.setIterableParticipants(
          people.stream().map(x -> chance(30) ? x.withCreditName(text()) : x).toList());
      List<Contribution> stories = new ArrayList<>();
      for (Contribution c : work) {
        if (c.kind() == ContributionKind.STORY && chance(60)) {
          StoryConsent.Builder k =
              StoryConsent.builder()
                  .setIterableUses(subset(List.of(StoryUse.values())))
                  .anonymised(chance(50))
                  .debriefOffered(chance(50));
          if (chance(40)) {
            k.until(c.date().plusDays(r.nextInt(400)));
          }
          if (chance(30)) {
            k.withdrawn(c.date().plusDays(r.nextInt(400)));
          }
          c = c.withConsent(k.build());
        }
        stories.add(c);
      }
      p.setIterableContributions(stories);
      List<Output> used = new ArrayList<>();
      for (Output o : outputs) {
        Output u = o.withUse(io.vavr.collection.List.ofAll(subset(List.of(StoryUse.values()))));
        if (chance(40)) {
          u = u.withInUseUntil(o.date().plusDays(r.nextInt(500)));
        }
        for (Participant who : people) {
          if (!o.recognises(who.id()) && chance(30)) {
            u =
                u.withNameWithdrawn(
                    u.nameWithdrawn()
                        .append(
                            NameWithdrawal.of(who.id(), who.joined().plusDays(r.nextInt(300)))));
          }
        }
        used.add(u);
      }
      p.setIterableOutputs(used);
      List<Agreement> terms = new ArrayList<>();
      for (Agreement a : agreements) {
        Agreement t = a.withFeedbackWithinDays(chance(50) ? 28 : r.nextInt(90));
        if (chance(50)) {
          t = t.withRecruitment(text()).withTraining(text()).withStopClause(text());
        }
        if (chance(50)) {
          Support.Builder s = Support.builder();
          if (chance(70)) {
            s.contact(text());
          }
          if (chance(70)) {
            s.debrief(text());
          }
          if (chance(70)) {
            s.disclosure(text());
          }
          if (chance(70)) {
            s.independence(text());
          }
          t = t.withSupport(s.build());
        }
        t =
            t.withPayment(
                t.payment()
                    .map(
                        pay ->
                            pay.withMethods(
                                io.vavr.collection.List.ofAll(
                                    subset(List.of(PaymentMethod.values()))))));
        terms.add(t);
      }
      p.setIterableAgreements(terms);

      // meetings, after everyone has joined and well before any close
      List<Meeting> meetings = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        LocalDate on = dateFrom(allIn, 100);
        Meeting.Builder m =
            Meeting.builder()
                .id(MeetingId.of(id("m")))
                .date(on)
                .phase(pick(Phase.class))
                .title(text())
                .format(pick(MeetingFormat.class))
                .hours(hours())
                .setIterableProvides(some(2, this::item));
        if (chance(50)) {
          m.prepHours(hours());
        }
        List<ParticipantId> chairs = subset(ids);
        m.setIterableChairedBy(chairs);
        m.setIterableFacilitatedBy(subset(ids));
        for (ParticipantId who : subset(ids)) {
          if (chance(50)) {
            m.addAttended(Attendance.of(who));
          } else {
            Attendance.Builder a = Attendance.builder().participant(who);
            if (chance(50)) {
              a.hours(hours());
            }
            if (chance(50)) {
              a.kind(pick(ContributionKind.class));
            }
            if (chance(50)) {
              a.paid(money()).paidOn(on.plusDays(r.nextInt(60)));
            }
            if (chance(30)) {
              a.expenses(
                  Expenses.builder()
                      .claimed(money())
                      .reimbursed(on.plusDays(r.nextInt(9)))
                      .build());
            }
            m.addAttended(a.build());
          }
        }
        if (!outputs.isEmpty() && chance(40)) {
          m.output(pick(outputs).id());
        }
        meetings.add(m.build());
      }
      p.setIterableMeetings(meetings);
      List<Decision> atMeetings = new ArrayList<>();
      for (Decision d : decisions) {
        Meeting held = meetings.isEmpty() ? null : pick(meetings);
        if (held != null && !held.date().isAfter(d.date()) && chance(50)) {
          io.vavr.collection.Seq<ParticipantId> deciders =
              d.decidedBy().filter(held::wasAttendedBy);
          d =
              d.withMeeting(held.id())
                  .withDecidedBy(deciders)
                  .withObjectedBy(d.objectedBy().filter(deciders::contains));
        }
        if (chance(30)) {
          d = d.withMinorityStatement(text());
        }
        atMeetings.add(d);
      }
      p.setIterableDecisions(atMeetings);

      List<Impact> impacts = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        List<org.coprod.core.Id> from = new ArrayList<>();
        LocalDate latest = allIn;
        for (ParticipantId who : subset(ids)) {
          from.add(who);
        }
        for (Meeting m : meetings) {
          if (chance(30)) {
            from.add(m.id());
            latest = latest.isAfter(m.date()) ? latest : m.date();
          }
          if (!m.attendees().isEmpty() && chance(30)) {
            from.add(
                ContributionId.of(m.id().value() + "." + pick(m.attendees().toJavaList()).value()));
            latest = latest.isAfter(m.date()) ? latest : m.date();
          }
        }
        LocalDate on = latest.plusDays(r.nextInt(40));
        Impact.Builder x =
            Impact.builder()
                .id(ImpactId.of(id("i")))
                .date(on)
                .setIterableFrom(from)
                .change(text())
                .outcome(pick(ImpactOutcome.class));
        if (chance(60)) {
          x.reason("because " + text());
        }
        if (!decisions.isEmpty() && chance(40)) {
          x.decision(pick(decisions).id());
        }
        if (!outputs.isEmpty() && chance(40)) {
          x.output(pick(outputs).id());
        }
        if (chance(50)) {
          x.toldOn(on.plusDays(r.nextInt(60)));
        }
        Impact built = x.build();
        if (built.outcome() == ImpactOutcome.NOT_ADOPTED && built.reason().isEmpty()) {
          built = built.withReason("because " + text());
        }
        impacts.add(built);
      }
      p.setIterableImpacts(impacts);

      List<CheckIn> checkIns = new ArrayList<>();
      LocalDate round = allIn;
      for (int i = r.nextInt(3); i > 0; i--) {
        round = round.plusDays(1 + r.nextInt(60));
        for (Side side : Side.values()) {
          if (chance(70)) {
            int respondents = r.nextInt(12);
            CheckIn.Builder c = CheckIn.builder().round(round).side(side).respondents(respondents);
            if (chance(70)) {
              c.heard(tally(respondents));
            }
            if (chance(50)) {
              c.influence(tally(respondents));
            }
            if (chance(50)) {
              c.supported(tally(respondents));
            }
            checkIns.add(c.build());
          }
        }
      }
      p.setIterableCheckIns(checkIns);

      List<Response> responses = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        LocalDate on = dateFrom(allIn, 300);
        Response.Builder b =
            Response.builder()
                .id(ResponseId.of(id("resp")))
                .finding(Long.toHexString(r.nextLong() | 1L))
                .date(on)
                .status(pick(ResponseStatus.class))
                .reason("because " + text());
        if (chance(60)) {
          b.action(text());
        }
        if (chance(50)) {
          b.owner(pick(ids));
        }
        if (chance(60)) {
          b.reviewBy(on.plusDays(r.nextInt(90)));
        }
        responses.add(b.build());
      }
      p.setIterableResponses(responses);
    }

    Tally tally(int respondents) {
      int[] counts = new int[5];
      for (int i = r.nextInt(respondents + 1); i > 0; i--) {
        counts[r.nextInt(5)]++;
      }
      return Tally.of(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }
  }
}
