package org.coprod.core;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A meeting of the group, as its register records it: when, what for, who chaired and facilitated
 * it, who attended, and what access it provided. The register is what a facilitator already keeps.
 *
 * <p>Each attendance is a contribution of the project: {@link Project#contributions()} holds one
 * for every person at the meeting, with the id {@code MEETING.PARTICIPANT}, the meeting's date,
 * phase and output, and {@link Contribution#meeting()} naming the meeting. Chairs and facilitators
 * attend whether or not the register lists them. Unless an {@link Attendance} says otherwise, a
 * facilitator's part is {@link ContributionKind#FACILITATION}; at a {@link MeetingFormat#WORKING}
 * meeting, people with lived experience bring {@link ContributionKind#EXPERIENTIAL_KNOWLEDGE} and
 * professionals {@link ContributionKind#PROFESSIONAL_KNOWLEDGE}; at a {@link
 * MeetingFormat#CONSULTATION}, people with lived experience give {@link ContributionKind#FEEDBACK}
 * and professionals {@link ContributionKind#FACILITATION}. The hours are the meeting's, plus {@link
 * #prepHours()} for people with lived experience.
 */
@Value.Immutable
@CoprodStyle
abstract class MeetingDef {
  /** The meeting's id, unique across the project. */
  public abstract MeetingId id();

  /** The day it met. */
  public abstract LocalDate date();

  /** The phase of the work it belongs to. */
  public abstract Phase phase();

  /** What it was, in a few words. */
  public abstract String title();

  /** What kind of meeting it was; {@link MeetingFormat#WORKING} by default. */
  @Value.Default
  public MeetingFormat format() {
    return MeetingFormat.WORKING;
  }

  /** How long it lasted, in hours; finite and not negative. */
  public abstract double hours();

  /**
   * Paid preparation for each person with lived experience who attended, in hours (reading papers,
   * travel), as NIHR guidance pays it; 0 by default.
   */
  @Value.Default
  public double prepHours() {
    return 0;
  }

  /** Who chaired it (several for co-chairs); they attended. */
  public abstract Seq<ParticipantId> chairedBy();

  /** Who facilitated it; they attended. */
  public abstract Seq<ParticipantId> facilitatedBy();

  /** Who attended, each with what of theirs differs from the meeting's defaults. */
  public abstract Seq<Attendance> attended();

  /** The output it worked on, if any. */
  public abstract Option<OutputId> output();

  /**
   * The access it provided, as labels matched against people's access needs: {@code step-free},
   * {@code papers-5-days-before}, {@code hybrid}, {@code bsl}, {@code quiet-room}, or the group's
   * own.
   */
  public abstract Seq<String> provides();

  /**
   * Everyone who attended, each once: the register in its order, then the chairs and the
   * facilitators it does not list.
   */
  @Value.Lazy
  public Seq<ParticipantId> attendees() {
    return LinkedHashSet.ofAll(attended().map(Attendance::participant))
        .addAll(chairedBy())
        .addAll(facilitatedBy())
        .toList();
  }

  /** Whether a person attended (chairs and facilitators included). */
  public boolean wasAttendedBy(ParticipantId participant) {
    return attended().exists(a -> a.participant().equals(participant))
        || chairedBy().contains(participant)
        || facilitatedBy().contains(participant);
  }
}
