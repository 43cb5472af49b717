package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.coprod.core.Id;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.Severity;

/**
 * How two outcomes of one rule differ, in plain words naming finding kinds and ids only: the
 * comparisons of the laws.
 */
final class Differences {
  private Differences() {}

  /** A finding's kind and subjects: what the scaling and time laws keep. */
  static String key(Finding f) {
    return "'" + f.kind() + "' on [" + f.subjects().map(Id::value).sorted().mkString(", ") + "]";
  }

  private static final java.util.regex.Pattern STORY =
      java.util.regex.Pattern.compile("(.*\\.story\\.)(\\d{4}-\\d{2}-\\d{2})");

  /** The key of a finding, with the dates in story names moved back by {@code days}. */
  private static String keyMovedBack(Finding f, long days) {
    if (days == 0) {
      return key(f);
    }
    return "'"
        + f.kind()
        + "' on ["
        + f.subjects()
            .map(Id::value)
            .map(
                v -> {
                  java.util.regex.Matcher m = STORY.matcher(v);
                  return m.matches()
                      ? m.group(1) + java.time.LocalDate.parse(m.group(2)).minusDays(days)
                      : v;
                })
            .sorted()
            .mkString(", ")
        + "]";
  }

  /** The first way two outcomes differ at all. */
  static String exact(Outcome a, Outcome b) {
    if (a.status() != b.status()) {
      return "the outcome was " + a.status() + ", then " + b.status();
    }
    if (!a.reason().equals(b.reason())) {
      return "the reason of the " + a.status() + " outcome differs";
    }
    TreeSet<String> x = new TreeSet<>(a.findings().map(Differences::key).asJava());
    TreeSet<String> y = new TreeSet<>(b.findings().map(Differences::key).asJava());
    if (!x.equals(y)) {
      java.util.List<String> lines = new ArrayList<>();
      x.stream()
          .filter(k -> !y.contains(k))
          .forEach(k -> lines.add("finding " + k + " only the first time"));
      y.stream()
          .filter(k -> !x.contains(k))
          .forEach(k -> lines.add("finding " + k + " only the second time"));
      return String.join("; ", lines);
    }
    for (Finding f : a.findings()) {
      if (!b.findings().contains(f)) {
        String k = key(f);
        return b.findings()
            .find(g -> key(g).equals(k))
            .map(g -> "finding " + k + " differs in its " + whatDiffers(f, g))
            .getOrElse(
                "finding " + k + " differs in severity, message, evidence or acknowledgement");
      }
    }
    return "the findings come in another order";
  }

  /**
   * What differs between two findings of the same kind and subjects: the severity, the message, the
   * acknowledgement, or the evidence, named, with both values when they are numbers (a number shows
   * no one's data; text might).
   */
  static String whatDiffers(Finding a, Finding b) {
    if (a.severity() != b.severity()) {
      return "severity (" + a.severity() + ", then " + b.severity() + ")";
    }
    if (!a.message().equals(b.message())) {
      return "message";
    }
    if (!a.acknowledged().equals(b.acknowledged())) {
      return "acknowledgement";
    }
    for (Evidence e : a.evidence()) {
      Evidence other = b.evidence().find(x -> x.name().equals(e.name())).getOrNull();
      if (other == null) {
        return "evidence '" + e.name() + "' (gone the second time)";
      }
      if (!e.value().equals(other.value())) {
        boolean numbers = e.value() instanceof Number && other.value() instanceof Number;
        return "evidence '"
            + e.name()
            + "'"
            + (numbers ? " (" + e.value() + ", then " + other.value() + ")" : "");
      }
    }
    return "evidence (an item only the second time, or the items in another order)";
  }

  /**
   * The problems when a change must keep the outcome's status and the set of (kind, subjects) of
   * its findings.
   */
  static Seq<String> keys(Outcome before, Outcome after, String when) {
    return keys(before, after, when, 0);
  }

  /**
   * As {@link #keys(Outcome, Outcome, String)}, for a project whose dates were all moved by {@code
   * days}: a story without an id of its own is named {@code PARTICIPANT.story.DATE}, so its name
   * moves with its date, and is moved back before comparing.
   */
  static Seq<String> keys(Outcome before, Outcome after, String when, long days) {
    if (before.status() != after.status()) {
      return List.of("the outcome was " + before.status() + ", " + when + " " + after.status());
    }
    TreeSet<String> x = new TreeSet<>(before.findings().map(Differences::key).asJava());
    TreeSet<String> y = new TreeSet<>(after.findings().map(f -> keyMovedBack(f, days)).asJava());
    java.util.List<String> lines = new ArrayList<>();
    x.stream()
        .filter(k -> !y.contains(k))
        .forEach(k -> lines.add("finding " + k + " is gone " + when));
    y.stream()
        .filter(k -> !x.contains(k))
        .forEach(k -> lines.add("finding " + k + " appears " + when));
    return List.ofAll(lines);
  }

