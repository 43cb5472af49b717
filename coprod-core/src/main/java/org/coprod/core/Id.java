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

  /**
   * Whether text is blank as an id: it has no character that shows, only white space (a
   * non-breaking space too), control and format characters such as a zero-width space. Such an id
   * would name something nobody can see or type.
   *
   * @param text the id as written
   * @return true when nothing in it shows
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      boolean shows =
          !Character.isWhitespace(c)
              && !Character.isSpaceChar(c)
              && type != Character.CONTROL
              && type != Character.FORMAT;
      if (shows) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }
}
