package org.coprod.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.coprod.core.ProjectView;
import org.jspecify.annotations.Nullable;

/**
 * A check kept from one view of a project to the next, as a project kept as events arrive needs:
 * the index of the last view {@linkplain ProjectIndex#extend extended} by what was added rather
 * than built again, and only the rules that {@linkplain Rule#reads() read} a part that changed run
 * again, the outcomes of the others kept; a rule that runs again after contributions or decisions
 * were appended is {@linkplain Rule#recheck rechecked} from what it knew. The first check is a full
 * check: {@link Rulebook#check(ProjectView)} is this engine, started empty. Every report is the one
 * {@code rulebook.check(view)} gives, byte for byte.
 *
 * <pre>{@code
 * LiveCheck kept = LiveCheck.of(Rulebook.standard());
 * Report first = kept.check(project.view());
 * Report next = kept.check(projectWithOneMoreContribution.view());
 * }</pre>
 *
 * <p>Its methods are synchronized: one kept check may be shared by threads.
 */
public final class LiveCheck {
  private final Rulebook rulebook;
  private @Nullable ProjectIndex index;
  // each rule's outcome in the last check, before fingerprints were keyed and acknowledgements
  // applied: those depend on the view as a whole, and are applied again at every check
  private Map<String, Rulebook.Kept> outcomes = Map.of();

  private LiveCheck(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /**
   * A kept check that has checked nothing yet.
   *
   * @param rulebook the rules to check with
   * @return the kept check
   */
  public static LiveCheck of(Rulebook rulebook) {
    return new LiveCheck(Objects.requireNonNull(rulebook, "rulebook is null"));
  }

  /** The rulebook it checks with. */
  public Rulebook rulebook() {
    return rulebook;
  }

  /**
   * Checks a view: the next view of the project checked last, usually, though any view may be given
   * (a view whose parts are not those of the last one's with items added is indexed from nothing,
   * and every rule whose parts differ runs again).
   *
   * @param view the view to check
   * @return its report, as {@code rulebook().check(view)} gives it
   */
  public synchronized Report check(ProjectView view) {
    Objects.requireNonNull(view, "view is null");
    ProjectIndex before = index;
    ProjectIndex next =
        before == null
            ? ProjectIndex.of(view, rulebook.policy().majorityVoice())
            : before.extend(view);
    Map<String, Rulebook.Kept> kept = new HashMap<>();
    Report report;
    try {
      report =
          rulebook.checkIndexed(
              next,
              before,
              before == null ? Part.all() : Part.changed(before.view(), view),
              outcomes,
              kept);
    } catch (RuntimeException | Error e) {
      // a rule may have changed what it kept before the check broke off: the next starts afresh
      reset();
      throw e;
    }
    index = next;
    outcomes = kept;
    return report;
  }

  /** Forgets the last check: the next is a full check. */
  public synchronized void reset() {
    index = null;
    outcomes = Map.of();
  }

  @Override
  public String toString() {
    return "LiveCheck{" + rulebook + "}";
  }
}
