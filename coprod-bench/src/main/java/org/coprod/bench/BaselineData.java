package org.coprod.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.Employment;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;
import org.coprod.core.Side;

/**
 * The data the headline measures read, taken out of a view into plain arrays: people by index,
 * contributions as parallel columns, decisions, outputs and money resources with their people as
 * flat lists of indices ({@code xStart[i]} to {@code xStart[i + 1]}). Sides are 0 for lived
 * experience and 1 for professional.
 *
 * <p>Extraction resolves what is a lookup rather than a measure: a person's side and whether their
 * hours count as paid anyway (salaried, or declining payment); a decision's effective rule (its
 * own, else the agreement in force on its date, else MAJORITY) and whether it is a counted key
 * decision (key, of a type the agreement in force on its date does not reserve); who has credit on
 * an output. Everything the measures add up or compare is left to {@link Baseline}. The arrays are
 * shared, not copied: nobody may change them.
 */
public final class BaselineData {
  /** Participants. */
  final int people;

  /** Each participant's side: 0 lived experience, 1 professional. */
  final byte[] side;

  /**
   * Whether a participant's hours count as paid whatever the contribution: salaried or declining.
   */
  final boolean[] paidAnyway;

  /** Whether a participant is core (an occasional contributor's part counts only as a share). */
  final boolean[] core;

  /** Contributions. */
  final int contributions;

  /** Each contribution's participant, by index. */
  final int[] person;

  /** Each contribution's hours. */
  final double[] hours;

  /** Whether each contribution was paid (more than zero). */
  final boolean[] paid;

  /** Each contribution's output, by index, or -1. */
  final int[] output;

  /**
   * Whether each contribution is an IDEA or WRITING that counts towards a personal contribution: a
   * core person's, or one an ADOPTED or ADAPTED impact comes from (itself, or its person with its
   * output).
   */
  final boolean[] shaping;

  /** Outputs. */
  final int outputs;

  /** Where each output's credited people start in {@link #credited}. */
  final int[] creditedStart;

  /** Who asked to be taken off each output, as {@code output * people + person}. */
  final Set<Long> withdrawn = new HashSet<>();

  /** How many outputs each participant asked to be taken off. */
  final int[] withdrawals;

  /** The people with credit on each output, each once per output. */
  final int[] credited;

  /** Decisions. */
  final int decisions;

  /** Whether each decision is a counted key decision. */
  final boolean[] counted;

  /** Whether each decision was overridden by an outside line. */
  final boolean[] overridden;

  /** Each decision's effective rule: 0 consensus or consent, 1 majority, 2 the lead decides. */
  final byte[] rule;

  /** The side of each decision's lead, or -1. */
  final byte[] leadSide;

  /** Where each decision's deciders start in {@link #decider}. */
  final int[] deciderStart;

  /** The deciders of each decision, by index. */
  final int[] decider;

  /** Whether each decider (parallel to {@link #decider}) objected. */
  final boolean[] objected;

  /** Money resources. */
  final int money;

  /** Each money resource's amount. */
  final double[] amount;

  /** Where each money resource's controllers start in {@link #controller}. */
  final int[] controllerStart;

  /** The controllers of each money resource, by index. */
  final int[] controller;

  static final byte RULE_CONSENSUS = 0;
  static final byte RULE_MAJORITY = 1;
  static final byte RULE_LEAD_DECIDES = 2;

