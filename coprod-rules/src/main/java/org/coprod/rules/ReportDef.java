package org.coprod.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.CoprodStyle;
import org.coprod.core.LadderStep;
import org.coprod.core.ParticipantId;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.immutables.value.Value;

/**
 * The result of checking one view of a project: an outcome for every rule, the findings in order
 * (by principle, most serious first, then rule id, then subjects), the headline measures, the
 * ladder step claimed and assessed, and how the policy differed from the defaults.
 */
@Value.Immutable
@CoprodStyle
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
abstract class ReportDef {
  /** The project's id. */
  public abstract ProjectId project();

  /** The project's title. */
  public abstract String title();

  /** The view's date. */
  public abstract LocalDate asOf();

  /** Whether the project had closed by then. */
  public abstract boolean closed();

  /** The name of the rulebook. */
  public abstract String ruleset();

  /** The version of the rulebook. */
  public abstract String rulesetVersion();

  /**
   * SHA-256 over the rulebook's sorted rule ids (see {@link Rulebook#digest()}), so that a rule
   * added or removed shows whatever the rulebook is called.
   */
  public abstract String rulesetDigest();

  /** The version of the coprod library that made the report. */
  public abstract String libraryVersion();

  /** The outcome of every rule run, in the rulebook's order. */
  public abstract Seq<Outcome> outcomes();

  /** Every finding, in report order. */
  public abstract Seq<Finding> findings();

  /** The headline measures. */
  public abstract Measures measures();

  /** The ladder step the project claims, if it claims one. */
  public abstract Option<LadderStep> claimedLevel();

  /** How the policy differed from the defaults; empty under the defaults. */
  public abstract Seq<PolicyDifference> policy();

  /**
   * The catalogue entries of the rulebook's rules, in its order: each rule's title, kinds (with
   * their templates and next steps), summary and rationale, so a renderer needs nothing but the
   * report. Empty for a report read back from a file.
   */
  public abstract Seq<RuleMetadata> catalogue();

  /**
   * The people who asked not to be named ({@code ANONYMOUS}), sorted by id: renderers write them as
   * "a group member", files as {@code anonymous-N}, N numbering them in this order.
   */
  public abstract Seq<ParticipantId> anonymous();

  /**
   * The title of each person's role on the view's date (the earliest begun of the roles they then
   * hold), for people who hold one; reports call people by it before their id.
   */
  public abstract SortedMap<ParticipantId, String> roleTitles();

  /**
   * The side of each person in the project, so a report read by the whole group can count the
   * people a finding is about by side without naming them. Never written to files; empty for a
   * report read back from one.
   */
  public abstract SortedMap<ParticipantId, Side> sides();

  /**
   * What the report calls the two sides: the policy's labels, else "people with lived experience"
   * and "professionals". A renderer's options may override them.
   */
  @Value.Default
  public SideLabels sideLabels() {
    return SideLabels.defaults();
  }

  /**
   * Whether its findings' fingerprints were made with the project's {@code fingerprintKey}: then
   * files write every fingerprint, since none can be undone by guessing ids.
   */
  @Value.Default
  public boolean fingerprintsKeyed() {
    return false;
  }

  /**
   * A finding's fingerprint as files write it: none for a finding about, or naming, someone who
   * asked not to be named when the fingerprints are not keyed, since a hash of a short id can be
   * undone by hashing guesses.
   */
  public Option<String> fileFingerprint(Finding finding) {
    return !fingerprintsKeyed() && namesAnonymous(finding)
        ? Option.none()
        : Option.some(finding.fingerprint());
  }

  /**
   * Whether a finding is about, or names, someone who asked not to be named, or an id made from
   * theirs ({@link #hides}).
   */
  public boolean namesAnonymous(Finding finding) {
    return finding.subjects().exists(this::hides)
        || finding.peopleNamed().exists(this::isAnonymous)
        || finding
            .arguments()
            .exists(
                a ->
                    a.value() instanceof org.coprod.core.Id id
                        && !(id instanceof ParticipantId)
                        && hides(id));
  }

  /** The totals the charts draw; empty for a report read back from a file. */
  @Value.Default
  public ChartTotals charts() {
    return ChartTotals.empty();
  }

  /** Whether a person asked not to be named. */
  public boolean isAnonymous(ParticipantId id) {
    return anonymousPlaces().containsKey(id);
  }

  /**
   * The place of each person who asked not to be named in {@link #anonymous()}, from 0: asked for
   * every person a report writes, so looked up rather than searched for.
   */
  @Value.Lazy
  java.util.Map<ParticipantId, Integer> anonymousPlaces() {
    java.util.Map<ParticipantId, Integer> places = new java.util.HashMap<>();
    int at = 0;
    for (ParticipantId id : anonymous()) {
      places.putIfAbsent(id, at++);
    }
    return places;
  }

