package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.Employment;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Resource;
import org.coprod.core.ResourceKind;
import org.coprod.core.Side;

/**
 * The one index of a view, built in one pass and shared by every rule of a check, and the defined
 * words of DESIGN.md written once: who <em>contributed</em>, a side's <em>substantial
 * contribution</em> to an output, the <em>decision rule</em> of a decision, the <em>counted</em>
 * key decisions, and whether a side <em>had a say</em>.
 *
 * <p>Lookups cost O(1) or O(log n); building costs O(n) in the size of the project.
 */
public final class ProjectIndex {
  /** Kanter's tilted boundary: under majority rule a side needs this share of the deciders. */
  public static final double MAJORITY_VOICE = 0.35;

  /** A side made a substantial contribution to an output with this share of its hours. */
  public static final double SUBSTANTIAL_SHARE = 0.20;

  private static final EnumSet<ContributionKind> SHAPING = EnumSet.of(ContributionKind.IDEA, ContributionKind.WRITING);

  private final ProjectView view;
  private final Project project;
  private final Map<ParticipantId, Side> sides = new HashMap<>();
  private final Map<ParticipantId, Double> hoursByPerson = new HashMap<>();
  private final Map<ParticipantId, EnumSet<ContributionKind>> kindsByPerson = new HashMap<>();
  private final Map<ParticipantId, Set<String>> skillsByPerson = new HashMap<>();
  private final EnumMap<Side, Double> hoursBySide = new EnumMap<>(Side.class);
  private final EnumMap<Side, Double> paidHoursBySide = new EnumMap<>(Side.class);
  private final EnumMap<Side, EnumSet<ContributionKind>> kindsBySide = new EnumMap<>(Side.class);
  private final EnumMap<Side, EnumSet<Phase>> phasesBySide = new EnumMap<>(Side.class);
  private final EnumSet<Phase> phases = EnumSet.noneOf(Phase.class);
  private final Map<OutputId, OutputHours> outputs = new HashMap<>();
  private final OutputHours whole = new OutputHours();
  private final boolean outputsNamed;
  private final EnumMap<Side, BigDecimal> moneyBySide = new EnumMap<>(Side.class);
  private final BigDecimal money;
  private final Seq<Decision> countedKeyDecisions;
  private final double totalHours;

  /** Hours given to one output, by person and by side, and who gave an idea or writing. */
  private static final class OutputHours {
    final Map<ParticipantId, Double> byPerson = new HashMap<>();
    final EnumMap<Side, Double> bySide = new EnumMap<>(Side.class);
    final Set<ParticipantId> shaping = new HashSet<>();
    final EnumSet<Side> shapingSides = EnumSet.noneOf(Side.class);
    double total;

    void add(ParticipantId who, Side side, Contribution c) {
      byPerson.merge(who, c.hours(), Double::sum);
      bySide.merge(side, c.hours(), Double::sum);
      total += c.hours();
      if (SHAPING.contains(c.kind())) {
        shaping.add(who);
        shapingSides.add(side);
      }
    }
  }

  private ProjectIndex(ProjectView view) {
    this.view = view;
    this.project = view.project();
    for (Side s : Side.values()) {
      hoursBySide.put(s, 0.0);
      paidHoursBySide.put(s, 0.0);
      kindsBySide.put(s, EnumSet.noneOf(ContributionKind.class));
      phasesBySide.put(s, EnumSet.noneOf(Phase.class));
      moneyBySide.put(s, BigDecimal.ZERO);
    }
    Map<ParticipantId, Participant> people = new HashMap<>();
    for (Participant p : project.participants()) {
      sides.put(p.id(), p.side());
      people.put(p.id(), p);
    }
    boolean named = false;
    double total = 0;
    for (Contribution c : project.contributions()) {
      ParticipantId who = c.participant();
      Participant p = people.get(who);
      Side side = p.side();
      double h = c.hours();
      total += h;
      hoursByPerson.merge(who, h, Double::sum);
      kindsByPerson.computeIfAbsent(who, k -> EnumSet.noneOf(ContributionKind.class)).add(c.kind());
      Set<String> skills = skillsByPerson.computeIfAbsent(who, k -> new HashSet<>());
      c.skills().forEach(skills::add);
      hoursBySide.merge(side, h, Double::sum);
      if (isPaidHour(c, p)) {
        paidHoursBySide.merge(side, h, Double::sum);
      }
      kindsBySide.get(side).add(c.kind());
      phasesBySide.get(side).add(c.phase());
      phases.add(c.phase());
      whole.add(who, side, c);
      if (c.output().isDefined()) {
        named = true;
        outputs.computeIfAbsent(c.output().get(), k -> new OutputHours()).add(who, side, c);
      }
    }
    totalHours = total;
    outputsNamed = named;
    BigDecimal allMoney = BigDecimal.ZERO;
    for (Resource r : project.resources()) {
      if (r.kind() != ResourceKind.MONEY) {
        continue;
      }
      allMoney = allMoney.add(r.amount());
      int n = r.controlledBy().size();
      if (n > 0) {
        BigDecimal share = r.amount().divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        for (ParticipantId id : r.controlledBy()) {
          moneyBySide.merge(people.get(id).side(), share, BigDecimal::add);
        }
      }
    }
    money = allMoney;
    countedKeyDecisions = project.decisions().filter(this::isCounted);
  }

