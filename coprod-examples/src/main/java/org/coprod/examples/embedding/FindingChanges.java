package org.coprod.examples.embedding;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.coprod.rules.Finding;

/**
 * How the findings changed from one check to the next, told apart by {@link Finding#fingerprint()}
 * (a stable hash of the rule, the kind and the subjects): a finding whose words or numbers changed
 * but whose fingerprint did not is the same finding, and is not announced again.
 *
 * <p>A finding that changes kind changes fingerprint: when {@code credit-one-sided} turns from its
 * "so far" NOTE into a CONCERN at the close, the NOTE has gone and the CONCERN has appeared.
 *
 * @param appeared findings whose fingerprint was not there before, in report order
 * @param gone findings whose fingerprint is no longer there, as they were last seen
 * @param acknowledged findings already there that the agreement now acknowledges
 */
public record FindingChanges(Seq<Finding> appeared, Seq<Finding> gone, Seq<Finding> acknowledged) {
  /** Checks that nothing is null. */
  public FindingChanges {
    Objects.requireNonNull(appeared, "appeared is null");
    Objects.requireNonNull(gone, "gone is null");
    Objects.requireNonNull(acknowledged, "acknowledged is null");
  }

  /**
   * The changes from one check's findings to the next's.
   *
   * @param before the findings of the earlier check
   * @param after the findings of the later check
   * @return what appeared, what has gone and what has just been acknowledged
   */
  public static FindingChanges between(Seq<Finding> before, Seq<Finding> after) {
    Map<String, Finding> was = byFingerprint(before);
    Map<String, Finding> is = byFingerprint(after);
    return new FindingChanges(
        after.filter(f -> !was.containsKey(f.fingerprint())),
        before.filter(f -> !is.containsKey(f.fingerprint())),
        after.filter(
            f ->
                f.isAcknowledged()
                    && was.get(f.fingerprint()).exists(old -> !old.isAcknowledged())));
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return appeared.isEmpty() && gone.isEmpty() && acknowledged.isEmpty();
  }

  private static Map<String, Finding> byFingerprint(Seq<Finding> findings) {
    return LinkedHashMap.ofEntries(findings.map(f -> Tuple.of(f.fingerprint(), f)));
  }
}
