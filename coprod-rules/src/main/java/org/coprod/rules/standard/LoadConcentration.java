package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.core.Side;
import org.coprod.core.measure.Inequality;
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
 * {@code load-concentration}: within one side's core contributing people, the work rests on too few
 * shoulders (WARNING, at most one finding per side). One person gave over half of that side's hours
 * while 3 or more of them contribute ({@code one-person}); or the corrected Gini of their hours is
 * over 0.6 while 4 or more contribute ({@code unequal}). The finding is about the person who
 * carries most of that side's hours (all of them, where several carry the same), and its evidence
 * carries both numbers.
 *
 * <p>"Coproduction is about sharing ideas and sharing work and making something happen that
 * wouldn't have happened in the same way if different people had been involved." The question is
 * the usual one of a group: the one member who carries it. Each side is measured among its own core
 * people, so a paid coordinator is not compared with volunteers, whose hours differ for reasons of
 * their own, and occasional contributors (a focus group) do not make the core look concentrated.
 * The thresholds need enough people to mean something: in a pair someone always does more. The Gini
 * is the finite-sample corrected one ({@link Inequality#giniCorrected(double[])}), which in a small
 * group reaches 1 when one person does everything. Both measures are shares, so the rule is blind
 * to the unit of hours. Not applicable when no side has as many core contributing people as the
 * smaller of the two minimums, with hours given.
 */
public final class LoadConcentration implements Rule {
  /** The rule's id. */
  public static final String ID = "load-concentration";

  /** The share of a side's hours above which the load sits with one person. */
  public static final Parameter<Double> MAX_PERSON_SHARE =
      Parameter.share(
          "maxPersonShare",
          0.5,
          "the share of one side's hours, among its core people, above which the load sits with one person",
          "a rule of thumb: more than half of the work");

  /** How many core contributing people a side needs before one person's share is judged. */
  public static final Parameter<Integer> MIN_PEOPLE_FOR_SHARE =
      Parameter.count(
          "minPeopleForShare",
          3,
          "how many core contributing people a side needs before one person's share is judged",
          "a rule of thumb: in a pair someone always does more");

  /** The corrected Gini of a side's hours above which the load is very unequal. */
  public static final Parameter<Double> MAX_GINI =
      Parameter.coefficient(
          "maxGini",
          0.6,
          "the corrected Gini coefficient of hours among a side's core contributing people above which the load is very unequal",
          "a rule of thumb: a Gini above 0.6 is read as very high inequality");

  /** How many core contributing people a side needs before the Gini of their hours is judged. */
  public static final Parameter<Integer> MIN_PEOPLE_FOR_GINI =
      Parameter.count(
          "minPeopleForGini",
          4,
          "how many core contributing people a side needs before the Gini of their hours is judged",
          "a rule of thumb: a Gini of two or three people says little");

  /**
   * Forgives the rounding of binary fractions, so a share or a Gini exactly at its bar is not over
   * it. Both are ratios, so comparing them (not hours) keeps the rule blind to the unit of hours.
   */
  private static final double TOLERANCE = 1e-9;

  /** The kind {@code one-person}. */
  public static final FindingKind ONE_PERSON =
      FindingKind.of(
          "one-person",
          Severity.WARNING,
          "one person gave over half of the hours their side's core members gave",
          "Look at what this person carries and whether others could take on parts of it, with the support and pay they would need.",
          Template.of(
              "default",
              "{carriers} gave more than half of the hours on their side. That is {topShare} of the hours given by the {core} core {side} who contribute.",
              Param.people("carriers"),
              Param.share("topShare"),
              Param.count("core"),
              Param.side("side")));

  /** The kind {@code unequal}. */
  public static final FindingKind UNEQUAL =
      FindingKind.of(
          "unequal",
          Severity.WARNING,
          "the hours are very unequally spread among one side's core members",
          "Talk about who carries the work and who would like to carry more or less of it, and share out the tasks again.",
          Template.of(
              "default",
              "A few {side} give most of the hours. The hours of the {core} core {side} who contribute are spread very unevenly; {carriers} gave the most, {topShare} of them{count, plural, one {} other { each}}.",
              Param.count("core"),
              Param.side("side"),
              Param.ratio("gini"),
              Param.people("carriers"),
              Param.share("topShare"),
              Param.count("count")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Load on few shoulders")
          .principle(Principle.RESPONSIBILITY)
          .addKind(ONE_PERSON)
          .addKind(UNEQUAL)
          .summary(
              "within one side's core contributing people: one person over 50% of that side's hours among 3 or more, or a corrected Gini of hours over 0.6 among 4 or more; one finding per side, about the person who carries most (the numbers are rules of thumb your group can change)")
          .rationale(
              "\"Coproduction is about sharing ideas and sharing work and making something happen that wouldn't have happened in the same way if different people had been involved.\"")
          .addSource(
              "The founding text: responsibility to the project; not everyone has the same capacity to be involved",
              "SCIE co-production principles: equality, everyone has assets")
          .addParameter(MAX_PERSON_SHARE, MIN_PEOPLE_FOR_SHARE, MAX_GINI, MIN_PEOPLE_FOR_GINI)
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
    int minShare = context.parameter(MIN_PEOPLE_FOR_SHARE);
    int minGini = context.parameter(MIN_PEOPLE_FOR_GINI);
    int least = Math.min(minShare, minGini);
    java.util.List<Finding> findings = new ArrayList<>();
    boolean judged = false;
    for (Side side : Side.values()) {
      Seq<Participant> core = index.contributors(side).filter(Participant::isCore);
      int n = core.size();
      double[] hours = new double[n];
      double total = 0;
      double most = 0;
      int i = 0;
      for (Participant p : core) {
        double h = index.hours(p.id());
        hours[i++] = h;
        total += h;
        most = Math.max(most, h);
      }
      if (n < least || !(total > 0)) {
        continue;
      }
      judged = true;
      double topShare = most / total;
      boolean onePerson =
          n >= minShare && topShare > context.parameter(MAX_PERSON_SHARE) + TOLERANCE;
      Option<Double> gini = Inequality.giniCorrected(hours);
      double maxGini = context.parameter(MAX_GINI);
      boolean unequal = n >= minGini && gini.exists(g -> g > maxGini + TOLERANCE);
      if (!onePerson && !unequal) {
        continue;
      }
      double top = most;
      Seq<Participant> carriers = core.filter(p -> index.hours(p.id()) == top);
      findings.add(finding(context, side, n, carriers, topShare, gini, onePerson));
    }
    if (!judged) {
      return context.notApplicable(
          "no side has " + least + " or more core contributing people with hours given");
    }
    return context.outcome(findings);
  }

  private static Finding finding(
      RuleContext context,
      Side side,
      int n,
      Seq<Participant> carriers,
      double topShare,
      Option<Double> gini,
      boolean onePerson) {
    List<Evidence> evidence =
        List.of(
            Evidence.of("side", side.name()),
            Evidence.of("corePeople", n),
            Evidence.of("carriers", carriers.size()),
            Evidence.of("topShare", topShare));
    if (gini.isDefined()) {
      evidence = evidence.append(Evidence.of("giniHours", gini.get()));
    }
    List<Argument> arguments =
        List.of(
            Argument.people("carriers", carriers.map(Participant::id)),
            Argument.share("topShare", topShare),
            Argument.count("core", n),
            Argument.side("side", side));
    Finding.Builder f =
        onePerson
            ? context.finding(ONE_PERSON).addAllArguments(arguments)
            : context
                .finding(UNEQUAL)
                .addAllArguments(arguments)
                .addArgument(
                    Argument.ratio("gini", gini.getOrElse(0.0)),
                    Argument.count("count", carriers.size()));
    return f.addAllSubjects(carriers.map(p -> (Id) p.id())).addAllEvidence(evidence).build();
  }
}
