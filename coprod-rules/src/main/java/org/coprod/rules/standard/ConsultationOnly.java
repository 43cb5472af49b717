package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.LadderStep;
import org.coprod.core.Nature;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
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
 * {@code consultation-only}: people with lived experience gave only FEEDBACK or STORY and had a say
 * in no counted key decision, while the project claims more than consultation (CONCERN); the same
 * where the project claims no step at all is a NOTE ({@code unclaimed}).
 *
 * <p>"Public services had spent a lot of time people asking whether people liked things via
 * consultations and involvement of the public; but that still didn't seem to translate into things
 * that did what people really wanted them to." A project that claims a step above CONSULTATION
 * while lived experience was only consulted is the rule's concern; an honest consultation is not a
 * failure, so a project that claims CONSULTATION or less passes, and one that claims nothing gets a
 * note to say which it is. "A say" is the shared {@link
 * ProjectIndex#hadSay(org.coprod.core.Decision, Side)} over the counted key decisions, as the
 * ladder reads it. Not applicable for TRANSACTIONAL work (a service people want done for them, not
 * made with them), without counted key decisions (the record then cannot tell a consultation from
 * work whose decisions went unrecorded), without people with lived experience, or when they have
 * not contributed at all (that is the ladder's INFORMING, and {@code claimed-level}'s matter).
 */
public final class ConsultationOnly implements Rule {
  /** The rule's id. */
  public static final String ID = "consultation-only";

  private static final Set<ContributionKind> RESPONSES =
      EnumSet.of(ContributionKind.FEEDBACK, ContributionKind.STORY);

  /** The kind {@code consulted-only}. */
  public static final FindingKind CONSULTED_ONLY =
      FindingKind.of(
          "consulted-only",
          Severity.CONCERN,
          "{le} only gave feedback or their stories and had a say in no key decision, while the project claims more than consultation",
          "Either bring {le} into making the work and its key decisions, or describe the project honestly as a consultation.",
          Template.of(
              "default",
              "{le} had no say in the {counted} key decisions. They only gave feedback or their stories, and had a say in none of the {counted} counted key decisions, while the project claims {claim}.",
              Param.side("le"),
              Param.count("counted"),
              Param.text("claim")));

  /** The kind {@code unclaimed}. */
  public static final FindingKind UNCLAIMED =
      FindingKind.of(
          "unclaimed",
          Severity.NOTE,
          "{le} only gave feedback or their stories and had a say in no key decision, and the project claims no step of the ladder",
          "Say which the project is: a consultation, which is no failure, or work {le} make and decide with you, and record it so.",
          Template.of(
              "default",
              "{le} had no say in the {counted} key decisions. They only gave feedback or their stories, and had a say in none of the {counted} counted key decisions. The project claims no step: is it a consultation?",
              Param.side("le"),
              Param.count("counted")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Only asked for views, but called coproduction")
          .principle(Principle.POWER)
          .addKind(CONSULTED_ONLY)
          .addKind(UNCLAIMED)
          .summary(
              "LE gave only FEEDBACK or STORY and had a say in no key decision, while the project claims more than consultation (C); the same with no claim at all (N); not for TRANSACTIONAL work")
          .rationale(
              "\"Public services had spent a lot of time people asking whether people liked things via consultations and involvement of the public; but that still didn't seem to translate into things that did what people really wanted them to.\"")
          .addSource(
              "TLAP ladder of co-production: consultation is \"doing for\", not \"doing with\"",
              "Arnstein (1969): consultation is a rung below citizen power, where the powerless are heard but not heeded")
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
    ProjectIndex index = context.index();
    Side le = Side.LIVED_EXPERIENCE;
    if (context.project().nature().contains(Nature.TRANSACTIONAL)) {
      return context.notApplicable("the work is transactional");
    }
    if (index.people(le).isEmpty()) {
      return context.notApplicable("no {le}");
    }
    Set<ContributionKind> kinds = index.kinds(le);
    if (kinds.isEmpty()) {
      return context.notApplicable("no contributions by {le}");
    }
    Seq<Decision> counted = index.countedKeyDecisions();
    if (counted.isEmpty()) {
      return context.notApplicable("no counted key decisions");
    }
    Option<LadderStep> claim = context.project().claimedLevel();
    if (claim.exists(c -> !c.isAbove(LadderStep.CONSULTATION))) {
      return context.passed();
    }
    if (!RESPONSES.containsAll(kinds) || counted.exists(d -> index.hadSay(d, le))) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(claim.isDefined() ? CONSULTED_ONLY : UNCLAIMED)
                .addArgument(
                    Argument.side("le", Side.LIVED_EXPERIENCE),
                    Argument.count("counted", counted.size()))
                .addAllArguments(claim.map(c -> Argument.text("claim", words(c))).toList())
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("claimedLevel", claim.map(LadderStep::name).getOrElse("none")),
                    Evidence.of(
                        "livedExperienceKinds",
                        List.ofAll(kinds).map(ContributionKind::name).mkString(",")),
                    Evidence.of("countedKeyDecisions", counted.size()),
                    Evidence.of("livedExperienceSay", 0))
                .build()));
  }

  private static String words(LadderStep step) {
    return step.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
