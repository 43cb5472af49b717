package org.coprod.core;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How many people gave each answer from 1 to 5 to one check-in question: five counts, never the
 * answers themselves, so no answer can be tied to anyone. {@code [0, 2, 1, 0, 0]} is two people
 * answering 2 and one answering 3.
 */
@Value.Immutable
@CoprodStyle
abstract class TallyDef {
  /** The number of people who answered 1, 2, 3, 4 and 5, in that order: five counts. */
  public abstract Seq<Integer> counts();

  /** A tally of five counts, for answers 1 to 5. */
  public static Tally of(int ones, int twos, int threes, int fours, int fives) {
    return Tally.builder().counts(Array.of(ones, twos, threes, fours, fives)).build();
  }

  /** How many people answered. */
  public int answers() {
    int total = 0;
    for (int c : counts()) {
      total += c;
    }
    return total;
  }

  /**
   * The tally of both: the counts added answer by answer. Both must hold five counts (a valid
   * project's tallies do).
   */
  public Tally plus(Tally other) {
    if (counts().size() != 5 || other.counts().size() != 5) {
      throw new IllegalArgumentException("a tally holds five counts");
    }
    return Tally.builder().counts(counts().zipWith(other.counts(), Integer::sum)).build();
  }

  /**
   * The median answer, as R's {@code median} gives it: the middle answer, or the mean of the two
   * middle answers when the number of answers is even (so it may end in .5). None when nobody
   * answered or the tally does not hold five counts.
   */
  public Option<Double> median() {
    int n = answers();
    if (n <= 0 || counts().size() != 5) {
      return Option.none();
    }
    // the answers at (1-based) positions lower and upper of the sorted answers
    int lower = (n + 1) / 2;
    int upper = n / 2 + 1;
    return Option.some((answerAt(lower) + answerAt(upper)) / 2.0);
  }

  private int answerAt(int position) {
    int seen = 0;
    int answer = 0;
    for (int c : counts()) {
      answer++;
      seen += c;
      if (seen >= position) {
        return answer;
      }
    }
    return answer;
  }
}
