package org.coprod.core.synthetic;

import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coprod.core.Agreement;
import org.coprod.core.Attendance;
import org.coprod.core.Authority;
import org.coprod.core.CheckIn;
import org.coprod.core.Consent;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.Decision;
import org.coprod.core.DecisionId;
import org.coprod.core.DecisionRule;
import org.coprod.core.DecisionType;
import org.coprod.core.DeclineReason;
import org.coprod.core.Employment;
import org.coprod.core.Expenses;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.LadderStep;
import org.coprod.core.Meeting;
import org.coprod.core.MeetingFormat;
import org.coprod.core.MeetingId;
import org.coprod.core.Money;
import org.coprod.core.Nature;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Perspective;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Resource;
import org.coprod.core.ResourceId;
import org.coprod.core.ResourceKind;
import org.coprod.core.Response;
import org.coprod.core.ResponseId;
import org.coprod.core.ResponseStatus;
import org.coprod.core.Reward;
import org.coprod.core.RewardKind;
import org.coprod.core.Role;
import org.coprod.core.Side;
import org.coprod.core.StoryConsent;
import org.coprod.core.StoryUse;
import org.coprod.core.Tally;
import org.jspecify.annotations.Nullable;

/**
 * One run of the generator. Days are counted from the start (day 0) to the end of the window (day
 * {@code days}); everything a person does falls within the days they are present, which is what
 * keeps every project valid. Each part draws from its own stream of random numbers, so asking for
 * more contributions leaves the people and the decisions as they were.
 */
final class Draft {
  private static final int NONE = Integer.MAX_VALUE;

  /** The earliest day anyone joins: the lead sets the work up before it starts. */
  private static final int EARLIEST = -30;

  /**
   * The latest day past the window anything is dated: late payments, feedback, the final output.
   */
  private static final int LATEST_PAST = 60;

  /** The longest contribution, in half-hours: a full day's labour. */
  private static final int MAX_HALF_HOURS = 16;

  private static final int PEOPLE = 1;
  private static final int CONTRIBUTIONS = 2;
  private static final int DECISIONS = 3;
  private static final int OUTPUTS = 4;
  private static final int PROJECT = 5;
  // The parts added later draw from streams of their own, so that a spec that does not ask for
  // them gives the same project as before they existed.
  private static final int DROP_OFF = 6;
  private static final int SAY = 7;
  private static final int MEETINGS = 8;
  private static final int IMPACTS = 9;
  private static final int CHECK_INS = 10;
  private static final int RESPONSES = 11;
  private static final int STORIES = 12;
  private static final int KEY = 13;

  private static final BigDecimal[] EXPENSES = {
    new BigDecimal("4.5"),
    new BigDecimal("7.2"),
    new BigDecimal("12.5"),
    new BigDecimal("18"),
    new BigDecimal("25"),
    new BigDecimal("31.4"),
  };

  private static final BigDecimal RAISE = new BigDecimal("1.1");
  private static final BigDecimal BUDGET_MARGIN = new BigDecimal("1.25");
  private static final BigDecimal FUND_MARGIN = new BigDecimal("1.1");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final ProjectSpec spec;
  private final int days;

  /** The day the first lived-experience person joins (0 when the direction is not preset). */
  private final int firstLived;

  private final @Nullable LocalDate[] dates;
  private final List<Option<LocalDate>> someDates;

  private final List<Person> people = new ArrayList<>();
  private final List<Person> steering = new ArrayList<>();
  private @Nullable Person leadProfessional;
  private @Nullable Person leadLived;

  /** People of each side and of both, in the order they joined, with their joining days. */
  private Person[] everyone = new Person[0];

  private int[] everyoneJoined = new int[0];
  private Person[] lived = new Person[0];
  private int[] livedJoined = new int[0];

  private final int[] agreementDays;
  private final BigDecimal[] rates;
  private final @Nullable BigDecimal[] pay;

  private final int[] outputDays;
  private final String[] outputTitles;
  private final List<Option<OutputId>> outputIds = new ArrayList<>();

  /**
   * One entry a contribution linked to an output: (output, person) in the high bits, its half-hours
   * (at most 16) in the low five, so one sort groups them.
   */
  private long[] links = new long[0];

  private int linked;

  /** Whether lived experience takes part in each key decision, when the spec says it may not. */
  private @Nullable Dice say;

  /** The day and id of each meeting, and the meeting each key decision was made at. */
  private final Map<DecisionId, MeetingId> decidedAt = new HashMap<>();

  private BigDecimal paidTotal = BigDecimal.ZERO;
  private BigDecimal livedPaidTotal = BigDecimal.ZERO;
  private long professionalHalfHours;

  Draft(ProjectSpec spec) {
    this.spec = spec;
    this.days = spec.durationDays();
    this.firstLived = spec.directionPreset() ? Math.max(14, Math.min(days / 6, 45)) : 0;
    int span = days + LATEST_PAST - EARLIEST + 1;
    this.dates = new LocalDate[span];
    this.someDates = new ArrayList<>(Collections.nCopies(span, Option.none()));
    int first = spec.livedExperience() > 0 ? firstLived : 0;
    this.agreementDays =
        days - first >= 60 ? new int[] {first, first + (days - first) / 2} : new int[] {first};
    BigDecimal rate = Money.normalize(spec.ratePerHour());
    // The second version raises the rate by a tenth, as groups often do once the work is known.
    BigDecimal raised = Money.normalize(rate.multiply(RAISE).setScale(2, RoundingMode.HALF_UP));
    this.rates =
        agreementDays.length == 2 ? new BigDecimal[] {rate, raised} : new BigDecimal[] {rate};
    this.pay = new BigDecimal[rates.length * 2 * (MAX_HALF_HOURS + 1)];
    this.outputDays = new int[spec.outputs()];
    this.outputTitles = new String[spec.outputs()];
  }

  /** A person while the project is being drafted. */
  private static final class Person {
    final Side side;
    final int rank;
    final boolean steering;
    boolean core;
    int joined;
    int left = NONE;
    Perspective perspective = Perspective.OTHER;
    Employment employment = Employment.INDEPENDENT;
    boolean declines;
    String[] skills = new String[0];
    Seq<Seq<String>> usedSkills = Array.empty();
    String[] accessNeeds = new String[0];
    double weight;
    boolean carriesForward;
    @Nullable ParticipantId id;

    Person(Side side, int rank, boolean steering) {
      this.side = side;
      this.rank = rank;
      this.steering = steering;
      this.core = steering;
    }

    ParticipantId id() {
      return java.util.Objects.requireNonNull(id, "id is assigned before use");
    }

    boolean presentOn(int day) {
      return joined <= day && left >= day;
    }

    boolean lived() {
      return side == Side.LIVED_EXPERIENCE;
    }
  }

  /**
   * The date of a day, made once and shared: a million contributions need only a few hundred dates.
   */
  private LocalDate date(int day) {
    LocalDate made = dates[day - EARLIEST];
    if (made == null) {
      made = spec.started().plusDays(day);
      dates[day - EARLIEST] = made;
    }
    return made;
  }

  private Option<LocalDate> someDate(int day) {
    Option<LocalDate> made = someDates.get(day - EARLIEST);
    if (made.isEmpty()) {
      made = Option.some(date(day));
      someDates.set(day - EARLIEST, made);
    }
    return made;
  }

  private Phase phaseOf(int day) {
    long d = Math.max(0, day) * 100L;
    if (d < 15L * days) {
      return Phase.SCOPING;
    } else if (d < 40L * days) {
      return Phase.DESIGN;
    } else if (d < 75L * days) {
      return Phase.DELIVERY;
    } else if (d < 90L * days) {
      return Phase.EVALUATION;
    }
    return Phase.DISSEMINATION;
  }

