package org.coprod.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;

/**
 * A part of a project a rule reads ({@link Rule#reads()}), and the view's day. A project kept as
 * events arrive checks again only the rules that read a part that changed since its last check, and
 * keeps the outcomes of the others.
 */
public enum Part {
  /**
   * The project's own record: its id, title, purpose, nature, claimed level, start, close,
   * involvement aim, reflections, fingerprint key, population and monitoring counts.
   */
  PROJECT,
  /** The participants, with their breaks, support and access needs. */
  PARTICIPANTS,
  /** The roles people hold. */
  ROLES,
  /** The resources and who controls them. */
  RESOURCES,
  /** The contributions, those meetings' registers make included. */
  CONTRIBUTIONS,
  /** The decisions. */
  DECISIONS,
  /** The versions of the working agreement, with their consents and acknowledgements. */
  AGREEMENTS,
  /** The outputs, with their owners, credits, rewards and names taken off. */
  OUTPUTS,
  /** The meetings. */
  MEETINGS,
  /** The impacts recorded. */
  IMPACTS,
  /** The rounds of the anonymous check-in. */
  CHECK_INS,
  /** The group's responses to findings. */
  RESPONSES,
  /** The view's date: "now", for a rule. */
  DAY;

  private static final Set<Part> ALL =
      java.util.Collections.unmodifiableSet(EnumSet.allOf(Part.class));

  /** Every part: what a rule reads unless it says otherwise. */
  public static Set<Part> all() {
    return ALL;
  }

  /**
   * Some parts.
   *
   * @param first a part
   * @param rest more parts
   * @return the parts, unmodifiable
   */
  public static Set<Part> of(Part first, Part... rest) {
    return java.util.Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * The parts that differ between two views. A part counts as changed unless it is the very same
   * object in both (as a project that had an event appended shares every part the event did not
   * touch), or equal.
   */
  static Set<Part> changed(ProjectView before, ProjectView after) {
    Project a = before.project();
    Project b = after.project();
    EnumSet<Part> out = EnumSet.noneOf(Part.class);
    if (!before.date().equals(after.date()) || before.isClosed() != after.isClosed()) {
      out.add(DAY);
    }
    if (!Objects.equals(a.id(), b.id())
        || !Objects.equals(a.title(), b.title())
        || !Objects.equals(a.purpose(), b.purpose())
        || !Objects.equals(a.nature(), b.nature())
        || !Objects.equals(a.claimedLevel(), b.claimedLevel())
        || !Objects.equals(a.started(), b.started())
        || !Objects.equals(a.closed(), b.closed())
        || !Objects.equals(a.involvementAim(), b.involvementAim())
        || !Objects.equals(a.reflections(), b.reflections())
        || !Objects.equals(a.fingerprintKey(), b.fingerprintKey())
        || !same(a.population(), b.population())
        || !same(a.monitoring(), b.monitoring())) {
      out.add(PROJECT);
    }
    mark(out, PARTICIPANTS, a.participants(), b.participants());
    mark(out, ROLES, a.roles(), b.roles());
    mark(out, RESOURCES, a.resources(), b.resources());
    mark(out, CONTRIBUTIONS, a.contributions(), b.contributions());
    mark(out, DECISIONS, a.decisions(), b.decisions());
    mark(out, AGREEMENTS, a.agreements(), b.agreements());
    mark(out, OUTPUTS, a.outputs(), b.outputs());
    mark(out, MEETINGS, a.meetings(), b.meetings());
    mark(out, IMPACTS, a.impacts(), b.impacts());
    mark(out, CHECK_INS, a.checkIns(), b.checkIns());
    mark(out, RESPONSES, a.responses(), b.responses());
    return out;
  }

  private static void mark(EnumSet<Part> out, Part part, Object a, Object b) {
    if (!same(a, b)) {
      out.add(part);
    }
  }

  // The very same part first: comparing a part with itself element by element is the cost a kept
  // check must not pay.
  @SuppressWarnings("ReferenceEquality")
  private static boolean same(Object a, Object b) {
    return a == b || a.equals(b);
  }
}
