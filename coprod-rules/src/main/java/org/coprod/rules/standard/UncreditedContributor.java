package org.coprod.rules.standard;

import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Credit;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code uncredited-contributor}: someone who made a substantial personal contribution to an output
 * ({@link ProjectIndex#substantialPersonal}: 5% or more of the output's hours, an IDEA or WRITING
 * for it (an occasional person's only where an impact records it adopted or adapted), or, for a
 * core person, 2 hours or more) and is neither credited, acknowledged nor an owner on it (WARNING).
 * One finding per person and output, with both as subjects; the message never says which side the
 * person is on. An occasional contributor's two hours at a focus group are not a missing credit on
 * a report of hundreds of hours, and someone who asked to be taken off an output ({@code
 * nameWithdrawn}) is never uncredited on it: taking one's name off is a choice, not an omission.
 *
 * <p>"If it's coproduction everyone involved will have made it what it is." Where no contribution
 * names any output, the project's hours stand in for every output, so every substantial contributor
 * to the project is checked against every output. Not applicable before the project has an output.
 *
 * <p>Crediting or acknowledging someone only takes findings away: who made a substantial
 * contribution depends on the contributions and impacts alone.
 */
public final class UncreditedContributor implements Rule {
  /** The rule's id. */
  public static final String ID = "uncredited-contributor";

  /** The share of an output's hours that makes a person's contribution to it substantial. */
  public static final Parameter<Double> PERSONAL_SHARE =
      Parameter.share(
          "personalShare",
          0.05,
          "the share of an output's hours that makes a person's contribution to it substantial",
          "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors who are not authors are acknowledged");

  /** The hours given to an output that make a person's contribution to it substantial. */
  public static final Parameter<Double> PERSONAL_HOURS =
      Parameter.hours(
          "personalHours",
          2.0,
          "the hours given to an output that make a core person's contribution to it substantial",
          "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors who are not authors are acknowledged");

  /** The kind {@code uncredited}. */
  public static final FindingKind UNCREDITED =
      FindingKind.of(
          "uncredited",
          Severity.WARNING,
          "someone made a substantial contribution to an output and is neither credited nor acknowledged on it",
          "Ask the person how they would like to be credited or acknowledged on the output (by name, pseudonym or as part of a group), and add it.",
          Template.of(
              "named",
              "{person} is not named on what they helped make. They gave output {output} {shaped, select, yes {an idea or writing{gaveHours, select, yes { and {hours} {oneHour, select, yes {hour} other {hours}} ({share} of all {allWord})} other {}}} other {{hours} {oneHour, select, yes {hour} other {hours}} ({share} of all {allWord})}}, and are neither credited nor acknowledged on it.",
              Param.person("person"),
              Param.output("output"),
              Param.text("shaped"),
              Param.text("gaveHours"),
              Param.hours("hours"),
              Param.text("oneHour"),
              Param.share("share"),
              Param.text("allWord")),
          Template.of(
              "unnamed",
              "{person} is not named on what they helped make. They gave {shaped, select, yes {an idea or writing{gaveHours, select, yes { and {hours} {oneHour, select, yes {hour} other {hours}} ({share} of all {allWord})} other {}}} other {{hours} {oneHour, select, yes {hour} other {hours}} ({share} of all {allWord})}} to the project (their contributions name no output), and are neither credited nor acknowledged on output {output}.",
              Param.person("person"),
              Param.output("output"),
              Param.text("shaped"),
              Param.text("gaveHours"),
              Param.hours("hours"),
              Param.text("oneHour"),
              Param.share("share"),
              Param.text("allWord")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Gave a lot, but not credited")
          .principle(Principle.WHAT_NEXT)
          .addKind(UNCREDITED)
          .summary(
              "someone who made a substantial personal contribution to an output (5% or more of its hours, an IDEA or WRITING (an occasional person's only where an impact records it adopted or adapted), or 2 hours or more from a core person), neither credited nor acknowledged on it, nor taken off it at their own request (CRediT and ICMJE: substantial contributors are acknowledged)")
          .rationale(
              "\"If it's coproduction everyone involved will have made it what it is; but too commonly those on one side of the professional divide get to carry the work forwards and those on the other side get left behind.\"")
          .addSource(
              "CRediT (NISO Z39.104-2022) and ICMJE: substantial contributors who are not authors are acknowledged",
              "NIHR payment guidance: people told at the outset how they will be acknowledged")
          .addParameter(PERSONAL_SHARE, PERSONAL_HOURS)
          .addLaw(
              Law.RELABELLING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.CREDIT_MONOTONICITY,
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
    if (context.project().outputs().isEmpty()) {
      return context.notApplicable("no output yet");
    }
    ProjectIndex index = context.index();
    double share = context.parameter(PERSONAL_SHARE);
    double hours = context.parameter(PERSONAL_HOURS);
    Seq<Output> outputs = context.project().outputs();
    Map<OutputId, Set<ParticipantId>> recognised = new HashMap<>();
    for (Output o : outputs) {
      Set<ParticipantId> on = new HashSet<>();
      o.owners().forEach(on::add);
      for (Credit c : o.credits()) {
        on.add(c.participant());
      }
      // Taking one's name off is a choice, not an omission.
      o.nameWithdrawn().forEach(w -> on.add(w.participant()));
      recognised.put(o.id(), on);
    }
    List<Finding> findings = new ArrayList<>();
    if (index.outputsNamed()) {
      // Each contribution is visited once, under the output it names.
      for (Output o : outputs) {
        Set<ParticipantId> on = recognised.getOrDefault(o.id(), Set.of());
        for (ParticipantId person : index.substantialContributorsTo(o.id(), share, hours)) {
          if (!on.contains(person)) {
            findings.add(finding(context, index, o.id(), person));
          }
        }
      }
    } else {
      // The project's hours stand in for every output, so who is substantial is the same for all of
      // them; each output visited for a substantial contributor is a finding or a recognition, so
      // the work is bounded by the findings plus the credits.
      OutputId any = outputs.head().id();
      for (Participant p : index.contributors()) {
        if (!index.substantialPersonal(any, p.id(), share, hours)) {
          continue;
        }
        for (Output o : outputs) {
          if (!recognised.getOrDefault(o.id(), Set.of()).contains(p.id())) {
            findings.add(finding(context, index, o.id(), p.id()));
          }
        }
      }
    }
    return context.outcome(findings);
  }

  private static Finding finding(
      RuleContext context, ProjectIndex index, OutputId output, ParticipantId person) {
    double mine = index.outputHours(output, person);
    double all = index.outputHours(output);
    double share = all > 0 ? mine / all : 0.0;
    boolean shaped = index.gaveIdeaOrWriting(output, person);
    return context
        .finding(UNCREDITED, index.outputsNamed() ? "named" : "unnamed")
        .addArgument(
            Argument.person("person", person),
            Argument.output("output", output),
            Argument.text("shaped", shaped ? "yes" : "no"),
            Argument.text("gaveHours", mine > 0 ? "yes" : "no"),
            Argument.hours("hours", mine),
            Argument.text("oneHour", mine == 1 ? "yes" : "no"),
            Argument.share("share", share),
            Argument.text("allWord", index.outputsNamed() ? "the hours given to it" : "hours"))
        .addSubject(person)
        .addSubject(output)
        .addEvidence(
            Evidence.of("hours", mine),
            Evidence.of("hoursShare", share),
            Evidence.of("gaveIdeaOrWriting", shaped))
        .build();
  }
}
