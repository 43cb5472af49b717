package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coprod.core.Meeting;
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
 * the person goes (and a need unmet may be why they went).
 *
 * <p>Where meetings are recorded, a person who attended any is judged at the meetings they attended
 * (chairs and facilitators attend): a need is met at a meeting when the meeting {@code provides} it
 * (matched as support is) or a SUPPORT resource meets it for them. One WARNING per person, kind
 * {@code unmet-at-meeting}, when some meeting met a need of theirs by neither, with the worst
 * meeting (most needs unmet; the earliest, then the first by id, among equals) and the number of
 * such meetings in the evidence. People who attended no meeting are judged as above. Not applicable
 * when nobody states an access need.
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

  /** The kind {@code unmet-at-meeting}. */
  public static final FindingKind UNMET_AT_MEETING =
      FindingKind.of(
          "unmet-at-meeting",
          Severity.WARNING,
          "a person attended a meeting that did not provide an access need of theirs, and no support resource met it",
          "Ask the person, privately, what they need at meetings, and have the next one provide it, or set aside support that meets it.",
          Template.of(
              "all",
              "At {attended, plural, one {the meeting} other {all # meetings}} {person} attended, {unmet, plural, one {an access need} other {up to # access needs}} of theirs went unmet: the meeting did not provide {unmet, plural, one {it} other {them}} and no support resource met {unmet, plural, one {it} other {them}}.",
              Param.count("attended"),
              Param.person("person"),
              Param.count("unmet")),
          Template.of(
              "some",
              "At {meetings} of the {attended} meetings {person} attended, {unmet, plural, one {an access need} other {up to # access needs}} of theirs went unmet: the meeting did not provide {unmet, plural, one {it} other {them}} and no support resource met {unmet, plural, one {it} other {them}}.",
              Param.count("meetings"),
              Param.count("attended"),
              Param.person("person"),
              Param.count("unmet")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Access needs unmet")
          .principle(Principle.RESOURCES)
          .addKind(UNMET, UNMET_AT_MEETING)
          .summary(
              "an access need that no SUPPORT resource meets for that person; where meetings are recorded, a meeting they attended that provided it no more than support did")
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
    // Where meetings are recorded, each person's needs are judged at the meetings they attended.
    Map<ParticipantId, java.util.List<Meeting>> attended = new HashMap<>();
    for (Meeting m : context.project().meetings()) {
      for (ParticipantId id : m.attendees()) {
        attended.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      }
    }
    java.util.List<Finding> findings = new ArrayList<>();
    for (Participant p : context.project().participants()) {
      Set<String> needs = new TreeSet<>();
      for (String n : p.accessNeeds()) {
        if (!n.isBlank()) {
          needs.add(normal(n));
        }
      }
      Set<String> unsupported = new TreeSet<>();
      for (String need : needs) {
        Coverage c = met.get(need);
        if (c == null || !(c.everyone || c.people.contains(p.id()))) {
          unsupported.add(need);
        }
      }
      if (unsupported.isEmpty()) {
        continue;
      }
      java.util.List<Meeting> mine = attended.getOrDefault(p.id(), java.util.List.of());
      if (mine.isEmpty()) {
        findings.add(
            context
                .finding(UNMET)
                .addArgument(
                    Argument.person("person", p.id()), Argument.count("unmet", unsupported.size()))
                .addSubject(p.id())
                .addEvidence(
                    Evidence.of("unmetNeeds", unsupported.size()),
                    Evidence.of("statedNeeds", needs.size()))
                .build());
        continue;
      }
      Meeting worst = null;
      int worstUnmet = 0;
      int meetingsUnmet = 0;
      for (Meeting m : mine) {
        Set<String> provided = new HashSet<>();
        m.provides().forEach(x -> provided.add(normal(x)));
        int unmet = 0;
        for (String need : unsupported) {
          if (!provided.contains(need)) {
            unmet++;
          }
        }
        if (unmet == 0) {
          continue;
        }
        meetingsUnmet++;
        // The worst meeting leaves the most needs unmet; among equals, the earliest, then by id.
        if (worst == null
            || unmet > worstUnmet
            || (unmet == worstUnmet
                && (m.date().isBefore(worst.date())
                    || (m.date().equals(worst.date())
                        && m.id().value().compareTo(worst.id().value()) < 0)))) {
          worst = m;
          worstUnmet = unmet;
        }
      }
      if (worst == null) {
        continue;
      }
      findings.add(
          context
              .finding(UNMET_AT_MEETING, meetingsUnmet == mine.size() ? "all" : "some")
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.count("unmet", worstUnmet),
                  Argument.count("attended", mine.size()))
              .addAllArguments(
                  meetingsUnmet == mine.size()
                      ? java.util.List.<Argument>of()
                      : java.util.List.of(Argument.count("meetings", meetingsUnmet)))
              .addSubject(p.id())
              .addEvidence(
                  Evidence.of("unmetNeeds", worstUnmet),
                  Evidence.of("statedNeeds", needs.size()),
                  Evidence.of("worstMeeting", worst.id().value()),
                  Evidence.of("meetingsWithUnmetNeeds", meetingsUnmet),
                  Evidence.of("meetingsAttended", mine.size()))
              .build());
    }
    return context.outcome(findings);
  }

  private static String normal(String need) {
    return need.trim().toLowerCase(Locale.ROOT);
  }
}
