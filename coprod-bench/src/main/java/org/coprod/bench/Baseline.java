package org.coprod.bench;

import io.vavr.control.Option;
import java.util.Arrays;
import org.coprod.rules.SideMeasure;

/**
 * The yardstick: the report's headline measures computed by hand in one pass over the
 * contributions' arrays (and one over each of the small parts: people, outputs, decisions and
 * money), with nothing boxed and no lookup but array indexing. It gives the same numbers as {@link
 * org.coprod.rules.Measures#of} (the ladder step aside), so the time it takes is what reading the
 * data costs, and the rulebook's time is measured against it.
 */
public final class Baseline {
  /** Kanter's tilted boundary, the default of the policy's {@code majorityVoice}. */
  private static final double MAJORITY_VOICE = 0.35;

  /** A substantial personal contribution: this share of an output's hours ... */
  private static final double CREDIT_SHARE = 0.05;

  /** ... or, from a core person, this many hours (or an IDEA or WRITING). */
  private static final double CREDIT_HOURS = 2.0;

  private Baseline() {}

  /**
   * The headline measures of the data.
   *
   * @param d the data; not changed
   * @return the measures; never null
   */
  public static BaselineMeasures measure(BaselineData d) {
    int n = d.people;
    double[] hoursOf = new double[n];
    boolean[] contributing = new boolean[n];
    boolean[] shapedAnything = new boolean[n];
    double[] outputHours = new double[d.outputs];
    double total = 0;
    double hoursLe = 0;
    double hoursPro = 0;
    double paidLe = 0;
    double paidPro = 0;
    boolean outputsNamed = false;
    PairHours pairs = new PairHours(n);

    // the one pass over the ledger
    for (int c = 0; c < d.contributions; c++) {
      int p = d.person[c];
      double h = d.hours[c];
      total += h;
      hoursOf[p] += h;
      contributing[p] = true;
      boolean isPaid = d.paid[c] || d.paidAnyway[p];
      if (d.side[p] == 0) {
        hoursLe += h;
        paidLe += isPaid ? h : 0;
      } else {
        hoursPro += h;
        paidPro += isPaid ? h : 0;
      }
      if (d.shaping[c]) {
        shapedAnything[p] = true;
      }
      int o = d.output[c];
      if (o >= 0) {
        outputsNamed = true;
        outputHours[o] += h;
        pairs.add(o, p, h, d.shaping[c]);
      }
    }

    // credit: who made a substantial personal contribution, and who of them is credited
    int[] creditCount = new int[n];
    for (int i = 0; i < d.credited.length; i++) {
      creditCount[d.credited[i]]++;
    }
    boolean[] eligible = new boolean[n];
    boolean[] creditedBack = new boolean[n];
    if (outputsNamed) {
      pairs.forEach(
          (o, p, mine, shaped) -> {
            if (!d.withdrawn.contains((long) o * n + p)
                && substantial(d.core[p], shaped, mine, outputHours[o])) {
              eligible[p] = true;
            }
          });
      for (int o = 0; o < d.outputs; o++) {
        for (int i = d.creditedStart[o]; i < d.creditedStart[o + 1]; i++) {
          int p = d.credited[i];
          if (eligible[p] && pairs.contains(o, p)) {
            creditedBack[p] = true;
          }
        }
      }
    } else if (d.outputs > 0) {
      // no contribution names an output: each has the project's hours
      for (int p = 0; p < n; p++) {
        if (contributing[p]
            && d.withdrawals[p] < d.outputs
            && substantial(d.core[p], shapedAnything[p], hoursOf[p], total)) {
          eligible[p] = true;
          creditedBack[p] = creditCount[p] > 0;
        }
      }
    }
    int[] eligibleBySide = new int[2];
    int[] creditedBySide = new int[2];
    int contributors = 0;
    for (int p = 0; p < n; p++) {
      if (eligible[p]) {
        eligibleBySide[d.side[p]]++;
        if (creditedBack[p]) {
          creditedBySide[d.side[p]]++;
        }
      }
      if (contributing[p]) {
        contributors++;
      }
    }

    // say in the counted key decisions
    int countedDecisions = 0;
    int[] say = new int[2];
    for (int k = 0; k < d.decisions; k++) {
      if (!d.counted[k]) {
        continue;
      }
      countedDecisions++;
      if (d.overridden[k]) {
        continue;
      }
      int deciders = d.deciderStart[k + 1] - d.deciderStart[k];
      int[] ours = new int[2];
      int[] objecting = new int[2];
      for (int i = d.deciderStart[k]; i < d.deciderStart[k + 1]; i++) {
        int s = d.side[d.decider[i]];
        ours[s]++;
        if (d.objected[i]) {
          objecting[s]++;
        }
      }
      for (int s = 0; s < 2; s++) {
        // a say needs more than half of the side's deciders not objecting
        if (ours[s] == 0 || 2 * (ours[s] - objecting[s]) <= ours[s]) {
          continue;
        }
        boolean had =
            switch (d.rule[k]) {
              case BaselineData.RULE_MAJORITY -> atLeast(ours[s], MAJORITY_VOICE, deciders);
              case BaselineData.RULE_LEAD_DECIDES -> d.leadSide[k] == s;
              default -> true;
            };
        if (had) {
          say[s]++;
        }
      }
    }

    // money, each resource split evenly among its controllers
    double money = 0;
    double[] moneyBySide = new double[2];
    for (int r = 0; r < d.money; r++) {
      money += d.amount[r];
      int controllers = d.controllerStart[r + 1] - d.controllerStart[r];
      for (int i = d.controllerStart[r]; i < d.controllerStart[r + 1]; i++) {
        moneyBySide[d.side[d.controller[i]]] += d.amount[r] / controllers;
      }
    }

    double[] hoursEach = new double[contributors];
    double[] creditEach = new double[contributors];
    int j = 0;
    for (int p = 0; p < n; p++) {
      if (contributing[p]) {
        hoursEach[j] = hoursOf[p];
        creditEach[j] = creditCount[p];
        j++;
      }
    }

    double all = total;
    double allMoney = money;
    int decided = countedDecisions;
    return new BaselineMeasures(
        sides(hoursLe, hoursPro, all > 0, all),
        sides(moneyBySide[0], moneyBySide[1], allMoney > 0, allMoney),
        sides(say[0], say[1], decided > 0, decided),
        new SideMeasure(
            hoursLe > 0 ? Option.some(paidLe / hoursLe) : Option.none(),
            hoursPro > 0 ? Option.some(paidPro / hoursPro) : Option.none()),
        new SideMeasure(
            rate(creditedBySide[0], eligibleBySide[0]), rate(creditedBySide[1], eligibleBySide[1])),
        gini(hoursEach),
        gini(creditEach));
  }