  /**
   * Whether {@code part} is at least {@code share} of {@code whole}, forgiving the rounding of
   * binary fractions (0.35 × 20 is 7.000000000000001 in a double), so a boundary is met exactly.
   */
  public static boolean atLeast(double part, double share, double whole) {
    return part >= share * whole - 1e-9 * Math.max(1.0, Math.abs(whole));
  }

  /** The index of a view: one pass over it. */
  public static ProjectIndex of(ProjectView view) {
    return new ProjectIndex(Objects.requireNonNull(view, "view is null"));
  }

  /**
   * Whether a contribution's hours count as paid for {@code paid-unpaid}: paid, or given by a
   * salaried person, or by someone who declines payment.
   */
  public static boolean isPaidHour(Contribution c, Participant by) {
    return c.isPaid() || by.employment() == Employment.SALARIED || by.declinesPayment();
  }

  /** The view indexed. */
  public ProjectView view() {
    return view;
  }

  /** The project as it stood on the view's date. */
  public Project project() {
    return project;
  }

  /** The view's date. */
  public LocalDate date() {
    return view.date();
  }

  /** The side of a participant of the view. */
  public Side side(ParticipantId id) {
    Side side = sides.get(id);
    if (side == null) {
      throw new IllegalArgumentException("not a participant of this view: " + id);
    }
    return side;
  }

  /** The participants on one side. */
  public Seq<Participant> people(Side side) {
    return project.participantsOn(side);
  }

  /** Whether a person has at least one contribution. */
  public boolean isContributing(ParticipantId id) {
    return hoursByPerson.containsKey(id);
  }

  /** The contributing people, in the order of the participants. */
  public Seq<Participant> contributors() {
    return project.participants().filter(p -> isContributing(p.id()));
  }

  /** The contributing people on one side, in the order of the participants. */
  public Seq<Participant> contributors(Side side) {
    return people(side).filter(p -> isContributing(p.id()));
  }

  /** All hours given. */
  public double hours() {
    return totalHours;
  }

  /** The hours given by one side. */
  public double hours(Side side) {
    return hoursBySide.get(side);
  }

  /** The hours given by one person. */
  public double hours(ParticipantId id) {
    return hoursByPerson.getOrDefault(id, 0.0);
  }

  /** A side's paid hours: those of paid contributions, salaried people or people who decline pay. */
  public double paidHours(Side side) {
    return paidHoursBySide.get(side);
  }

  /** The kinds of contribution one person gave. */
  public Set<ContributionKind> kinds(ParticipantId id) {
    EnumSet<ContributionKind> kinds = kindsByPerson.get(id);
    return kinds == null ? EnumSet.noneOf(ContributionKind.class) : EnumSet.copyOf(kinds);
  }

  /** The kinds of contribution one side gave. */
  public Set<ContributionKind> kinds(Side side) {
    return EnumSet.copyOf(kindsBySide.get(side));
  }

  /** The skills one person used in their contributions. */
  public Set<String> skillsUsed(ParticipantId id) {
    return java.util.Collections.unmodifiableSet(skillsByPerson.getOrDefault(id, Set.of()));
  }

  /** The phases in which anyone contributed. */
  public Set<Phase> phases() {
    return EnumSet.copyOf(phases);
  }

