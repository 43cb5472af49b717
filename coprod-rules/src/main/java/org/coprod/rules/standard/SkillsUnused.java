package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.coprod.core.Participant;
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
 * {@code skills-unused}: a core person, on either side, who declared skills and used none of them
 * in any of their contributions (NOTE), one finding per person.
 *
 * <p>"In lots of coproductive situations I've seen people try to do a really weird thing: they try
 * to avoid doing the thing they'd be good at because they think that is something that gives them
 * power that might make others uncomfortable." Only contributing people count: someone with no
 * contribution yet has not avoided anything (their absence is for {@code role-undefined} and {@code
 * drop-off}), and flagging them would flag everyone on the day they join. Skills match ignoring
 * case and surrounding spaces ("Peer support" is "peer support "). Occasional contributors, people
 * who declared no skills, and people none of whose contributions records any skill are not checked:
 * a record that never says which skills were used is untidy, not evidence that someone held back.
 * The findings never list the skills, which can reveal someone's experience. Not applicable without
 * a core contributing person who declared skills and whose contributions record some.
 */
public final class SkillsUnused implements Rule {
  /** The rule's id. */
  public static final String ID = "skills-unused";

  /** The kind {@code unused}. */
  public static final FindingKind UNUSED =
      FindingKind.of(
          "unused",
          Severity.NOTE,
          "a core member declared skills and has used none of them in their contributions",
          "Ask the person whether they want to bring what they are good at to the work, and make room for it if they do; how we differ is the point.",
          Template.of(
              "default",
              "{person} declared {declared, plural, one {# skill} other {# skills}} and has used {declared, plural, one {it in none of} other {none of them in}} their contributions, which used {used, plural, one {# other skill} other {# other skills}}.",
              Param.person("person"),
              Param.count("declared"),
              Param.count("used")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Skills left unused")
          .principle(Principle.POWER)
          .addKind(UNUSED)
          .summary(
              "a core person whose declared skills are used in none of their contributions (only people whose contributions record skills at all are judged)")
          .rationale(
              "\"In lots of coproductive situations I've seen people try to do a really weird thing: they try to avoid doing the thing they'd be good at because they think that is something that gives them power that might make others uncomfortable.\"")
          .addSource(
              "SCIE co-production principles: equality, everyone has assets",
              "NIHR/INVOLVE guidance on co-producing research: respecting and valuing all knowledge")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
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
    ProjectIndex index = context.index();
    java.util.List<Finding> findings = new ArrayList<>();
    int checked = 0;
    for (Participant p : index.contributors()) {
      if (!p.isCore()) {
        continue;
      }
      Set<String> declared = normalized(p.skills());
      if (declared.isEmpty()) {
        continue;
      }
      // Most people use a skill they declared early on: stop at the first, and gather every
      // skill used only for a finding's message.
      if (index.usedSkill(p.id(), s -> declared.contains(s.strip().toLowerCase(Locale.ROOT)))) {
        checked++;
        continue;
      }
      Set<String> used = normalized(index.skillsUsed(p.id()));
      if (used.isEmpty()) {
        continue;
      }
      checked++;
      findings.add(
          context
              .finding(UNUSED)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("declared", declared.size()),
                  Argument.count("used", used.size()))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("declaredSkills", declared.size()),
                  Evidence.of("declaredSkillsUsed", 0),
                  Evidence.of("otherSkillsUsed", used.size()))
              .build());
    }
    if (checked == 0) {
      return context.notApplicable(
          "no core contributing person both declared skills and has contributions that record skills");
    }
    return context.outcome(findings);
  }

  private static Set<String> normalized(Iterable<String> skills) {
    Set<String> out = new HashSet<>();
    for (String s : skills) {
      String n = s.strip().toLowerCase(Locale.ROOT);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}