  private static SideMeasure sides(double le, double pro, boolean defined, double whole) {
    return defined
        ? new SideMeasure(Option.some(le / whole), Option.some(pro / whole))
        : new SideMeasure(Option.none(), Option.none());
  }

  private static Option<Double> rate(int credited, int eligible) {
    return eligible == 0 ? Option.none() : Option.some((double) credited / eligible);
  }

  /**
   * A substantial personal contribution: an IDEA or WRITING that counts (see {@link
   * BaselineData#shaping}), a share of the output's hours, or, from a core person, enough hours.
   */
  private static boolean substantial(boolean core, boolean shaped, double mine, double all) {
    return shaped
        || (mine > 0 && ((core && mine >= CREDIT_HOURS) || atLeast(mine, CREDIT_SHARE, all)));
  }

  /** A share met at its boundary despite binary rounding, as the rules decide it. */
  private static boolean atLeast(double part, double share, double whole) {
    return part >= share * whole - 1e-9 * Math.max(1.0, Math.abs(whole));
  }

  /**
   * The Gini coefficient, computed as the measures define it: none for fewer than two values or all
   * zero; otherwise, over the values scaled by their maximum and sorted, Σ k (n - k) (x_(k+1) -
   * x_(k)) / (n Σ x).
   */
  static Option<Double> gini(double[] x) {
    if (x.length < 2) {
      return Option.none();
    }
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max == 0) {
      return Option.none();
    }
    double[] sorted = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      sorted[i] = x[i] / max;
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    double weighted = 0;
    double sum = sorted[0];
    for (int k = 1; k < n; k++) {
      weighted += (double) k * (n - k) * (sorted[k] - sorted[k - 1]);
      sum += sorted[k];
    }
    return Option.some(weighted / (n * sum));
  }

  /**
   * Hours by (output, person), in an open-addressing table of one primitive array keyed by {@code
   * output * people + person}: the hash grouping a single pass needs, without boxing. Each slot is
   * two longs side by side, {@code key * 2 + shaping} and the hours' bits, so an update touches one
   * cache line.
   */
  static final class PairHours {
    private static final long EMPTY = -1;
    private final int people;
    private long[] table;
    private int size;

    PairHours(int people) {
      this.people = people;
      table = empty(1024);
    }

    private static long[] empty(int slots) {
      long[] t = new long[2 * slots];
      for (int i = 0; i < t.length; i += 2) {
        t[i] = EMPTY;
      }
      return t;
    }

    /** The slot (an even index) holding the key, or the empty slot where it would go. */
    private static int slot(long[] t, long key) {
      int mask = (t.length >> 1) - 1;
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) ((h ^ (h >>> 32)) & mask);
      while (t[2 * i] != EMPTY && t[2 * i] >>> 1 != key) {
        i = (i + 1) & mask;
      }
      return 2 * i;
    }

    void add(int output, int person, double h, boolean shaped) {
      long key = (long) output * people + person;
      int i = slot(table, key);
      if (table[i] == EMPTY) {
        table[i] = key << 1;
        table[i + 1] = Double.doubleToRawLongBits(0.0);
        if (++size * 4 > table.length) {
          grow();
          i = slot(table, key);
        }
      }
      table[i] |= shaped ? 1 : 0;
      table[i + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(table[i + 1]) + h);
    }

    boolean contains(int output, int person) {
      long key = (long) output * people + person;
      return table[slot(table, key)] != EMPTY;
    }

    /**
     * Calls back with each (output, person) pair, its hours and whether it held an IDEA or WRITING.
     */
    void forEach(PairVisitor visitor) {
      for (int i = 0; i < table.length; i += 2) {
        if (table[i] != EMPTY) {
          long key = table[i] >>> 1;
          visitor.visit(
              (int) (key / people),
              (int) (key % people),
              Double.longBitsToDouble(table[i + 1]),
              (table[i] & 1) != 0);
        }
      }
    }

    private void grow() {
      long[] old = table;
      table = empty(old.length);
      for (int i = 0; i < old.length; i += 2) {
        if (old[i] != EMPTY) {
          int j = slot(table, old[i] >>> 1);
          table[j] = old[i];
          table[j + 1] = old[i + 1];
        }
      }
    }
  }

  /** What {@link PairHours#forEach} calls back with. */
  interface PairVisitor {
    void visit(int output, int person, double hours, boolean shaping);
  }
}
