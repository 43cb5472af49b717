package org.coprod.testkit;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.Decision;
import org.coprod.core.DecisionRule;
import org.coprod.core.Id;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.Law;
import org.coprod.rules.LiveCheck;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;
import org.jspecify.annotations.Nullable;

/**
 * Checks one law for some rules of a rulebook on one project. The rules run as a rulebook runs them
 * (a rule that throws ends in ERROR; rules that look at findings see the others'), and every change
 * the law makes is checked once for all the rules at the same time.
 */
final class LawCheck {
  /** The most people-and-outputs (or decisions) a monotonicity law tries on one project. */
  static final int MAX_TRIALS = 24;

  /** The evidence that names the side a finding is against. */
  static final String OVERLOOKED_SIDE = "overlookedSide";

  private static final int[] EXPONENTS = {-2, -1, 1, 2, 3};
  private static final int THREADS = 2;

  private final Rulebook runIn;
  private final Seq<Rule> checked;

  private LawCheck(Rulebook runIn, Seq<Rule> checked) {
    this.runIn = runIn;
    this.checked = checked;
  }

  /**
   * A check of some rules of a rulebook: they run alone, unless one of them looks at the others'
   * findings, in which case the whole rulebook runs.
   */
  static LawCheck of(Rulebook rulebook, Seq<Rule> checked) {
    Seq<String> ids = checked.map(Rule::id);
    boolean onFindings = checked.exists(r -> r instanceof Rule.OnFindings);
    Rulebook runIn =
        onFindings
            ? rulebook
            : rulebook.without(
                rulebook
                    .rules()
                    .map(Rule::id)
                    .filter(id -> !ids.contains(id))
                    .toJavaArray(String[]::new));
    return new LawCheck(runIn, checked);
  }

  /** The results of a law for each checked rule. */
  Seq<LawResult> check(Law law, Project project, long choice) {
    if (checked.isEmpty()) {
      return List.empty();
    }
    return switch (law) {
      case RELABELLING -> relabelling(project, choice);
      case HOUR_SCALING -> scaling(law, project, choice);
      case MONEY_SCALING -> scaling(law, project, choice);
      case SIDE_SYMMETRY -> sideSymmetry(project);
      case CREDIT_MONOTONICITY -> creditMonotonicity(project, choice);
      case SAY_MONOTONICITY -> sayMonotonicity(project, choice);
      case TIME -> time(project, choice);
      case DETERMINISM -> determinism(project);
      case TOTALITY -> totality(project);
      case ORDER_INDEPENDENCE -> orderIndependence(project, choice);
      case INCREMENTALITY -> incrementality(project, choice);
    };
  }

  // ------------------------------------------------------------------------------- running

  /** The outcomes of one check, by rule id, or what went wrong outside the rules. */
  private static final class Run {
    final Map<String, Outcome> outcomes;
    final @Nullable String failure;

    Run(Map<String, Outcome> outcomes, @Nullable String failure) {
      this.outcomes = outcomes;
      this.failure = failure;
    }

    @Nullable Outcome outcome(String rule) {
      return outcomes.get(rule);
    }
  }

