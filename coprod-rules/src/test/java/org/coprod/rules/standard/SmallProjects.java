package org.coprod.rules.standard;

import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Employment;
import org.coprod.core.Involvement;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Side;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;

/**
 * Small random valid projects for the credit laws of the rules of what happens next: a few people
 * on each side, a few outputs with owners, credits and rewards, and contributions that name an
 * output or none (so both readings of an output's hours are met), some of them before a close.
 */
final class SmallProjects {
  private static final double[] HOURS = {0, 0.5, 1, 1.5, 2, 3, 5, 10, 20};

  private SmallProjects() {}

  /** Small valid projects. */
  static Arbitrary<Project> projects() {
    return Arbitraries.randomValue(SmallProjects::random);
  }

  private static Project random(Random random) {
    java.util.List<Participant> people = new java.util.ArrayList<>();
    int lived = 1 + random.nextInt(4);
    int professional = 1 + random.nextInt(4);
    for (int i = 0; i < lived + professional; i++) {
      Participant.Builder b = i < lived ? le("le" + i) : pro("pro" + i);
      people.add(
          b.employment(pick(random, Employment.values()))
              .involvement(random.nextInt(4) == 0 ? Involvement.OCCASIONAL : Involvement.CORE)
              .declinesPayment(random.nextInt(5) == 0)
              .build());
    }
    boolean closes = random.nextBoolean();
    int outputs = random.nextInt(4);
    java.util.List<Output> made = new java.util.ArrayList<>();
    for (int i = 0; i < outputs; i++) {
      Output.Builder o =
          Output.builder()
              .id(OutputId.of("out" + i))
              .title("Output " + i)
              .date(day(random.nextBoolean() ? 40 : 100));
      for (Participant p : people) {
        switch (random.nextInt(8)) {
          case 0 -> o.addOwner(p.id());
          case 1 -> o.addCredit(Credit.of(p.id(), pick(random, CreditRole.values())));
          default -> {}
        }
        if (random.nextInt(6) == 0) {
          o.addReward(Reward.of(p.id(), pick(random, RewardKind.values())));
        }
      }
      made.add(o.build());
    }
    boolean named = outputs > 0 && random.nextBoolean();
    int count = random.nextInt(14);
    java.util.List<Contribution> given = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      Participant by = people.get(random.nextInt(people.size()));
      Contribution.Builder c =
          Contribution.builder()
              .participant(by.id())
              .date(day(5 + random.nextInt(40)))
              .phase(pick(random, Phase.values()))
              .kind(pick(random, ContributionKind.values()))
              .hours(HOURS[random.nextInt(HOURS.length)]);
      if (named && random.nextInt(5) != 0) {
        c.output(OutputId.of("out" + random.nextInt(outputs)));
      }
      if (random.nextInt(4) == 0) {
        c.paid(BigDecimal.TEN);
      }
      given.add(c.build());
    }
    Project.Builder b =
        project()
            .participants(List.ofAll(people))
            .contributions(List.ofAll(given))
            .outputs(List.ofAll(made));
    if (closes) {
      b.closed(day(50));
    }
    return b.build();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * The project with one more credit on an output: as a role, or as an owner when none is given.
   */
  static Project withCredit(
      Project p, OutputId output, ParticipantId person, Option<CreditRole> as) {
    return Project.builder()
        .from(p)
        .outputs(
            p.outputs()
                .map(
                    o ->
                        !o.id().equals(output)
                            ? o
                            : as.isEmpty()
                                ? o.withOwners(o.owners().append(person))
                                : o.withCredits(o.credits().append(Credit.of(person, as.get())))))
        .build();
  }

  /** The ways to give someone credit: ownership (none), and every credit role but ACKNOWLEDGED. */
  static Seq<Option<CreditRole>> waysToCredit() {
    return List.of(CreditRole.values())
        .filter(CreditRole::isCredit)
        .map(Option::some)
        .prepend(Option.none());
  }

  /** The lived-experience people who contributed. */
  static Seq<ParticipantId> livedExperienceContributors(Project p) {
    return p.participantsOn(Side.LIVED_EXPERIENCE)
        .map(Participant::id)
        .filter(id -> !p.contributionsOf(id).isEmpty());
  }

  /** The findings of one rule on a project's default view, under the default policy. */
  static Seq<Finding> findings(Rule rule, Project p) {
    Outcome o = rule.check(RuleContext.of(p.view(), rule.metadata()));
    if (o.status() == OutcomeStatus.ERROR) {
      throw new AssertionError(rule.id() + " ended in ERROR: " + o.reason().getOrElse(""));
    }
    return o.findings();
  }
}
