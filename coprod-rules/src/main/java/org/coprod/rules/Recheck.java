package org.coprod.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Contribution;
import org.coprod.core.Decision;
import org.coprod.rules.internal.Columns;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is told when it is {@linkplain Rule#recheck checked again} after items were appended:
 * its own outcome in the check before, the index that check read, the parts it reads that changed
 * since, where the appended contributions and decisions begin, and what it {@linkplain
 * RuleContext#keep kept}. A rule is rechecked only when, of the parts it reads, nothing changed but
 * contributions and decisions added after those of the check before (every earlier one the very
 * same, at the same place) and perhaps the view's {@link Part#DAY}; the people keep their places,
 * so a rule may keep what it knows of each person by their place in the project's participants.
 */
public final class Recheck {
  private final Outcome previous;
  private final ProjectIndex before;
  private final ProjectIndex after;
  private final Set<Part> changed;
  private final int decisionsBefore;
  private final @Nullable Object kept;

  Recheck(
      Outcome previous,
      ProjectIndex before,
      ProjectIndex after,
      Set<Part> changed,
      @Nullable Object kept) {
    this.previous = Objects.requireNonNull(previous, "previous is null");
    this.before = Objects.requireNonNull(before, "before is null");
    this.after = Objects.requireNonNull(after, "after is null");
    this.changed = java.util.Collections.unmodifiableSet(changed);
    this.decisionsBefore = before.project().decisions().size();
    this.kept = kept;
  }

  /**
   * The rule's outcome in the check before, as the rule gave it (before the policy's severities).
   */
  public Outcome previous() {
    return previous;
  }

  /** The index of the view checked before. */
  public ProjectIndex before() {
    return before;
  }

  /**
   * The parts the rule reads that changed since the check before: some of {@link
   * Part#CONTRIBUTIONS}, {@link Part#DECISIONS} and {@link Part#DAY}, never another.
   */
  public Set<Part> changed() {
    return changed;
  }

  /** Whether the view's date (or whether it is closed) changed since the check before. */
  public boolean dayChanged() {
    return changed.contains(Part.DAY);
  }

  /**
   * The place of the first contribution appended since the check before: the contributions from
   * this place to the index's count are new, those before it are the very ones checked before.
   */
  public int firstAddedContribution() {
    return Columns.of(before).count();
  }

  /** The contributions appended since the check before, in the project's order. */
  public Seq<Contribution> addedContributions() {
    return after.project().contributions().drop(firstAddedContribution());
  }

  /** The place of the first decision appended since the check before. */
  public int firstAddedDecision() {
    return decisionsBefore;
  }

  /** The decisions appended since the check before, in the project's order. */
  public Seq<Decision> addedDecisions() {
    return after.project().decisions().drop(decisionsBefore);
  }

  /**
   * What the rule kept for this recheck with {@link RuleContext#keep} in its check or recheck
   * before, if it kept something of this type.
   *
   * @param type the type of what was kept
   * @param <S> that type
   * @return what was kept, or none
   */
  public <S> Option<S> kept(Class<S> type) {
    return type.isInstance(kept) ? Option.some(type.cast(kept)) : Option.none();
  }

  @Override
  public String toString() {
    return "Recheck{rule=" + previous.rule() + ", changed=" + changed + "}";
  }
}
