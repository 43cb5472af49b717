package org.coprod.core;

/**
 * An id of something in a project. Ids are unique across the whole project: a participant and an
 * output cannot share one, which is what lets files and reports name subjects by plain id.
 */
public sealed interface Id
    permits ParticipantId,
        OutputId,
        DecisionId,
        ResourceId,
        ContributionId,
        ProjectId,
        AgreementVersion,
        MeetingId,
        ImpactId,
        ResponseId {
  /** The id as written. */
  String value();
}
