package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.Consent;
import org.coprod.core.DecisionRule;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
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
 * {@code unilateral-amendment}: a version of the agreement made without the consent of the parties
 * to the version before (WARNING, one finding per version). Where the version before decides by
 * CONSENSUS or CONSENT, the consent of every one of its parties who had not left is needed; where
 * it decides by MAJORITY or LEAD_DECIDES, the version is flagged only when none of the
 * lived-experience parties to the version before consented to it.
 *
 * <p>"In the perfect idea of coproduction people from different disciplines, with different
 * experiences, come together as equals to work on building new things." At Arnstein's partnership
 * the arrangement cannot be changed unilaterally.
 *
 * <p>Readings of the words: the <em>parties</em> to the version before are the people who had
 * consented to it by the day the new version was made (a consent given later did not make them a
 * party to what was being changed); a party <em>had not left</em> when they were present on the day
 * the new version was made; a consent to the new version counts when it is dated on or before the
 * view's date, so a late consent clears the finding from then on. A version before that states no
 * decision rule decides by MAJORITY, the fallback everywhere else. Under MAJORITY or LEAD_DECIDES a
 * version before with no lived-experience party still present has no such party to pass over, and
 * is not flagged (whether anyone with lived experience consents is {@code agreement-unconsented}'s
 * matter). Not applicable with fewer than two versions.
 */
public final class UnilateralAmendment implements Rule {
  /** The rule's id. */
  public static final String ID = "unilateral-amendment";

  /** The kind {@code unilateral}. */
  public static final FindingKind UNILATERAL =
      FindingKind.of(
          "unilateral",
          Severity.WARNING,
          "a version of the agreement was made without the consent of parties to the version before",
          "Bring the change back to everyone who agreed the version before, and record their consent or change the version until they can give it.",
          Template.of(
              "parties",
              "Some people did not agree to the new version of the agreement. Version {version} was made without the consent of {missing}, {count, plural, one {a party} other {parties}} to version {before}, which decides by {rule}.",
              Param.count("version"),
              Param.people("missing"),
              Param.count("count"),
              Param.count("before"),
              Param.text("rule")),
          Template.of(
              "lived-experience",
              "None of the {le} agreed to the new version. Version {version} of the agreement was made without the consent of {parties, plural, one {the one {le, one}} other {any of the # {le}}} who agreed version {before} (which decides by {rule}).",
              Param.count("version"),
              Param.count("parties"),
              Param.side("le"),
              Param.count("before"),
              Param.text("rule")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Agreement changed without all saying yes")
          .principle(Principle.RESPECT)
          .addKind(UNILATERAL)
          .summary("a version without the consent of a party to the version before (see below)")
          .rationale(
              "\"In the perfect idea of coproduction people from different disciplines, with different experiences, come together as equals to work on building new things.\" Equals do not change their contract behind each other's backs.")
          .addSource(
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally",
              "NIHR/INVOLVE guidance on co-producing research: sharing power, relationships")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
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
    Seq<Agreement> versions = context.project().agreements();
    if (versions.size() < 2) {
      return context.notApplicable("fewer than two versions of the agreement");
    }
    Map<ParticipantId, Participant> people = new HashMap<>();
    for (Participant p : context.project().participants()) {
      people.put(p.id(), p);
    }
    java.util.List<Finding> findings = new ArrayList<>();
    Agreement before = versions.head();
    for (Agreement v : versions.tail()) {
      check(context, people, before, v).forEach(findings::add);
      before = v;
    }
    return context.outcome(findings);
  }

  private static Option<Finding> check(
      RuleContext context, Map<ParticipantId, Participant> people, Agreement before, Agreement v) {
    // The parties to the version before who were still there when the new version was made, in
    // the order of their consents: the ones whose contract was being changed.
    Map<ParticipantId, Participant> parties = new LinkedHashMap<>();
    for (Consent c : before.consents()) {
      Participant p = people.get(c.participant());
      if (!c.date().isAfter(v.date()) && p != null && p.isPresentOn(v.date())) {
        parties.putIfAbsent(c.participant(), p);
      }
    }
    Set<ParticipantId> consented = new HashSet<>();
    for (Consent c : v.consents()) {
      consented.add(c.participant());
    }
    java.util.List<ParticipantId> missing = new ArrayList<>();
    int livedExperienceParties = 0;
    int livedExperienceConsents = 0;
    for (Map.Entry<ParticipantId, Participant> party : parties.entrySet()) {
      ParticipantId id = party.getKey();
      boolean livedExperience = party.getValue().side() == Side.LIVED_EXPERIENCE;
      if (livedExperience) {
        livedExperienceParties++;
      }
      if (consented.contains(id)) {
        if (livedExperience) {
          livedExperienceConsents++;
        }
      } else {
        missing.add(id);
      }
    }
    DecisionRule rule = before.decisionRule().getOrElse(DecisionRule.MAJORITY);
    boolean everyone = rule == DecisionRule.CONSENSUS || rule == DecisionRule.CONSENT;
    boolean flagged =
        everyone ? !missing.isEmpty() : livedExperienceParties > 0 && livedExperienceConsents == 0;
    if (!flagged) {
      return Option.none();
    }
    String ruleWords = rule.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Option.some(
        context
            .finding(UNILATERAL, everyone ? "parties" : "lived-experience")
            .addArgument(
                Argument.count("version", v.version()),
                Argument.count("before", before.version()),
                Argument.text("rule", ruleWords))
            .addAllArguments(
                everyone
                    ? List.of(
                        Argument.people("missing", missing),
                        Argument.count("count", missing.size()))
                    : List.of(
                        Argument.count("parties", livedExperienceParties),
                        Argument.side("le", Side.LIVED_EXPERIENCE)))
            .addSubject(AgreementVersion.of(v))
            .addEvidence(
                Evidence.of("versionBefore", before.version()),
                Evidence.of("ruleBefore", rule.name()),
                Evidence.of("ruleBeforeStated", before.decisionRule().isDefined()),
                Evidence.of("partiesBefore", parties.size()),
                Evidence.of("missingConsents", missing.size()),
                Evidence.of("livedExperiencePartiesBefore", livedExperienceParties),
                Evidence.of("livedExperienceConsents", livedExperienceConsents))
            .build());
  }
}
