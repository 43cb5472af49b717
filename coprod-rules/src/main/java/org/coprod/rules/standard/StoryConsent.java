package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionId;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.StoryUse;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Part;
import org.coprod.rules.Principle;
import org.coprod.rules.Recheck;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code story-consent}: a story someone told about their own life feeds an output its consent does
 * not cover. One finding per story and output, about the teller, the story and the output:
 *
 * <ul>
 *   <li>CONCERN, kind {@code withdrawn}: the teller withdrew the story, and the output was made
 *       after that day, or is still in use after it (no {@code inUseUntil}, or one after the
 *       withdrawal): taking a story back must stop its use, not only its next use;
 *   <li>CONCERN, kind {@code beyond-consent}: the output is used in a way the consent does not list
 *       (a story given for TRAINING printed in a PUBLICITY leaflet), or was made after the
 *       consent's {@code until}, or is still in use after that day once it has passed;
 *   <li>WARNING, kind {@code unrecorded}: no consent is recorded for the story at all.
 * </ul>
 *
 * <p>"Coproduction is an investment for anyone who takes the risk of taking part." A story of one's
 * own crisis, told to a room, is the largest part of that risk: who hears it again, where, and for
 * how long is the teller's to decide, and the decision holds after they change their mind. Every
 * ground met is in the evidence ({@code grounds}); the kind is the most serious one. An output that
 * states no {@code use} cannot be judged on its use (its dates still are): say what an output is
 * for to have it checked. A story feeds an output when the contribution names it. People of both
 * sides count alike. The teller's consent cannot be waived by the group, so an acknowledgement
 * never quietens this rule. Not applicable when no story feeds an output.
 */
public final class StoryConsent implements Rule {
  /** The rule's id. */
  public static final String ID = "story-consent";

  private static Template outside() {
    return Template.of(
        "default",
        "A story is used in more ways than the person who told it agreed. A story told by {person} is used in {output} beyond what they agreed: {reasons}.",
        Param.person("person"),
        Param.output("output"),
        Param.text("reasons"));
  }

  /** The kind {@code withdrawn}. */
  public static final FindingKind WITHDRAWN =
      FindingKind.of(
          "withdrawn",
          Severity.CONCERN,
          "a story is still used in an output, or was used in a new one, after the person who told it took it back",
          "Stop using the story now: take the output out of use, or the story out of it; tell the person what happened and what was done, and say sorry; and record the day its use ended.",
          outside());

  /** The kind {@code beyond-consent}. */
  public static final FindingKind BEYOND_CONSENT =
      FindingKind.of(
          "beyond-consent",
          Severity.CONCERN,
          "a story is used in a way, or for longer, than the person who told it agreed to",
          "Ask the person, privately and without pressure, whether they agree to the new use; until they say yes, stop using the story there.",
          outside());