  /**
   * How files write a person: their id, or {@code anonymous-N} for someone who asked not to be
   * named, N (from 1) numbering the report's ANONYMOUS people in the order of their ids.
   */
  public String fileId(ParticipantId id) {
    Integer i = anonymousPlaces().get(id);
    return i == null ? id.value() : "anonymous-" + (i + 1);
  }

  /**
   * Where the id of someone who asked not to be named stands as a word of its own in a text:
   * letters, digits, {@code _} and {@code -} would continue a word, so {@code p1} stands in {@code
   * p1.story.2024-03-01} and {@code m2.p1} but not in {@code p10} or {@code p1-leaflet}. Longer ids
   * first, so an id that holds another is matched whole.
   */
  @Value.Lazy
  java.util.regex.Pattern mention() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    anonymous().forEach(id -> ids.add(id.value()));
    if (ids.isEmpty()) {
      return java.util.regex.Pattern.compile("(?!)");
    }
    ids.sort(
        java.util.Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(java.util.Comparator.naturalOrder()));
    StringBuilder any = new StringBuilder();
    for (String id : ids) {
      any.append(any.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(id));
    }
    return java.util.regex.Pattern.compile(
        "(?<![\\p{L}\\p{N}_-])(?:" + any + ")(?![\\p{L}\\p{N}_-])");
  }

  /**
   * Whether an id names someone who asked not to be named: their own id, or an id made from it (a
   * story's {@code PARTICIPANT.story.DATE}, an attendance's {@code MEETING.PARTICIPANT}), which
   * names them as surely.
   */
  public boolean hides(org.coprod.core.Id id) {
    return (id instanceof ParticipantId p && isAnonymous(p)) || mentionsAnonymous(id.value());
  }

  /** Whether a text holds, as a word of its own, the id of someone who asked not to be named. */
  public boolean mentionsAnonymous(String text) {
    return !anonymous().isEmpty() && mention().matcher(text).find();
  }

  /**
   * A text with the ids of people who asked not to be named put as {@code replace} says, so ids
   * made from theirs lose them; text that names nobody such comes back as it was.
   */
  public String withoutAnonymous(
      String text, java.util.function.Function<ParticipantId, String> replace) {
    if (!mentionsAnonymous(text)) {
      return text;
    }
    java.util.regex.Matcher m = mention().matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(replace.apply(ParticipantId.of(m.group()))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * How files write an id: a person as {@link #fileId(ParticipantId)} says; any other id with the
   * ids of people who asked not to be named in it written {@code anonymous-N}, so a story's {@code
   * p1.story.2024-03-01} is {@code anonymous-1.story.2024-03-01}.
   */
  public String fileId(org.coprod.core.Id id) {
    return id instanceof ParticipantId p ? fileId(p) : withoutAnonymous(id.value(), this::fileId);
  }

  /** The catalogue entry of a rule that ran, if the report carries it. */
  public Option<RuleMetadata> rule(String id) {
    return catalogue().find(m -> m.id().equals(id));
  }

  /** What changed because of what people said, in the record's order; empty without impacts. */
  public abstract Seq<ReportedImpact> impacts();

  /**
   * The check-in rounds held by the report's date, as medians and counts, in the record's order.
   */
  public abstract Seq<ReportedCheckIn> checkIns();

  /** The group's responses to findings, in the record's order. */
  public abstract Seq<ReportedResponse> responses();

  /** The group's latest response to a finding, by its fingerprint, if it responded. */
  public Option<ReportedResponse> responseTo(Finding finding) {
    return responses()
        .filter(r -> r.finding().equals(finding.fingerprint()))
        .maxBy(ReportedResponse::date);
  }

  /** The assessed ladder step. */
  public LadderStep ladder() {
    return measures().ladder();
  }

  /** The findings that count towards failing: those not acknowledged. */
  public Seq<Finding> unacknowledged() {
    return findings().filter(f -> !f.isAcknowledged());
  }

  /**
   * Whether the check fails at a level: an unacknowledged finding at or above it, or a rule that
   * ended in ERROR.
   */
  public boolean failsAt(Severity level) {
    return unacknowledged().exists(f -> f.severity().isAtLeast(level))
        || outcomes().exists(o -> o.status() == OutcomeStatus.ERROR);
  }

  /** The outcome of one rule, if it ran. */
  public Option<Outcome> outcome(String rule) {
    return outcomes().find(o -> o.rule().equals(rule));
  }

  /** The findings of one rule. */
  public Seq<Finding> findings(String rule) {
    return findings().filter(f -> f.rule().equals(rule));
  }

  /**
   * What a plain {@code ObjectMapper} finds to write: it throws, saying how to write a Report.
   * Jackson reads the annotation; nothing else calls it.
   */
  @JsonProperty("coprod")
  @SuppressWarnings("UnusedMethod") // called by Jackson through reflection, to refuse
  private Object refusedByPlainJackson() {
    throw JsonRefusal.of("Report");
  }
}
