package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.CreditPolicy;
import org.coprod.core.Ownership;
import org.coprod.core.Support;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
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
 * {@code agreement-incomplete}: the agreement in force lacks a decision rule, payment terms, a plan
 * for after the close, a way to settle disputes or ground rules, or leaves credit or ownership
 * UNDECIDED, or says nothing of how the group may pause or stop the work ({@code stopClause}) or of
 * the support it offers ({@code support}: who to contact, the debrief, what happens after someone
 * discloses risk, how taking part stays apart from people's own care, each asked for) (WARNING, one
 * for the version in force, with every gap in the evidence).
 *
 * <p>"Setting the contract for how you'll work together is a huge step towards actually getting
 * something you'll all be proud of out of the process at the end." A contract that leaves out who
 * decides, who is paid, who is credited and who owns the result leaves those to whoever holds the
 * power when the question comes up. A group that cannot stop, or whose members do not know where to
 * turn after telling a hard story, has left its members to carry the risk alone.
 *
 * <p>Text that is blank says nothing: a blank {@code afterClose} or {@code disputes}, or ground
 * rules that are all blank, count as missing. Payment terms count as agreed when the version has
 * them at all, whatever they say (a group may agree that nobody is paid; other rules look at the
 * rate). Not applicable when no agreement is in force ({@code agreement-missing} speaks to that).
 */
public final class AgreementIncomplete implements Rule {
  /** The rule's id. */
  public static final String ID = "agreement-incomplete";

  /** The kind {@code incomplete}. */
  public static final FindingKind INCOMPLETE =
      FindingKind.of(
          "incomplete",
          Severity.WARNING,
          "the agreement in force leaves out how the group decides, pays, settles disputes, works together, supports people, may stop, or carries on after the close, or leaves credit or ownership undecided",
          "Fill the gaps together in the next version of the agreement, before the questions they leave open come up in earnest.",
          Template.of(
              "default",
              "The agreement leaves out things the group needs to agree. Version {version} of the agreement {missing}.",
              Param.count("version"),
              Param.text("missing")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Gaps in the agreement")
          .principle(Principle.RESPECT)
          .addKind(INCOMPLETE)
          .summary(
              "the agreement in force lacks a decision rule, payment, afterClose, disputes, ground rules, a stop clause or support, or leaves credit or ownership UNDECIDED")
          .rationale(
              "\"Setting the contract for how you'll work together is a huge step towards actually getting something you'll all be proud of out of the process at the end.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: ground rules, joint ownership of key decisions",
              "NIHR payment guidance (v1.6, 2024): people told at the outset how they will be paid and acknowledged",
              "CRediT (NISO Z39.104-2022), ICMJE: authorship and acknowledgement agreed early")
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
    Option<Agreement> inForce = context.index().agreementInForce();
    if (inForce.isEmpty()) {
      return context.notApplicable("no agreement in force");
    }
    Agreement a = inForce.get();
    List<Gap> missing =
        List.of(Part.values()).filter(p -> p.isMissingFrom(a)).map(Part::gap).appendAll(support(a));
    if (missing.isEmpty()) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(INCOMPLETE)
                .addArgument(
                    Argument.count("version", a.version()),
                    Argument.text("missing", describe(missing)))
                .addSubject(AgreementVersion.of(a))
                .addEvidence(
                    Evidence.of("missing", missing.map(Gap::key).mkString(",")),
                    Evidence.of("missingCount", missing.size()),
                    Evidence.of("version", a.version()))
                .build()));
  }

  /**
   * A gap in the agreement: its key in the project file, the words a report uses for it, and
   * whether it is left undecided rather than unsaid.
   */
  private record Gap(String key, String words, boolean undecided) {}

  /** A part of the agreement that can be missing, named as in the project file. */
  private enum Part {
    DECISION_RULE("decisionRule", "how the group decides", false),
    PAYMENT("payment", "how people are paid", false),
    CREDIT("credit", "credit", true),
    OWNERSHIP("ownership", "ownership", true),
    AFTER_CLOSE("afterClose", "what happens after the close", false),
    GROUND_RULES("groundRules", "ground rules", false),
    DISPUTES("disputes", "how disputes are settled", false),
    STOP_CLAUSE("stopClause", "how the group may pause or stop the work", false);

    final String key;
    final String words;
    final boolean undecided;

    Part(String key, String words, boolean undecided) {
      this.key = key;
      this.words = words;
      this.undecided = undecided;
    }

    Gap gap() {
      return new Gap(key, words, undecided);
    }

    boolean isMissingFrom(Agreement a) {
      return switch (this) {
        case DECISION_RULE -> a.decisionRule().isEmpty();
        case PAYMENT -> a.payment().isEmpty();
        case CREDIT -> a.credit() == CreditPolicy.UNDECIDED;
        case OWNERSHIP -> a.ownership() == Ownership.UNDECIDED;
        case AFTER_CLOSE -> a.afterClose().forAll(String::isBlank);
        case GROUND_RULES -> a.groundRules().forAll(String::isBlank);
        case DISPUTES -> a.disputes().forAll(String::isBlank);
        case STOP_CLAUSE -> a.stopClause().forAll(String::isBlank);
      };
    }
  }

  /**
   * The support and safeguarding the agreement leaves unsaid: all of it, as one gap, where it has
   * no support clause; else each part left out or blank.
   */
  private static List<Gap> support(Agreement a) {
    if (a.support().isEmpty()) {
      return List.of(new Gap("support", "the support it offers", false));
    }
    Support s = a.support().get();
    List<Gap> gaps = List.empty();
    if (s.contact().forAll(String::isBlank)) {
      gaps = gaps.append(new Gap("support.contact", "who to contact for support", false));
    }
    if (s.debrief().forAll(String::isBlank)) {
      gaps = gaps.append(new Gap("support.debrief", "a debrief after hard sessions", false));
    }
    if (s.disclosure().forAll(String::isBlank)) {
      gaps =
          gaps.append(
              new Gap("support.disclosure", "what happens after someone discloses risk", false));
    }
    if (s.independence().forAll(String::isBlank)) {
      gaps =
          gaps.append(
              new Gap(
                  "support.independence",
                  "how taking part stays apart from people's own care",
                  false));
    }
    return gaps;
  }

  private static String describe(List<Gap> missing) {
    List<String> silent = missing.filter(p -> !p.undecided()).map(Gap::words);
    List<String> undecided = missing.filter(Gap::undecided).map(Gap::words);
    String a = silent.isEmpty() ? "" : "says nothing of " + join(silent, "or");
    String b = undecided.isEmpty() ? "" : "leaves " + join(undecided, "and") + " undecided";
    return a.isEmpty() ? b : b.isEmpty() ? a : a + ", and " + b;
  }

  private static String join(List<String> words, String conjunction) {
    return words.size() == 1
        ? words.head()
        : words.init().mkString(", ") + " " + conjunction + " " + words.last();
  }
}
