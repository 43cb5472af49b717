package org.coprod.rules.standard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coprod.core.MonitoringCount;
import org.coprod.core.PopulationShare;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Parameter;
import org.coprod.rules.Principle;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code representation-gap}: a group of the people using the service ({@code population}) has
 * nobody in the group's anonymous equality monitoring ({@code monitoring}), and that is unlikely to
 * be chance: with {@code n} people with lived experience drawn at random from the people using the
 * service, the chance that none of them belongs to a group with share {@code s} is {@code (1 -
 * s)^n}, and the rule flags the absence when that is under {@code maxChance} (0.2). One NOTE, on
 * the project, listing every such group with its share and chance.
 *
 * <p>"Even if I could, I might try to make that service into one that would be perfect for me at
 * that point without thinking about other people who might need to use it." The people in the room
 * design for people like themselves; the rule asks who is not there. Judging by chance rather than
 * by a count catches a group that is 8% of the people using a service and absent from a network of
 * 40 ({@code 0.92^40}, about 0.04) as well as a 30% group absent from a group of 6 ({@code 0.7^6},
 * about 0.12), and stays quiet about a 5% group absent from 10 people (about 0.60), where absence
 * says little.
 *
 * <p>{@code n} is the number of people with lived experience in the record, less the tally of the
 * group "prefer not to say" (matched without regard to case or surrounding spaces): someone who did
 * not say may belong to the absent group, so they are not counted as evidence of its absence.
 * Groups are matched between the population and the tallies in the same way. Tallies are counts of
 * groups, never records of people, and the finding is about the project: nothing ties a group to
 * anyone. Words give counts under 5 as "fewer than 5". Not applicable without both a population and
 * tallies, or when nobody is counted.
 */
public final class RepresentationGap implements Rule {
  /** The rule's id. */
  public static final String ID = "representation-gap";

  /** The chance below which an absence is unlikely to be luck. */
  public static final Parameter<Double> MAX_CHANCE =
      Parameter.share(
          "maxChance",
          0.2,
          "the chance of the absence by luck alone, below which it is flagged",
          "a starting point your group can change");

  /** The group that stands for people who chose not to answer. */
  static final String PREFER_NOT_TO_SAY = "prefer not to say";

