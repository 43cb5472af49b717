package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Role;
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
 * {@code role-undefined}: a core person who contributes but holds no role (NOTE, one finding per
 * person).
 *
 * <p>"Good coproduction works out what it needs to make a project happen and then works out who is
 * best to do what bits." Someone who does the work with no role has nothing to say what is theirs
 * to do, or what they may decide.
 *
 * <p>A role counts if it began on or before the view's date, even if it has since ended: roles
 * often end at the close, and the person then still held one while they worked. Occasional
 * contributors (workshop attendees) need no role. Not applicable when no core person has
 * contributed.
 */
public final class RoleUndefined implements Rule {
  /** The rule's id. */
  public static final String ID = "role-undefined";

  /** The kind {@code no-role}. */
  public static final FindingKind NO_ROLE =
      FindingKind.of(
          "no-role",
          Severity.NOTE,
          "a core member of the group contributes but holds no role",
          "Agree with the person what their part is, what they may decide, and write it down as a role.",
          Template.of(
              "default",
              "{person} has made {count, plural, one {# contribution} other {# contributions}} but holds no role.",
              Param.person("person"),
              Param.count("count")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("A core member with no role")
          .principle(Principle.RESPONSIBILITY)
          .addKind(NO_ROLE)
          .summary("a core contributing person with no role")
          .rationale(
              "\"Good coproduction works out what it needs to make a project happen and then works out who is best to do what bits.\"")
          .addSource(
              "NSUN 4Pi standards: process",
              "NIHR/INVOLVE guidance on co-producing research: relationships, respecting all knowledge")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
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
    ProjectIndex index = context.index();
    boolean anyCore = index.contributors().exists(Participant::isCore);
    if (!anyCore) {
      return context.notApplicable("no core person has contributed");
    }
    Set<ParticipantId> holders = new HashSet<>();
    for (Role r : context.project().roles()) {
      holders.add(r.participant());
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : index.contributors()) {
      if (!p.isCore() || holders.contains(p.id())) {
        continue;
      }
      int n = index.contributions(p.id());
      findings.add(
          context
              .finding(NO_ROLE)
              .addArgument(Argument.person("person", p.id()), Argument.count("count", n))
              .addSubject(p.id())
              .addEvidence(Evidence.of("contributions", n), Evidence.of("roles", 0))
              .build());
    }
    return context.outcome(findings);
  }
}