  private int versionOn(int day) {
    return agreementDays.length == 2 && day >= agreementDays[1] ? 1 : 0;
  }

  Project project() {
    Seq<Participant> participants = participants();
    Seq<Role> roles = roles();
    planOutputs();
    Seq<Contribution> contributions = contributions();
    Seq<Output> outputs = outputs();
    Seq<Decision> decisions = decisions();
    Seq<Agreement> agreements = agreements();
    Seq<Meeting> meetings = Array.empty();
    if (spec.meetings() > 0) {
      meetings = meetings(decisions);
      decisions = decisions.map(d -> d.withMeeting(meetingOf(d)));
    }
    if (spec.storyConsent()) {
      contributions = stories(contributions);
      outputs = outputs.map(this::use);
    }
    Seq<Resource> resources = resources();
    Dice dice = Dice.stream(spec.seed(), PROJECT);
    Project.Builder project =
        Project.builder()
            .id(ProjectId.of("synthetic-" + Long.toUnsignedString(spec.seed())))
            .title(dice.pick(Words.TITLES))
            .started(date(0))
            .participants(participants)
            .roles(roles)
            .resources(resources)
            .contributions(contributions)
            .decisions(decisions)
            .agreements(agreements)
            .outputs(outputs)
            .meetings(meetings);
    if (spec.impacts() > 0) {
      project.impacts(impacts(meetings, decisions, outputs));
    }
    if (spec.checkInRounds() > 0) {
      project.checkIns(checkIns());
    }
    if (spec.responses() > 0) {
      project.responses(responses());
    }
    if (spec.fingerprintKey()) {
      project.fingerprintKey(key());
    }
    if (dice.chance(0.9)) {
      project.purpose(dice.pick(Words.PURPOSES));
    }
    double nature = dice.unit();
    if (nature < 0.8) {
      project.nature(Nature.EXPERIENCE_SHAPED);
    } else if (nature < 0.9) {
      project.nature(Nature.SPECIALIST);
    }
    double claim = dice.unit();
    if (claim < 0.6) {
      project.claimedLevel(LadderStep.CO_PRODUCTION);
    } else if (claim < 0.9) {
      project.claimedLevel(LadderStep.CO_DESIGN);
    }
    if (spec.closed()) {
      project.closed(date(days));
    }
    return project.build();
  }

  // ---------------------------------------------------------------- people

  private Seq<Participant> participants() {
    Dice dice = Dice.stream(spec.seed(), PEOPLE);
    int livedSteering = spec.livedExperienceOutvoted() ? 2 : Math.min(spec.livedExperience(), 4);
    int professionalSteering =
        spec.livedExperienceOutvoted() ? 10 : Math.min(spec.professional(), 4);
    for (int i = 0; i < spec.professional(); i++) {
      people.add(professional(dice, i, i < professionalSteering));
    }
    for (int i = 0; i < spec.livedExperience(); i++) {
      people.add(lived(dice, i, i < livedSteering));
    }
    // Ids follow the order within a side (le-1 is the first lived-experience member), the list
    // follows the order of joining; the sort is stable, so ties keep the order of creation.
    for (Person p : people) {
      p.id = ParticipantId.of((p.lived() ? "le-" : "pro-") + (p.rank + 1));
    }
    people.sort(Comparator.comparingInt(p -> p.joined));
    weigh(dice);
    List<Person> livedOnly = new ArrayList<>();
    for (Person p : people) {
      if (p.steering) {
        steering.add(p);
      }
      if (p.lived()) {
        livedOnly.add(p);
      }
      if (p.rank == 0) {
        if (p.lived()) {
          leadLived = p;
        } else {
          leadProfessional = p;
        }
      }
    }
    everyone = people.toArray(new Person[0]);
    everyoneJoined = joinedDays(everyone);
    lived = livedOnly.toArray(new Person[0]);
    livedJoined = joinedDays(lived);
    if (spec.dropOff()) {
      stepBack();
    }
    Map<String, Seq<String>> singletons = new HashMap<>();
    List<Participant> out = new ArrayList<>(people.size());
    for (Person p : people) {
      out.add(participant(dice, p, singletons));
    }
    return Array.ofAll(out);
  }

  private static int[] joinedDays(Person[] persons) {
    int[] joined = new int[persons.length];
    for (int i = 0; i < persons.length; i++) {
      joined[i] = persons[i].joined;
    }
    return joined;
  }

  private Person professional(Dice dice, int rank, boolean steers) {
    Person p = new Person(Side.PROFESSIONAL, rank, steers);
    if (rank == 0) {
      p.joined = -dice.between(21, -EARLIEST);
      p.perspective = Perspective.MANAGEMENT;
      p.carriesForward = true;
    } else {
      if (steers) {
        p.joined = -dice.between(0, 20);
      } else {
        p.core = !dice.chance(0.2);
        p.joined = p.core ? dice.between(0, days / 2) : dice.between(0, days - 1);
      }
      double r = dice.unit();
      p.perspective =
          r < 0.4
              ? Perspective.PRACTICE
              : r < 0.55
                  ? Perspective.MANAGEMENT
                  : r < 0.65
                      ? Perspective.COMMISSIONING
                      : r < 0.8
                          ? Perspective.RESEARCH
                          : r < 0.85 ? Perspective.FUNDING : Perspective.PEER_SUPPORT_WORK;
    }
    p.employment =
        p.perspective == Perspective.RESEARCH && dice.chance(0.5)
            ? Employment.INDEPENDENT
            : rank == 0 || p.perspective == Perspective.PEER_SUPPORT_WORK || dice.chance(0.9)
                ? Employment.SALARIED
                : Employment.INDEPENDENT;
    p.skills = distinct(dice, Words.PROFESSIONAL_SKILLS, p.core ? dice.between(1, 3) : 1);
    leave(dice, p, 0.1);
    return p;
  }

  private Person lived(Dice dice, int rank, boolean steers) {
    Person p = new Person(Side.LIVED_EXPERIENCE, rank, steers);
    if (steers) {
      p.joined = firstLived;
    } else {
      p.core = !dice.chance(0.25);
      p.joined =
          p.core
              ? dice.between(firstLived, firstLived + (days - firstLived) / 2)
              : dice.between(firstLived, days - 1);
    }
    p.carriesForward = rank == 0;
    double r = dice.unit();
    p.perspective =
        rank == 0 || r < 0.65
            ? Perspective.SERVICE_USE
            : r < 0.9 ? Perspective.CARING : Perspective.OTHER;
    p.employment = dice.chance(0.3) ? Employment.VOLUNTEER : Employment.INDEPENDENT;
    p.declines = rank > 0 && dice.chance(0.1);
    p.skills = distinct(dice, Words.LIVED_SKILLS, p.core ? dice.between(1, 3) : dice.between(0, 1));
    if (dice.chance(0.3)) {
      p.accessNeeds = distinct(dice, Words.ACCESS_NEEDS, dice.chance(0.8) ? 1 : 2);
    }
    leave(dice, p, 0.15);
    return p;
  }

  /**
   * Every core lived-experience member but the first leaves between a third and half of the way
   * through (one who joins later leaves within a fortnight of joining), so that few are left at the
   * end.
   */
  private void stepBack() {
    Dice dice = Dice.stream(spec.seed(), DROP_OFF);
    for (Person p : people) {
      if (!p.lived() || !p.core || p.rank == 0) {
        continue;
      }
      int day = dice.between(days / 3, days / 2);
      int leaves = p.joined < day ? day : Math.min(days, p.joined + dice.between(0, 14));
      p.left = Math.min(p.left, leaves);
    }
  }

