package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code access-unmet}: a person has an access need that no SUPPORT resource meets for them. One
 * WARNING per person, with the number of their needs left unmet; the needs themselves never appear
 * in the finding, since access needs can reveal someone's health.
 *
 * <p>"Not everyone has the same capacity to be involved; or might need extra help and support to
 * contribute." A need is met for a person by a SUPPORT resource whose {@code meets} names it
 * (compared trimmed and without regard to case, so "Travel" and "travel " are one need), whose
 * {@code serves} is empty (everyone) or names the person, and whose amount is above zero (a support
 * fund with nothing in it meets nothing). People of both sides count alike, and so do people who
 * have left: resources are not dated, so whether the project could meet a need does not change when
 * the person goes (and a need unmet may be why they went). Not applicable when nobody states an
 * access need.
 */
public final class AccessUnmet implements Rule {
  /** The rule's id. */
  public static final String ID = "access-unmet";

  /** The kind {@code unmet}. */
  public static final FindingKind UNMET =
      FindingKind.of(
          "unmet",
          Severity.WARNING,
          "a person has access needs that no support resource meets for them",
          "Ask the person, privately, what support would let them take part, and set aside a support resource that meets it.",
          Template.of(
              "default",
              "{person} has {unmet, plural, one {an access need} other {# access needs}} that no support resource meets for them.",
              Param.person("person"),
              Param.count("unmet")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Access needs unmet")
          .principle(Principle.RESOURCES)
          .addKind(UNMET)
          .summary("an access need that no SUPPORT resource meets for that person")
          .rationale(
              "\"Not everyone has the same capacity to be involved; or might need extra help and support to contribute.\"")
          .addSource(
              "SCIE co-production principles: accessibility, support needs met",
              "NIHR/INVOLVE guidance on co-producing research: relationships and respect for all knowledge")
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

  /** Who a need is met for: everyone, or the people named. */
  private static final class Coverage {
    boolean everyone;
    final Set<ParticipantId> people = new HashSet<>();
  }

  @Override
  public Outcome check(RuleContext context) {
    boolean anyNeeds = false;
    for (Participant p : context.project().participants()) {
      if (p.accessNeeds().exists(n -> !n.isBlank())) {
        anyNeeds = true;
        break;
      }
    }
    if (!anyNeeds) {
      return context.notApplicable("nobody has stated an access need");
    }
    Map<String, Coverage> met = new HashMap<>();
    for (Resource r : context.project().resources()) {
      if (r.kind() != ResourceKind.SUPPORT || r.amount().signum() <= 0) {
        continue;
      }
      for (String need : r.meets()) {
        Coverage c = met.computeIfAbsent(normal(need), k -> new Coverage());
        if (r.serves().isEmpty()) {
          c.everyone = true;
        } else {
          r.serves().forEach(c.people::add);
        }
      }
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      Set<String> needs = new HashSet<>();
      for (String n : p.accessNeeds()) {
        if (!n.isBlank()) {
          needs.add(normal(n));
        }
      }
      int unmet = 0;
      for (String need : needs) {
        Coverage c = met.get(need);
        if (c == null || !(c.everyone || c.people.contains(p.id()))) {
          unmet++;
        }
      }
      if (unmet == 0) {
        continue;
      }
      findings.add(
          context
              .finding(UNMET)
              .addArgument(Argument.person("person", p.id()), Argument.count("unmet", unmet))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("unmetNeeds", unmet), Evidence.of("statedNeeds", needs.size()))
              .build());
    }
    return context.outcome(findings);
  }

  private static String normal(String need) {
    return need.trim().toLowerCase(Locale.ROOT);
  }
}