  private Run run(ProjectView view) {
    try {
      Report report = runIn.check(view);
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      report.outcomes().forEach(o -> outcomes.put(o.rule(), o));
      return new Run(outcomes, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Run(Map.of(), "the check threw " + thrown(e));
    }
  }

  private Run run(Project project) {
    ProjectView view;
    try {
      view = project.view();
    } catch (RuntimeException e) {
      return new Run(Map.of(), "viewing the project threw " + thrown(e));
    }
    return run(view);
  }

  // The check of the unchanged project, which every law needs: kept for the laws checked next.
  private @Nullable Project baseProject;
  private @Nullable Run baseRun;

  // Identity, not equality: the cache holds the very project just checked, and comparing projects
  // by value would walk them whole on every law.
  @SuppressWarnings("ReferenceEquality")
  private Run base(Project project) {
    Run run = baseRun;
    if (baseProject != project || run == null) {
      run = run(project);
      baseProject = project;
      baseRun = run;
    }
    return run;
  }

  /** The class of a throwable and where it was thrown: its message might carry project data. */
  static String thrown(Throwable e) {
    StackTraceElement[] at = e.getStackTrace();
    return e.getClass().getName() + (at.length > 0 ? " at " + at[0] : "");
  }

  /** Problems of each checked rule, in the order of the rules. */
  private final class Problems {
    final Map<String, java.util.List<String>> byRule = new LinkedHashMap<>();

    Problems() {
      checked.forEach(r -> byRule.put(r.id(), new ArrayList<>()));
    }

    void add(String rule, String problem) {
      of(rule).add(problem);
    }

    boolean has(String rule) {
      return !of(rule).isEmpty();
    }

    private java.util.List<String> of(String rule) {
      return Objects.requireNonNull(byRule.get(rule), "every checked rule has its problems");
    }

    /** Problems of a failed check, or of an ERROR, for every rule; true if there were any. */
    boolean failures(Run run, String when) {
      boolean any = false;
      for (Rule rule : checked) {
        String id = rule.id();
        if (run.failure != null) {
          add(id, when + ", " + run.failure);
          any = true;
        } else {
          Outcome o = run.outcome(id);
          if (o != null && o.status() == OutcomeStatus.ERROR) {
            add(id, when + ", the rule ended in ERROR: " + o.reason().getOrElse(""));
            any = true;
          }
        }
      }
      return any;
    }

    Seq<LawResult> results(Law law, String change) {
      return checked.map(r -> LawResult.of(r.id(), law, change, of(r.id())));
    }
  }

  // ------------------------------------------------------------------------------- laws

  private Seq<LawResult> totality(Project project) {
    Problems problems = new Problems();
    problems.failures(base(project), "checking the project");
    return problems.results(Law.TOTALITY, "checked the project as of its last dated event");
  }

  private Seq<LawResult> determinism(Project project) {
    Problems problems = new Problems();
    Run first = base(project);
    if (problems.failures(first, "checking the project")) {
      return problems.results(Law.DETERMINISM, "checked the project");
    }
    java.util.List<Run> again = new ArrayList<>();
    // An equal project built anew: nothing cached on the first instance may matter.
    again.add(run(Project.builder().from(project).build()));
    again.addAll(concurrently(project));
    int n = 0;
    for (Run other : again) {
      n++;
      String when =
          n == 1
              ? "the second run, on an equal project"
              : "run " + (n - 1) + " of " + THREADS + " at once on other threads";
      if (problems.failures(other, when)) {
        continue;
      }
      for (Rule rule : checked) {
        Outcome a = first.outcome(rule.id());
        Outcome b = other.outcome(rule.id());
        if (a != null && b != null && !a.equals(b)) {
          problems.add(rule.id(), when + " gave another outcome: " + Differences.exact(a, b));
        }
      }
    }
    return problems.results(
        Law.DETERMINISM,
        "checked the project twice in a row and " + THREADS + " times at once on other threads");
  }

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS,
          task -> {
            Thread t = new Thread(task, "coprod-testkit-determinism");
            t.setDaemon(true);
            return t;
          });

