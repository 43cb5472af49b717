package org.coprod.rules.standard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.coprod.core.Hours;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code availability-exceeded}: a person gave more hours in an ISO week (Monday to Sunday) than
 * the hours a week they said they can give. One WARNING per person, with the worst week (the one
 * furthest over, the earliest of equals) written as {@code 2017-W09} in the evidence, and how many
 * weeks went over.
 *
 * <p>"Sometimes when we have a problem we don't have the resources or the will to be involved in
 * developing our own solution to it." and "Not everyone has the same capacity to be involved." A
 * week's hours are the sum of the person's contributions dated in it; a week exactly at the stated
 * hours is within them. A week any day of which falls in an agreed break of the person's is not
 * held against their stated hours: what they said they could give does not describe a time they
 * stepped back from. People of both sides count alike. Not applicable when nobody states their
 * availability.
 */
public final class AvailabilityExceeded implements Rule {
  /** The rule's id. */
  public static final String ID = "availability-exceeded";

  /** The kind {@code over}. */
  public static final FindingKind OVER =
      FindingKind.of(
          "over",
          Severity.WARNING,
          "a person gave more hours in a week than they said they can give",
          "Check in with the person about their load, and share the work out so nobody gives more than they said they could.",
          Template.of(
              "default",
              "{person} gave more hours than they said they could give. This was in {weeks, plural, one {one week} other {# weeks}}; the most was in the week from {week}.",
              Param.person("person"),
              Param.count("weeks"),
              Param.text("week")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("More hours than they said they can give")
          .principle(Principle.RESOURCES)
          .addKind(OVER)
          .summary(
              "hours in an ISO week above the person's stated availability (weeks in an agreed break are skipped)")
          .rationale(
              "\"Not everyone has the same capacity to be involved; or might need extra help and support to contribute.\"")
          .addSource(
              "The founding text: personal resources, \"not everyone has the same capacity to be involved\"",
              "SCIE co-production principles: accessibility",
              "NIHR/INVOLVE guidance on co-producing research: relationships")
          .addLaw(
              Law.RELABELLING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Map<ParticipantId, Double> available = new HashMap<>();
    for (Participant p : context.project().participants()) {
      p.availableHoursPerWeek().forEach(h -> available.put(p.id(), h));
    }
    if (available.isEmpty()) {
      return context.notApplicable("nobody has stated the hours a week they can give");
    }
    // Hours by person and ISO week, through the index's columns in the project's order, only for
    // people who stated their availability; summed as whole micro-hours, so that the order the
    // contributions are listed in cannot change a week's total.
    ProjectIndex all = context.index();
    Columns columns = Columns.of(all);
    Map<ParticipantId, Map<Integer, Long>> weeks = new HashMap<>();
    for (int i = 0; i < columns.count(); i++) {
      Participant p = columns.contributor(i);
      if (p.availableHoursPerWeek().isDefined()) {
        weeks
            .computeIfAbsent(p.id(), k -> new HashMap<>())
            .merge(week(columns.day(i)), Hours.toMicros(columns.hoursAt(i)), Long::sum);
      }
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      Map<Integer, Long> mine = weeks.get(p.id());
      if (mine == null) {
        continue;
      }
      double limit =
          Objects.requireNonNull(
              available.get(p.id()), "weeks are kept only for people who stated their hours");
      int over = 0;
      int worst = 0;
      double worstHours = 0;
      for (Map.Entry<Integer, Long> w : mine.entrySet()) {
        double hours = Hours.ofMicros(w.getValue());
        if (ProjectIndex.atLeast(limit, 1.0, hours) || inBreak(all, p, w.getKey())) {
          continue;
        }
        over++;
        if (over == 1 || hours > worstHours || (hours == worstHours && w.getKey() < worst)) {
          worst = w.getKey();
          worstHours = hours;
        }
      }
      if (over == 0) {
        continue;
      }
      String label = label(worst);
      findings.add(
          context
              .finding(OVER)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("weeks", over),
                  Argument.text("week", monday(worst).toString()))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("worstWeek", label),
                  Evidence.of("worstWeekHours", worstHours),
                  Evidence.of("availableHoursPerWeek", limit),
                  Evidence.of("weeksOver", over))
              .build());
    }
    return context.outcome(findings);
  }

  /** Whether any day of an ISO week of {@link #week(int)} falls in an agreed break of a person. */
  private static boolean inBreak(ProjectIndex index, Participant p, int week) {
    if (p.breaks().isEmpty()) {
      return false;
    }
    LocalDate monday = LocalDate.ofEpochDay(week * 7L - 3);
    return index.onAgreedBreak(p.id(), monday, monday.plusDays(6));
  }

  /**
   * An ISO week (Monday to Sunday) as one number that sorts as the weeks do: the weeks since the
   * Monday before the epoch (1 January 1970 was a Thursday).
   */
  static int week(int epochDay) {
    return Math.floorDiv(epochDay + 3, 7);
  }

  /** The Monday a week begins on: the words a person reads name a day, not an ISO week. */
  static LocalDate monday(int week) {
    return LocalDate.ofEpochDay(week * 7L - 3);
  }

  /** The ISO label of a week of {@link #week(int)}, such as {@code 2024-W07}. */
  static String label(int week) {
    LocalDate monday = monday(week);
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