  /** The problems when renamed findings must equal the findings of the renamed project. */
  static Seq<String> shapes(Seq<LawCheck.Shape> before, Seq<LawCheck.Shape> after, String when) {
    java.util.List<String> lines = new ArrayList<>();
    java.util.List<LawCheck.Shape> left = new ArrayList<>(after.asJava());
    for (LawCheck.Shape s : before) {
      LawCheck.Shape same = left.stream().filter(s::sameAs).findFirst().orElse(null);
      if (same != null) {
        left.remove(same);
        continue;
      }
      LawCheck.Shape like =
          left.stream().filter(t -> t.key().equals(s.key())).findFirst().orElse(null);
      if (like != null) {
        left.remove(like);
        lines.add(
            "finding "
                + s.key()
                + " differs "
                + when
                + " by more than ids ("
                + whatDiffers(s, like)
                + ")");
      } else {
        lines.add("finding " + s.key() + " (renamed) is gone " + when);
      }
    }
    left.forEach(t -> lines.add("finding " + t.key() + " appears " + when));
    return List.ofAll(lines);
  }

  private static String whatDiffers(LawCheck.Shape a, LawCheck.Shape b) {
    if (!a.severity().equals(b.severity())) {
      return "severity " + a.severity() + " then " + b.severity();
    }
    if (!a.message().equals(b.message())) {
      return "message";
    }
    if (!a.acknowledged().equals(b.acknowledged())) {
      return "acknowledgement";
    }
    return "evidence";
  }

  /**
   * A finding as side symmetry compares it: kind, severity, subjects and the evidence that names a
   * side, with that side swapped if asked.
   */
  static String sided(Finding f, boolean swap) {
    StringBuilder s = new StringBuilder(key(f)).append(' ').append(f.severity());
    for (Evidence e : f.evidence()) {
      if (e.value() instanceof String v && isSide(v)) {
        String side = swap ? Side.valueOf(v).other().name() : v;
        s.append(' ').append(e.name()).append('=').append(side);
      }
    }
    return s.toString();
  }

  private static boolean isSide(String value) {
    for (Side side : Side.values()) {
      if (side.name().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** The problems when two multisets of findings must be equal. */
  static Seq<String> counts(
      SortedMap<String, Integer> expected, SortedMap<String, Integer> found, String when) {
    java.util.List<String> lines = new ArrayList<>();
    expected.forEach(
        (k, n) -> {
          int m = found.getOrDefault(k, 0);
          if (m < n) {
            lines.add("finding " + k + " (sides swapped) is gone " + when);
          }
        });
    found.forEach(
        (k, n) -> {
          int m = expected.getOrDefault(k, 0);
          if (m < n) {
            lines.add("finding " + k + " appears " + when);
          }
        });
    return List.ofAll(lines);
  }

  /**
   * The problems when a change may take findings away or make them less serious, but never give a
   * subject a finding it did not have or a more serious one; findings the predicate allows are left
   * out.
   */
  static Seq<String> added(Outcome before, Outcome after, Predicate<Finding> allowed) {
    Map<String, Severity> was = worst(before.findings());
    java.util.List<String> lines = new ArrayList<>();
    Map<String, Severity> now = worst(after.findings().filter(f -> !allowed.test(f)));
    now.forEach(
        (subjects, severity) -> {
          Severity old = was.get(subjects);
          Finding f =
              after
                  .findings()
                  .find(x -> subjectsOf(x).equals(subjects) && x.severity() == severity)
                  .get();
          if (old == null) {
            lines.add("finding " + key(f) + " (" + severity + ") appears");
          } else if (severity.compareTo(old) > 0) {
            lines.add("finding " + key(f) + " grows from " + old + " to " + severity);
          }
        });
    return List.ofAll(lines);
  }

  private static String subjectsOf(Finding f) {
    return f.subjects().map(Id::value).sorted().mkString(", ");
  }

  /** The most serious severity of the findings on each set of subjects. */
  private static Map<String, Severity> worst(Seq<Finding> findings) {
    Map<String, Severity> worst = new TreeMap<>();
    for (Finding f : findings) {
      worst.merge(subjectsOf(f), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return worst;
  }
}
