package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.coprod.core.Participant;
import org.coprod.core.measure.Inequality;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.jspecify.annotations.Nullable;

/**
 * {@code load-concentration}: the work rests on too few shoulders (WARNING, one finding). Among the
 * contributing people, one person gave over half the hours while 3 or more contribute ({@code
 * one-person}, about that person), or the Gini coefficient of hours is over 0.6 while 4 or more
 * contribute ({@code unequal}, about the project). When both hold, the finding is about the one
 * person and the evidence carries both numbers.
 *
 * <p>"Coproduction is about sharing ideas and sharing work and making something happen that
 * wouldn't have happened in the same way if different people had been involved." The thresholds
 * need enough people to mean something: in a pair someone always does more.
 *
 * <p>Contributing people are those with a contribution, whatever its hours; the Gini is the plain
 * (uncorrected) coefficient of {@link Inequality#gini(double[])}. Both measures are shares, so the
 * rule is blind to the unit of hours. Not applicable with fewer contributing people than the
 * smaller of the two minimums, or no hours at all.
 */
public final class LoadConcentration implements Rule {
  /** The rule's id. */
  public static final String ID = "load-concentration";

  /** The share of all hours above which the load sits with one person. */
  public static final Parameter<Double> MAX_PERSON_SHARE =
      Parameter.share(
          "maxPersonShare",
          0.5,
          "the share of all hours above which the load sits with one person",
          "a rule of thumb: more than half of the work");

  /** How many contributing people there must be before one person's share is judged. */
  public static final Parameter<Integer> MIN_PEOPLE_FOR_SHARE =
      Parameter.count(
          "minPeopleForShare",
          3,
          "how many contributing people there must be before one person's share is judged",
          "a rule of thumb: in a pair someone always does more");

  /** The Gini coefficient of hours above which the load is very unequal. */
  public static final Parameter<Double> MAX_GINI =
      Parameter.coefficient(
          "maxGini",
          0.6,
          "the Gini coefficient of hours among the contributing people above which the load is very unequal",
          "a rule of thumb: a Gini above 0.6 is read as very high inequality");

  /** How many contributing people there must be before the Gini of hours is judged. */
  public static final Parameter<Integer> MIN_PEOPLE_FOR_GINI =
      Parameter.count(
          "minPeopleForGini",
          4,
          "how many contributing people there must be before the Gini of hours is judged",
          "a rule of thumb: a Gini of two or three people says little");

  /**
   * Forgives the rounding of binary fractions, so a share or a Gini exactly at its bar is not over
   * it. Both are ratios, so comparing them (not hours) keeps the rule blind to the unit of hours.
   */
  private static final double TOLERANCE = 1e-9;

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Load on few shoulders")
          .principle(Principle.RESPONSIBILITY)
          .addKind(
              FindingKind.of(
                  "one-person",
                  Severity.WARNING,
                  "one person gave over half of all the hours",
                  "Look at what this person carries and whether others could take on parts of it, with the support and pay they would need."))
          .addKind(
              FindingKind.of(
                  "unequal",
                  Severity.WARNING,
                  "the hours are very unequally spread among the people who contribute",
                  "Talk about who carries the work and who would like to carry more or less of it, and share out the tasks again."))
          .summary(
              "one person over 50% of the hours among 3 or more people, or a Gini of hours over 0.6 among 4 or more")
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
              Law.TOTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Seq<Participant> people = index.contributors();
    int minShare = context.parameter(MIN_PEOPLE_FOR_SHARE);
    int minGini = context.parameter(MIN_PEOPLE_FOR_GINI);
    int n = people.size();
    if (n < Math.min(minShare, minGini)) {
      return context.notApplicable(
          "fewer than " + Math.min(minShare, minGini) + " contributing people");
    }
    double total = index.hours();
    if (!(total > 0)) {
      return context.notApplicable("no hours given");
    }
    double[] hours = new double[n];
    @Nullable Participant top = null;
    double topHours = -1;
    int i = 0;
    for (Participant p : people) {
      double h = index.hours(p.id());
      hours[i++] = h;
      if (h > topHours) {
        top = p;
        topHours = h;
      }
    }
    double topShare = topHours / total;
    boolean onePerson = n >= minShare && topShare > context.parameter(MAX_PERSON_SHARE) + TOLERANCE;
    Option<Double> gini = Inequality.gini(hours);
    double maxGini = context.parameter(MAX_GINI);
    boolean unequal = n >= minGini && gini.exists(g -> g > maxGini + TOLERANCE);
    if ((!onePerson && !unequal) || top == null) {
      return context.passed();
    }
    List<Evidence> evidence =
        List.of(Evidence.of("contributingPeople", n), Evidence.of("topShare", topShare));
    if (gini.isDefined()) {
      evidence = evidence.append(Evidence.of("giniHours", gini.get()));
    }
    Finding.Builder finding =
        onePerson
            ? context
                .finding("one-person")
                .message(
                    "'"
                        + top.id()
                        + "' gave more than half of all the hours ("
                        + percent(topShare)
                        + ") among "
                        + n
                        + " contributing people.")
                .addSubject(top.id())
            : context
                .finding("unequal")
                .message(
                    "The hours are very unequally spread among the "
                        + n
                        + " contributing people (Gini "
                        + String.format(Locale.ROOT, "%.2f", gini.get())
                        + "); the busiest gave "
                        + percent(topShare)
                        + " of them.")
                .addSubject(context.project().id());
    return context.outcome(List.of(finding.addAllEvidence(evidence).build()));
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
