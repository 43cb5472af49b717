package org.coprod.core;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a meeting's register becomes contributions, written once: the project makes them when it is
 * built, so every rule, measure and view sees attendance as contributions, and code that builds a
 * project gets the same expansion as a file.
 */
final class Meetings {
  private Meetings() {}

  /** The id of the contribution a person's attendance at a meeting makes. */
  static ContributionId contributionId(MeetingId meeting, ParticipantId participant) {
    return ContributionId.of(meeting.value() + "." + participant.value());
  }

  /**
   * The contributions every meeting of the project makes, meeting by meeting, each meeting's in the
   * order of {@link Meeting#attendees()}. A person listed twice in a register counts once (the
   * first entry; validation reports the second).
   */
  static Seq<Contribution> contributions(ProjectDef project) {
    Seq<Meeting> meetings = project.meetings();
    if (meetings.isEmpty()) {
      return Array.empty();
    }
    Map<ParticipantId, Side> sides = new HashMap<>(project.participants().size() * 2);
    for (Participant p : project.participants()) {
      sides.put(p.id(), p.side());
    }
    List<Contribution> out = new ArrayList<>();
    for (Meeting m : meetings) {
      Set<ParticipantId> seen = new HashSet<>();
      for (Attendance a : m.attended()) {
        if (seen.add(a.participant())) {
          out.add(contribution(m, a, sides));
        }
      }
      for (ParticipantId chair : m.chairedBy()) {
        if (seen.add(chair)) {
          out.add(contribution(m, Attendance.of(chair), sides));
        }
      }
      for (ParticipantId facilitator : m.facilitatedBy()) {
        if (seen.add(facilitator)) {
          out.add(contribution(m, Attendance.of(facilitator), sides));
        }
      }
    }
    return Array.ofAll(out);
  }

  private static Contribution contribution(
      Meeting m, Attendance a, Map<ParticipantId, Side> sides) {
    ParticipantId who = a.participant();
    // A person the project does not know is reported by validation; the expansion still has to
    // make something, and the professional defaults add nothing (no preparation hours).
    boolean lived = sides.get(who) == Side.LIVED_EXPERIENCE;
    Contribution.Builder b =
        Contribution.builder()
            .id(contributionId(m.id(), who))
            .participant(who)
            .date(m.date())
            .phase(m.phase())
            .kind(a.kind().getOrElse(() -> defaultKind(m, who, lived)))
            .kindGiven(a.kind().isDefined())
            .hours(a.hours().getOrElse(() -> lived ? m.hours() + m.prepHours() : m.hours()))
            .paid(a.paid())
            .paidOn(a.paidOn())
            .expenses(a.expenses())
            .output(m.output())
            .meeting(m.id());
    return b.build();
  }

  /** What a person's part at a meeting counts as when their attendance does not say. */
  static ContributionKind defaultKind(Meeting m, ParticipantId who, boolean lived) {
    if (m.facilitatedBy().contains(who)) {
      return ContributionKind.FACILITATION;
    }
    return switch (m.format()) {
      case WORKING ->
          lived ? ContributionKind.EXPERIENTIAL_KNOWLEDGE : ContributionKind.PROFESSIONAL_KNOWLEDGE;
      case CONSULTATION -> lived ? ContributionKind.FEEDBACK : ContributionKind.FACILITATION;
    };
  }

  /**
   * Whether the contributions already hold exactly these meeting contributions, after every
   * contribution recorded on its own: the project is then as its meetings make it.
   */
  static boolean hold(Seq<Contribution> contributions, Seq<Contribution> fromMeetings) {
    int expected = fromMeetings.size();
    int recorded = 0;
    boolean inMeetings = false;
    for (Contribution c : contributions) {
      if (c.isFromMeeting()) {
        inMeetings = true;
      } else if (inMeetings) {
        return false;
      } else {
        recorded++;
      }
    }
    if (contributions.size() - recorded != expected) {
      return false;
    }
    if (expected == 0) {
      return true;
    }
    return contributions.drop(recorded).eq(fromMeetings);
  }
}
