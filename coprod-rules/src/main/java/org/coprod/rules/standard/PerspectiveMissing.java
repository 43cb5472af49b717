package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.coprod.core.Nature;
import org.coprod.core.Participant;
import org.coprod.core.Perspective;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code perspective-missing}: on EXPERIENCE_SHAPED work, the lived-experience side has carers but
 * nobody who uses the service themselves (SERVICE_USE): the experience of using the service is not
 * in the room (NOTE, one for the project).
 *
 * <p>"One thing they often didn't know was what it was like to receive a service designed on their
 * behalf by someone who didn't face the same pressures and challenges that they did." A carer knows
 * a great deal, but not what it is to receive the service.
 *
 * <p>The lived-experience side is every participant on that side in the view, whether or not they
 * have left: the rule asks whose experience the work drew on, not who is still in the room. A
 * project about carers' own needs is not the rule's target: the group says so with an
 * acknowledgement. Not applicable unless the work is assessed as EXPERIENCE_SHAPED and someone with
 * lived experience takes part ({@code suitability} speaks to the rest).
 */
public final class PerspectiveMissing implements Rule {
  /** The rule's id. */
  public static final String ID = "perspective-missing";

  /** The kind {@code carers-only}. */
  public static final FindingKind CARERS_ONLY =
      FindingKind.of(
          "carers-only",
          Severity.NOTE,
          "on experience-shaped work, the lived-experience side has carers but nobody who uses the service themselves",
          "Invite people who use the service themselves, alongside the carers; if the work is about carers' own needs, say so in the agreement.",
          Template.of(
              "default",
              "Nobody who uses the service is in the group. On this work, which experience of the service should shape, the {le} include {carers, plural, one {a carer} other {# carers}} but nobody who uses the service themselves.",
              Param.side("le"),
              Param.count("carers")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("No one who uses the service")
          .principle(Principle.PURPOSE)
          .addKind(CARERS_ONLY)
          .summary(
              "on EXPERIENCE_SHAPED work, the LE side has carers but nobody with their own SERVICE_USE: the experience of using the service is not in the room")
          .rationale(
              "\"One thing they often didn't know was what it was like to receive a service designed on their behalf by someone who didn't face the same pressures and challenges that they did.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: all perspectives",
              "SCIE co-production principles: diversity",
              "NICE PMG10: members with service-user or carer experience")
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

  /** What it reads: the nature of the work and who has lived experience. */
  @Override
  public java.util.Set<Part> reads() {
    return Part.of(Part.PROJECT, Part.PARTICIPANTS);
  }

  @Override
  public Outcome check(RuleContext context) {
    if (!context.project().nature().contains(Nature.EXPERIENCE_SHAPED)) {
      return context.notApplicable("the work is not assessed as experience-shaped");
    }
    Seq<Participant> side = context.index().people(Side.LIVED_EXPERIENCE);
    if (side.isEmpty()) {
      return context.notApplicable("no {le}");
    }
    int carers = 0;
    int serviceUsers = 0;
    for (Participant p : side) {
      if (p.perspectives().contains(Perspective.CARING)) {
        carers++;
      }
      if (p.perspectives().contains(Perspective.SERVICE_USE)) {
        serviceUsers++;
      }
    }
    if (carers == 0 || serviceUsers > 0) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(CARERS_ONLY)
                .addArgument(
                    Argument.side("le", Side.LIVED_EXPERIENCE), Argument.count("carers", carers))
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("livedExperiencePeople", side.size()),
                    Evidence.of("carers", carers),
                    Evidence.of("serviceUsers", serviceUsers))
                .build()));
  }
}
