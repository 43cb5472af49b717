package org.coprod.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Role;
import org.coprod.core.Side;

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
      return p.build();
    }
  }
}
