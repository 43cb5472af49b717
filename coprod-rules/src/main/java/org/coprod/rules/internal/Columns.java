package org.coprod.rules.internal;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntBiFunction;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.rules.ProjectIndex;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a {@link ProjectIndex}: its contributions by place in the project's list, with
 * what the rules that weigh every contribution read of each (its person's place, the day, the day
 * paid, hours, whether paid, expenses, the agreement version in force, the output named), so that
 * such a rule streams through arrays instead of visiting every contribution object and looking its
 * person up again. People have fixed places ({@linkplain #ordinalAt ordinals}) from 0 to {@link
 * #personCount()} - 1, so a rule can keep per-person state in primitive arrays.
 *
 * <p>Why the columns are not part of the index's public face: they are an arrangement for speed,
 * and what a rule outside this module should read is the index's defined words (hours by side, a
 * substantial contribution, credit rates, ...), which keep their meaning whatever the index keeps.
 * The module does not export this package; {@link ProjectIndex} installs the one {@link Access} in
 * its static initializer, and {@link #of(ProjectIndex)} goes through it, so no public method of an
 * exported class hands out this type.
 */
public final class Columns {
  /** The day of a contribution that has no such day, in {@link #paidDay} and {@link #repaidDay}. */
  public static final int NO_DAY = Integer.MIN_VALUE;

  /** How the columns of an index are reached: installed once, by {@link ProjectIndex}. */
  public interface Access {
    /** The columns of an index. */
    Columns of(ProjectIndex index);
  }

  private static volatile @Nullable Access access;

  /**
   * Installs the one way to reach an index's columns; {@link ProjectIndex}'s static initializer
   * calls it. A second installation is refused, so nothing else in the module can stand in for it.
   */
  public static synchronized void install(Access how) {
    if (access != null) {
      throw new IllegalStateException("the index's columns are reached one way only");
    }
    access = Objects.requireNonNull(how, "how is null");
  }

  /** The columns of an index. */
  public static Columns of(ProjectIndex index) {
    Access how = access;
    if (how == null) {
      // An index exists, so its class is initialized and has installed its access; only a class
      // loaded oddly could get here.
      throw new IllegalStateException("the index has not installed its columns");
    }
    return how.of(index);
  }

  private final int count;
  private final Contribution[] contributions;
  private final Participant[] participants;
  private final int[] ordinalAt;
  private final int[] days;
  private final int[] paidDays;
  private final double[] hoursAt;
  private final boolean[] paidAt;
  private final boolean[] claimedAt;
  private final int[] repaidDays;
  private final int[] versionAt;
  private final int[] outputAt;
  private final byte[] kindAt;
  private final int[] stories;
  private final int storyCount;
  private final Agreement[] versions;
  private final List<Option<PaymentTerms>> termsOfVersion;
  private final ToIntBiFunction<OutputId, ParticipantId> contributionsTo;
  private static final ContributionKind[] KINDS = ContributionKind.values();

  /**
   * The columns over an index's arrays, which may be longer than {@code count} (an index extended
   * from another shares them and writes only past the other's count); made by the index alone.
   *
   * @param count the contributions indexed, at places 0 to count - 1
   * @param participants the participants by ordinal
   * @param stories the places of the STORY contributions, in order, at 0 to storyCount - 1
   * @param contributionsTo how many contributions a person gave to an output, worked out by the
   *     index (every one of theirs, where no contribution names an output)
   */
  public Columns(
      int count,
      Contribution[] contributions,
      Participant[] participants,
      int[] ordinalAt,
      int[] days,
      int[] paidDays,
      double[] hoursAt,
      boolean[] paidAt,
      boolean[] claimedAt,
      int[] repaidDays,
      int[] versionAt,
      int[] outputAt,
      byte[] kindAt,
      int[] stories,
      int storyCount,
      Agreement[] versions,
      List<Option<PaymentTerms>> termsOfVersion,
      ToIntBiFunction<OutputId, ParticipantId> contributionsTo) {
    this.count = count;
    this.contributions = contributions;
    this.participants = participants;
    this.ordinalAt = ordinalAt;
    this.days = days;
    this.paidDays = paidDays;
    this.hoursAt = hoursAt;
    this.paidAt = paidAt;
    this.claimedAt = claimedAt;
    this.repaidDays = repaidDays;
    this.versionAt = versionAt;
    this.outputAt = outputAt;
    this.kindAt = kindAt;
    this.stories = stories;
    this.storyCount = storyCount;
    this.versions = versions;
    this.termsOfVersion = termsOfVersion;
    this.contributionsTo = contributionsTo;
  }

  /** The number of contributions, at places 0 to count - 1 in the project's order. */
  public int count() {
    return count;
  }

  /** The contribution at a place in the project's list, from 0. */
  public Contribution contribution(int i) {
    return contributions[Objects.checkIndex(i, count)];
  }

  /** The number of participants: ordinals run from 0 to this - 1. */
  public int personCount() {
    return participants.length;
  }

  /** The participant with an ordinal: their place in the project's list of participants. */
  public Participant participant(int ordinal) {
    return participants[ordinal];
  }

  /** The ordinal of the person who gave the contribution at a place. */
  public int ordinalAt(int i) {
    return ordinalAt[Objects.checkIndex(i, count)];
  }

  /** The person who gave the contribution at a place in the project's list, from 0. */
  public Participant contributor(int i) {
    return participants[ordinalAt[Objects.checkIndex(i, count)]];
  }

  /** The date of the contribution at a place, as an epoch day ({@link LocalDate#toEpochDay()}). */
  public int day(int i) {
    return days[Objects.checkIndex(i, count)];
  }

  /** The epoch day the contribution at a place was paid, or {@link #NO_DAY} if no day is given. */
  public int paidDay(int i) {
    return paidDays[Objects.checkIndex(i, count)];
  }

  /** The hours of the contribution at a place. */
  public double hoursAt(int i) {
    return hoursAt[Objects.checkIndex(i, count)];
  }

  /** Whether the contribution at a place was paid (a positive amount). */
  public boolean isPaidAt(int i) {
    return paidAt[Objects.checkIndex(i, count)];
  }

  /** Whether the contribution at a place claims expenses (a positive amount). */
  public boolean claimedExpensesAt(int i) {
    return claimedAt[Objects.checkIndex(i, count)];
  }

  /** The epoch day the expenses of the contribution at a place were repaid, or {@link #NO_DAY}. */
  public int repaidDay(int i) {
    return repaidDays[Objects.checkIndex(i, count)];
  }

  /** The payment terms of the agreement in force on the date of the contribution at a place. */
  public Option<PaymentTerms> paymentTermsAt(int i) {
    int v = versionAt[Objects.checkIndex(i, count)];
    return v < 0 ? Option.none() : termsOfVersion.get(v);
  }

  /**
   * The place, in the project's list of agreement versions, of the version in force on the date of
   * the contribution at a place; -1 if none was in force. A number, not a version, so a rule that
   * visits every contribution allocates nothing.
   */
  public int versionAt(int i) {
    return versionAt[Objects.checkIndex(i, count)];
  }

  /**
   * The place, in the project's list of outputs, of the output the contribution at a place names;
   * -1 if it names none.
   */
  public int outputAt(int i) {
    return outputAt[Objects.checkIndex(i, count)];
  }

  /** The kind of the contribution at a place, read from a byte, not from the contribution. */
  public ContributionKind kindAt(int i) {
    return KINDS[kindAt[Objects.checkIndex(i, count)]];
  }

  /**
   * The number of STORY contributions. With {@link #storyAt(int)}, a rule about stories visits the
   * few contributions it concerns, not every one.
   */
  public int storyCount() {
    return storyCount;
  }

  /** The place of the k-th STORY contribution in the project's list, in the project's order. */
  public int storyAt(int k) {
    return stories[Objects.checkIndex(k, storyCount)];
  }

  /**
   * How many contributions a person gave to an output: those naming it, or every one of theirs
   * where no contribution names an output (the project's hours then stand in for every output).
   */
  public int contributionsTo(OutputId output, ParticipantId person) {
    return contributionsTo.applyAsInt(output, person);
  }

  /** The agreement version at a place in the project's list of versions, from 0. */
  public Agreement version(int place) {
    return versions[place];
  }
}
