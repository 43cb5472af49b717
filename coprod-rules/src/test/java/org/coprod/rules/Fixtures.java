package org.coprod.rules;

import java.time.LocalDate;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionType;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;

/**
 * Small builders for projects in rule tests: each fills in what a test does not care about, so a
 * test shows only what matters to it. Dates default to {@link #START}; everyone joins then.
 */
public final class Fixtures {
  /** The day test projects start and people join. */
  public static final LocalDate START = LocalDate.of(2020, 1, 1);

  private Fixtures() {}

  /** A day, counted from {@link #START}. */
  public static LocalDate day(int n) {
    return START.plusDays(n);
  }

  /** A project that started on {@link #START}, with nothing in it. */
  public static Project.Builder project() {
    return Project.builder().id(ProjectId.of("test")).title("Test project").started(START);
  }

  /** A person with lived experience who joined on {@link #START}. */
  public static Participant.Builder le(String id) {
    return Participant.builder().id(ParticipantId.of(id)).side(Side.LIVED_EXPERIENCE).joined(START);
  }

  /** A professional who joined on {@link #START}. */
  public static Participant.Builder pro(String id) {
    return Participant.builder().id(ParticipantId.of(id)).side(Side.PROFESSIONAL).joined(START);
  }

  /** A contribution of LABOUR in DESIGN on day 10. */
  public static Contribution.Builder contribution(String participant, double hours) {
    return Contribution.builder()
        .participant(ParticipantId.of(participant))
        .date(day(10))
        .phase(Phase.DESIGN)
        .kind(ContributionKind.LABOUR)
        .hours(hours);
  }

  /** A contribution of a kind to an output, on day 10 in DESIGN. */
  public static Contribution.Builder contribution(
      String participant, double hours, ContributionKind kind, String output) {
    return contribution(participant, hours).kind(kind).output(OutputId.of(output));
  }

  /** A key decision of a type on day 5, made by these people. */
  public static Decision.Builder decision(String id, DecisionType type, String... deciders) {
    Decision.Builder b =
        Decision.builder()
            .id(DecisionId.of(id))
            .date(day(5))
            .phase(Phase.SCOPING)
            .topic("Topic of " + id)
            .type(type)
            .key(true);
    for (String d : deciders) {
      b.addDecidedBy(ParticipantId.of(d));
    }
    return b;
  }

  /** An output on day 100, with these people credited as AUTHOR. */
  public static Output.Builder output(String id, String... authors) {
    Output.Builder b = Output.builder().id(OutputId.of(id)).title("Output " + id).date(day(100));
    for (String a : authors) {
      b.addCredit(Credit.of(ParticipantId.of(a), CreditRole.AUTHOR));
    }
    return b;
  }

  /** Version 1 of an agreement, dated day 0, with nothing agreed. */
  public static Agreement.Builder agreement() {
    return Agreement.builder().version(1).date(START);
  }

  /** The outcome of one rule on a project, under the default policy, at its default view. */
  public static Outcome check(Rule rule, Project project) {
    return Rulebook.of("test", java.util.List.of(rule)).check(project).outcome(rule.id()).get();
  }

  /** The outcome of one rule on a project's view at a date. */
  public static Outcome check(Rule rule, Project project, LocalDate asOf) {
    return Rulebook.of("test", java.util.List.of(rule))
        .check(project.asOf(asOf))
        .outcome(rule.id())
        .get();
  }

  /** The outcome of one rule under a policy. */
  public static Outcome check(Rule rule, Project project, Policy policy) {
    return Rulebook.of("test", java.util.List.of(rule))
        .withPolicy(policy)
        .check(project)
        .outcome(rule.id())
        .get();
  }
}