  private java.util.List<Run> concurrently(Project project) {
    CountDownLatch start = new CountDownLatch(1);
    java.util.List<Callable<Run>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(
          () -> {
            start.await();
            return run(project);
          });
    }
    java.util.List<Future<Run>> futures = new ArrayList<>();
    tasks.forEach(t -> futures.add(POOL.submit(t)));
    start.countDown();
    java.util.List<Run> runs = new ArrayList<>();
    for (Future<Run> f : futures) {
      try {
        runs.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        runs.add(new Run(Map.of(), "the check on another thread was interrupted"));
      } catch (ExecutionException e) {
        runs.add(
            new Run(
                Map.of(),
                "the check on another thread threw "
                    + thrown(e.getCause() == null ? e : e.getCause())));
      }
    }
    return runs;
  }

  private Seq<LawResult> relabelling(Project project, long choice) {
    Problems problems = new Problems();
    Relabelling renaming = Relabelling.shuffled(project, choice);
    Project renamed = renaming.apply(project);
    Run a = base(project);
    Run b = run(renamed);
    String change =
        "renamed all " + renaming.names().size() + " ids of the project (shuffle " + choice + ")";
    boolean failed = problems.failures(a, "checking the project");
    if (problems.failures(b, "checking the renamed project") || failed) {
      return problems.results(Law.RELABELLING, change);
    }
    Mask mask = new Mask(Relabelling.idsOf(project).appendAll(Relabelling.idsOf(renamed)));
    for (Rule rule : checked) {
      Outcome x = a.outcome(rule.id());
      Outcome y = b.outcome(rule.id());
      if (x == null || y == null) {
        continue;
      }
      if (x.status() != y.status()) {
        problems.add(rule.id(), "the outcome was " + x.status() + ", after renaming " + y.status());
        continue;
      }
      if (!x.reason().map(mask::apply).equals(y.reason().map(mask::apply))) {
        problems.add(rule.id(), "the reason differs by more than ids after renaming");
      }
      Seq<Shape> before = x.findings().map(f -> Shape.of(f, renaming::rename, mask)).sorted();
      Seq<Shape> after = y.findings().map(f -> Shape.of(f, id -> id, mask)).sorted();
      Differences.shapes(before, after, "after renaming").forEach(p -> problems.add(rule.id(), p));
    }
    return problems.results(Law.RELABELLING, change);
  }

  private Seq<LawResult> orderIndependence(Project project, long choice) {
    Problems problems = new Problems();
    String change =
        "listed the project's participants, contributions, decisions and other items in another"
            + " order (shuffle "
            + choice
            + ")";
    Run a = base(project);
    Run b = run(ProjectChanges.reorder(project, choice));
    boolean failed = problems.failures(a, "checking the project");
    if (problems.failures(b, "checking the reordered project") || failed) {
      return problems.results(Law.ORDER_INDEPENDENCE, change);
    }
    for (Rule rule : checked) {
      Outcome x = a.outcome(rule.id());
      Outcome y = b.outcome(rule.id());
      if (x != null && y != null && !sameUpToOrder(x, y)) {
        problems.add(rule.id(), "in the other order: " + Differences.exact(x, y));
      }
    }
    return problems.results(Law.ORDER_INDEPENDENCE, change);
  }

  /**
   * Takes some of the project's last contributions recorded on their own and its last decisions off
   * (how many drawn from the choice), checks what is left with a kept check, then appends them
   * again in the project's order, in a few runs, as a live project does, and after each run
   * compares the kept check's outcomes with a check of the whole: they must be equal.
   */
  private Seq<LawResult> incrementality(Project project, long choice) {
    Problems problems = new Problems();
    Random random = new Random(choice);
    Seq<org.coprod.core.Contribution> recorded = project.recordedContributions();
    Seq<Decision> decisions = project.decisions();
    int takeOff = recorded.isEmpty() ? 0 : 1 + random.nextInt(Math.min(recorded.size(), 12));
    int decisionsOff = decisions.isEmpty() ? 0 : random.nextInt(Math.min(decisions.size(), 4) + 1);
    String change =
        "took the last "
            + takeOff
            + " contributions recorded on their own and "
            + decisionsOff
            + " decisions off, checked, then appended them again a few at a time, checking after"
            + " each run with the check kept (choice "
            + choice
            + ")";
    Project start = without(project, recorded, takeOff, decisions, decisionsOff);
    if (start == null) {
      // what was taken off is named elsewhere (an impact, a response): nothing is taken off
      start = project;
      takeOff = 0;
      decisionsOff = 0;
    }
    org.coprod.core.AppendingProject appending = org.coprod.core.AppendingProject.of(start);
    LiveCheck kept = LiveCheck.of(runIn);
    Run first = kept(kept, start.view());
    if (problems.failures(first, "checking the project with items taken off")) {
      return problems.results(Law.INCREMENTALITY, change);
    }
    // contributions and decisions interleaved as the choice says, each kind in the project's order
    java.util.List<Object> again = new ArrayList<>();
    java.util.Iterator<org.coprod.core.Contribution> cs =
        recorded.drop(recorded.size() - takeOff).iterator();
    java.util.Iterator<Decision> ds = decisions.drop(decisions.size() - decisionsOff).iterator();
    while (cs.hasNext() || ds.hasNext()) {
      again.add(ds.hasNext() && (!cs.hasNext() || random.nextInt(3) == 0) ? ds.next() : cs.next());
    }
    int at = 0;
    int run = 0;
    while (at < again.size() || run == 0) {
      int size = again.isEmpty() ? 0 : 1 + random.nextInt(Math.min(again.size() - at, 4));
      for (Object item : again.subList(at, at + size)) {
        if (item instanceof Decision d) {
          appending.append(d);
        } else {
          appending.append((org.coprod.core.Contribution) item);
        }
      }
      at += size;
      run++;
      Project now = appending.project();
      Run a = kept(kept, now.view());
      Run b = run(now.view());
      String when = " after " + at + " of " + again.size() + " appended";
      boolean failed = problems.failures(a, "rechecking" + when);
      if (problems.failures(b, "checking the whole" + when) || failed) {
        break;
      }
      for (Rule rule : checked) {
        Outcome x = b.outcome(rule.id());
        Outcome y = a.outcome(rule.id());
        if (x != null && y != null && !x.equals(y) && !problems.has(rule.id())) {
          problems.add(rule.id(), "rechecked" + when + ": " + Differences.exact(x, y));
        }
      }
    }
    return problems.results(Law.INCREMENTALITY, change);
  }

  /** The project with its last recorded contributions and decisions taken off, or null. */
  private static @Nullable Project without(
      Project project,
      Seq<org.coprod.core.Contribution> recorded,
      int takeOff,
      Seq<Decision> decisions,
      int decisionsOff) {
    try {
      return Project.builder()
          .from(project)
          .contributions(recorded.take(recorded.size() - takeOff))
          .decisions(decisions.take(decisions.size() - decisionsOff))
          .build();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The outcomes of a kept check of a view, or what went wrong outside the rules. */
  private static Run kept(LiveCheck kept, ProjectView view) {
    try {
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      kept.check(view).outcomes().forEach(o -> outcomes.put(o.rule(), o));
      return new Run(outcomes, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Run(Map.of(), "the kept check threw " + thrown(e));
    }
  }

  /**
   * Whether two outcomes are equal but perhaps for the order of their findings: same status and
   * reason, and the very same findings as many times each (every number in the evidence equal, not
   * merely close: sums of hours must not depend on the order they are added in).
   */
  static boolean sameUpToOrder(Outcome a, Outcome b) {
    if (a.status() != b.status()
        || !a.reason().equals(b.reason())
        || a.findings().size() != b.findings().size()) {
      return false;
    }
    Map<Finding, Integer> counts = new java.util.HashMap<>();
    a.findings().forEach(f -> counts.merge(f, 1, Integer::sum));
    for (Finding f : b.findings()) {
      Integer left = counts.get(f);
      if (left == null || left == 0) {
        return false;
      }
      counts.put(f, left - 1);
    }
    return true;
  }

  private Seq<LawResult> scaling(Law law, Project project, long choice) {
    Problems problems = new Problems();
    int exponent = EXPONENTS[(int) Math.floorMod(choice, (long) EXPONENTS.length)];
    String what = law == Law.HOUR_SCALING ? "hours" : "money";
    String factor =
        exponent > 0 ? "multiplied by " + (1 << exponent) : "divided by " + (1 << -exponent);
    String change = "all " + what + " " + factor;
    Project scaled =
        law == Law.HOUR_SCALING
            ? ProjectChanges.scaleHours(project, exponent)
            : ProjectChanges.scaleMoney(project, exponent);
    Run a = base(project);
    Run b = run(scaled);
    boolean failed = problems.failures(a, "checking the project");
    if (problems.failures(b, "checking the scaled project") || failed) {
      return problems.results(law, change);
    }
    for (Rule rule : checked) {
      Outcome x = a.outcome(rule.id());
      Outcome y = b.outcome(rule.id());
      if (x != null && y != null) {
        Differences.keys(x, y, "with " + what + " " + factor)
            .forEach(p -> problems.add(rule.id(), p));
      }
    }
    return problems.results(law, change);
  }

  private Seq<LawResult> sideSymmetry(Project project) {
    Problems problems = new Problems();
    String change = "every participant moved to the other side";
    Run a = base(project);
    Run b = run(ProjectChanges.swapSides(project));
    boolean failed = problems.failures(a, "checking the project");
    if (problems.failures(b, "checking the swapped project") || failed) {
      return problems.results(Law.SIDE_SYMMETRY, change);
    }
    for (Rule rule : checked) {
      Outcome x = a.outcome(rule.id());
      Outcome y = b.outcome(rule.id());
      if (x == null || y == null) {
        continue;
      }
      if (x.status() != y.status()) {
        problems.add(
            rule.id(), "the outcome was " + x.status() + ", with the sides swapped " + y.status());
        continue;
      }
      TreeMap<String, Integer> expected = new TreeMap<>();
      TreeMap<String, Integer> found = new TreeMap<>();
      x.findings().forEach(f -> expected.merge(Differences.sided(f, true), 1, Integer::sum));
      y.findings().forEach(f -> found.merge(Differences.sided(f, false), 1, Integer::sum));
      Differences.counts(expected, found, "with the sides swapped")
          .forEach(p -> problems.add(rule.id(), p));
    }
    return problems.results(Law.SIDE_SYMMETRY, change);
  }

  /** A change a monotonicity law tries: who, where, and the changed project. */
  private record Trial(String what, Project changed) {}

  private Seq<LawResult> creditMonotonicity(Project project, long choice) {
    java.util.List<Trial> trials = new ArrayList<>();
    for (Output o : project.outputs()) {
      for (ParticipantId p : ProjectChanges.contributorsTo(project, o)) {
        boolean lived = project.sideOf(p).contains(Side.LIVED_EXPERIENCE);
        if (lived && !o.credits(p)) {
          trials.add(
              new Trial(
                  "crediting '" + p + "' on output '" + o.id() + "'",
                  ProjectChanges.giveCredit(project, p, o.id())));
        }
      }
    }
    return monotonicity(
        Law.CREDIT_MONOTONICITY,
        project,
        pick(trials, choice),
        "no lived-experience contributor without credit on an output they contributed to");
  }

  private Seq<LawResult> sayMonotonicity(Project project, long choice) {
    ProjectIndex index = ProjectIndex.of(project.view());
    java.util.List<Trial> trials = new ArrayList<>();
    for (Decision d : project.decisions()) {
      if (!d.key() || index.ruleOf(d) != DecisionRule.CONSENSUS) {
        continue;
      }
      for (Participant p : project.participantsOn(Side.LIVED_EXPERIENCE)) {
        if (p.isPresentOn(d.date()) && !d.decidedBy().contains(p.id())) {
          trials.add(
              new Trial(
                  "adding '" + p.id() + "' to the deciders of key decision '" + d.id() + "'",
                  ProjectChanges.addDecider(project, d.id(), p.id())));
        }
      }
    }
    return monotonicity(
        Law.SAY_MONOTONICITY,
        project,
        pick(trials, choice),
        "no key decision under consensus that a present lived-experience participant did not decide");
  }

  /** All the trials, or {@link #MAX_TRIALS} of them chosen by the seed. */
  private static java.util.List<Trial> pick(java.util.List<Trial> trials, long choice) {
    if (trials.size() <= MAX_TRIALS) {
      return trials;
    }
    java.util.List<Trial> shuffled = new ArrayList<>(trials);
    Collections.shuffle(shuffled, new Random(choice));
    return shuffled.subList(0, MAX_TRIALS);
  }

  private Seq<LawResult> monotonicity(
      Law law, Project project, java.util.List<Trial> trials, String none) {
    if (trials.isEmpty()) {
      return checked.map(r -> LawResult.vacuous(r.id(), law, none));
    }
    Problems problems = new Problems();
    String change =
        "tried "
            + trials.size()
            + (trials.size() == 1 ? " change, " : " changes, ")
            + trials.get(0).what()
            + (trials.size() > 1 ? " and more" : "");
    Run base = base(project);
    if (problems.failures(base, "checking the project")) {
      return problems.results(law, change);
    }
    for (Trial trial : trials) {
      Run after = run(trial.changed());
      for (Rule rule : checked) {
        if (problems.has(rule.id())) {
          continue;
        }
        if (after.failure != null) {
          problems.add(rule.id(), "after " + trial.what() + ", " + after.failure);
          continue;
        }
        Outcome x = base.outcome(rule.id());
        Outcome y = after.outcome(rule.id());
        if (x == null || y == null) {
          continue;
        }
        if (y.status() == OutcomeStatus.ERROR) {
          problems.add(
              rule.id(),
              "after " + trial.what() + ", the rule ended in ERROR: " + y.reason().getOrElse(""));
          continue;
        }
        Differences.added(x, y, f -> law == Law.CREDIT_MONOTONICITY && againstProfessionals(f))
            .forEach(p -> problems.add(rule.id(), "after " + trial.what() + ", " + p));
      }
    }
    return problems.results(law, change);
  }

  /**
   * Whether a finding is against professionals: its evidence names them the {@code overlookedSide}
   * (as {@code credit-parity}'s does). Credit to lived experience may add such a finding; the law
   * forbids only findings against lived experience.
   */
  static boolean againstProfessionals(Finding finding) {
    return finding.evidence(OVERLOOKED_SIDE).contains(Side.PROFESSIONAL.name());
  }

  private Seq<LawResult> time(Project project, long choice) {
    Problems problems = new Problems();
    LocalDate start = project.started();
    LocalDate last = project.lastDatedEvent();
    long span = Math.max(0, ChronoUnit.DAYS.between(start, last));
    // Before anything happened, some day of the work, the close, the last dated event (the view
    // every check uses) and long after it.
    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.add(start.minusDays(1));
    dates.add(start.plusDays(Math.floorMod(choice, span + 1)));
    project.closed().forEach(dates::add);
    dates.add(last);
    dates.add(last.plusDays(400));
    Map<LocalDate, Run> runs = new LinkedHashMap<>();
    Map<LocalDate, ProjectView> views = new LinkedHashMap<>();
    for (LocalDate d : dates) {
      Run run;
      if (d.equals(last)) {
        // The view at the last dated event is the one every check of the project uses.
        run = base(project);
      } else {
        ProjectView view;
        try {
          view = project.asOf(d);
        } catch (RuntimeException e) {
          checked.forEach(
              r -> problems.add(r.id(), "viewing the project as of " + d + " threw " + thrown(e)));
          continue;
        }
        views.put(d, view);
        run = run(view);
      }
      runs.put(d, run);
      problems.failures(run, "checking the view as of " + d);
    }
    String change =
        "checked views as of "
            + dates.size()
            + " dates from "
            + dates.first()
            + " to "
            + dates.last();
    Run atClose = project.closed().map(runs::get).getOrNull();
    if (atClose != null && atClose.failure == null) {
      LocalDate close = project.closed().get();
      change += ", the view at the close against the project cut there";
      ProjectView cut = ProjectChanges.cutAtClose(project).view();
      // Equal views give equal outcomes unless a rule is not deterministic (its own law) or reads
      // what is not in the view (the moved dates below): only views that differ need a check.
      if (!cut.equals(views.getOrDefault(close, project.view()))) {
        Run whole = run(cut);
        if (!problems.failures(whole, "checking the project cut at its close")) {
          for (Rule rule : checked) {
            Outcome x = atClose.outcome(rule.id());
            Outcome y = whole.outcome(rule.id());
            if (x != null && y != null && !x.equals(y)) {
              problems.add(
                  rule.id(),
                  "checking the view at the close ("
                      + close
                      + ") differs from checking the project cut at its close: "
                      + Differences.exact(x, y));
            }
          }
        }
      }
    }
    // The view's date is a rule's only "now": a rule that reads the clock sees a project moved by
    // decades differently. Whole weeks keep the days of the week and the ISO weeks.
    long weeks =
        (Math.floorMod(choice, 2L) == 0 ? 1 : -1) * (52L * 25 + Math.floorMod(choice / 2, 52L));
    change += " and the project moved by " + weeks + " weeks";
    Run a = runs.get(last);
    if (a != null && a.failure == null) {
      Run b = run(ProjectChanges.shiftDates(project, 7 * weeks));
      String shift = "with every date moved by " + weeks + " weeks";
      if (!problems.failures(b, "checking the project " + shift)) {
        for (Rule rule : checked) {
          Outcome x = a.outcome(rule.id());
          Outcome y = b.outcome(rule.id());
          if (x != null && y != null && x.status() != OutcomeStatus.ERROR) {
            Differences.keys(x, y, shift, 7 * weeks).forEach(p -> problems.add(rule.id(), p));
          }
        }
      }
    }
    return problems.results(Law.TIME, change);
  }

  // ------------------------------------------------------------------------------- comparing

  /** Replaces every id of a project (before and after a renaming) by one placeholder. */
  static final class Mask {
    private final @Nullable Pattern pattern;

    Mask(Seq<String> ids) {
      Seq<String> distinct = ids.distinct().sortBy(s -> -s.length());
      this.pattern =
          distinct.isEmpty()
              ? null
              : Pattern.compile(
                  "(?<![\\p{Alnum}_-])(?:"
                      + distinct.map(Pattern::quote).mkString("|")
                      + ")(?![\\p{Alnum}_-])");
    }

    String apply(String text) {
      return pattern == null
          ? text
          : pattern.matcher(text).replaceAll(Matcher.quoteReplacement("\u27e8id\u27e9"));
    }
  }

  /**
   * A finding as the relabelling law compares it: kind, severity, subjects (renamed), the message
   * and text evidence with ids masked, numbers as they are, and the acknowledgement.
   */
  record Shape(
      String key,
      String severity,
      String message,
      Seq<Evidence> evidence,
      Option<String> acknowledged)
      implements Comparable<Shape> {
    static Shape of(Finding f, java.util.function.Function<Id, Id> rename, Mask mask) {
      String subjects = f.subjects().map(rename).map(Id::value).sorted().mkString(", ");
      return new Shape(
          f.kind() + " on [" + subjects + "]",
          f.severity().name(),
          mask.apply(f.message()),
          f.evidence()
              .map(e -> e.value() instanceof String s ? Evidence.of(e.name(), mask.apply(s)) : e),
          f.acknowledged().map(mask::apply));
    }

    @Override
    public int compareTo(Shape other) {
      int c = key.compareTo(other.key);
      return c != 0 ? c : message.compareTo(other.message);
    }

    boolean sameAs(Shape other) {
      return key.equals(other.key)
          && severity.equals(other.severity)
          && message.equals(other.message)
          && acknowledged.equals(other.acknowledged)
          && sameEvidence(evidence, other.evidence);
    }

    private static boolean sameEvidence(Seq<Evidence> a, Seq<Evidence> b) {
      if (a.size() != b.size()) {
        return false;
      }
      return a.zip(b)
          .forAll(t -> t._1.name().equals(t._2.name()) && sameValue(t._1.value(), t._2.value()));
    }

    /** Numbers summed in another order may differ in the last bits; nothing else may. */
    private static boolean sameValue(Object x, Object y) {
      if (x instanceof Double a && y instanceof Double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
      }
      if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
        return a.compareTo(b) == 0;
      }
      return x.equals(y);
    }
  }
}