  /** The phases in which a side contributed. */
  public Set<Phase> phases(Side side) {
    return EnumSet.copyOf(phasesBySide.get(side));
  }

  /** The day the first person of a side joined, if any has. */
  public Option<LocalDate> firstJoined(Side side) {
    return people(side).map(Participant::joined).minBy(d -> d);
  }

  // Outputs ---------------------------------------------------------------------------------

  /**
   * Whether any contribution names an output. Where none does, the project's hours stand in for
   * every output.
   */
  public boolean outputsNamed() {
    return outputsNamed;
  }

  private OutputHours of(OutputId output) {
    if (!outputsNamed) {
      return whole;
    }
    OutputHours h = outputs.get(output);
    return h == null ? new OutputHours() : h;
  }

  /** An output's hours: those of the contributions naming it (or the project's, see above). */
  public double outputHours(OutputId output) {
    return of(output).total;
  }

  /** The hours one side gave to an output. */
  public double outputHours(OutputId output, Side side) {
    return of(output).bySide.getOrDefault(side, 0.0);
  }

  /** The hours one person gave to an output. */
  public double outputHours(OutputId output, ParticipantId person) {
    return of(output).byPerson.getOrDefault(person, 0.0);
  }

  /** The people who contributed to an output, in the order of the participants. */
  public Seq<Participant> contributorsTo(OutputId output) {
    OutputHours h = of(output);
    return project.participants().filter(p -> h.byPerson.containsKey(p.id()));
  }

  /** Whether a person gave an IDEA or WRITING contribution to an output. */
  public boolean gaveIdeaOrWriting(OutputId output, ParticipantId person) {
    return of(output).shaping.contains(person);
  }

  /** Whether a side gave an IDEA or WRITING contribution to an output. */
  public boolean gaveIdeaOrWriting(OutputId output, Side side) {
    return of(output).shapingSides.contains(side);
  }

  /**
   * Whether a side made a <em>substantial contribution</em> to an output: 20% or more of its hours,
   * or any IDEA or WRITING contribution to it.
   */
  public boolean substantial(OutputId output, Side side) {
    return substantial(output, side, SUBSTANTIAL_SHARE);
  }

  /** As {@link #substantial(OutputId, Side)}, with another share of hours. */
  public boolean substantial(OutputId output, Side side, double share) {
    double all = outputHours(output);
    return gaveIdeaOrWriting(output, side) || (all > 0 && atLeast(outputHours(output, side), share, all));
  }

  /**
   * Whether a person made a substantial personal contribution to an output: {@code share} or more
   * of its hours, {@code hours} hours or more, or an IDEA or WRITING for it.
   */
  public boolean substantialPersonal(OutputId output, ParticipantId person, double share, double hours) {
    double mine = outputHours(output, person);
    double all = outputHours(output);
    return gaveIdeaOrWriting(output, person) || (mine > 0 && (mine >= hours || atLeast(mine, share, all)));
  }

  /** The sides with credit on an output (owners and credits other than ACKNOWLEDGED). */
  public Set<Side> creditedSides(Output output) {
    EnumSet<Side> out = EnumSet.noneOf(Side.class);
    output.credited().forEach(id -> out.add(side(id)));
    return out;
  }

  /**
   * A side's credit rate, as {@code credit-parity} defines it: among its people who made a
   * substantial personal contribution to an output ({@code share} of its hours, {@code hours}
   * hours, or an IDEA or WRITING), how many are credited on an output they contributed to.
   */
  public CreditRate creditRate(Side side, double share, double hours) {
    Set<ParticipantId> eligible = new HashSet<>();
    Set<ParticipantId> credited = new HashSet<>();
    if (!outputsNamed) {
      // Every output then has the project's hours: one pass over people, not outputs × people.
      Set<ParticipantId> creditedAnywhere = new HashSet<>();
      project.outputs().forEach(o -> o.credited().forEach(creditedAnywhere::add));
      if (!project.outputs().isEmpty()) {
        for (Participant p : contributors(side)) {
          OutputId any = project.outputs().head().id();
          if (substantialPersonal(any, p.id(), share, hours)) {
            eligible.add(p.id());
            if (creditedAnywhere.contains(p.id())) {
              credited.add(p.id());
            }
          }
        }
      }
    } else {
      for (Output o : project.outputs()) {
        OutputHours h = outputs.get(o.id());
        if (h == null) {
          continue;
        }
        for (ParticipantId id : h.byPerson.keySet()) {
          if (sides.get(id) == side && substantialPersonal(o.id(), id, share, hours)) {
            eligible.add(id);
          }
        }
      }
      for (Output o : project.outputs()) {
        OutputHours h = outputs.get(o.id());
        if (h != null) {
          o.credited().filter(id -> eligible.contains(id) && h.byPerson.containsKey(id)).forEach(credited::add);
        }
      }
    }
    return new CreditRate(eligible.size(), credited.size());
  }

