package org.coprod.rules.standard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Side;
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

/**
 * {@code impact-untold}: something changed, or was turned down, because of what people with lived
 * experience said, and they were not told within the days the agreement gives ({@code
 * feedbackWithinDays}, 28 by default): NOTE, one finding per impact.
 *
 * <p>"This can be hard for many of us when we've had experiences where people have told us that
 * we're no use to anyone or where we've felt rejected or ignored." Hearing nothing back after
 * speaking up feels like being ignored, whether the answer was yes or no. An impact is from lived
 * experience when it comes from a contribution of a person with lived experience (a meeting's
 * attendance included), from a meeting such a person attended, or from such a person. The days
 * allowed are those of the agreement in force on the impact's date. Read at the view's date: an
 * impact told later than the view has not yet been told (the view clears that day), and one not
 * told is flagged only once its days have run out. PENDING impacts are not yet anything to tell.
 * Not applicable while no impact from lived experience has an outcome.
 */
public final class ImpactUntold implements Rule {
  /** The rule's id. */
  public static final String ID = "impact-untold";

  /** The days an agreement that says nothing gives to tell people: {@value}. */
  public static final int DEFAULT_DAYS = 28;

  /** The kind {@code not-told}. */
  public static final FindingKind NOT_TOLD =
      FindingKind.of(
          "not-told",
          Severity.NOTE,
          "something changed, or was turned down, because of what {le} said, and they have not been told",
          "Tell the people it came from what became of what they said, and why where it was not taken up.",
          Template.of(
              "default",
              "What became of {impact} ({outcome}) has not been told to the {le} it came from, {since, plural, one {# day} other {# days}} on; the agreement gives {days, plural, one {# day} other {# days}}.",
              Param.thing("impact"),
              Param.text("outcome"),
              Param.side("le"),
              Param.count("since"),
              Param.count("days")));

  /** The kind {@code told-late}. */
  public static final FindingKind TOLD_LATE =
      FindingKind.of(
          "told-late",
          Severity.NOTE,
          "{le} were told what became of what they said, but later than the agreement says",
          "Agree how the group will tell people what became of what they said, and who does it, so it happens in time.",
          Template.of(
              "default",
              "The {le} that {impact} came from were told what became of it ({outcome}) after {taken} days; the agreement gives {days, plural, one {# day} other {# days}}.",
              Param.side("le"),
              Param.thing("impact"),
              Param.text("outcome"),
              Param.count("taken"),
              Param.count("days")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Not told what became of what they said")
          .principle(Principle.RESPECT)
          .addKind(NOT_TOLD, TOLD_LATE)
          .summary(
              "an impact from LE input, not PENDING, whose people were not told within the agreement's feedbackWithinDays (default 28) of its date")
          .rationale(
              "\"This can be hard for many of us when we've had experiences where people have told us that we're no use to anyone or where we've felt rejected or ignored.\"")
          .addSource(
              "IAP2 / NHS England: tell people how their input shaped the decision, including when it could not",
              "NSUN 4Pi standards: impact; 28 days when the agreement says nothing is a starting point your group can change")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    Project project = context.project();
    ProjectIndex index = context.index();
    LocalDate today = context.date();
    List<Finding> findings = new ArrayList<>();
    int told = 0;
    for (Impact impact : project.impacts()) {
      if (impact.outcome() == ImpactOutcome.PENDING
          || !fromLivedExperience(impact, project, index)) {
        continue;
      }
      told++;
      int days =
          project
              .agreementInForce(impact.date())
              .map(Agreement::feedbackWithinDays)
              .getOrElse(DEFAULT_DAYS);
      LocalDate due = impact.date().plusDays(days);
      if (impact.toldOn().isDefined()) {
        LocalDate on = impact.toldOn().get();
        if (!on.isAfter(due)) {
          continue;
        }
        long taken = ChronoUnit.DAYS.between(impact.date(), on);
        findings.add(
            context
                .finding(TOLD_LATE)
                .addArgument(
                    Argument.side("le", Side.LIVED_EXPERIENCE),
                    Argument.thing("impact", impact.id()),
                    Argument.text("outcome", outcome(impact.outcome())),
                    Argument.count("taken", Math.toIntExact(taken)),
                    Argument.count("days", days))
                .addSubject(impact.id())
                .addEvidence(
                    Evidence.of("daysAllowed", days),
                    Evidence.of("daysTaken", taken),
                    Evidence.of("outcome", impact.outcome().name()))
                .build());
      } else if (today.isAfter(due)) {
        long since = ChronoUnit.DAYS.between(impact.date(), today);
        findings.add(
            context
                .finding(NOT_TOLD)
                .addArgument(
                    Argument.thing("impact", impact.id()),
                    Argument.text("outcome", outcome(impact.outcome())),
                    Argument.side("le", Side.LIVED_EXPERIENCE),
                    Argument.count("since", Math.toIntExact(since)),
                    Argument.count("days", days))
                .addSubject(impact.id())
                .addEvidence(
                    Evidence.of("daysAllowed", days),
                    Evidence.of("daysSince", since),
                    Evidence.of("outcome", impact.outcome().name()))
                .build());
      }
    }
    if (told == 0) {
      return context.notApplicable("no impact from what {le} said has an outcome yet");
    }
    return context.outcome(findings);
  }

  /**
   * Whether an impact comes from lived experience: from a contribution, a meeting attended by, or a
   * person of that side.
   */
  private static boolean fromLivedExperience(Impact impact, Project project, ProjectIndex index) {
    Side le = Side.LIVED_EXPERIENCE;
    for (Id from : impact.from()) {
      if (from instanceof ParticipantId person && index.side(person) == le) {
        return true;
      }
      if (from instanceof ContributionId id
          && project.contribution(id).exists(c -> index.side(c.participant()) == le)) {
        return true;
      }
      if (from instanceof MeetingId id) {
        for (Contribution c : project.contributionsAt(id)) {
          if (index.side(c.participant()) == le) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** An outcome in plain words. */
  static String outcome(ImpactOutcome outcome) {
    return switch (outcome) {
      case ADOPTED -> "taken up";
      case ADAPTED -> "taken up, changed";
      case NOT_ADOPTED -> "not taken up";
      case PENDING -> "not decided yet";
    };
  }
}
