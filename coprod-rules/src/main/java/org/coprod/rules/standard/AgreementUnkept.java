package org.coprod.rules.standard;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coprod.core.Agreement;
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Outcome;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Rule;
import org.coprod.rules.RuleContext;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.Template;
import org.coprod.rules.internal.Columns;

/**
 * {@code agreement-unkept}: the group's own promise broken on an output. At the close a CONCERN,
 * before it a NOTE ("so far"), one finding per output with the promises broken in the evidence.
 *
 * <ul>
 *   <li>The agreement promised every contributor named ({@code ALL_CONTRIBUTORS_NAMED}), and
 *       someone who contributed to the output, and did not ask to stay anonymous or to be taken off
 *       it, is neither credited nor acknowledged on it (nor one of its owners).
 *   <li>The agreement promised shared ownership ({@code SHARED}), and the output has owners, all on
 *       one side, while the other side contributed to it.
 * </ul>
 *
 * <p>The founding text remembers the games that "fell apart or someone didn't follow the rules that
 * everyone else had agreed on"; and "If it's coproduction everyone involved will have made it what
 * it is". The promise judged is the most generous one in force for the output: that of any
 * agreement version in force on the output's date or on a day someone contributed to it, since a
 * later version cannot take back what was promised while the work was done. Contributing is any
 * contribution to the output, whatever its hours (where no contribution names any output, every
 * contribution counts for every output), except a story told anonymised: it is given on the terms
 * of its consent, and asking for its teller to be named on, or to own, what it feeds would break
 * that consent ({@code story-consent} speaks to the story). Not applicable before the project has
 * an output, or while no agreement version promises every contributor named or shared ownership.
 */
public final class AgreementUnkept implements Rule {
  /** The rule's id. */
  public static final String ID = "agreement-unkept";