  /**
   * How many of a side's substantial contributors are credited.
   *
   * @param eligible people who made a substantial personal contribution to an output
   * @param credited of those, people credited on an output they contributed to
   */
  public record CreditRate(int eligible, int credited) {
    /** The rate, if anyone is eligible. */
    public Option<Double> rate() {
      return eligible == 0 ? Option.none() : Option.some((double) credited / eligible);
    }
  }

  // Money -----------------------------------------------------------------------------------

  /** All the project's money (MONEY resources). */
  public BigDecimal money() {
    return money;
  }

  /** The money a side controls, each MONEY resource split evenly among its controllers. */
  public BigDecimal money(Side side) {
    return moneyBySide.get(side);
  }

  // Decisions and the agreement -------------------------------------------------------------

  /** The agreement in force at the view's date. */
  public Option<Agreement> agreementInForce() {
    return project.agreementInForce(view.date());
  }

  /** Whether at least one lived-experience participant consented to a version. */
  public boolean consentedByLivedExperience(Agreement version) {
    return version.consents().exists(c -> sides.get(c.participant()) == Side.LIVED_EXPERIENCE);
  }

  /**
   * The decision rule of a decision: its own rule, else that of the agreement in force on its
   * date, else MAJORITY.
   */
  public DecisionRule ruleOf(Decision d) {
    return d.rule()
        .orElse(() -> project.agreementInForce(d.date()).flatMap(Agreement::decisionRule))
        .getOrElse(DecisionRule.MAJORITY);
  }

  /** Whether a decision type is reserved (not shareable) under the agreement in force on a day. */
  public boolean isReserved(DecisionType type, LocalDate on) {
    return project.agreementInForce(on).exists(a -> a.reserves(type));
  }

  /** Whether a decision is a <em>counted</em> key decision: key, of a type not reserved on its date. */
  public boolean isCounted(Decision d) {
    return d.key() && !isReserved(d.type(), d.date());
  }

  /** The counted key decisions, in the order given. */
  public Seq<Decision> countedKeyDecisions() {
    return countedKeyDecisions;
  }

  /** The counted key decisions of some types. */
  public Seq<Decision> countedKeyDecisions(DecisionType... types) {
    List<DecisionType> wanted = List.of(types);
    return countedKeyDecisions.filter(d -> wanted.contains(d.type()));
  }

  /** Whether a side had a say in a decision, with the standard majority voice of 35%. */
  public boolean hadSay(Decision d, Side side) {
    return hadSay(d, side, MAJORITY_VOICE);
  }

  /**
   * Whether a side <em>had a say</em> in a decision: it was not overridden, some person of that
   * side is among the deciders and none of that side's deciders objected, and: under CONSENSUS or
   * CONSENT, nothing more; under MAJORITY, that side's deciders are at least {@code majorityVoice}
   * of the deciders; under LEAD_DECIDES, the lead is of that side. Two names of twelve on an
   * outvoted board are not a say (Arnstein's placation).
   */
  public boolean hadSay(Decision d, Side side, double majorityVoice) {
    if (d.overriddenBy().isDefined()) {
      return false;
    }
    int ours = 0;
    for (ParticipantId id : d.decidedBy()) {
      if (sides.get(id) == side) {
        if (d.objectedBy().contains(id)) {
          return false;
        }
        ours++;
      }
    }
    if (ours == 0) {
      return false;
    }
    switch (ruleOf(d)) {
      case CONSENSUS:
      case CONSENT:
        return true;
      case MAJORITY:
        return atLeast(ours, majorityVoice, d.decidedBy().size());
      case LEAD_DECIDES:
        return d.ledBy().exists(lead -> sides.get(lead) == side);
      default:
        throw new IllegalStateException("unknown decision rule " + ruleOf(d));
    }
  }
}