  /** The kind {@code unrecorded}. */
  public static final FindingKind UNRECORDED =
      FindingKind.of(
          "unrecorded",
          Severity.WARNING,
          "a story is used in an output with no record of what the person who told it agreed to",
          "Ask the person what their story may be used for and for how long, and record their answer with the story, before the output is used again.",
          Template.of(
              "default",
              "Nothing says what a story may be used for. A story told by {person} is used in {output}, and nothing records what they agreed it may be used for.",
              Param.person("person"),
              Param.output("output")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Consent to use a story")
          .principle(Principle.RESPECT)
          .addKind(WITHDRAWN, BEYOND_CONSENT, UNRECORDED)
          .summary(
              "a story used beyond its consent, after its end, or still in use after the person withdrew it (C); a story used with no consent recorded (W)")
          .rationale(
              "\"Coproduction is an investment for anyone who takes the risk of taking part.\" \"For anyone in a coproduction project, respect for each other and responsibility to the project is vital.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: respecting all knowledge, relationships, ground rules",
              "NSUN 4Pi standards: process, with consent and the right to withdraw")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE,
              Law.INCREMENTALITY)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** A reason a story's use is outside its consent, named as in the evidence. */
  enum Ground {
    MADE_AFTER_WITHDRAWAL("madeAfterWithdrawal", true),
    IN_USE_AFTER_WITHDRAWAL("inUseAfterWithdrawal", true),
    USE_NOT_COVERED("useNotCovered", false),
    MADE_AFTER_END("madeAfterConsentEnded", false),
    IN_USE_AFTER_END("inUseAfterConsentEnded", false);

    final String key;
    final boolean withdrawal;

    Ground(String key, boolean withdrawal) {
      this.key = key;
      this.withdrawal = withdrawal;
    }
  }

  /**
   * What a check keeps for the next recheck: the outputs by id, the tellings already met, the
   * findings in the order of the stories, whether any story feeds an output, and how many stories
   * were read. Appended stories only add tellings, each judged on its own against its output.
   */
  private static final class State {
    final Map<OutputId, Output> outputs = new HashMap<>();
    // One story told and named to one output once: two contributions sharing a story id and an
    // output are one telling (see Contribution#subjectId).
    final Set<String> seen = new java.util.HashSet<>();
    final java.util.List<Finding> findings = new ArrayList<>();
    boolean any;
    int storiesRead;
  }

  /**
   * The participants, their contributions, the outputs, and the day: a story may still be in use
   * after the end of its consent.
   */
  @Override
  public Set<Part> reads() {
    return Part.of(Part.PARTICIPANTS, Part.CONTRIBUTIONS, Part.OUTPUTS, Part.DAY);
  }

  @Override
  public Outcome check(RuleContext context) {
    State state = new State();
    context.project().outputs().forEach(o -> state.outputs.put(o.id(), o));
    return addStories(context, state);
  }

  /**
   * Adds only the appended stories; where the day moved, a telling judged before may be in use past
   * its consent's end since: checked from nothing.
   */
  @Override
  public Outcome recheck(RuleContext context, Recheck since) {
    Option<State> kept = since.kept(State.class);
    if (kept.isEmpty() || since.dayChanged()) {
      return check(context);
    }
    return addStories(context, kept.get());
  }

  /** Judges the stories past those read, keeps the state, and gives the outcome. */
  private static Outcome addStories(RuleContext context, State state) {
    Columns columns = Columns.of(context.index());
    // Only the stories, in the project's order: the index keeps their places.
    for (int k = state.storiesRead; k < columns.storyCount(); k++) {
      Contribution c = columns.contribution(columns.storyAt(k));
      if (c.output().isEmpty()) {
        continue;
      }
      Output output = state.outputs.get(c.output().get());
      if (output == null) {
        continue;
      }
      state.any = true;
      ContributionId story = c.subjectId().get();
      if (!state.seen.add(story.value() + "\n" + output.id().value())) {
        continue;
      }
      if (c.consent().isEmpty()) {
        state.findings.add(
            context
                .finding(UNRECORDED)
                .addArgument(
                    Argument.person("person", c.participant()),
                    Argument.output("output", output.id()))
                .addSubject(c.participant())
                .addSubject(story)
                .addSubject(output.id())
                .addEvidence(Evidence.of("consentRecorded", false))
                .build());
        continue;
      }
      org.coprod.core.StoryConsent consent = c.consent().get();
      Set<Ground> grounds = new LinkedHashSet<>();
      java.util.List<StoryUse> uncovered = new ArrayList<>();
      for (StoryUse use : output.use()) {
        if (!consent.covers(use) && !uncovered.contains(use)) {
          uncovered.add(use);
        }
      }
      if (!uncovered.isEmpty()) {
        grounds.add(Ground.USE_NOT_COVERED);
      }
      for (LocalDate withdrawn : consent.withdrawn()) {
        if (output.date().isAfter(withdrawn)) {
          grounds.add(Ground.MADE_AFTER_WITHDRAWAL);
        } else if (inUseAfter(output, withdrawn)) {
          grounds.add(Ground.IN_USE_AFTER_WITHDRAWAL);
        }
      }
      for (LocalDate until : consent.until()) {
        if (output.date().isAfter(until)) {
          grounds.add(Ground.MADE_AFTER_END);
        } else if (context.date().isAfter(until) && inUseAfter(output, until)) {
          grounds.add(Ground.IN_USE_AFTER_END);
        }
      }
      if (grounds.isEmpty()) {
        continue;
      }
      boolean withdrawal = grounds.stream().anyMatch(g -> g.withdrawal);
      Seq<Ground> listed = List.ofAll(grounds);
      Finding.Builder f =
          context
              .finding(withdrawal ? WITHDRAWN : BEYOND_CONSENT)
              .addArgument(
                  Argument.person("person", c.participant()),
                  Argument.output("output", output.id()),
                  Argument.text("reasons", Words.reasons(listed, List.ofAll(uncovered))))
              .addSubject(c.participant())
              .addSubject(story)
              .addSubject(output.id())
              .addEvidence(
                  Evidence.of("grounds", listed.map(g -> g.key).mkString(",")),
                  Evidence.of("anonymised", consent.anonymised()));
      if (!uncovered.isEmpty()) {
        f.addEvidence(
            Evidence.of("usesNotCovered", List.ofAll(uncovered).map(Enum::name).mkString(",")));
      }
      state.findings.add(f.build());
    }
    state.storiesRead = columns.storyCount();
    context.keep(state);
    if (!state.any) {
      return context.notApplicable("no story feeds an output");
    }
    return context.outcome(new ArrayList<>(state.findings));
  }

  /** Whether an output is, or will be, in use after a day: no end recorded, or one after it. */
  private static boolean inUseAfter(Output output, LocalDate day) {
    return output.inUseUntil().forAll(end -> end.isAfter(day));
  }

  /** The rule's words, in one place. */
  static final class Words {
    private Words() {}

    /** Why a story's use is outside its consent, each ground in words, joined. */
    static String reasons(Seq<Ground> grounds, Seq<StoryUse> uncovered) {
      java.util.List<String> why = new ArrayList<>();
      for (Ground g : grounds) {
        why.add(
            switch (g) {
              case MADE_AFTER_WITHDRAWAL -> "it was made after they took the story back";
              case IN_USE_AFTER_WITHDRAWAL -> "it is still in use after they took the story back";
              case USE_NOT_COVERED ->
                  "it is used for " + uses(uncovered) + ", which they did not agree to";
              case MADE_AFTER_END -> "it was made after the end of what they agreed to";
              case IN_USE_AFTER_END -> "it is still in use after the end of what they agreed to";
            });
      }
      return why.size() == 1
          ? why.get(0)
          : String.join(", ", why.subList(0, why.size() - 1)) + ", and " + why.get(why.size() - 1);
    }

    private static String uses(Seq<StoryUse> uses) {
      Seq<String> words = uses.map(Words::use);
      return words.size() == 1
          ? words.head()
          : words.init().mkString(", ") + " and " + words.last();
    }

    static String use(StoryUse use) {
      return switch (use) {
        case TRAINING -> "training";
        case PUBLICATION -> "publication";
        case PUBLICITY -> "publicity";
        case RESEARCH -> "research";
        case SERVICE_DESIGN -> "designing the service";
      };
    }
  }
}
