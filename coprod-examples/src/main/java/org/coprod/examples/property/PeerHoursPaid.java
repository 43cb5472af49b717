package org.coprod.examples.property;

import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;
import org.coprod.core.Contribution;
import org.coprod.core.Participant;
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
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code acme/peer-hours-paid}: a user's own fairness rule, "people with lived experience are paid
 * for at least half their hours". One WARNING per person with lived experience whose paid hours are
 * under {@link #MIN_PAID_SHARE} of the hours they gave.
 *
 * <p>It stands on "Some people are paid for their time and some people aren't." Where the standard
 * {@code paid-unpaid} compares the two sides' rates, this rule asks it of each person: one person
 * left unpaid is not hidden by others who were paid. An hour counts as paid as it does for the
 * standard rules ({@link ProjectIndex#isPaidHour}): a contribution paid something, or given by a
 * salaried person, or by someone who declines payment, whose choice is respected. Not applicable
 * while nobody with lived experience has given any hours.
 *
 * <p>Because it is defined by a share of each person's hours and only asks whether a contribution
 * was paid at all, renaming, scaling hours or money, and moving the dates change nothing; it reads
 * no clock and no hash order, and does not throw. It looks at one side only, so it does not declare
 * {@link Law#SIDE_SYMMETRY}.
 */
public final class PeerHoursPaid implements Rule {
  /** The rule's id: a prefix of the user's own keeps it apart from the standard rules. */
  public static final String ID = "acme/peer-hours-paid";

  /** The least share of a person's hours that must be paid. */
  public static final Parameter<Double> MIN_PAID_SHARE =
      Parameter.share(
          "minPaidShare",
          0.5,
          "the least share of the hours of a person with lived experience that is paid",
          "Acme's own payment policy: at least half of everyone's time paid");

  /**
   * Its one kind of finding, a typed constant: the message is a template whose arguments are
   * checked when a finding is built, so a typo in a name fails in the first test, not in a report.
   */
  public static final FindingKind MOSTLY_UNPAID =
      FindingKind.of(
          "mostly-unpaid",
          Severity.WARNING,
          "a person with lived experience was paid for under half of their hours",
          "Pay the person for their time at the agreed rate, or record that they decline payment if that is their choice.",
          Template.of(
              "default",
              "{person} was paid for {paid} of their hours, under the {min} the group holds to.",
              Param.person("person"),
              Param.share("paid"),
              Param.share("min")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Peer hours paid")
          .principle(Principle.RESOURCES)
          .addKind(MOSTLY_UNPAID)
          .summary("a person with lived experience paid for under half their hours")
          .rationale("\"Some people are paid for their time and some people aren't.\"")
          .addSource(
              "NIHR payment guidance (v1.6, 2024): pay fair compared with other team members; people may decline payment")
          .addParameter(MIN_PAID_SHARE)
          // A share of each person's hours, paid or not: see the class Javadoc.
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

  /** One person's hours so far, and how many of them were paid. */
  private static final class Hours {
    double given;
    double paid;
  }

  @Override
  public Outcome check(RuleContext context) {
    Project project = context.project();
    if (!(context.index().hours(Side.LIVED_EXPERIENCE) > 0)) {
      return context.notApplicable("no hours given by people with lived experience");
    }
    Map<ParticipantId, Participant> peers = new HashMap<>();
    for (Participant p : project.participantsOn(Side.LIVED_EXPERIENCE)) {
      peers.put(p.id(), p);
    }
    // One pass over the ledger: the index has hours by person, not paid hours by person.
    Map<ParticipantId, Hours> hours = new HashMap<>();
    for (Contribution c : project.contributions()) {
      Participant by = peers.get(c.participant());
      if (by == null) {
        continue;
      }
      Hours h = hours.computeIfAbsent(by.id(), k -> new Hours());
      h.given += c.hours();
      if (ProjectIndex.isPaidHour(c, by)) {
        h.paid += c.hours();
      }
    }
    double min = context.parameter(MIN_PAID_SHARE);
    java.util.List<Finding> findings = new java.util.ArrayList<>();
    // In the order of the participants, so the outcome never depends on hash order.
    for (Participant p : project.participantsOn(Side.LIVED_EXPERIENCE)) {
      Hours h = hours.get(p.id());
      if (h == null || !(h.given > 0) || ProjectIndex.atLeast(h.paid, min, h.given)) {
        continue;
      }
      double share = h.paid / h.given;
      findings.add(
          context
              .finding(MOSTLY_UNPAID)
              .addArgument(
                  Argument.person("person", p.id()),
                  Argument.share("paid", share),
                  Argument.share("min", min))
              .addSubject(p.id())
              .addEvidence(Evidence.of("paidShare", share), Evidence.of("minPaidShare", min))
              .build());
    }
    return context.outcome(List.ofAll(findings));
  }
}
