package org.coprod.live;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;

/**
 * How the findings changed from one check to the next, told apart by {@link Finding#fingerprint()}
 * (a stable hash of the rule, the kind and the subjects): a finding keeps its fingerprint while its
 * words, numbers or severity change.
 *
 * <p>A finding that changes kind changes fingerprint: when {@code credit-one-sided} turns from its
 * "so far" NOTE into a CONCERN at the close, the NOTE has gone and the CONCERN has appeared.
 *
 * @param appeared findings whose fingerprint was not there before, in report order
 * @param gone findings whose fingerprint is no longer there, as they were last seen
 * @param changed findings still there whose severity, message, evidence or acknowledgement changed,
 *     as they are now
 * @param acknowledged findings already there that the agreement now acknowledges (each is among
 *     {@code changed} too)
 */
public record FindingChanges(
    Seq<Finding> appeared, Seq<Finding> gone, Seq<Finding> changed, Seq<Finding> acknowledged) {
  /** Checks that nothing is null. */
  public FindingChanges {
    Objects.requireNonNull(appeared, "appeared is null");
    Objects.requireNonNull(gone, "gone is null");
    Objects.requireNonNull(changed, "changed is null");
    Objects.requireNonNull(acknowledged, "acknowledged is null");
  }

  /**
   * The changes from one check's findings to the next's.
   *
   * @param before the findings of the earlier check
   * @param after the findings of the later check
   * @return what appeared, what has gone, what changed and what has just been acknowledged
   */
  public static FindingChanges between(Seq<Finding> before, Seq<Finding> after) {
    Map<String, Finding> was = byFingerprint(before);
    Map<String, Finding> is = byFingerprint(after);
    return new FindingChanges(
        after.filter(f -> !was.containsKey(f.fingerprint())),
        before.filter(f -> !is.containsKey(f.fingerprint())),
        after.filter(f -> was.get(f.fingerprint()).exists(old -> !old.equals(f))),
        after.filter(
            f ->
                f.isAcknowledged()
                    && was.get(f.fingerprint()).exists(old -> !old.isAcknowledged())));
  }

  /** The changes from one report to the next. */
  public static FindingChanges between(Report before, Report after) {
    return between(before.findings(), after.findings());
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return appeared.isEmpty() && gone.isEmpty() && changed.isEmpty();
  }

  private static Map<String, Finding> byFingerprint(Seq<Finding> findings) {
    return LinkedHashMap.ofEntries(findings.map(f -> Tuple.of(f.fingerprint(), f)));
  }
}
