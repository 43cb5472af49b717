package org.coprod.testkit;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.coprod.core.Contribution;
import org.coprod.core.Decision;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;

/**
 * Rules with a deliberate fault, one a law: each declares the law its fault breaks, so the tests
 * can show the law catches it. Their ids carry the {@code faulty/} prefix.
 */
final class FaultyRules {
  private FaultyRules() {}

  private static RuleMetadata faulty(String id, String what, Law law) {
    return RuleMetadata.builder()
        .id("faulty/" + id)
        .title(what)
        .principle(Principle.POWER)
        .addKind(
            FindingKind.of(
                "flagged",
                Severity.WARNING,
                what,
                "Nothing: this rule is a test fixture.",
                org.coprod.rules.Template.of(
                    "default", "{words}", org.coprod.rules.Param.text("words"))))
        .summary(what)
        .rationale("A test fixture with a deliberate fault.")
        .addLaw(law)
        .build();
  }

  /** Flags the contributor whose id comes first: what it finds depends on the names. */
  static final class ReadsIds implements Rule {
    private static final RuleMetadata METADATA =
        faulty("reads-ids", "the contributor first by id carries the work", Law.RELABELLING);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      java.util.Optional<ParticipantId> first =
          context
              .index()
              .contributors()
              .map(Participant::id)
              .toJavaStream()
              .min(ParticipantId::compareTo);
      if (first.isEmpty()) {
        return context.notApplicable("nobody contributed");
      }
      return context.outcome(
          List.of(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "'" + first.get() + "' carries the work."))
                  .addSubject(first.get())
                  .build()));
    }
  }

  /** Flags everyone with 10 hours or more: an absolute number of hours. */
  static final class AbsoluteHours implements Rule {
    private static final RuleMetadata METADATA =
        faulty("absolute-hours", "someone gave 10 hours or more", Law.HOUR_SCALING);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      java.util.List<Finding> findings = new ArrayList<>();
      for (Participant p : context.index().contributors()) {
        if (context.index().hours(p.id()) >= 10) {
          findings.add(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "'" + p.id() + "' gave 10 hours or more."))
                  .addSubject(p.id())
                  .build());
        }
      }
      return context.outcome(findings);
    }
  }

  /**
   * Flags whoever gave the first contribution listed: what it finds depends on the list's order.
   */
  static final class FirstListed implements Rule {
    private static final RuleMetadata METADATA =
        faulty(
            "first-listed", "the first contributor listed leads the work", Law.ORDER_INDEPENDENCE);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      io.vavr.collection.Seq<Contribution> listed = context.view().project().contributions();
      if (listed.isEmpty()) {
        return context.notApplicable("nobody contributed");
      }
      ParticipantId first = listed.head().participant();
      return context.outcome(
          List.of(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text("words", "'" + first + "' leads the work."))
                  .addSubject(first)
                  .build()));
    }
  }

  /**
   * Flags whoever gave the last contribution listed, but its recheck keeps the outcome it gave
   * before: what was appended is never looked at.
   */
  static final class StaleRecheck implements Rule {
    private static final RuleMetadata METADATA =
        faulty("stale-recheck", "the last contributor listed is heard last", Law.INCREMENTALITY);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public java.util.Set<org.coprod.rules.Part> reads() {
      return org.coprod.rules.Part.of(
          org.coprod.rules.Part.CONTRIBUTIONS, org.coprod.rules.Part.PARTICIPANTS);
    }

    @Override
    public Outcome recheck(RuleContext context, org.coprod.rules.Recheck since) {
      return since.previous();
    }

    @Override
    public Outcome check(RuleContext context) {
      io.vavr.collection.Seq<Contribution> listed = context.view().project().contributions();
      if (listed.isEmpty()) {
        return context.notApplicable("nobody contributed");
      }
      ParticipantId last = listed.last().participant();
      return context.outcome(
          List.of(
              context
                  .finding(context.rule().kind("flagged").get())
                  .addArgument(
                      org.coprod.rules.Argument.text("words", "'" + last + "' is heard last."))
                  .addSubject(last)
                  .build()));
    }
  }

  /** Flags everyone paid 100 or more in all: an absolute amount of money. */
  static final class AbsoluteMoney implements Rule {
    private static final RuleMetadata METADATA =
        faulty("absolute-money", "someone was paid 100 or more", Law.MONEY_SCALING);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      Map<ParticipantId, BigDecimal> paid = new HashMap<>();
      for (Contribution c : context.project().contributions()) {
        paid.merge(c.participant(), c.paid(), BigDecimal::add);
      }
      java.util.List<Finding> findings = new ArrayList<>();
      paid.forEach(
          (id, total) -> {
            if (total.compareTo(BigDecimal.valueOf(100)) >= 0) {
              findings.add(
                  context
                      .finding(context.rule().kind("flagged").get())
                      .template(
                          org.coprod.rules.Template.of(
                              "default", "{words}", org.coprod.rules.Param.text("words")))
                      .addArgument(
                          org.coprod.rules.Argument.text(
                              "words", "'" + id + "' was paid 100 or more."))
                      .addSubject(id)
                      .build());
            }
          });
      return context.outcome(findings);
    }
  }

  /**
   * Flags lived-experience contributors credited on no output, and never professionals: one side
   * only.
   */
  static final class OneSideOnly implements Rule {
    private static final RuleMetadata METADATA =
        faulty(
            "one-side-only", "a lived-experience contributor credited nowhere", Law.SIDE_SYMMETRY);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      Set<ParticipantId> credited = new HashSet<>();
      context.project().outputs().forEach(o -> o.credited().forEach(credited::add));
      java.util.List<Finding> findings = new ArrayList<>();
      for (Participant p : context.index().contributors(Side.LIVED_EXPERIENCE)) {
        if (!credited.contains(p.id())) {
          findings.add(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "'" + p.id() + "' is credited nowhere."))
                  .addSubject(p.id())
                  .build());
        }
      }
      return context.outcome(findings);
    }
  }

  /** Flags outputs on which someone with lived experience is credited: credit makes it worse. */
  static final class FlagsCreditToLivedExperience implements Rule {
    private static final RuleMetadata METADATA =
        faulty(
            "flags-credit-to-lived-experience",
            "an output credits someone with lived experience",
            Law.CREDIT_MONOTONICITY);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      java.util.List<Finding> findings = new ArrayList<>();
      for (Output o : context.project().outputs()) {
        if (context.index().creditedSides(o).contains(Side.LIVED_EXPERIENCE)) {
          findings.add(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "Output '" + o.id() + "' credits lived experience."))
                  .addSubject(o.id())
                  .build());
        }
      }
      return context.outcome(findings);
    }
  }

  /** Flags key decisions with a lived-experience decider: a say makes it worse. */
  static final class FlagsLivedExperienceDeciders implements Rule {
    private static final RuleMetadata METADATA =
        faulty(
            "flags-lived-experience-deciders",
            "a key decision with a lived-experience decider",
            Law.SAY_MONOTONICITY);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      java.util.List<Finding> findings = new ArrayList<>();
      for (Decision d : context.project().decisions()) {
        if (d.key()
            && d.decidedBy().exists(id -> context.index().side(id) == Side.LIVED_EXPERIENCE)) {
          findings.add(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "Decision '" + d.id() + "' had a lived-experience decider."))
                  .addSubject(d.id())
                  .build());
        }
      }
      return context.outcome(findings);
    }
  }

  /** Flags a project that started more than five years before today: it reads the clock. */
  static final class ReadsTheClock implements Rule {
    private static final RuleMetadata METADATA =
        faulty("reads-the-clock", "the project started over five years ago", Law.TIME);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      if (context.project().started().isBefore(LocalDate.now().minusYears(5))) {
        return context.outcome(
            List.of(
                context
                    .finding(context.rule().kind("flagged").get())
                    .template(
                        org.coprod.rules.Template.of(
                            "default", "{words}", org.coprod.rules.Param.text("words")))
                    .addArgument(
                        org.coprod.rules.Argument.text(
                            "words", "The project started over five years ago."))
                    .addSubject(context.project().id())
                    .build()));
      }
      return context.passed();
    }
  }

  /**
   * Counts contributions by day in an array that runs from the start to the project's last dated
   * event, then looks up the view's date: it takes the last dated event for "now", and fails on a
   * view after it.
   */
  static final class TakesTheLastEventForNow implements Rule {
    private static final RuleMetadata METADATA =
        faulty("takes-the-last-event-for-now", "someone contributed on the view's day", Law.TIME);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      LocalDate start = context.project().started();
      int[] byDay =
          new int[(int) ChronoUnit.DAYS.between(start, context.project().lastDatedEvent()) + 1];
      for (Contribution c : context.project().contributions()) {
        byDay[(int) ChronoUnit.DAYS.between(start, c.date())]++;
      }
      int today = byDay[(int) ChronoUnit.DAYS.between(start, context.date())];
      if (today > 0) {
        return context.outcome(
            List.of(
                context
                    .finding(context.rule().kind("flagged").get())
                    .template(
                        org.coprod.rules.Template.of(
                            "default", "{words}", org.coprod.rules.Param.text("words")))
                    .addArgument(
                        org.coprod.rules.Argument.text(
                            "words", "Someone contributed on the view's day."))
                    .addSubject(context.project().id())
                    .build()));
      }
      return context.passed();
    }
  }

  /** Names one contributor as representative: the first of a set in hash order of fresh objects. */
  static final class HashOrdered implements Rule {
    private static final RuleMetadata METADATA =
        faulty("hash-ordered", "a representative contributor", Law.DETERMINISM);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    /** A holder without its own hash code: its hash is its identity, new each run. */
    private static final class Holder {
      final ParticipantId id;

      Holder(ParticipantId id) {
        this.id = id;
      }
    }

    @Override
    public Outcome check(RuleContext context) {
      Set<Holder> holders = new HashSet<>();
      context.index().contributors().forEach(p -> holders.add(new Holder(p.id())));
      if (holders.isEmpty()) {
        return context.notApplicable("nobody contributed");
      }
      ParticipantId first = holders.iterator().next().id;
      return context.outcome(
          List.of(
              context
                  .finding(context.rule().kind("flagged").get())
                  .template(
                      org.coprod.rules.Template.of(
                          "default", "{words}", org.coprod.rules.Param.text("words")))
                  .addArgument(
                      org.coprod.rules.Argument.text(
                          "words", "'" + first + "' speaks for the group."))
                  .addSubject(first)
                  .build()));
    }
  }

  /**
   * Divides the hours by the number of outputs in whole numbers: it throws on a project without
   * outputs.
   */
  static final class Throws implements Rule {
    private static final RuleMetadata METADATA =
        faulty("throws", "many hours an output", Law.TOTALITY);

    @Override
    public RuleMetadata metadata() {
      return METADATA;
    }

    @Override
    public Outcome check(RuleContext context) {
      ProjectIndex index = context.index();
      int perOutput = (int) index.hours() / context.project().outputs().size();
      if (perOutput > 100) {
        return context.outcome(
            List.of(
                context
                    .finding(context.rule().kind("flagged").get())
                    .template(
                        org.coprod.rules.Template.of(
                            "default", "{words}", org.coprod.rules.Param.text("words")))
                    .addArgument(
                        org.coprod.rules.Argument.text("words", "Over a hundred hours an output."))
                    .addSubject(context.project().id())
                    .build()));
      }
      return context.passed();
    }
  }
}
