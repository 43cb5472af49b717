package org.coprod.cli;

/**
 * Project files for the tests, made from the {@code init} template so each differs from a project
 * that checks clean by one thing, whose finding's severity is known.
 */
final class Projects {
  private Projects() {}

  /** The template: no finding. */
  static String clean() {
    return InitCommand.template();
  }

  /** No purpose: {@code purpose-missing}, a WARNING, and nothing else. */
  static String warning() {
    return replace(
        clean(),
        "  purpose: Write the welcome guide with the people who use the service, so it answers their questions\n",
        "");
  }

  /** The nature not assessed: {@code suitability}, a NOTE, and nothing else. */
  static String note() {
    return replace(
        clean(),
        "  nature: EXPERIENCE_SHAPED     # or TRANSACTIONAL, SPECIALIST; leave out if not yet assessed\n",
        "");
  }

  /** The direction set by professionals alone: {@code decision-share}, a CONCERN. */
  static String concern() {
    String scope =
        replace(
            clean(),
            "type: SCOPE,\n     key: true, decidedBy: [le-1, le-2, pro-1, pro-2]",
            "type: SCOPE,\n     key: true, decidedBy: [pro-1, pro-2]");
    return replace(
        scope,
        "type: BUDGET,\n     key: true, decidedBy: [le-1, le-2, pro-1, pro-2]",
        "type: BUDGET,\n     key: true, decidedBy: [pro-1, pro-2]");
  }

  /** No purpose, which the agreement acknowledges: an acknowledged WARNING. */
  static String acknowledgedWarning() {
    return replace(
        warning(),
        "    # reservedDecisions: [BUDGET]",
        "    acknowledged:\n      - {rule: purpose-missing, reason: The purpose is in the funding bid we all wrote}\n    # reservedDecisions: [BUDGET]");
  }

  /** A file with a dangling reference on line 9 and negative hours. */
  static String broken() {
    return "coprod: 1\n"
        + "project:\n"
        + "  id: broken\n"
        + "  title: Broken\n"
        + "  started: 2025-01-06\n"
        + "participants:\n"
        + "  - {id: a, side: LIVED_EXPERIENCE, joined: 2025-01-06}\n"
        + "contributions:\n"
        + "  - {participant: a, date: 2025-01-07, phase: DESING, kind: IDEA, hours: 2}\n";
  }

  private static String replace(String text, String from, String to) {
    if (!text.contains(from)) {
      throw new IllegalStateException(
          "the template no longer holds the text this test changes: " + from);
    }
    return text.replace(from, to);
  }
}
