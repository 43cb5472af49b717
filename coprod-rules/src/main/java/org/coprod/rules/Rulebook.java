package org.coprod.rules;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import org.coprod.core.Agreement;
import org.coprod.core.CreditPreference;
import org.coprod.core.Id;
import org.coprod.core.Library;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Role;
import org.coprod.rules.standard.DropOff;
import org.coprod.rules.standard.StaleAcknowledgement;
import org.coprod.rules.standard.StandardRules;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of rules and the policy they run under. {@link #standard()} is exactly the
 * built-in rules; {@link #plus}, {@link #without} and {@link #withPolicy} give new rulebooks;
 * {@link #discover()} adds the rules found through {@link ServiceLoader}. Two rules with one id are
 * refused at once.
 *
 * <pre>{@code
 * Report report = Rulebook.standard().check(project);
 * }</pre>
 *
 * <p>A check builds one {@link ProjectIndex} of the view and runs every rule on it; a rule that
 * throws ends in {@link OutcomeStatus#ERROR} while the others still run. The same project gives the
 * same report, run after run and thread after thread: rulebooks are immutable and checks share
 * nothing mutable.
 */
public final class Rulebook {
  /** The name of the standard rulebook in reports. */
  public static final String STANDARD = "coprod-standard";

  /**
   * The version of the standard rulebook; it changes when a rule's meaning changes. Version 2 asks
   * a quorum for acknowledgements, weighs an occasional contributor's part by its share, counts
   * drop-off from the first phase with lived experience in it, and renamed two rules.
   */
  public static final String VERSION = "2";

  /**
   * The rules whose findings no acknowledgement can quieten: a group cannot waive one person's pay,
   * consent or access.
   */
  public static final Set<String> UNWAIVABLE =
      Set.of("payment-owed", "story-consent", "access-unmet");

  /** The version a rulebook made by {@link #of} has until {@link #named} gives it another. */
  public static final String FIRST_VERSION = "1";

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.principle().ordinal())
          .thenComparing(f -> -f.severity().ordinal())
          .thenComparing(Finding::rule)
          .thenComparing(f -> f.subjects().map(Id::value).mkString("\u0000"))
          .thenComparing(Finding::kind);

  private final String name;
  private final String version;
  private final Seq<Rule> rules;
  private final Policy policy;
  private final String digest;
  private final boolean strict;

  private Rulebook(String name, String version, Seq<Rule> rules, Policy policy) {
    this(name, version, rules, policy, false);
  }

  private Rulebook(String name, String version, Seq<Rule> rules, Policy policy, boolean strict) {
    Set<String> seen = new HashSet<>();
    for (Rule r : rules) {
      if (!seen.add(r.metadata().id())) {
        throw new IllegalArgumentException("two rules have the id '" + r.metadata().id() + "'");
      }
    }
    for (Rule r : rules) {
      for (String former : r.metadata().formerIds()) {
        if (!seen.add(former)) {
          throw new IllegalArgumentException(
              "the id '" + former + "' is both a rule's and another's former id");
        }
      }
    }
    this.name = name;
    this.version = version;
    this.rules = rules;
    this.policy = policy;
    this.digest = digest(rules);
    this.strict = strict;
  }

  /** SHA-256, in lower-case hex, of the sorted rule ids, each followed by a line feed. */
  private static String digest(Seq<Rule> rules) {
    StringBuilder ids = new StringBuilder();
    rules.map(r -> r.metadata().id()).sorted().forEach(id -> ids.append(id).append('\n'));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(ids.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : hash) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Exactly the built-in rules, under the default policy. */
  public static Rulebook standard() {
    return new Rulebook(STANDARD, VERSION, StandardRules.all(), Policy.defaults());
  }

  /** A rulebook of these rules only, under the default policy. */
  public static Rulebook of(String name, Iterable<? extends Rule> rules) {
    return new Rulebook(
        Objects.requireNonNull(name, "name is null"),
        FIRST_VERSION,
        List.ofAll(rules),
        Policy.defaults());
  }

  /**
   * The standard rules plus every {@link Rule} provider found through {@link ServiceLoader} (on the
   * module path, providers declared with {@code provides org.coprod.rules.Rule}; on the class path,
   * in {@code META-INF/services/org.coprod.rules.Rule}).
   *
   * @throws IllegalArgumentException if a provider's id is already taken
   */
  public static Rulebook discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** As {@link #discover()}, with providers from a given class loader. */
  public static Rulebook discover(ClassLoader loader) {
    java.util.List<Rule> found = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).forEach(found::add);
    found.sort(Comparator.comparing(r -> r.metadata().id()));
    return standard().plus(found.toArray(Rule[]::new));
  }

  /**
   * This rulebook under another name and version, for a rulebook of one's own: reports carry both,
   * beside the {@link #digest()} of the rule ids.
   *
   * @param name the name reports give; not blank
   * @param version its version; not blank
   */
  public Rulebook named(String name, String version) {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(version, "version is null");
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("a rulebook's name and version are not blank");
    }
    return new Rulebook(name, version, rules, policy, strict);
  }

  /**
   * This rulebook with more rules. Its name says so, so that a report never calls a changed
   * rulebook by the name of the one it started from: {@code coprod-standard+acme/peer-pay} (the ids
   * added, in order, each after a {@code +}); its version stays that of the rules it started from,
   * and its {@link #digest()} shows the difference. Adding no rule changes nothing. {@link #named}
   * gives the result a name of one's own.
   */
  public Rulebook plus(Rule... more) {
    if (more.length == 0) {
      return this;
    }
    List<Rule> added = List.of(more);
    return new Rulebook(
        name + added.map(r -> "+" + r.metadata().id()).mkString(),
        version,
        rules.appendAll(added),
        policy,
        strict);
  }

  /**
   * This rulebook without the rules of these ids. Its name says so ({@code
   * coprod-standard-peer-pay}: each id it had and now lacks, after a {@code -}); its version stays,
   * and its {@link #digest()} shows the difference. Removing no rule it has changes nothing.
   */
  public Rulebook without(String... ids) {
    List<String> gone = List.of(ids).filter(id -> rule(id).isDefined()).distinct();
    if (gone.isEmpty()) {
      return this;
    }
    return new Rulebook(
        name + gone.map(id -> "-" + id).mkString(),
        version,
        rules.filter(r -> !gone.contains(r.metadata().id())),
        policy,
        strict);
  }

  /**
   * This rulebook, failing loudly: a rule that throws makes {@link #check} throw that very
   * exception (its stack trace starts in the rule's own code), and a rule that breaks the rule API
   * (no outcome, another rule's outcome, a finding of a kind it does not declare) makes it throw an
   * {@link IllegalStateException} naming the rule. For the tests of one's own rules; a rulebook
   * that checks projects for people keeps going, with the rule's outcome ERROR.
   */
  public Rulebook strict() {
    return new Rulebook(name, version, rules, policy, true);
  }

  /** Whether a rule's failure makes {@link #check} throw (see {@link #strict()}). */
  public boolean isStrict() {
    return strict;
  }

  /**
   * This rulebook under a policy. A policy that names a rule by a former id sets the rule by its id
   * now ({@link Policy#withCurrentIds}).
   *
   * @throws IllegalArgumentException if the policy names a rule, kind or parameter this rulebook
   *     does not have (policy files are checked by coprod-io, which reports these as problems)
   */
  public Rulebook withPolicy(Policy policy) {
    Objects.requireNonNull(policy, "policy is null");
    Policy current = policy.withCurrentIds(metadata());
    Seq<String> problems = current.problems(metadata());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the policy does not fit the rulebook: " + problems.mkString("; "));
    }
    return new Rulebook(name, version, rules, current, strict);
  }

  /** The rulebook's name. */
  public String name() {
    return name;
  }

  /** The rulebook's version. */
  public String version() {
    return version;
  }

  /**
   * SHA-256, in lower-case hex, over the sorted ids of its rules (each followed by a line feed), so
   * that a report shows when a rule was added or removed, whatever the rulebook is called. The
   * policy does not change it: reports carry the policy's differences on their own.
   */
  public String digest() {
    return digest;
  }

  /** Its rules, in the order they run (all of them, including those the policy turns off). */
  public Seq<Rule> rules() {
    return rules;
  }

  /** The metadata of its rules. */
  public Seq<RuleMetadata> metadata() {
    return rules.map(Rule::metadata);
  }

  /** The rule with this id, if it has one. */
  public Option<Rule> rule(String id) {
    return rules.find(r -> r.metadata().id().equals(id));
  }

  /** The policy it runs under. */
  public Policy policy() {
    return policy;
  }

  /** Checks a project as of its last dated event (never the clock). */
  public Report check(Project project) {
    return check(Objects.requireNonNull(project, "project is null").view());
  }

  /**
   * Checks one view of a project. Rules that look at findings ({@link Rule.OnFindings}) run after
   * the others, in the rulebook's order, each seeing every finding raised before it; {@code
   * stale-acknowledgement} runs last of all, so it sees every other finding. The ladder is capped
   * where {@code drop-off} raised a WARNING in this very check.
   */
  public Report check(ProjectView view) {
    // the engine of a kept check, started empty: every rule runs
    return LiveCheck.of(this).check(Objects.requireNonNull(view, "view is null"));
  }

  /**
   * Checks the view of an index built already, as {@link #check(ProjectView)} checks it: the same
   * report, byte for byte. What a project kept as events arrive uses, with an index {@linkplain
   * ProjectIndex#extend extended} by what arrived rather than built again. An index built under
   * another majority voice than this rulebook's policy gives is built again for the check.
   *
   * @param index the index of the view to check
   * @return the report of the index's view
   */
  public Report check(ProjectIndex index) {
    Objects.requireNonNull(index, "index is null");
    return checkIndexed(
        index.majorityVoice() == policy.majorityVoice()
            ? index
            : ProjectIndex.of(index.view(), policy.majorityVoice()),
        null,
        Part.all(),
        java.util.Map.of(),
        new java.util.HashMap<>());
  }

  /**
   * What a check keeps of one rule for the next: the outcome as the rule gave it (null if it threw
   * or broke the rule API, so the next check starts from nothing), as the rulebook made it (the
   * policy's severities), and what the rule kept for its recheck.
   */
  record Kept(@Nullable Outcome given, Outcome outcome, @Nullable Object state) {}

  /**
   * Checks the view of an index, running again only the rules that read a changed part or that have
   * no outcome before, and keeping the outcomes of the others. A rule that runs again is
   * {@linkplain Rule#recheck rechecked} where, of what it reads, only contributions and decisions
   * were appended and perhaps the day changed.
   *
   * @param previous the index of the check before, if any
   * @param changed the parts changed since the outcomes before
   * @param before what the check before kept of each rule, by rule id
   * @param kept where what this check keeps of each rule goes
   */
  Report checkIndexed(
      ProjectIndex index,
      @Nullable ProjectIndex previous,
      java.util.Set<Part> changed,
      java.util.Map<String, Kept> before,
      java.util.Map<String, Kept> kept) {
    ProjectView view = index.view();
    Seq<RuleMetadata> catalogue = metadata();
    Acknowledging acknowledging = Acknowledging.of(index);
    Option<String> key = view.project().fingerprintKey();
    Seq<Rule> active = rules.filter(r -> !policy.disables(r.metadata().id()));
    java.util.List<Outcome> outcomes = new ArrayList<>();
    java.util.List<Finding> findings = new ArrayList<>();
    Appended appended = new Appended(previous, index, changed);
    for (Rule rule : active.filter(r -> !(r instanceof Rule.OnFindings))) {
      String id = rule.metadata().id();
      Kept was = before.get(id);
      Kept now;
      if (was == null || readsAny(rule, changed)) {
        Recheck since = was == null ? null : appended.since(rule, was);
        now = run(rule, index, List.empty(), catalogue, since);
      } else {
        now = was;
      }
      kept.put(id, now);
      // keyed and acknowledged again every time: both depend on the whole view
      Outcome o = acknowledge(keyed(now.outcome(), key), acknowledging);
      outcomes.add(o);
      findings.addAll(o.findings().asJava());
    }
    Seq<Rule> onFindings =
        active
            .filter(r -> r instanceof Rule.OnFindings)
            .sortBy(r -> r.metadata().id().equals(StaleAcknowledgement.ID) ? 1 : 0);
    for (Rule rule : onFindings) {
      Outcome o =
          acknowledge(
              keyed(run(rule, index, List.ofAll(findings), catalogue, null).outcome(), key),
              acknowledging);
      outcomes.add(o);
      findings.addAll(o.findings().asJava());
    }
    java.util.Map<String, Integer> position = new java.util.HashMap<>();
    for (int i = 0; i < active.size(); i++) {
      position.put(active.get(i).metadata().id(), i);
    }
    outcomes.sort(Comparator.comparing(o -> position.get(o.rule())));
    findings.sort(ORDER);
    return Report.builder()
        .project(view.project().id())
        .title(view.project().title())
        .asOf(view.date())
        .closed(view.isClosed())
        .ruleset(name)
        .rulesetVersion(version)
        .rulesetDigest(digest)
        .libraryVersion(Library.version())
        .outcomes(List.ofAll(outcomes))
        .findings(List.ofAll(findings))
        .measures(Measures.of(index, Ladder.assessment(index, droppedOff(findings))))
        .claimedLevel(view.project().claimedLevel())
        .policy(policy.differences(metadata()))
        .catalogue(catalogue)
        .anonymous(
            view.project()
                .participants()
                .filter(p -> p.creditPreference() == CreditPreference.ANONYMOUS)
                .map(Participant::id)
                .sortBy(ParticipantId::value))
        .roleTitles(roleTitles(view))
        .sides(
            io.vavr.collection.TreeMap.ofEntries(
                Comparator.comparing(ParticipantId::value),
                view.project().participants().map(p -> io.vavr.Tuple.of(p.id(), p.side()))))
        .sideLabels(policy.labels().getOrElse(SideLabels.defaults()))
        .fingerprintsKeyed(key.isDefined())
        .charts(ChartTotals.of(index))
        .impacts(view.project().impacts().map(ReportedImpact::of))
        .checkIns(view.project().checkIns().map(ReportedCheckIn::of))
        .responses(view.project().responses().map(ReportedResponse::of))
        .build();
  }

  /**
   * Whether a rule reads any of some parts; a rule whose {@link Rule#reads()} fails or gives
   * nothing reads every part.
   */
  private static boolean readsAny(Rule rule, java.util.Set<Part> changed) {
    if (changed.isEmpty()) {
      return false;
    }
    java.util.Set<Part> reads;
    try {
      reads = rule.reads();
    } catch (RuntimeException e) {
      return true;
    }
    if (reads == null) {
      return true;
    }
    for (Part p : changed) {
      if (reads.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An outcome whose findings' fingerprints are made with the project's key, if it has one, before
   * rules that look at findings see them: the key never leaves the rulebook.
   */
  private static Outcome keyed(Outcome o, Option<String> key) {
    return key.isEmpty() || o.findings().isEmpty()
        ? o
        : o.withFindings(o.findings().map(f -> Fingerprints.keyed(key.get(), f)));
  }

  /** The title of each person's role on the view's date: the earliest begun of those they hold. */
  private static io.vavr.collection.SortedMap<ParticipantId, String> roleTitles(ProjectView view) {
    java.util.Map<ParticipantId, Role> first = new java.util.HashMap<>();
    for (Role r : view.project().roles()) {
      if (r.from().isAfter(view.date()) || r.until().exists(u -> u.isBefore(view.date()))) {
        continue;
      }
      first.merge(r.participant(), r, (a, b) -> b.from().isBefore(a.from()) ? b : a);
    }
    io.vavr.collection.SortedMap<ParticipantId, String> out =
        io.vavr.collection.TreeMap.empty(Comparator.comparing(ParticipantId::value));
    for (java.util.Map.Entry<ParticipantId, Role> e : first.entrySet()) {
      out = out.put(e.getKey(), e.getValue().title());
    }
    return out;
  }

  /**
   * Whether {@code drop-off} raised a WARNING or more among some findings, acknowledged or not:
   * what caps the ladder below co-production.
   */
  public static boolean droppedOff(Iterable<Finding> findings) {
    for (Finding f : findings) {
      if (f.rule().equals(DropOff.ID) && f.severity().isAtLeast(Severity.WARNING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, since the check before, only contributions and decisions were appended (and perhaps
   * the day changed), in the parts each rule reads: worked out once per check, and only as far as a
   * rule asks.
   */
  private static final class Appended {
    private final @Nullable ProjectIndex previous;
    private final ProjectIndex index;
    private final java.util.Set<Part> changed;
    private @Nullable Boolean decisionsAppended;

    Appended(@Nullable ProjectIndex previous, ProjectIndex index, java.util.Set<Part> changed) {
      this.previous = previous;
      this.index = index;
      this.changed = changed;
    }

    /** What a rule is told for its recheck, or null if it must be checked from nothing. */
    @Nullable Recheck since(Rule rule, Kept was) {
      Outcome given = was.given();
      ProjectIndex before = previous;
      if (given == null || before == null || !index.grewFrom(before)) {
        return null;
      }
      java.util.Set<Part> reads;
      try {
        reads = rule.reads();
      } catch (RuntimeException e) {
        return null;
      }
      if (reads == null) {
        return null;
      }
      java.util.EnumSet<Part> mine = java.util.EnumSet.noneOf(Part.class);
      for (Part p : changed) {
        if (!reads.contains(p)) {
          continue;
        }
        if (p != Part.CONTRIBUTIONS && p != Part.DAY && p != Part.DECISIONS) {
          return null;
        }
        mine.add(p);
      }
      if (mine.contains(Part.DECISIONS) && !decisionsAppended()) {
        return null;
      }
      return new Recheck(given, before, index, mine, was.state());
    }

    /** Whether the decisions before are the first of the decisions now, each the very same. */
    @SuppressWarnings("ReferenceEquality") // the very same decisions: equal ones could differ
    private boolean decisionsAppended() {
      if (decisionsAppended == null) {
        boolean appended = previous != null;
        if (previous != null) {
          Seq<org.coprod.core.Decision> was = previous.project().decisions();
          Seq<org.coprod.core.Decision> now = index.project().decisions();
          if (was.size() > now.size()) {
            appended = false;
          } else {
            java.util.Iterator<org.coprod.core.Decision> a = was.iterator();
            java.util.Iterator<org.coprod.core.Decision> b = now.iterator();
            while (appended && a.hasNext()) {
              appended = a.next() == b.next();
            }
          }
        }
        decisionsAppended = appended;
      }
      return decisionsAppended;
    }
  }

  private Kept run(
      Rule rule,
      ProjectIndex index,
      Seq<Finding> others,
      Seq<RuleMetadata> catalogue,
      @Nullable Recheck since) {
    RuleMetadata meta = rule.metadata();
    try {
      RuleContext context = new RuleContext(index, meta, policy, others, catalogue);
      Outcome o;
      if (since == null) {
        o = rule.check(context);
      } else {
        try {
          o = rule.recheck(context, since);
        } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
          if (strict) {
            throw e;
          }
          // what a recheck that failed half-way kept is not to be trusted: from nothing
          context = new RuleContext(index, meta, policy, others, catalogue);
          o = rule.check(context);
        }
      }
      if (o == null) {
        return new Kept(null, broken(meta.id(), "the rule returned no outcome"), null);
      }
      if (!o.rule().equals(meta.id())) {
        return new Kept(
            null, broken(meta.id(), "the rule returned the outcome of '" + o.rule() + "'"), null);
      }
      for (Finding f : o.findings()) {
        if (!f.rule().equals(meta.id()) || meta.kind(f.kind()).isEmpty()) {
          return new Kept(
              null,
              broken(
                  meta.id(),
                  "the rule raised a finding of an undeclared kind '"
                      + f.kind()
                      + "'; it declares "
                      + meta.kinds().map(FindingKind::name).mkString(", ")),
              null);
        }
      }
      return new Kept(
          o,
          o.withFindings(
              o.findings()
                  .map(
                      f ->
                          f.withSeverity(
                              policy.severity(meta.id(), f.kind()).getOrElse(f.severity())))),
          context.kept());
    } catch (RuntimeException | AssertionError | LinkageError | StackOverflowError e) {
      if (strict) {
        throw e;
      }
      return new Kept(null, failed(rule, e), null);
    } catch (Exception e) {
      // Vavr's Try.get() rethrows checked causes undeclared.
      if (strict) {
        throw new IllegalStateException("rule " + meta.id() + " failed", e);
      }
      return new Kept(null, failed(rule, e), null);
    }
  }

  /** The outcome of a rule that broke the rule API; a strict rulebook throws instead. */
  private Outcome broken(String rule, String why) {
    if (strict) {
      throw new IllegalStateException("rule " + rule + ": " + why);
    }
    return Outcome.error(rule, why);
  }

  /**
   * The outcome of a rule that threw. AssertionError (tests run with -ea) and LinkageError (a
   * custom rule missing a class) are a rule's failure too; only the machine's own errors (out of
   * memory) stop the whole check. The reason gives the exception's class and the rule's own frame
   * (where in the rule it went wrong, not the coprod method it called), never the exception's
   * message, which might carry project data; an undeclared finding kind, a programming error with
   * no data in it, is named.
   */
  private static Outcome failed(Rule rule, Throwable e) {
    String id = rule.metadata().id();
    StackTraceElement[] at = e.getStackTrace();
    Option<StackTraceElement> own = ownFrame(rule, at);
    String where =
        own.orElse(at.length > 0 ? Option.some(at[0]) : Option.none())
            .map(f -> " at " + f)
            .getOrElse("");
    if (e instanceof RuleContext.UndeclaredKind undeclared) {
      return Outcome.error(
          id,
          "the rule asked for a finding of an undeclared kind '"
              + undeclared.kind()
              + "'"
              + where
              + "; it declares "
              + rule.metadata().kinds().map(FindingKind::name).mkString(", "));
    }
    return Outcome.error(id, "the rule failed with " + e.getClass().getName() + where);
  }

  /** The first frame in the rule's own class (or a class nested in it), if any. */
  private static Option<StackTraceElement> ownFrame(Rule rule, StackTraceElement[] frames) {
    String own = rule.getClass().getName();
    for (StackTraceElement f : frames) {
      String c = f.getClassName();
      if (c.equals(own) || c.startsWith(own + "$")) {
        return Option.some(f);
      }
    }
    return Option.none();
  }

  /**
   * Marks the findings the agreement in force at the view's date acknowledges: it names the rule
   * (by its id or a former one) and, if it gives a subject, one of the finding's subjects. An
   * acknowledgement counts only in a version with its {@linkplain ProjectIndex#quorum quorum} of
   * the core people with lived experience; a finding about one person counts as acknowledged only
   * if that person consented to the version too; and the findings of {@link #UNWAIVABLE} rules are
   * never acknowledged.
   */
  private Outcome acknowledge(Outcome outcome, Acknowledging by) {
    if (outcome.findings().isEmpty()
        || UNWAIVABLE.contains(outcome.rule())
        || by.version().isEmpty()) {
      return outcome;
    }
    Agreement version = by.version().get();
    Option<RuleMetadata> rule = rule(outcome.rule()).map(Rule::metadata);
    return outcome.withFindings(
        outcome
            .findings()
            .map(
                f -> {
                  Seq<ParticipantId> people =
                      f.subjects()
                          .filter(ParticipantId.class::isInstance)
                          .map(ParticipantId.class::cast);
                  if (people.size() == 1 && !by.consented().contains(people.head())) {
                    return f;
                  }
                  return acknowledgement(f, version, rule).map(f::withAcknowledged).getOrElse(f);
                }));
  }

  /**
   * The agreement version whose acknowledgements count in a check, if any (the one in force, with
   * acknowledgements and its quorum), and who consented to it: worked out once for every rule.
   */
  private record Acknowledging(Option<Agreement> version, Set<ParticipantId> consented) {
    static Acknowledging of(ProjectIndex index) {
      Option<Agreement> inForce =
          index
              .agreementInForce()
              .filter(a -> !a.acknowledged().isEmpty() && index.quorum(a).met());
      Set<ParticipantId> consented = new HashSet<>();
      inForce.forEach(a -> a.consents().forEach(c -> consented.add(c.participant())));
      return new Acknowledging(inForce, consented);
    }
  }

  /**
   * The reason an agreement version gives for acknowledging a finding, if it names the finding's
   * rule by its id and, where it gives a subject, one of the finding's subjects. It does not ask
   * whether the version had the quorum its acknowledgements need ({@link ProjectIndex#quorum}).
   */
  public static Option<String> acknowledgement(Finding finding, Agreement version) {
    return acknowledgement(finding, version, Option.none());
  }

  /**
   * As {@link #acknowledgement(Finding, Agreement)}, matching also an acknowledgement that names
   * the rule by one of its former ids.
   */
  public static Option<String> acknowledgement(
      Finding finding, Agreement version, Option<RuleMetadata> rule) {
    return version
        .acknowledged()
        .find(
            a ->
                (a.rule().equals(finding.rule()) || rule.exists(r -> r.answersTo(a.rule())))
                    && a.subject()
                        .forAll(s -> finding.subjects().exists(id -> id.value().equals(s))))
        .map(a -> a.reason());
  }

  @Override
  public String toString() {
    return "Rulebook{"
        + name
        + ", rules="
        + rules.size()
        + ", policy="
        + (policy.isDefault() ? "defaults" : "custom")
        + "}";
  }
}