  /** The kind {@code unkept}. */
  public static final FindingKind UNKEPT =
      FindingKind.of(
          "unkept",
          Severity.CONCERN,
          "at the close, an output breaks a promise in the agreement: to name all who took part, or to share who owns it",
          "Put the output right where it can still be changed (add the names, share the ownership), and talk together about how the promise came to be broken.",
          Template.of(
              "named",
              "A promise in the agreement was not kept. It promised that everyone who contributed would be named ({namedIn}), but {unnamed} of the {contributors, plural, one {# person} other {# people}} who contributed to output {output} {unnamed, plural, one {is} other {are}} neither credited nor acknowledged on it.",
              Param.text("namedIn"),
              Param.count("unnamed"),
              Param.count("contributors"),
              Param.output("output")),
          Template.of(
              "owned",
              "A promise in the agreement was not kept. It promised shared ownership ({sharedIn}), but output {output} is owned by {holder} only, though {other} contributed to it.",
              Param.text("sharedIn"),
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")),
          Template.of(
              "both",
              "Two promises in the agreement were not kept. It promised that everyone who contributed would be named ({namedIn}), but {unnamed} of the {contributors, plural, one {# person} other {# people}} who contributed to output {output} {unnamed, plural, one {is} other {are}} neither credited nor acknowledged on it; and it promised shared ownership ({sharedIn}), but output {output} is owned by {holder} only, though {other} contributed to it.",
              Param.text("namedIn"),
              Param.count("unnamed"),
              Param.count("contributors"),
              Param.text("sharedIn"),
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")));

  /** The kind {@code unkept-so-far}. */
  public static final FindingKind UNKEPT_SO_FAR =
      FindingKind.of(
          "unkept-so-far",
          Severity.NOTE,
          "so far, an output does not keep a promise in the agreement: to name all who took part, or to share who owns it",
          "There is still time: name everyone who contributed, or share the ownership, before the output is final.",
          Template.of(
              "named",
              "So far, a promise in the agreement is not kept. It promised that everyone who contributed would be named ({namedIn}), but {unnamed} of the {contributors, plural, one {# person} other {# people}} who contributed to output {output} {unnamed, plural, one {is} other {are}} neither credited nor acknowledged on it.",
              Param.text("namedIn"),
              Param.count("unnamed"),
              Param.count("contributors"),
              Param.output("output")),
          Template.of(
              "owned",
              "So far, a promise in the agreement is not kept. It promised shared ownership ({sharedIn}), but output {output} is owned by {holder} only, though {other} contributed to it.",
              Param.text("sharedIn"),
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")),
          Template.of(
              "both",
              "So far, two promises in the agreement are not kept. It promised that everyone who contributed would be named ({namedIn}), but {unnamed} of the {contributors, plural, one {# person} other {# people}} who contributed to output {output} {unnamed, plural, one {is} other {are}} neither credited nor acknowledged on it; and it promised shared ownership ({sharedIn}), but output {output} is owned by {holder} only, though {other} contributed to it.",
              Param.text("namedIn"),
              Param.count("unnamed"),
              Param.count("contributors"),
              Param.text("sharedIn"),
              Param.output("output"),
              Param.side("holder"),
              Param.side("other")));

  private static final RuleMetadata METADATA =
      RuleMetadata.builder()
          .id(ID)
          .title("Agreement not kept")
          .principle(Principle.RESPECT)
          .addKind(UNKEPT)
          .addKind(UNKEPT_SO_FAR)
          .summary(
              "at the close (C; before it N, \"so far\"), an output where an agreement version in force on its date, or on a day someone contributed to it, promised ALL_CONTRIBUTORS_NAMED and someone who contributed (not ANONYMOUS, nor taken off it at their request) is neither credited nor acknowledged, or promised SHARED ownership and its owners are all on one side while the other contributed")
          .rationale(
              "The founding text remembers the games that \"fell apart or someone didn't follow the rules that everyone else had agreed on\"; and \"If it's coproduction everyone involved will have made it what it is\".")
          .addSource(
              "NIHR payment guidance: people told at the outset how they will be acknowledged, and that is then done",
              "CRediT (NISO Z39.104-2022): contributors named by their roles",
              "Arnstein (1969): at partnership the arrangement cannot be changed unilaterally")
          .addLaw(
              Law.RELABELLING,
              Law.HOUR_SCALING,
              Law.MONEY_SCALING,
              Law.SIDE_SYMMETRY,
              Law.CREDIT_MONOTONICITY,
              Law.TIME,
              Law.DETERMINISM,
              Law.TOTALITY,
              Law.ORDER_INDEPENDENCE)
          .build();

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  /** The promises in force for one output: every contributor named, shared ownership. */
  private static final class Promised {
    final Set<Integer> named = new TreeSet<>();
    final Set<Integer> shared = new TreeSet<>();

    void add(Agreement a) {
      if (a.credit() == CreditPolicy.ALL_CONTRIBUTORS_NAMED) {
        named.add(a.version());
      }
      if (a.ownership() == Ownership.SHARED) {
        shared.add(a.version());
      }
    }
  }

  @Override
  public Outcome check(RuleContext context) {
    Seq<Output> outputs = context.project().outputs();
    if (outputs.isEmpty()) {
      return context.notApplicable("no output yet");
    }
    Seq<Agreement> versions = context.project().agreements();
    if (!versions.exists(
        a ->
            a.credit() == CreditPolicy.ALL_CONTRIBUTORS_NAMED
                || a.ownership() == Ownership.SHARED)) {
      return context.notApplicable(
          "no version of the agreement promises every contributor named or shared ownership");
    }
    ProjectIndex index = context.index();
    Columns columns = Columns.of(index);
    // The versions in force on a day someone contributed, as places in the list of versions: by
    // output (its place in the list of outputs), or for every output where no contribution names
    // one. One pass over the columns, skipping what the contribution before already set.
    boolean named = index.outputsNamed();
    BitSet[] byOutput = new BitSet[outputs.size()];
    BitSet everyOutput = new BitSet();
    int lastVersion = -1;
    int lastOutput = -2;
    for (int i = 0; i < columns.count(); i++) {
      int v = columns.versionAt(i);
      int o = named ? columns.outputAt(i) : -1;
      if (v < 0 || (named && o < 0) || (v == lastVersion && o == lastOutput)) {
        continue;
      }
      lastVersion = v;
      lastOutput = o;
      if (!named) {
        everyOutput.set(v);
      } else {
        BitSet of = byOutput[o];
        if (of == null) {
          of = new BitSet();
          byOutput[o] = of;
        }
        of.set(v);
      }
    }
    // A story told anonymised is given on the terms of its consent, not as a claim to be named on
    // or to own what it feeds: asking for its teller's name would break the consent. A contributor
    // to an output counts here if they gave it anything else: more contributions to it than
    // anonymised stories. Only the stories are visited (the index keeps their places); the
    // anonymised ones are counted by output place and person ordinal (output 0 stands for every
    // output, where none is named).
    java.util.Map<Long, Integer> anonymised = new java.util.HashMap<>();
    for (int k = 0; k < columns.storyCount(); k++) {
      int i = columns.storyAt(k);
      int o = named ? columns.outputAt(i) : 0;
      if (o >= 0 && columns.contribution(i).consent().exists(c -> c.anonymised())) {
        anonymised.merge((long) o * columns.personCount() + columns.ordinalAt(i), 1, Integer::sum);
      }
    }
    Map<ParticipantId, Integer> ordinals = new java.util.HashMap<>();
    if (!anonymised.isEmpty()) {
      for (int p = 0; p < columns.personCount(); p++) {
        ordinals.put(columns.participant(p).id(), p);
      }
    }
    boolean atClose = context.view().isClosed();
    java.util.List<Finding> findings = new ArrayList<>();
    int place = -1;
    for (Output o : outputs) {
      place++;
      Promised promised = new Promised();
      context.project().agreementInForce(o.date()).forEach(promised::add);
      BitSet places = named ? byOutput[place] : everyOutput;
      if (places != null) {
        for (int v = places.nextSetBit(0); v >= 0; v = places.nextSetBit(v + 1)) {
          promised.add(columns.version(v));
        }
      }
      if (promised.named.isEmpty() && promised.shared.isEmpty()) {
        continue;
      }
      // The output's own contributors, found by the index: as many as gave to it, not everyone.
      java.util.List<Participant> contributors = new ArrayList<>();
      for (ParticipantId id : index.contributorIdsTo(o.id())) {
        if (gaveMore(columns, anonymised, ordinals, named ? place : 0, o.id(), id)) {
          context.project().participant(id).forEach(contributors::add);
        }
      }
      int unnamed = 0;
      if (!promised.named.isEmpty()) {
        Set<ParticipantId> on = new HashSet<>();
        o.owners().forEach(on::add);
        o.credits().forEach(c -> on.add(c.participant()));
        // taking one's name off is a choice, not an omission
        o.nameWithdrawn().forEach(w -> on.add(w.participant()));
        for (Participant p : contributors) {
          if (p.creditPreference() != CreditPreference.ANONYMOUS && !on.contains(p.id())) {
            unnamed++;
          }
        }
      }
      Option<Side> ownersSide = Option.none();
      if (!promised.shared.isEmpty() && !o.owners().isEmpty()) {
        EnumSet<Side> sides = EnumSet.noneOf(Side.class);
        o.owners().forEach(id -> sides.add(index.side(id)));
        if (sides.size() == 1) {
          Side holder = sides.iterator().next();
          if (contributors.stream().anyMatch(p -> p.side() == holder.other())) {
            ownersSide = Option.some(holder);
          }
        }
      }
      if (unnamed == 0 && ownersSide.isEmpty()) {
        continue;
      }
      findings.add(
          finding(context, o, contributors.size(), unnamed, ownersSide, promised, atClose));
    }
    return context.outcome(findings);
  }

  /**
   * Whether a contributor to an output gave it more than anonymised stories: more contributions to
   * it than those.
   */
  private static boolean gaveMore(
      Columns columns,
      java.util.Map<Long, Integer> anonymised,
      Map<ParticipantId, Integer> ordinals,
      int place,
      OutputId output,
      ParticipantId person) {
    if (anonymised.isEmpty()) {
      return columns.contributionsTo(output, person) > 0;
    }
    Integer ordinal = ordinals.get(person);
    int told =
        ordinal == null
            ? 0
            : anonymised.getOrDefault((long) place * columns.personCount() + ordinal, 0);
    return columns.contributionsTo(output, person) > told;
  }

  private static Finding finding(
      RuleContext context,
      Output o,
      int contributors,
      int unnamed,
      Option<Side> ownersSide,
      Promised promised,
      boolean atClose) {
    java.util.List<String> broken = new ArrayList<>();
    java.util.List<Argument> arguments = new ArrayList<>();
    if (unnamed > 0) {
      broken.add("named");
      arguments.add(Argument.text("namedIn", versions(promised.named)));
      arguments.add(Argument.count("unnamed", unnamed));
      arguments.add(Argument.count("contributors", contributors));
    }
    if (ownersSide.isDefined()) {
      Side holder = ownersSide.get();
      broken.add("ownership");
      arguments.add(Argument.text("sharedIn", versions(promised.shared)));
      arguments.add(Argument.side("holder", holder));
      arguments.add(Argument.side("other", holder.other()));
    }
    arguments.add(Argument.output("output", o.id()));
    String variant = unnamed > 0 ? (ownersSide.isDefined() ? "both" : "named") : "owned";
    java.util.List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of("broken", String.join(",", broken)));
    evidence.add(Evidence.of("contributors", contributors));
    if (!promised.named.isEmpty()) {
      evidence.add(Evidence.of("promisedNamedIn", list(promised.named)));
      evidence.add(Evidence.of("unnamedContributors", unnamed));
    }
    if (!promised.shared.isEmpty()) {
      evidence.add(Evidence.of("promisedSharedIn", list(promised.shared)));
    }
    ownersSide.forEach(side -> evidence.add(Evidence.of("ownerSide", side.name())));
    return context
        .finding(atClose ? UNKEPT : UNKEPT_SO_FAR, variant)
        .addAllArguments(arguments)
        .addSubject(o.id())
        .addAllEvidence(evidence)
        .build();
  }

  private static String list(Set<Integer> versions) {
    return String.join(",", versions.stream().map(String::valueOf).toList());
  }

  private static String versions(Set<Integer> versions) {
    return (versions.size() == 1 ? "version " : "versions ")
        + String.join(", ", versions.stream().map(String::valueOf).toList());
  }
}
