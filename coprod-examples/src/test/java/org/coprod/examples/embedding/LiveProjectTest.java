package org.coprod.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.coprod.core.DecisionId;
import org.coprod.core.OutputId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.live.FindingChanges;
import org.coprod.rules.Finding;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class LiveProjectTest {
  /** The crisis café's story, event by event, as the standard rulebook sees it. */
  private static Seq<Step> replay() {
    LiveProject live = new LiveProject(CrisisCafe.opening(), Rulebook.standard());
    java.util.List<Step> steps = new java.util.ArrayList<>();
    for (ProjectEvent event : CrisisCafe.events()) {
      steps.add(live.apply(event));
    }
    return List.ofAll(steps);
  }

  private static Step on(Seq<Step> steps, LocalDate day) {
    return steps
        .find(s -> s.event().date().equals(day))
        .getOrElseThrow(() -> new AssertionError("no event on " + day));
  }

  private static FindingChanges changesOn(Seq<Step> steps, LocalDate day) {
    Step step = on(steps, day);
    assertThat(step).as("the event of " + day).isInstanceOf(Step.Accepted.class);
    return ((Step.Accepted) step).changes();
  }

  /**
   * One line a step: the rules of the findings that appeared (+), went (-) or were acknowledged
   * (=).
   */
  private static String summary(Step step) {
    if (step instanceof Step.Refused) {
      return "refused";
    }
    FindingChanges c = ((Step.Accepted) step).changes();
    return c.appeared()
        .map(f -> "+" + f.rule())
        .appendAll(c.gone().map(f -> "-" + f.rule()))
        .appendAll(c.acknowledged().map(f -> "=" + f.rule()))
        .mkString(" ");
  }

  @Test
  void theStoryAnnouncesEachFindingAtTheEventThatBringsItAndEachThatGoesAtTheEventThatEndsIt() {
    assertThat(replay().map(s -> s.event().date() + " " + summary(s)).asJava())
        .containsExactly(
            "2025-01-13 ",
            "2025-02-03 +decision-share +preset-direction -suitability",
            "2025-02-10 -accountability-undeclared =preset-direction",
            "2025-02-24 +paid-unpaid +impact-unrecorded +payment-owed +payment-owed +reciprocity-gap"
                + " +reciprocity-gap",
            "2025-03-03 refused",
            "2025-03-10 -paid-unpaid -payment-owed -payment-owed -reciprocity-gap -reciprocity-gap",
            "2025-03-17 ",
            "2025-04-14 ",
            "2025-05-12 +agreement-unkept +ownership-one-sided +uncredited-contributor"
                + " +uncredited-contributor +credit-one-sided +credit-parity",
            // nothing in the story records what changed because of the peers' ideas
            "2025-06-30 +agreement-unkept +impact-unrecorded +credit-one-sided"
                + " +carry-forward-one-sided +credit-parity -agreement-unkept -impact-unrecorded"
                + " -credit-one-sided -credit-parity");
  }

  @Test
  void theOpeningCheckAnnouncesWhatTheTrustRecordedBeforeAnyoneWithLivedExperienceJoined() {
    LiveProject live = new LiveProject(CrisisCafe.opening(), Rulebook.standard());

    assertThat(live.opening().appeared().map(Finding::rule).asJava())
        .containsExactlyInAnyOrder("resource-control", "suitability", "accountability-undeclared");
    assertThat(live.opening().gone()).isEmpty();
  }

  @Test
  void presetDirectionAppearsWhenTheFirstPersonWithLivedExperienceJoinsAfterTheScopeDecision() {
    Seq<Step> steps = replay();

    assertThat(changesOn(steps, LocalDate.of(2025, 1, 13)).appeared())
        .as(
            "a scope decision with nobody with lived experience in the project yet is not preset direction")
        .isEmpty();
    Seq<Finding> preset =
        changesOn(steps, CrisisCafe.PEERS_JOIN)
            .appeared()
            .filter(f -> f.rule().equals("preset-direction"));
    assertThat(preset)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.subjects().asJava()).containsExactly(CrisisCafe.SCOPE);
              assertThat(f.evidence("daysBefore").get()).isEqualTo(21L);
            });
  }

  @Test
  void theAgreementAcknowledgesThePresetScopeWithoutAnnouncingItAsNew() {
    FindingChanges agreed = changesOn(replay(), LocalDate.of(2025, 2, 10));

    assertThat(agreed.appeared()).isEmpty();
    assertThat(agreed.acknowledged())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("preset-direction");
              assertThat(f.acknowledged().get()).contains("commissioners fixed the scope");
            });
  }

  @Test
  void payingThePeersClearsWhatTheyWereOwed() {
    FindingChanges paid = changesOn(replay(), LocalDate.of(2025, 3, 10));

    assertThat(paid.appeared()).isEmpty();
    assertThat(
            paid.gone()
                .filter(f -> f.rule().equals("payment-owed"))
                .flatMap(Finding::subjects)
                .asJava())
        .containsExactly(CrisisCafe.PEER_1, CrisisCafe.PEER_2);
  }

  @Test
  void creditOneSidedTurnsFromASoFarNoteIntoAConcernAtTheClose() {
    Seq<Step> steps = replay();
    Finding soFar =
        changesOn(steps, CrisisCafe.PUBLISHED)
            .appeared()
            .find(f -> f.rule().equals("credit-one-sided"))
            .get();
    FindingChanges closed = changesOn(steps, CrisisCafe.CLOSED);
    Finding atClose = closed.appeared().find(f -> f.rule().equals("credit-one-sided")).get();

    assertThat(soFar.severity()).isEqualTo(Severity.NOTE);
    assertThat(soFar.message())
        .startsWith("So far, just one side has all of the credit for 'cafe-guide'.");
    assertThat(atClose.severity()).isEqualTo(Severity.CONCERN);
    assertThat(atClose.subjects().asJava()).containsExactly(OutputId.of("cafe-guide"));
    assertThat(atClose.fingerprint()).isNotEqualTo(soFar.fingerprint());
    assertThat(
            closed
                .gone()
                .filter(f -> f.rule().equals("credit-one-sided"))
                .map(Finding::fingerprint)
                .asJava())
        .containsExactly(soFar.fingerprint());
  }

  @Test
  void anEventThatWouldBreakTheProjectIsRefusedWithItsProblemsAndTheProjectStaysAsItWas() {
    LiveProject live = new LiveProject(CrisisCafe.opening(), Rulebook.standard());
    ProjectEvent mistyped =
        CrisisCafe.events().find(e -> e.date().equals(LocalDate.of(2025, 3, 3))).get();
    Project before = live.project();

    Step step = live.apply(mistyped);

    assertThat(step)
        .isInstanceOfSatisfying(
            Step.Refused.class,
            refused ->
                assertThat(refused.problems().map(Problem::kind).asJava())
                    .containsExactly(Problem.Kind.DANGLING_REFERENCE));
    assertThat(live.project()).isSameAs(before);
    assertThat(live.describe(step))
        .contains("refused; the project stays as it was", "no participant has the id 'peer-3'");
  }

  @Test
  void aFindingWhoseWordsChangeButWhoseFingerprintDoesNotIsNotAnnouncedAgain() {
    Seq<Step> steps = replay();
    LiveProject live = new LiveProject(CrisisCafe.opening(), Rulebook.standard());
    CrisisCafe.events()
        .takeWhile(e -> e.date().isBefore(LocalDate.of(2025, 3, 17)))
        .forEach(live::apply);
    Finding before = live.report().findings("decision-share").single();
    live.apply(CrisisCafe.events().find(e -> e.date().equals(LocalDate.of(2025, 3, 17))).get());
    Finding after = live.report().findings("decision-share").single();

    assertThat(before.message()).contains("0 of 1 counted key decisions");
    assertThat(after.message())
        .as("the new key decision changes the counts in the message")
        .contains("1 of 2 counted key decisions");
    assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
    FindingChanges that = changesOn(steps, LocalDate.of(2025, 3, 17));
    assertThat(that.appeared()).isEmpty();
    assertThat(that.gone()).isEmpty();
    assertThat(that.acknowledged()).isEmpty();
    // Not news, but a change all the same: the finding is there with its new words.
    assertThat(that.changed().map(Finding::rule)).contains("decision-share");
  }

  @Test
  void theRunPrintsEveryFindingOnceByItsFingerprintInPlainWords() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiveProject live = LiveProject.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    for (Finding f : live.report().findings()) {
      String announced =
          "    + new "
              + f.severity()
              + " "
              + f.rule()
              + " ["
              + f.fingerprint()
              + "]"
              + System.lineSeparator();
      assertThat(printed).contains(announced);
      assertThat(printed.indexOf(announced))
          .as("announced once")
          .isEqualTo(printed.lastIndexOf(announced));
    }
    assertThat(printed)
        .contains(
            "    + new CONCERN credit-one-sided ["
                + live.report().findings("credit-one-sided").single().fingerprint()
                + "]"
                + System.lineSeparator()
                + "      Just one side has all of the credit for 'cafe-guide'.");
    assertThat(printed)
        .startsWith("2025-01-06  the project 'crisis-cafe' is opened")
        .contains(
            "2025-06-30  the project closes"
                + System.lineSeparator()
                + "    + new CONCERN agreement-unkept [")
        .contains("    - gone NOTE credit-one-sided [")
        .contains("    = acknowledged WARNING preset-direction [")
        .endsWith(
            "As of 2025-06-30: 11 findings, 10 not acknowledged; assessed as CO_DESIGN."
                + System.lineSeparator());
    assertThat(live.project().decision(DecisionId.of("scope"))).isNotEmpty();
  }

  @Test
  void theReadmeShowsTheOutputOfARealRun() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiveProject.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    ReadmeBlock.assertHolds("embedding-output", "text", bytes.toString(StandardCharsets.UTF_8));
  }
}