  /** Occasional people come for a fortnight at most; some core people drift away before the end. */
  private void leave(Dice dice, Person p, double chance) {
    if (!p.core) {
      p.left = Math.min(p.joined + dice.between(0, 14), days);
    } else if (!p.steering && dice.chance(chance)) {
      int from = p.joined + Math.max(1, (days - p.joined) / 3);
      if (from <= days - 1) {
        p.left = dice.between(from, days - 1);
      }
    }
  }

  private static String[] distinct(Dice dice, String[] pool, int count) {
    String[] shuffled = pool.clone();
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = dice.below(i + 1);
      String t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    return Arrays.copyOf(shuffled, Math.min(count, pool.length));
  }

  /** Zipf weights over a random order of the people: the Pareto-like spread of the work. */
  private void weigh(Dice dice) {
    int n = people.size();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = dice.below(i + 1);
      int t = rank[i];
      rank[i] = rank[j];
      rank[j] = t;
    }
    for (int i = 0; i < n; i++) {
      Person p = people.get(i);
      // StrictMath: the same bits on every platform.
      double w = StrictMath.pow(rank[i] + 1.0, -spec.hoursSkew());
      p.weight = p.core ? w : w * 0.05;
    }
  }

  private Participant participant(Dice dice, Person p, Map<String, Seq<String>> singletons) {
    Participant.Builder b =
        Participant.builder()
            .id(p.id())
            .side(p.side)
            .employment(p.employment)
            .involvement(p.core ? Involvement.CORE : Involvement.OCCASIONAL)
            .skills(Array.of(p.skills))
            .accessNeeds(Array.of(p.accessNeeds))
            .joined(date(p.joined));
    if (p.core) {
      b.name(dice.pick(Words.FIRST_NAMES) + " " + (char) ('A' + dice.below(26)) + ".");
    }
    if (p.perspective == Perspective.PEER_SUPPORT_WORK) {
      b.perspectives(Array.of(Perspective.PEER_SUPPORT_WORK, Perspective.SERVICE_USE));
    } else if (p.perspective == Perspective.OTHER) {
      b.perspectives(Array.of(Perspective.SERVICE_USE, Perspective.CARING));
    } else {
      b.perspectives(Array.of(p.perspective));
    }
    if (p.declines) {
      b.declinesPayment(true);
      double r = dice.unit();
      if (r < 0.55) {
        b.declineReason(DeclineReason.BENEFITS);
      } else if (r < 0.8) {
        b.declineReason(DeclineReason.PERSONAL);
      } else if (r < 0.85) {
        b.declineReason(DeclineReason.EMPLOYER);
      }
    }
    if (!p.lived()) {
      switch (p.perspective) {
        case COMMISSIONING -> b.accountableTo("Commissioning group");
        case FUNDING -> b.accountableTo("Funder");
        default -> {
          if (p.employment == Employment.SALARIED
              && (p.steering || p.perspective == Perspective.MANAGEMENT)) {
            b.accountableTo("Trust board");
          }
        }
      }
    }
    if (p.lived() && p.core && dice.chance(0.35)) {
      b.availableHoursPerWeek((double) dice.between(3, 15));
    }
    double pref = dice.unit();
    if (p.lived()) {
      b.creditPreference(
          pref < 0.8
              ? CreditPreference.NAMED
              : pref < 0.92 ? CreditPreference.PSEUDONYM : CreditPreference.ANONYMOUS);
    } else if (pref >= 0.95) {
      b.creditPreference(CreditPreference.PSEUDONYM);
    }
    if (p.left != NONE) {
      b.left(date(p.left));
    }
    List<Seq<String>> used = new ArrayList<>(p.skills.length);
    for (String skill : p.skills) {
      used.add(singletons.computeIfAbsent(skill, Array::of));
    }
    p.usedSkills = Array.ofAll(used);
    return b.build();
  }

  private Seq<Role> roles() {
    List<Role> roles = new ArrayList<>();
    boolean board = spec.livedExperienceOutvoted();
    for (Person p : people) {
      if (!p.core) {
        continue;
      }
      String title;
      Authority authority;
      if (p.rank == 0) {
        title =
            p.lived()
                ? (board ? "Board member" : "Co-chair")
                : (board ? "Board chair" : "Project lead");
        authority = Authority.DECIDE;
      } else if (p.steering) {
        title = board ? "Board member" : "Steering group member";
        authority = Authority.DECIDE;
      } else if (p.lived()) {
        boolean researcher = p.rank % 2 == 0;
        title = researcher ? "Peer researcher" : "Lived experience advisor";
        authority = researcher ? Authority.PROPOSE : Authority.ADVISE;
      } else {
        title =
            switch (p.perspective) {
              case PRACTICE -> "Practitioner";
              case RESEARCH -> "Researcher";
              case PEER_SUPPORT_WORK -> "Peer support worker";
              default -> "Advisor";
            };
        authority =
            p.perspective == Perspective.PRACTICE || p.perspective == Perspective.RESEARCH
                ? Authority.PROPOSE
                : Authority.ADVISE;
      }
      Role.Builder role =
          Role.builder()
              .participant(p.id())
              .title(title)
              .authority(authority)
              .from(date(p.joined))
              .afterClose(p.carriesForward);
      if (p.left != NONE) {
        role.until(date(p.left));
      }
      roles.add(role.build());
    }
    return Array.ofAll(roles);
  }

  // ---------------------------------------------------------------- outputs, planned first

  /** Output dates, spread from the middle of delivery to the end; the final one may come later. */
  private void planOutputs() {
    Dice dice = Dice.stream(spec.seed(), OUTPUTS);
    int m = spec.outputs();
    int low = Math.min(days, Math.max(days * 2 / 5, firstLived + 1));
    int width = days - low;
    for (int k = 0; k < m; k++) {
      int day = low + (int) ((long) width * (k + 1) / m) - dice.between(0, Math.min(14, width / m));
      outputDays[k] = Math.max(low, day);
    }
    if (m > 0 && spec.closed() && dice.chance(0.5)) {
      outputDays[m - 1] = days + dice.between(7, LATEST_PAST);
    }
    Arrays.sort(outputDays);
    for (int k = 0; k < m; k++) {
      if (k == m - 1) {
        outputTitles[k] = Words.FINAL_OUTPUT;
      } else {
        int round = k / Words.OUTPUTS.length;
        outputTitles[k] =
            Words.OUTPUTS[k % Words.OUTPUTS.length] + (round > 0 ? " " + (round + 1) : "");
      }
      outputIds.add(Option.some(OutputId.of("output-" + (k + 1))));
    }
  }

  // ---------------------------------------------------------------- contributions

  private static final ContributionKind[][] LIVED_KINDS = {
    {
      ContributionKind.IDEA,
      ContributionKind.EXPERIENTIAL_KNOWLEDGE,
      ContributionKind.EXPERIENTIAL_KNOWLEDGE,
      ContributionKind.STORY
    },
    {
      ContributionKind.EXPERIENTIAL_KNOWLEDGE,
      ContributionKind.IDEA,
      ContributionKind.REVIEW,
      ContributionKind.WRITING
    },
    {
      ContributionKind.LABOUR,
      ContributionKind.FACILITATION,
      ContributionKind.EXPERIENTIAL_KNOWLEDGE,
      ContributionKind.LABOUR
    },
    {
      ContributionKind.FEEDBACK,
      ContributionKind.REVIEW,
      ContributionKind.WRITING,
      ContributionKind.EXPERIENTIAL_KNOWLEDGE
    },
    {ContributionKind.WRITING, ContributionKind.FACILITATION, ContributionKind.REVIEW},
  };

  private static final ContributionKind[][] PROFESSIONAL_KINDS = {
    {ContributionKind.PROFESSIONAL_KNOWLEDGE, ContributionKind.IDEA, ContributionKind.FACILITATION},
    {
      ContributionKind.PROFESSIONAL_KNOWLEDGE,
      ContributionKind.WRITING,
      ContributionKind.FACILITATION,
      ContributionKind.IDEA
    },
    {
      ContributionKind.LABOUR,
      ContributionKind.FACILITATION,
      ContributionKind.PROFESSIONAL_KNOWLEDGE,
      ContributionKind.LABOUR
    },
    {ContributionKind.REVIEW, ContributionKind.WRITING, ContributionKind.LABOUR},
    {ContributionKind.WRITING, ContributionKind.LABOUR, ContributionKind.FACILITATION},
  };

  private static final ContributionKind[] OCCASIONAL_LIVED = {
    ContributionKind.FEEDBACK,
    ContributionKind.FEEDBACK,
    ContributionKind.STORY,
    ContributionKind.IDEA,
  };

  private static final ContributionKind[] OCCASIONAL_PROFESSIONAL = {
    ContributionKind.FEEDBACK, ContributionKind.PROFESSIONAL_KNOWLEDGE, ContributionKind.REVIEW,
  };

  /** The least and most half-hours a contribution of each kind takes, by ordinal. */
  private static int[] halfHours(ContributionKind kind) {
    return switch (kind) {
      case IDEA, FEEDBACK, STORY -> new int[] {1, 4};
      case EXPERIENTIAL_KNOWLEDGE, PROFESSIONAL_KNOWLEDGE -> new int[] {2, 8};
      case LABOUR -> new int[] {2, 16};
      case FACILITATION -> new int[] {2, 6};
      case WRITING -> new int[] {2, 12};
      case REVIEW -> new int[] {1, 6};
    };
  }

  private Seq<Contribution> contributions() {
    Dice dice = Dice.stream(spec.seed(), CONTRIBUTIONS);
    int n = spec.contributions();
    int size = everyone.length;
    double[] cumulative = new double[size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      total += everyone[i].weight;
      cumulative[i] = total;
    }
    int[][] hourRange = new int[ContributionKind.values().length][];
    for (ContributionKind kind : ContributionKind.values()) {
      hourRange[kind.ordinal()] = halfHours(kind);
    }
    Contribution[] made = new Contribution[n];
    int[] dayOf = new int[n];
    long[] links = new long[n];
    int linked = 0;
    int[] perDay = new int[days + 2];
    for (int c = 0; c < n; c++) {
      int who = pick(cumulative, total, dice);
      Person p = everyone[who];
      int day = dice.between(Math.max(p.joined, 0), Math.min(p.left, days));
      Phase phase = phaseOf(day);
      ContributionKind kind =
          p.core
              ? dice.pick((p.lived() ? LIVED_KINDS : PROFESSIONAL_KINDS)[phase.ordinal()])
              : dice.pick(p.lived() ? OCCASIONAL_LIVED : OCCASIONAL_PROFESSIONAL);
      int[] range = hourRange[kind.ordinal()];
      int half = dice.between(range[0], range[1]);
      Contribution.Builder b =
          Contribution.builder()
              .participant(p.id())
              .date(date(day))
              .phase(phase)
              .kind(kind)
              .hours(half * 0.5);
      if (p.skills.length > 0 && dice.chance(0.6)) {
        b.skills(p.usedSkills.get(dice.below(p.skills.length)));
      }
      int version = versionOn(day);
      if (p.lived()) {
        if (!p.declines && dice.chance(spec.paidShare())) {
          BigDecimal paid = pay(version, half, 1);
          b.paid(paid)
              .paidOn(
                  someDate(day + (dice.chance(0.95) ? dice.between(3, 28) : dice.between(29, 45))));
          paidTotal = paidTotal.add(paid);
          livedPaidTotal = livedPaidTotal.add(paid);
        }
        if (dice.chance(0.15)) {
          Expenses.Builder e = Expenses.builder().claimed(dice.pick(EXPENSES));
          if (dice.chance(0.9)) {
            e.reimbursed(
                someDate(day + (dice.chance(0.95) ? dice.between(2, 28) : dice.between(29, 45))));
          }
          b.expenses(e.build());
        }
      } else {
        professionalHalfHours += half;
        if (p.employment == Employment.INDEPENDENT) {
          BigDecimal paid = pay(version, half, 2);
          b.paid(paid).paidOn(someDate(day + dice.between(7, 28)));
          paidTotal = paidTotal.add(paid);
        }
      }
      if (phase != Phase.SCOPING && outputDays.length > 0 && dice.chance(0.7)) {
        int next = firstOnOrAfter(outputDays, day);
        if (next < outputDays.length) {
          int k = next + dice.below(Math.min(3, outputDays.length - next));
          b.output(outputIds.get(k));
          links[linked++] = (((long) k * size + who) << 5) | half;
        }
      }
      made[c] = b.build();
      dayOf[c] = day;
      perDay[day + 1]++;
    }
    this.links = links;
    this.linked = linked;
    // A ledger in date order: counting sort by day, stable, one pass.
    for (int d = 1; d < perDay.length; d++) {
      perDay[d] += perDay[d - 1];
    }
    Contribution[] ledger = new Contribution[n];
    for (int c = 0; c < n; c++) {
      ledger[perDay[dayOf[c]]++] = made[c];
    }
    return Array.of(ledger);
  }

  /** Pay for some half-hours at a multiple of a version's rate, made once and shared. */
  private BigDecimal pay(int version, int halfHours, int multiple) {
    int slot = (version * 2 + multiple - 1) * (MAX_HALF_HOURS + 1) + halfHours;
    BigDecimal made = pay[slot];
    if (made == null) {
      made =
          Money.normalize(
              rates[version].multiply(BigDecimal.valueOf((long) halfHours * multiple)).divide(TWO));
      pay[slot] = made;
    }
    return made;
  }

  private static int pick(double[] cumulative, double total, Dice dice) {
    double u = dice.unit() * total;
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The index of the first element not below the value; the length if there is none. */
  private static int firstOnOrAfter(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the first element above the value; the length if there is none. */
  private static int firstAfter(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- credit, owners, rewards

  private boolean credited(Side side) {
    return spec.creditOnlyTo().forAll(s -> s == side);
  }

  private Seq<Output> outputs() {
    Dice dice = Dice.stream(spec.seed(), OUTPUTS + 100);
    int m = spec.outputs();
    int size = everyone.length;
    Arrays.sort(links, 0, linked);
    List<Output> outputs = new ArrayList<>(m);
    int i = 0;
    for (int k = 0; k < m; k++) {
      // Contributors to this output, in the order of joining, with their half-hours.
      List<int[]> contributors = new ArrayList<>();
      while (i < linked && (links[i] >>> 5) / size == k) {
        long pair = links[i] >>> 5;
        int halves = 0;
        while (i < linked && links[i] >>> 5 == pair) {
          halves += (int) (links[i] & 31);
          i++;
        }
        contributors.add(new int[] {(int) (pair % size), halves});
      }
      outputs.add(output(dice, k, contributors));
    }
    links = new long[0];
    return Array.ofAll(outputs);
  }

  private Output output(Dice dice, int k, List<int[]> contributors) {
    String title = outputTitles[k];
    // The busiest credited core contributor of each side, and the two busiest overall.
    int[] bestOfSide = {-1, -1};
    int[] bestHalves = {-1, -1};
    int first = -1;
    int second = -1;
    int firstHalves = -1;
    int secondHalves = -1;
    for (int[] c : contributors) {
      Person p = everyone[c[0]];
      if (!p.core || !credited(p.side)) {
        continue;
      }
      int s = p.side.ordinal();
      if (c[1] > bestHalves[s]) {
        bestHalves[s] = c[1];
        bestOfSide[s] = c[0];
      }
      if (c[1] > firstHalves) {
        second = first;
        secondHalves = firstHalves;
        first = c[0];
        firstHalves = c[1];
      } else if (c[1] > secondHalves) {
        second = c[0];
        secondHalves = c[1];
      }
    }
    List<ParticipantId> owners = new ArrayList<>(2);
    List<Credit> credits = new ArrayList<>(contributors.size() + 2);
    List<Reward> rewards = new ArrayList<>();
    for (Side side : new Side[] {Side.PROFESSIONAL, Side.LIVED_EXPERIENCE}) {
      if (!credited(side)) {
        continue;
      }
      int best = bestOfSide[side.ordinal()];
      Person lead = side == Side.LIVED_EXPERIENCE ? leadLived : leadProfessional;
      if (best >= 0) {
        owners.add(everyone[best].id());
      } else if (lead != null && lead.presentOn(outputDays[k])) {
        owners.add(lead.id());
      }
    }
    if (first < 0) {
      // Nobody who may be credited worked on it (or nobody named it): its owners wrote it.
      for (ParticipantId owner : owners) {
        credits.add(Credit.of(owner, CreditRole.AUTHOR));
      }
    }
    for (int[] c : contributors) {
      Person p = everyone[c[0]];
      CreditRole as =
          c[0] == first || c[0] == second
              ? CreditRole.AUTHOR
              : p.core && credited(p.side) ? CreditRole.CONTRIBUTOR : CreditRole.ACKNOWLEDGED;
      credits.add(Credit.of(p.id(), as));
      if (as == CreditRole.AUTHOR && p.lived()) {
        rewards.add(Reward.of(p.id(), RewardKind.REFERENCE));
      }
    }
    if (Words.presented(title)) {
      int presenter =
          bestOfSide[Side.LIVED_EXPERIENCE.ordinal()] >= 0
              ? bestOfSide[Side.LIVED_EXPERIENCE.ordinal()]
              : bestOfSide[Side.PROFESSIONAL.ordinal()];
      if (presenter >= 0) {
        credits.add(Credit.of(everyone[presenter].id(), CreditRole.PRESENTER));
        rewards.add(Reward.of(everyone[presenter].id(), RewardKind.SPEAKING));
      }
    }
    if (k == outputDays.length - 1) {
      steward(credits, leadProfessional, outputDays[k]);
      steward(credits, leadLived, outputDays[k]);
      if (spec.closed()) {
        if (leadProfessional != null && credited(Side.PROFESSIONAL) && dice.chance(0.5)) {
          rewards.add(Reward.of(leadProfessional.id(), RewardKind.PROMOTION));
        }
        int trainee = bestOfSide[Side.LIVED_EXPERIENCE.ordinal()];
        if (trainee >= 0 && dice.chance(0.5)) {
          rewards.add(Reward.of(everyone[trainee].id(), RewardKind.TRAINING));
        }
      }
    }
    return Output.builder()
        .id(outputIds.get(k).get())
        .title(title)
        .date(date(outputDays[k]))
        .owners(Array.ofAll(owners))
        .credits(Array.ofAll(credits))
        .rewards(Array.ofAll(rewards))
        .build();
  }

  /** A lead who carries the work forward stewards the final output. */
  private void steward(List<Credit> credits, @Nullable Person lead, int day) {
    if (lead != null && lead.carriesForward && credited(lead.side) && lead.presentOn(day)) {
      credits.add(Credit.of(lead.id(), CreditRole.STEWARD));
    }
  }

  // ---------------------------------------------------------------- decisions

  private static final DecisionType[][] DECISION_TYPES = {
    {DecisionType.SCOPE, DecisionType.OTHER, DecisionType.DESIGN},
    {DecisionType.DESIGN, DecisionType.DESIGN, DecisionType.OTHER, DecisionType.BUDGET},
    {DecisionType.DELIVERY, DecisionType.DELIVERY, DecisionType.BUDGET, DecisionType.OTHER},
    {DecisionType.EVALUATION, DecisionType.EVALUATION, DecisionType.OTHER},
    {DecisionType.CREDIT, DecisionType.DELIVERY, DecisionType.OTHER},
  };

  private Seq<Decision> decisions() {
    Dice dice = Dice.stream(spec.seed(), DECISIONS);
    say = spec.livedExperienceSay() < 1 ? Dice.stream(spec.seed(), SAY) : null;
    int n = spec.decisions();
    int[] day = new int[n];
    DecisionType[] type = new DecisionType[n];
    Phase[] phase = new Phase[n];
    boolean[] key = new boolean[n];
    int from = spec.livedExperience() > 0 ? firstLived : 0;
    for (int i = 0; i < n; i++) {
      if (i < 2) {
        // The direction is set first: what the work covers, then how the money is split.
        int earliest = i == 0 ? (spec.directionPreset() ? 0 : from) : day[0];
        int latest = spec.directionPreset() ? firstLived - 1 : from + Math.max(1, days / 8);
        day[i] = dice.between(earliest, latest);
        type[i] = i == 0 ? DecisionType.SCOPE : DecisionType.BUDGET;
        phase[i] = Phase.SCOPING;
        key[i] = true;
      } else {
        day[i] = dice.between(Math.max(from, day[0]), days);
        phase[i] = phaseOf(day[i]);
        type[i] = dice.pick(DECISION_TYPES[phase[i].ordinal()]);
        boolean direction = type[i] == DecisionType.SCOPE || type[i] == DecisionType.BUDGET;
        key[i] = dice.chance(direction ? 0.6 : 0.25);
      }
    }
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      order[i] = ((long) day[i] << 32) | i;
    }
    Arrays.sort(order);
    List<Decision> decisions = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int i = (int) order[j];
      decisions.add(decision(dice, j, day[i], phase[i], type[i], key[i]));
    }
    return Array.ofAll(decisions);
  }

  private Decision decision(
      Dice dice, int j, int day, Phase phase, DecisionType type, boolean key) {
    Decision.Builder b =
        Decision.builder()
            .id(DecisionId.of("decision-" + (j + 1)))
            .date(date(day))
            .phase(phase)
            .topic(Words.topic(type, dice.below(3)))
            .type(type)
            .key(key);
    List<ParticipantId> deciders = new ArrayList<>();
    List<ParticipantId> consulted = new ArrayList<>();
    @Nullable Person anchor =
        leadProfessional != null && leadProfessional.presentOn(day)
            ? leadProfessional
            : leadLived != null && leadLived.presentOn(day) ? leadLived : null;
    if (key) {
      Dice without = say;
      // drawn for every key decision, so that the choice for one does not move the others
      boolean livedDecide = without == null || without.chance(spec.livedExperienceSay());
      for (Person p : steering) {
        if (p.presentOn(day) && (livedDecide || !p.lived())) {
          deciders.add(p.id());
        }
      }
      @Nullable Person chair =
          leadLived != null && leadLived.presentOn(day) && j % 2 == 1 && livedDecide
              ? leadLived
              : anchor != null && (livedDecide || !anchor.lived()) ? anchor : null;
      if (chair != null) {
        b.ledBy(chair.id());
      }
      int asked = dice.between(0, 3);
      for (int a = 0; a < asked; a++) {
        Person p = present(dice, lived, livedJoined, day);
        if (p != null && !p.steering && !consulted.contains(p.id())) {
          consulted.add(p.id());
        }
      }
    } else {
      if (anchor != null) {
        deciders.add(anchor.id());
      }
      int more = dice.between(0, 2);
      for (int a = 0; a < more; a++) {
        Person p = present(dice, everyone, everyoneJoined, day);
        if (p != null && p.core && !deciders.contains(p.id())) {
          deciders.add(p.id());
        }
      }
      if (anchor != null) {
        if (dice.chance(0.1)) {
          b.rule(DecisionRule.LEAD_DECIDES).ledBy(anchor.id());
        } else if (dice.chance(0.5)) {
          b.ledBy(anchor.id());
        }
      }
      if (deciders.size() >= 2 && dice.chance(0.08)) {
        b.objectedBy(Array.of(deciders.get(1 + dice.below(deciders.size() - 1))));
      }
      if (dice.chance(0.25)) {
        int asked = dice.between(1, 2);
        for (int a = 0; a < asked; a++) {
          Person p = present(dice, everyone, everyoneJoined, day);
          if (p != null && !deciders.contains(p.id()) && !consulted.contains(p.id())) {
            consulted.add(p.id());
          }
        }
      }
    }
    if (!consulted.isEmpty() && dice.chance(0.85)) {
      b.feedback(someDate(day + dice.between(1, 21)));
    }
    return b.decidedBy(Array.ofAll(deciders)).consulted(Array.ofAll(consulted)).build();
  }

  /** Someone present on a day, found by a few random tries among those who had joined; or none. */
  private static @Nullable Person present(Dice dice, Person[] byJoining, int[] joined, int day) {
    int upTo = firstAfter(joined, day);
    for (int attempt = 0; upTo > 0 && attempt < 6; attempt++) {
      Person p = byJoining[dice.below(upTo)];
      if (p.presentOn(day)) {
        return p;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- meetings

  /**
   * The register of meetings: the days of the key decisions first (up to half the meetings; the
   * deciders attend, and the decisions name the meeting), the rest spread across the work. In date
   * order, named {@code meeting-1} onwards.
   */
  private Seq<Meeting> meetings(Seq<Decision> decisions) {
    Dice dice = Dice.stream(spec.seed(), MEETINGS);
    int n = spec.meetings();
    int from = spec.livedExperience() > 0 ? firstLived : 0;
    // days of key decisions, each once, in date order (decisions are in date order)
    List<Integer> keyDays = new ArrayList<>();
    Map<Integer, List<Decision>> keyOn = new HashMap<>();
    for (Decision d : decisions) {
      if (!d.key()) {
        continue;
      }
      int day = dayOf(d.date());
      List<Decision> on = keyOn.get(day);
      if (on == null) {
        if (keyDays.size() >= (n + 1) / 2) {
          continue;
        }
        on = new ArrayList<>();
        keyOn.put(day, on);
        keyDays.add(day);
      }
      on.add(d);
    }
    int free = n - keyDays.size();
    long[] planned = new long[n];
    for (int k = 0; k < keyDays.size(); k++) {
      planned[k] = ((long) keyDays.get(k) << 32) | k;
    }
    for (int k = 0; k < free; k++) {
      int day = from + (int) ((long) (days - from) * (k + 1) / (free + 1)) + dice.between(-3, 3);
      planned[keyDays.size() + k] =
          ((long) Math.max(from, Math.min(days, day)) << 32) | (keyDays.size() + k);
    }
    Arrays.sort(planned);
    List<Meeting> meetings = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      int day = (int) (planned[j] >> 32);
      int which = (int) planned[j];
      List<Decision> decided =
          which < keyDays.size() ? keyOn.getOrDefault(day, List.of()) : List.of();
      MeetingId id = MeetingId.of("meeting-" + (j + 1));
      for (Decision d : decided) {
        decidedAt.put(d.id(), id);
      }
      meetings.add(meeting(dice, id, day, decided));
    }
    return Array.ofAll(meetings);
  }

  private int dayOf(LocalDate date) {
    return (int) java.time.temporal.ChronoUnit.DAYS.between(spec.started(), date);
  }

  private Option<MeetingId> meetingOf(Decision d) {
    return Option.of(decidedAt.get(d.id()));
  }

  private Meeting meeting(Dice dice, MeetingId id, int day, List<Decision> decided) {
    boolean consultation = decided.isEmpty() && dice.chance(0.25);
    int halfHours = dice.between(3, 6);
    int prepHalves = !consultation && dice.chance(0.6) ? 2 : 0;
    Meeting.Builder m =
        Meeting.builder()
            .id(id)
            .date(date(day))
            .phase(phaseOf(day))
            .title(dice.pick(consultation ? Words.CONSULTATION_TITLES : Words.MEETING_TITLES))
            .format(consultation ? MeetingFormat.CONSULTATION : MeetingFormat.WORKING)
            .hours(halfHours * 0.5)
            .prepHours(prepHalves * 0.5);
    // who comes: the deciders of the day, most of the core people present, and at a consultation
    // the occasional people present too
    java.util.LinkedHashSet<Person> attending = new java.util.LinkedHashSet<>();
    java.util.Set<ParticipantId> deciders = new java.util.HashSet<>();
    for (Decision d : decided) {
      deciders.addAll(d.decidedBy().toJavaList());
      d.ledBy().forEach(deciders::add);
    }
    for (Person p : everyone) {
      if (!p.presentOn(day)) {
        continue;
      }
      double chance = p.core ? (consultation ? 0.5 : 0.7) : (consultation ? 0.8 : 0.05);
      if (deciders.contains(p.id()) || dice.chance(chance)) {
        attending.add(p);
      }
    }
    @Nullable Person chair =
        leadProfessional != null && leadProfessional.presentOn(day) ? leadProfessional : null;
    if (chair != null) {
      m.addChairedBy(chair.id());
      attending.remove(chair);
    }
    if (leadLived != null && leadLived.presentOn(day) && dice.chance(0.5)) {
      m.addChairedBy(leadLived.id());
      attending.add(leadLived);
    }
    if (consultation || dice.chance(0.5)) {
      List<Person> staff = new ArrayList<>();
      for (Person p : attending) {
        if (!p.lived() && p.core && p != leadProfessional) {
          staff.add(p);
        }
      }
      if (!staff.isEmpty()) {
        Person facilitator = staff.get(dice.below(staff.size()));
        m.addFacilitatedBy(facilitator.id());
        attending.remove(facilitator);
      }
    }
    int version = versionOn(day);
    for (Person p : attending) {
      m.addAttended(attendance(dice, p, day, version, halfHours + (p.lived() ? prepHalves : 0)));
    }
    if (outputDays.length > 0 && dice.chance(0.25)) {
      int next = firstOnOrAfter(outputDays, day);
      if (next < outputDays.length) {
        m.output(outputIds.get(next));
      }
    }
    for (String access : Words.PROVIDES) {
      if (dice.chance(0.35)) {
        m.addProvide(access);
      }
    }
    return m.build();
  }

  /** One person's entry in a register: pay, as for a contribution, where it is due. */
  private Attendance attendance(Dice dice, Person p, int day, int version, int halves) {
    Attendance.Builder a = Attendance.builder().participant(p.id());
    if (p.lived()) {
      if (!p.declines && dice.chance(spec.paidShare())) {
        BigDecimal paid = pay(version, halves, 1);
        a.paid(paid)
            .paidOn(
                someDate(day + (dice.chance(0.95) ? dice.between(3, 28) : dice.between(29, 45))));
        paidTotal = paidTotal.add(paid);
        livedPaidTotal = livedPaidTotal.add(paid);
      }
      if (dice.chance(0.1)) {
        a.expenses(
            Expenses.builder()
                .claimed(dice.pick(EXPENSES))
                .reimbursed(someDate(day + dice.between(2, 28)))
                .build());
      }
    } else if (p.employment == Employment.INDEPENDENT) {
      BigDecimal paid = pay(version, halves, 2);
      a.paid(paid).paidOn(someDate(day + dice.between(7, 28)));
      paidTotal = paidTotal.add(paid);
    }
    return a.build();
  }

  // ---------------------------------------------------------------- stories

  private static final StoryUse[] STORY_USES = StoryUse.values();
  private static final double[] USE_CHANCE = {0.7, 0.4, 0.2, 0.4, 0.6};

  /** Each story with its teller's consent: uses, sometimes an end, now and then a withdrawal. */
  private Seq<Contribution> stories(Seq<Contribution> contributions) {
    Dice dice = Dice.stream(spec.seed(), STORIES);
    return contributions.map(
        c -> {
          if (c.kind() != ContributionKind.STORY) {
            return c;
          }
          StoryConsent.Builder consent = StoryConsent.builder();
          for (int u = 0; u < STORY_USES.length; u++) {
            if (dice.chance(USE_CHANCE[u])) {
              consent.addUse(STORY_USES[u]);
            }
          }
          if (dice.chance(0.3)) {
            consent.until(c.date().plusDays(dice.between(365, 1095)));
          }
          if (dice.chance(0.08)) {
            consent.withdrawn(
                c.date()
                    .plusDays(
                        Math.min(dice.between(14, 200), days + LATEST_PAST - dayOf(c.date()))));
          }
          StoryConsent built =
              consent.anonymised(dice.chance(0.5)).debriefOffered(dice.chance(0.75)).build();
          if (built.uses().isEmpty()) {
            built = built.withUses(Array.of(StoryUse.TRAINING));
          }
          return c.withConsent(built);
        });
  }

  /** What an output is used for, where it says. */
  private Output use(Output o) {
    Dice dice = Dice.stream(spec.seed() ^ o.id().value().hashCode(), STORIES);
    if (!dice.chance(0.6)) {
      return o;
    }
    StoryUse use =
        o.title().startsWith("Training")
            ? StoryUse.TRAINING
            : o.title().startsWith("Leaflet") || o.title().startsWith("Short film")
                ? StoryUse.PUBLICITY
                : dice.chance(0.5) ? StoryUse.PUBLICATION : StoryUse.SERVICE_DESIGN;
    Output used = o.withUse(Array.of(use));
    return dice.chance(0.3) ? used.withInUseUntil(o.date().plusDays(dice.between(180, 720))) : used;
  }

  // ---------------------------------------------------------------- impacts

  /** Something an impact can come from, and the day it was there to come from. */
  private record Source(Id id, int day) {}

  private Seq<Impact> impacts(Seq<Meeting> meetings, Seq<Decision> decisions, Seq<Output> outputs) {
    Dice dice = Dice.stream(spec.seed(), IMPACTS);
    java.util.Set<ParticipantId> livedIds = new java.util.HashSet<>();
    for (Person p : lived) {
      livedIds.add(p.id());
    }
    List<Source> sources = new ArrayList<>();
    for (Meeting m : meetings) {
      int day = dayOf(m.date());
      for (ParticipantId who : m.attendees()) {
        if (livedIds.contains(who)) {
          sources.add(new Source(ContributionId.of(m.id().value() + "." + who.value()), day));
        }
      }
      if (m.format() == MeetingFormat.CONSULTATION) {
        sources.add(new Source(m.id(), day));
      }
    }
    for (Person p : lived) {
      if (p.core) {
        sources.add(new Source(p.id(), Math.max(p.joined, 0)));
      }
    }
    if (sources.isEmpty()) {
      return Array.empty();
    }
    Decision[] byDate = decisions.toJavaArray(Decision[]::new);
    Output[] made = outputs.toJavaArray(Output[]::new);
    List<Impact> impacts = new ArrayList<>(spec.impacts());
    for (int i = 0; i < spec.impacts(); i++) {
      Source first = sources.get(dice.below(sources.size()));
      Impact.Builder b = Impact.builder().id(ImpactId.of("impact-" + (i + 1))).addFrom(first.id());
      int day = first.day();
      if (dice.chance(0.25)) {
        Source second = sources.get(dice.below(sources.size()));
        if (!second.id().equals(first.id())) {
          b.addFrom(second.id());
          day = Math.max(day, second.day());
        }
      }
      day = Math.min(day + dice.between(7, 60), Math.max(day, days + 30));
      double r = dice.unit();
      ImpactOutcome outcome =
          r < 0.4
              ? ImpactOutcome.ADOPTED
              : r < 0.65
                  ? ImpactOutcome.ADAPTED
                  : r < 0.85 ? ImpactOutcome.NOT_ADOPTED : ImpactOutcome.PENDING;
      b.date(date(day)).change(dice.pick(Words.CHANGES)).outcome(outcome);
      if (outcome == ImpactOutcome.NOT_ADOPTED) {
        b.reason(dice.pick(Words.NOT_ADOPTED));
      }
      if (byDate.length > 0 && dice.chance(0.4)) {
        Decision d = byDate[dice.below(byDate.length)];
        if (!d.date().isAfter(date(day))) {
          b.decision(d.id());
        }
      }
      if (made.length > 0 && dice.chance(0.3)) {
        b.output(made[dice.below(made.length)].id());
      }
      if (outcome != ImpactOutcome.PENDING && dice.chance(0.75)) {
        b.toldOn(date(Math.min(day + dice.between(1, 45), days + LATEST_PAST)));
      }
      impacts.add(b.build());
    }
    return Array.ofAll(impacts);
  }

  // ---------------------------------------------------------------- check-ins

  /**
   * Rounds spread from a fortnight after lived experience joins to the end; each side's core people
   * present answer, most of them every question. People with lived experience feel less heard where
   * they have less say.
   */
  private Seq<CheckIn> checkIns() {
    Dice dice = Dice.stream(spec.seed(), CHECK_INS);
    int rounds = spec.checkInRounds();
    int from = Math.min(days, (spec.livedExperience() > 0 ? firstLived : 0) + 14);
    double livedCentre =
        2.5 + 1.5 * spec.livedExperienceSay() - (spec.livedExperienceOutvoted() ? 1 : 0);
    List<CheckIn> out = new ArrayList<>();
    int last = Integer.MIN_VALUE;
    for (int r = 0; r < rounds; r++) {
      int day = from + (int) ((long) (days - from) * (r + 1) / (rounds + 1));
      if (day == last) {
        // a short project has fewer days than rounds: one round a day
        continue;
      }
      last = day;
      for (Side side : new Side[] {Side.LIVED_EXPERIENCE, Side.PROFESSIONAL}) {
        int present = 0;
        for (Person p : everyone) {
          if (p.side == side && p.core && p.presentOn(day)) {
            present++;
          }
        }
        if (present == 0) {
          continue;
        }
        int respondents = present - dice.between(0, Math.min(2, present - 1));
        double centre = side == Side.LIVED_EXPERIENCE ? livedCentre : 4.0;
        out.add(
            CheckIn.builder()
                .round(date(day))
                .side(side)
                .respondents(respondents)
                .heard(tally(dice, respondents, centre))
                .influence(tally(dice, respondents, centre - 0.5))
                .supported(tally(dice, respondents, 4.0))
                .build());
      }
    }
    return Array.ofAll(out);
  }

  private static Tally tally(Dice dice, int respondents, double centre) {
    int[] counts = new int[5];
    for (int i = 0; i < respondents; i++) {
      if (dice.chance(0.05)) {
        continue;
      }
      int answer = (int) Math.round(centre + (dice.unit() + dice.unit() - 1) * 1.5);
      counts[Math.max(1, Math.min(5, answer)) - 1]++;
    }
    return Tally.of(counts[0], counts[1], counts[2], counts[3], counts[4]);
  }

  // ---------------------------------------------------------------- responses

  /**
   * Responses to findings the group talked about. A synthetic project has no report to answer, so
   * each names a made-up fingerprint; what matters for the rules is its dates and status.
   */
  private Seq<Response> responses() {
    Dice dice = Dice.stream(spec.seed(), RESPONSES);
    int from = Math.min(days, (spec.livedExperience() > 0 ? firstLived : 0) + 30);
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < spec.responses(); i++) {
      int day = dice.between(from, days);
      int review = dice.between(14, 90);
      double r = dice.unit();
      ResponseStatus status =
          r < 0.45 ? ResponseStatus.OPEN : r < 0.85 ? ResponseStatus.DONE : ResponseStatus.DECLINED;
      Response.Builder b =
          Response.builder()
              .id(ResponseId.of("response-" + (i + 1)))
              .finding(hex(dice, 1))
              .date(date(day))
              .reviewBy(date(day).plusDays(review))
              .status(status);
      if (status == ResponseStatus.DECLINED) {
        b.reason(dice.pick(Words.DECLINED));
      } else {
        b.action(dice.pick(Words.ACTIONS));
        Person owner = present(dice, everyone, everyoneJoined, day);
        if (owner != null && owner.core) {
          b.owner(owner.id());
        }
      }
      out.add(b.build());
    }
    return Array.ofAll(out);
  }

  /** A fingerprint key made from the seed: 64 hexadecimal digits. */
  private String key() {
    return hex(Dice.stream(spec.seed(), KEY), 4);
  }

  /** Random hexadecimal digits, 16 for each long drawn. */
  private static String hex(Dice dice, int longs) {
    StringBuilder out = new StringBuilder(16 * longs);
    for (int i = 0; i < longs; i++) {
      String digits = Long.toHexString(dice.nextLong());
      out.append("0".repeat(16 - digits.length())).append(digits);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- agreements

  private Seq<Agreement> agreements() {
    Dice dice = Dice.stream(spec.seed(), DECISIONS + 100);
    List<Agreement> versions = new ArrayList<>(agreementDays.length);
    for (int v = 0; v < agreementDays.length; v++) {
      int day = agreementDays[v];
      int next = v + 1 < agreementDays.length ? agreementDays[v + 1] : days + 1;
      // Everyone in the core group present on the day consents within a few days; those who join
      // later consent to the version in force when they join.
      List<long[]> consents = new ArrayList<>();
      for (int i = 0; i < everyone.length; i++) {
        Person p = everyone[i];
        if (!p.core) {
          continue;
        }
        if (p.presentOn(day)) {
          consents.add(new long[] {Math.min(day + dice.between(0, 3), Math.min(p.left, days)), i});
        } else if (p.joined > day && p.joined < next) {
          consents.add(new long[] {p.joined, i});
        }
      }
      consents.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
      List<Consent> given = new ArrayList<>(consents.size());
      for (long[] c : consents) {
        given.add(Consent.of(everyone[(int) c[1]].id(), date((int) c[0])));
      }
      Agreement.Builder a =
          Agreement.builder()
              .version(v + 1)
              .date(date(day))
              .consents(Array.ofAll(given))
              .decisionRule(
                  spec.livedExperienceOutvoted() ? DecisionRule.MAJORITY : DecisionRule.CONSENSUS)
              .payment(
                  PaymentTerms.builder()
                      .ratePerHour(rates[v])
                      .currency(spec.currency())
                      .prepAndTravelPaid(true)
                      .benefitsAdvice(true)
                      .build())
              .credit(
                  spec.creditOnlyTo().isDefined()
                      ? CreditPolicy.BY_ROLE
                      : CreditPolicy.ALL_CONTRIBUTORS_NAMED)
              .ownership(Ownership.SHARED)
              .afterClose(
                  "Peer trainers and the service team run the new offer together for a year")
              .groundRules(Array.of(Words.GROUND_RULES).take(2 + v))
              .disputes("Raised with the co-chairs, then with the whole group");
      if (v > 0) {
        a.outsideLines("The Trust board may overrule budget decisions and must say why");
      }
      versions.add(a.build());
    }
    return Array.ofAll(versions);
  }

  // ---------------------------------------------------------------- resources

  private Seq<Resource> resources() {
    List<Resource> resources = new ArrayList<>();
    String currency = spec.currency();
    Option<Side> holder = spec.moneyHeldBy();
    List<ParticipantId> budgetHolders = new ArrayList<>();
    for (Person p : steering) {
      boolean first = p.rank == 0;
      boolean secondOfHolder = holder.isDefined() && p.side == holder.get() && p.rank == 1;
      if ((first || secondOfHolder) && holder.forAll(s -> s == p.side)) {
        budgetHolders.add(p.id());
      }
    }
    BigDecimal budget =
        paidTotal
            .multiply(BUDGET_MARGIN)
            .divide(HUNDRED, 0, RoundingMode.CEILING)
            .multiply(HUNDRED)
            .add(BigDecimal.valueOf(5000));
    resources.add(
        Resource.builder()
            .id(ResourceId.of("budget"))
            .kind(ResourceKind.MONEY)
            .amount(budget)
            .unit(currency)
            .controlledBy(Array.ofAll(budgetHolders))
            .build());
    Person fundHolder =
        holder.isDefined()
            ? (holder.get() == Side.LIVED_EXPERIENCE ? leadLived : leadProfessional)
            : leadLived;
    if (leadLived != null && fundHolder != null) {
      BigDecimal fund =
          livedPaidTotal
              .multiply(FUND_MARGIN)
              .divide(HUNDRED, 0, RoundingMode.CEILING)
              .multiply(HUNDRED)
              .add(BigDecimal.valueOf(500));
      resources.add(
          Resource.builder()
              .id(ResourceId.of("participation-fund"))
              .kind(ResourceKind.MONEY)
              .amount(fund)
              .unit(currency)
              .addControlledBy(fundHolder.id())
              .build());
    }
    // Support meets every access need declared, in a stable order.
    boolean[] needed = new boolean[Words.ACCESS_NEEDS.length];
    int withNeeds = 0;
    for (Person p : everyone) {
      if (p.accessNeeds.length > 0) {
        withNeeds++;
      }
      for (String need : p.accessNeeds) {
        needed[Arrays.asList(Words.ACCESS_NEEDS).indexOf(need)] = true;
      }
    }
    List<String> meets = new ArrayList<>();
    for (int i = 0; i < needed.length; i++) {
      if (needed[i] || (withNeeds == 0 && i == 0)) {
        meets.add(Words.ACCESS_NEEDS[i]);
      }
    }
    Person supportHolder = leadProfessional != null ? leadProfessional : leadLived;
    Resource.Builder support =
        Resource.builder()
            .id(ResourceId.of("access-support"))
            .kind(ResourceKind.SUPPORT)
            .amount(BigDecimal.valueOf(Math.max(500L, 250L * withNeeds)))
            .unit(currency)
            .meets(Array.ofAll(meets));
    if (supportHolder != null) {
      support.addControlledBy(supportHolder.id());
    }
    resources.add(support.build());
    if (leadProfessional != null) {
      resources.add(
          Resource.builder()
              .id(ResourceId.of("staff-time"))
              .kind(ResourceKind.STAFF_TIME)
              .amount(
                  Money.normalize(
                      BigDecimal.valueOf(professionalHalfHours).divide(BigDecimal.valueOf(2))))
              .unit("hours")
              .addControlledBy(leadProfessional.id())
              .build());
    }
    return Array.ofAll(resources);
  }
}
