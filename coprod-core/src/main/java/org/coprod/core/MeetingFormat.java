package org.coprod.core;

/**
 * What kind of meeting it was, which decides what its attendance counts as unless an attendance
 * says otherwise.
 */
public enum MeetingFormat {
  /**
   * The group working together: people with lived experience bring {@link
   * ContributionKind#EXPERIENTIAL_KNOWLEDGE}, professionals {@link
   * ContributionKind#PROFESSIONAL_KNOWLEDGE}.
   */
  WORKING,
  /**
   * An event at which people are asked for their views: people with lived experience give {@link
   * ContributionKind#FEEDBACK} and professionals run it ({@link ContributionKind#FACILITATION}), so
   * that a consultation does not read as engagement.
   */
  CONSULTATION
}