  private BaselineData(ProjectView view) {
    Project p = view.project();
    Map<ParticipantId, Integer> index = new HashMap<>();
    Seq<Participant> participants = p.participants();
    people = participants.size();
    side = new byte[people];
    paidAnyway = new boolean[people];
    core = new boolean[people];
    int i = 0;
    for (Participant x : participants) {
      index.put(x.id(), i);
      side[i] = (byte) (x.side() == Side.LIVED_EXPERIENCE ? 0 : 1);
      paidAnyway[i] = x.employment() == Employment.SALARIED || x.declinesPayment();
      core[i] = x.isCore();
      i++;
    }
    Map<Object, Integer> outputIndex = new HashMap<>();
    Seq<Output> outs = p.outputs();
    outputs = outs.size();
    creditedStart = new int[outputs + 1];
    int creditTotal = 0;
    for (Output o : outs) {
      creditTotal += o.credited().size();
    }
    credited = new int[creditTotal];
    withdrawals = new int[people];
    int o = 0;
    int at = 0;
    for (Output x : outs) {
      outputIndex.put(x.id(), o);
      creditedStart[o] = at;
      for (ParticipantId id : x.credited()) {
        credited[at++] = position(index, id);
      }
      for (NameWithdrawal w : x.nameWithdrawn()) {
        int who = position(index, w.participant());
        withdrawn.add((long) o * people + who);
        withdrawals[who]++;
      }
      o++;
    }
    creditedStart[outputs] = at;

    Seq<Contribution> cs = p.contributions();
    contributions = cs.size();
    person = new int[contributions];
    hours = new double[contributions];
    paid = new boolean[contributions];
    output = new int[contributions];
    shaping = new boolean[contributions];
    Set<Object> adoptedFrom = new HashSet<>();
    Set<List<Object>> adoptedPersonOutput = new HashSet<>();
    Set<Object> adoptedPerson = new HashSet<>();
    for (Impact m : p.impacts()) {
      if (m.outcome() == ImpactOutcome.ADOPTED || m.outcome() == ImpactOutcome.ADAPTED) {
        for (Id from : m.from()) {
          adoptedFrom.add(from);
          if (m.output().isDefined()) {
            adoptedPersonOutput.add(List.of(from, m.output().get()));
            adoptedPerson.add(from);
          }
        }
      }
    }
    int c = 0;
    for (Contribution x : cs) {
      person[c] = position(index, x.participant());
      hours[c] = x.hours();
      paid[c] = x.isPaid();
      output[c] = x.output().isDefined() ? position(outputIndex, x.output().get()) : -1;
      shaping[c] =
          (x.kind() == ContributionKind.IDEA || x.kind() == ContributionKind.WRITING)
              && (core[person[c]]
                  || (x.id().isDefined() && adoptedFrom.contains(x.id().get()))
                  || (x.output().isDefined()
                      ? adoptedPersonOutput.contains(List.of(x.participant(), x.output().get()))
                      : adoptedPerson.contains(x.participant())));
      c++;
    }

    Seq<Decision> ds = p.decisions();
    decisions = ds.size();
    counted = new boolean[decisions];
    overridden = new boolean[decisions];
    rule = new byte[decisions];
    leadSide = new byte[decisions];
    deciderStart = new int[decisions + 1];
    int deciderTotal = 0;
    for (Decision d : ds) {
      deciderTotal += d.decidedBy().size();
    }
    decider = new int[deciderTotal];
    objected = new boolean[deciderTotal];
    int d = 0;
    at = 0;
    for (Decision x : ds) {
      // as ProjectIndex defines it: counted when key and of a type the agreement in force does not
      // reserve; the
      // decision's own rule, else the agreement's, else MAJORITY
      Option<Agreement> inForce = p.agreementInForce(x.date());
      counted[d] = x.key() && !inForce.exists(a -> a.reserves(x.type()));
      overridden[d] = x.overriddenBy().isDefined();
      rule[d] =
          switch (x.rule()
              .orElse(() -> inForce.flatMap(Agreement::decisionRule))
              .getOrElse(DecisionRule.MAJORITY)) {
            case MAJORITY -> RULE_MAJORITY;
            case LEAD_DECIDES -> RULE_LEAD_DECIDES;
            default -> RULE_CONSENSUS;
          };
      leadSide[d] = x.ledBy().map(id -> side[position(index, id)]).getOrElse((byte) -1);
      deciderStart[d] = at;
      for (ParticipantId id : x.decidedBy()) {
        decider[at] = position(index, id);
        objected[at] = x.objectedBy().contains(id);
        at++;
      }
      d++;
    }
    deciderStart[decisions] = at;

    Seq<Resource> moneyResources = p.resources().filter(r -> r.kind() == ResourceKind.MONEY);
    money = moneyResources.size();
    amount = new double[money];
    controllerStart = new int[money + 1];
    controller = new int[moneyResources.map(r -> r.controlledBy().size()).sum().intValue()];
    int r = 0;
    at = 0;
    for (Resource x : moneyResources) {
      amount[r] = x.amount().doubleValue();
      controllerStart[r] = at;
      for (ParticipantId id : x.controlledBy()) {
        controller[at++] = position(index, id);
      }
      r++;
    }
    controllerStart[money] = at;
  }

  /**
   * The position of an id among the project's own, which a valid project always has: it refuses
   * dangling references.
   */
  private static int position(Map<?, Integer> positions, Object id) {
    return Objects.requireNonNull(
        positions.get(id), "a valid project refers only to its own participants and outputs");
  }

  /**
   * The arrays of a view.
   *
   * @param view the view the measures are taken of; not null
   * @return its data as arrays; never null
   */
  public static BaselineData of(ProjectView view) {
    return new BaselineData(Objects.requireNonNull(view, "view is null"));
  }

  /** How many contributions the ledger holds. */
  public int contributions() {
    return contributions;
  }
}