  /** The kind {@code absent}. */
  public static final FindingKind ABSENT =
      FindingKind.of(
          "absent",
          Severity.NOTE,
          "a group of the people who use the service has nobody in the group, and that is unlikely to be chance",
          "Ask people from the groups not yet reached, and the organisations they trust, what would make taking part possible for them, and change how the group recruits.",
          Template.of(
              "one",
              "No one from some parts of the community takes part. The equality monitoring of the {counted} {le} counted records nobody from {groups}. By chance alone, that would happen {chance}.",
              Param.text("counted"),
              Param.text("groups"),
              Param.text("chance"),
              Param.side("le")),
          Template.of(
              "many",
              "No one from some parts of the community takes part. The equality monitoring of the {counted} {le} counted records nobody from {groups}. By chance alone, each of these would happen {chance} or less.",
              Param.text("counted"),
              Param.text("groups"),
              Param.text("chance"),
              Param.side("le")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Who is not in the room")
          .principle(Principle.PURPOSE)
          .addKind(ABSENT)
          .summary(
              "a population group with no one in the monitoring tallies, where the chance of that at random, (1 - share)^n, is under 0.2 (a starting point your group can change)")
          .rationale(
              "\"Even if I could, I might try to make that service into one that would be perfect for me at that point without thinking about other people who might need to use it.\"")
          .addSource(
              "SCIE co-production principles: diversity",
              "NIHR/INVOLVE guidance on co-producing research: including all perspectives")
          .addParameter(MAX_CHANCE)
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

  /** A population group absent from the tallies, with its share and the chance of the absence. */
  record Absence(String group, double share, double chance) {}

  @Override
  public Outcome check(RuleContext context) {
    var project = context.project();
    if (project.population().isEmpty() || project.monitoring().isEmpty()) {
      return context.notApplicable("no population shares and equality-monitoring tallies");
    }
    Map<String, Integer> tallies = new HashMap<>();
    for (MonitoringCount m : project.monitoring()) {
      tallies.merge(normal(m.group()), m.count(), Integer::sum);
    }
    int people = context.index().people(Side.LIVED_EXPERIENCE).size();
    int counted = Math.max(0, people - tallies.getOrDefault(PREFER_NOT_TO_SAY, 0));
    if (counted == 0) {
      return context.notApplicable("no {le, one} counted in the monitoring");
    }
    double max = context.parameter(MAX_CHANCE);
    List<Absence> absent = new ArrayList<>();
    java.util.Set<String> judged = new java.util.HashSet<>();
    for (PopulationShare p : project.population()) {
      String group = normal(p.group());
      if (group.equals(PREFER_NOT_TO_SAY)
          || !judged.add(group)
          || tallies.getOrDefault(group, 0) > 0) {
        continue;
      }
      double chance = chance(p.share(), counted);
      if (chance < max) {
        absent.add(new Absence(p.group().trim(), p.share(), chance));
      }
    }
    if (absent.isEmpty()) {
      return context.passed();
    }
    return context.outcome(
        List.of(
            context
                .finding(ABSENT, absent.size() == 1 ? "one" : "many")
                .addArgument(
                    Argument.text("counted", Words.counted(counted)),
                    Argument.text("groups", Words.groups(absent)),
                    Argument.text("chance", Words.chance(absent)),
                    Argument.side("le", Side.LIVED_EXPERIENCE))
                .addSubject(project.id())
                .addEvidence(
                    Evidence.of(
                        "groups", String.join("; ", absent.stream().map(Absence::group).toList())),
                    Evidence.of(
                        "shares",
                        String.join(
                            "; ", absent.stream().map(a -> Double.toString(a.share())).toList())),
                    Evidence.of(
                        "chances",
                        String.join(
                            "; ",
                            absent.stream()
                                .map(a -> String.format(Locale.ROOT, "%.4f", a.chance()))
                                .toList())),
                    Evidence.of("counted", counted),
                    Evidence.of("maxChance", max))
                .build()));
  }

  /**
   * The chance that none of {@code n} people drawn at random belongs to a group with this share:
   * {@code (1 - share)^n}.
   */
  static double chance(double share, int n) {
    return Math.pow(1 - share, n);
  }

  private static String normal(String group) {
    return group.trim().toLowerCase(Locale.ROOT);
  }

  /** The rule's words, in one place. */
  static final class Words {
    private Words() {}

    /** How many people were counted, under 5 only as "fewer than 5". */
    static String counted(int counted) {
      return counted < 5 ? "fewer than 5" : Integer.toString(counted);
    }

    /** The absent groups, each with its share of the people who use the service. */
    static String groups(List<Absence> absent) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < absent.size(); i++) {
        Absence a = absent.get(i);
        s.append(i == 0 ? "" : i == absent.size() - 1 ? " or " : ", ")
            .append('\'')
            .append(a.group())
            .append("' (")
            .append(percent(a.share()))
            .append(" of the people who use the service)");
      }
      return s.toString();
    }

    /** The largest chance of the absences, in words. */
    static String chance(List<Absence> absent) {
      return times(absent.stream().mapToDouble(Absence::chance).max().orElse(0));
    }

    private static String percent(double share) {
      long p = Math.round(share * 100);
      return p == 0 && share > 0 ? "under 1%" : p + "%";
    }

    private static String times(double chance) {
      long in100 = Math.round(chance * 100);
      return in100 == 0
          ? "less than 1 time in 100"
          : "about " + in100 + (in100 == 1 ? " time" : " times") + " in 100";
    }
  }
}
