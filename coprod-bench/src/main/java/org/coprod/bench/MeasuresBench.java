package org.coprod.bench;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import org.coprod.core.Participant;
import org.coprod.core.Side;
import org.coprod.core.measure.Inequality;
import org.coprod.core.measure.Parity;
import org.coprod.core.measure.SelectionRates;
import org.coprod.core.measure.Shapley;
import org.coprod.core.measure.TheilDecomposition;
import org.coprod.rules.ProjectIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measures researchers call directly ({@link Inequality}, {@link Parity}, {@link Shapley}), on
 * the hours of the 10,000 people of the full-size project, and Shapley values of a game of the
 * project's 20 busiest people (exact) and of 200 people (sampled).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MeasuresBench {
  /** How many permutations the sampled Shapley values average over. */
  static final int PERMUTATIONS = 200;

  /** The hours and sides of every participant, and two small games, made once per trial. */
  @State(Scope.Benchmark)
  public static class Data {
    /**
     * Contributions in the project whose people's hours are measured (10,000 people at full size).
     */
    @Param({"1000000"})
    public int contributions;

    double[] hours;
    Seq<Side> sides;
    boolean[] busy;
    double[] exactHours;
    double[] sampledHours;

    /** Generates the project and takes each participant's hours and side. */
    @Setup
    public void setUp() {
      ProjectIndex index = ProjectIndex.of(Workload.shared(contributions).view());
      Seq<Participant> people = index.project().participants();
      hours = people.toJavaStream().mapToDouble(p -> index.hours(p.id())).toArray();
      sides = Vector.ofAll(people.map(Participant::side));
      double mean = index.hours() / people.size();
      busy = new boolean[hours.length];
      for (int i = 0; i < hours.length; i++) {
        busy[i] = hours[i] > mean;
      }
      double[] sorted = hours.clone();
      java.util.Arrays.sort(sorted);
      exactHours =
          java.util.Arrays.copyOfRange(
              sorted, Math.max(0, sorted.length - Shapley.EXACT_LIMIT), sorted.length);
      sampledHours =
          java.util.Arrays.copyOfRange(sorted, Math.max(0, sorted.length - 200), sorted.length);
    }
  }

  /**
   * A game of diminishing returns: a coalition is worth the square root of its hours, so each
   * person's value depends on who else is in it.
   */
  static double worth(double[] hours, BitSet coalition) {
    double sum = 0;
    for (int i = coalition.nextSetBit(0); i >= 0; i = coalition.nextSetBit(i + 1)) {
      sum += hours[i];
    }
    return Math.sqrt(sum);
  }

  /** The Gini coefficient of everyone's hours. */
  @Benchmark
  public Option<Double> gini(Data data) {
    return Inequality.gini(data.hours);
  }

  /** Theil T of everyone's hours, split between and within the sides. */
  @Benchmark
  public Option<TheilDecomposition> theilBySide(Data data) {
    return Inequality.theilTByGroup(data.hours, data.sides);
  }

  /** Atkinson's index of everyone's hours at epsilon 0.5. */
  @Benchmark
  public Option<Double> atkinson(Data data) {
    return Inequality.atkinson(data.hours, 0.5);
  }

  /** Each side's share of the hours. */
  @Benchmark
  public Option<io.vavr.collection.Map<Side, Double>> sharesBySide(Data data) {
    return Parity.sharesByGroup(data.hours, data.sides);
  }

  /** The rate of giving more than the mean hours, by side, and the ratio between the sides. */
  @Benchmark
  public Option<SelectionRates<Side>> selectionRates(Data data) {
    return Parity.selectionRates(data.busy, data.sides);
  }

  /** Exact Shapley values of the 20 busiest people (20 · 2^20 steps). */
  @Benchmark
  public Option<Seq<Double>> shapleyExact(Data data) {
    return Shapley.exact(data.exactHours.length, c -> worth(data.exactHours, c));
  }

  /** Shapley values of 200 people, sampled over 200 orders. */
  @Benchmark
  public Option<Seq<Double>> shapleySampled(Data data) {
    return Shapley.sampled(
        data.sampledHours.length, c -> worth(data.sampledHours, c), PERMUTATIONS, 7L);
  }
}
