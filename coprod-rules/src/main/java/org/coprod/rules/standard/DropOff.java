package org.coprod.rules.standard;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.coprod.core.Side;
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
import org.coprod.rules.ProjectIndex.Presence;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;

/**
 * {@code drop-off}: fewer core people with lived experience take part at the end of the work than
 * half of those who took part when they first joined it (WARNING); or as many take part, but under
 * half of them are the people who began (NOTE, {@code same-people}). One finding for the project.
 *
 * <p>"In a perfect version of coproduction, people would come together spontaneously, easily decide
 * what they were trying to make and then get on with making it, carrying on until everyone was
 * finished and everyone felt they had made the contribution they wanted to make." Phases run
 * SCOPING, DESIGN, DELIVERY, EVALUATION, DISSEMINATION. The count starts in the first phase in
 * which a core person with lived experience contributed, so staff scoping alone does not hide a
 * later drop-off, and ends in the last phase in which anyone contributed, so a last phase with no
 * lived experience in it (dissemination by staff alone: "left behind") counts as nobody present.
 * Presence is a count of people ({@link ProjectIndex#presence()}): a group whose members change
 * while its size holds (rolling cohorts) has not dropped off, and gets only a NOTE. Someone on an
 * agreed break during the last phase counts as present: stepping back is not leaving. Before the
 * close the last phase is the latest so far. Not applicable when no core person with lived
 * experience has contributed, or when the work has not gone on past the first phase in which one
 * did.
 */
public final class DropOff implements Rule {
  /** The rule's id. */
  public static final String ID = "drop-off";

  /** The least share of the presence at the start that should remain at the end. */
  public static final Parameter<Double> MIN_RETENTION =
      Parameter.share(
          "minRetention",
          0.5,
          "the least share of the core people with lived experience taking part at the start who should still take part at the end",
          "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end");

  /** The kind {@code dropped}. */
  public static final FindingKind DROPPED =
      FindingKind.of(
          "dropped",
          Severity.WARNING,
          "fewer than half as many core {le} take part at the end as when they first joined the work",
          "Ask those who stepped back, if they are willing, what made it hard to carry on: time, money, support or how the group works; and what would bring them back.",
          Template.of(
              "default",
              "Fewer people took part as the work went on. In {first}, {inFirst, plural, one {one core {le, one}} other {# core {le}}} took part; in {last}, the latest phase of the work{closed, select, yes {} other { so far}}, {inLast, plural, =0 {none} other {#}} took part.",
              Param.phase("first"),
              Param.count("inFirst"),
              Param.side("le"),
              Param.phase("last"),
              Param.text("closed"),
              Param.count("inLast")));

  /** The kind {@code same-people}. */
  public static final FindingKind SAME_PEOPLE =
      FindingKind.of(
          "same-people",
          Severity.NOTE,
          "as many core {le} take part at the end, but most of them are not the people who began",
          "If the group means to work in rolling cohorts, say so in the agreement; if not, ask those who stepped back what would have kept them.",
          Template.of(
              "default",
              "The people who took part changed as the work went on. In {first}, {inFirst, plural, one {one core {le, one}} other {# core {le}}} took part, and in {last} {inLast} took part; but only {same} of those who began {same, plural, one {was} other {were}} among them: the group changed as the work went on.",
              Param.phase("first"),
              Param.count("inFirst"),
              Param.side("le"),
              Param.phase("last"),
              Param.count("inLast"),
              Param.count("same")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Drop-off")
          .principle(Principle.RESOURCES)
          .addKind(DROPPED)
          .addKind(SAME_PEOPLE)
          .summary(
              "the number of core LE people contributing in the last active phase is under half (NIHR/INVOLVE: power shared from the start to the end) of that in the first phase in which any core LE person contributed (W); that number holds but under half of the same people remain (N, kind same-people: rolling cohorts are not drop-off)")
          .rationale(
              "\"In a perfect version of coproduction, people would come together spontaneously, easily decide what they were trying to make and then get on with making it, carrying on until everyone was finished and everyone felt they had made the contribution they wanted to make.\"")
          .addSource(
              "NIHR/INVOLVE guidance on co-producing research: sharing power from the start to the end",
              "TLAP ladder of co-production: co-production shares strategic decisions from design to delivery")
          .addParameter(MIN_RETENTION)
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

  @Override
  public Outcome check(RuleContext context) {
    ProjectIndex index = context.index();
    Option<Presence> found = index.presence();
    if (found.isEmpty()) {
      return context.notApplicable(
          index.contributors().exists(p -> p.isLivedExperience() && p.isCore())
              ? "the work has not gone past the first phase in which core {le} contributed"
              : "no core {le, one} has contributed");
    }
    Presence p = found.get();
    double min = context.parameter(MIN_RETENTION);
    Finding.Builder finding;
    if (p.dropped(min)) {
      finding =
          context
              .finding(DROPPED)
              .addArgument(
                  Argument.phase("first", p.first()),
                  Argument.count("inFirst", p.inFirst()),
                  Argument.side("le", Side.LIVED_EXPERIENCE),
                  Argument.phase("last", p.last()),
                  Argument.text("closed", context.view().isClosed() ? "yes" : "no"),
                  Argument.count("inLast", p.inLast()));
    } else if (p.samePeopleChanged(min)) {
      finding =
          context
              .finding(SAME_PEOPLE)
              .addArgument(
                  Argument.phase("first", p.first()),
                  Argument.count("inFirst", p.inFirst()),
                  Argument.side("le", Side.LIVED_EXPERIENCE),
                  Argument.phase("last", p.last()),
                  Argument.count("inLast", p.inLast()),
                  Argument.count("same", p.samePeople()));
    } else {
      return context.passed();
    }
    return context.outcome(
        List.of(
            finding
                .addSubject(context.project().id())
                .addEvidence(
                    Evidence.of("firstPhase", p.first().name()),
                    Evidence.of("lastPhase", p.last().name()),
                    Evidence.of("presentInFirst", p.inFirst()),
                    Evidence.of("presentInLast", p.inLast()),
                    Evidence.of("samePeopleInLast", p.samePeople()),
                    Evidence.of("retention", (double) p.inLast() / p.inFirst()))
                .build()));
  }
}
