package org.coprod.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveProjectTest {
  private static Project running(long seed) {
    return ProjectGenerator.generate(ProjectSpec.varied(seed).withClosed(false));
  }

  private static Contribution by(Participant p, Project project, double hours) {
    return Contribution.builder()
        .participant(p.id())
        .date(project.lastDatedEvent())
        .phase(Phase.DELIVERY)
        .kind(ContributionKind.LABOUR)
        .hours(hours)
        .build();
  }

  @Test
  void anAppendedEventIsKeptAndTheCheckEqualsAFullCheckOfTheProject() {
    Project opening = running(3);
    LiveProject live = LiveProject.of(opening, Rulebook.standard());
    Participant someone = opening.participants().head();
    Validation<Seq<Problem>, Project> kept = live.append(by(someone, opening, 40));
    assertThat(kept.isValid()).isTrue();
    assertThat(live.project()).isSameAs(kept.get());
    assertThat(live.project().contributions().size()).isEqualTo(opening.contributions().size() + 1);
    assertThat(live.check()).isEqualTo(Rulebook.standard().check(live.project()));
  }

  @Test
  void anEventThatWouldBreakTheProjectIsRefusedWithItsProblemsAndNothingChanges() {
    Project opening = running(4);
    LiveProject live = LiveProject.of(opening, Rulebook.standard());
    Report before = live.check();
    Contribution byNobody =
        Contribution.builder()
            .participant(ParticipantId.of("nobody-here"))
            .date(opening.lastDatedEvent())
            .phase(Phase.DELIVERY)
            .kind(ContributionKind.IDEA)
            .hours(1)
            .build();
    Validation<Seq<Problem>, Project> refused = live.append(byNobody);
    assertThat(refused.isInvalid()).isTrue();
    assertThat(refused.getError().map(Problem::kind)).contains(Problem.Kind.DANGLING_REFERENCE);
    assertThat(live.project()).isSameAs(opening);
    assertThat(live.check()).isSameAs(before);
  }

  @Test
  void checkDoesNoWorkWhenNothingChangedAndReplaceStartsAgain() {
    LiveProject live = LiveProject.of(running(5), Rulebook.standard());
    Report first = live.check();
    assertThat(live.check()).isSameAs(first);
    Project other = running(6);
    live.replace(other);
    assertThat(live.project()).isSameAs(other);
    assertThat(live.check()).isEqualTo(Rulebook.standard().check(other));
  }

  @Test
  void changesSayWhatAppearedAndWhatWentSinceTheCheckBefore() {
    Project opening = running(7);
    LiveProject live = LiveProject.of(opening, Rulebook.standard());
    FindingChanges first = live.changes();
    assertThat(first.appeared()).isEqualTo(live.check().findings());
    assertThat(first.gone()).isEmpty();
    // A person with lived experience takes on most of the work: the findings move.
    Participant le = opening.participantsOn(Side.LIVED_EXPERIENCE).head();
    live.append(by(le, opening, 5000));
    FindingChanges changes = live.changes();
    assertThat(changes)
        .isEqualTo(FindingChanges.between(Rulebook.standard().check(opening), live.check()));
    assertThat(changes.isEmpty()).isFalse();
  }

  @Test
  void findingChangesTellNewGoneAndChangedApartByFingerprint() {
    Report report = Rulebook.standard().check(running(8));
    Seq<Finding> all = report.findings();
    Finding kept = all.head();
    Finding second = all.get(1);
    // The same finding said in other words: its template changes, its arguments and subjects not.
    Finding reworded =
        second.withTemplate(
            Template.recorded(
                second.template().variant(), "other words", second.template().params()));
    FindingChanges changes =
        FindingChanges.between(all.take(2), List.of(kept, reworded).appendAll(all.drop(2)));
    assertThat(changes.appeared()).isEqualTo(all.drop(2));
    assertThat(changes.gone()).isEmpty();
    assertThat(changes.changed()).containsExactly(reworded);
    assertThat(FindingChanges.between(all, all).isEmpty()).isTrue();
  }

  @Test
  void aBaselineKnowsTheFindingsOfAReportAndShowsOnlyWhatIsNewSince(@TempDir Path dir)
      throws Exception {
    Project opening = running(9);
    Report before = Rulebook.standard().check(opening);
    FindingsBaseline baseline = FindingsBaseline.of(before);
    Path file = dir.resolve("coprod-baseline.json");
    baseline.write(file);
    String text = Files.readString(file);
    assertThat(text).startsWith("{\n  \"coprodBaseline\" : 1,\n  \"fingerprints\" : [");
    FindingsBaseline back = FindingsBaseline.read(file).get();
    assertThat(back).isEqualTo(baseline);
    assertThat(back.toText()).isEqualTo(text);
    assertThat(back.newSince(before)).isEmpty();

    LiveProject live = LiveProject.of(opening, Rulebook.standard());
    live.append(by(opening.participantsOn(Side.LIVED_EXPERIENCE).head(), opening, 5000));
    Report after = live.check();
    assertThat(back.newSince(after)).isEqualTo(FindingChanges.between(before, after).appeared());
    assertThat(back.resolvedSince(after))
        .containsExactlyElementsOf(
            FindingChanges.between(before, after).gone().map(Finding::fingerprint).sorted());
    assertThat(back.plus(after).newSince(after)).isEmpty();
  }

  @Test
  void aBaselineFileThatIsNotOneGivesEveryProblemWithItsPlace() {
    Validation<Seq<Problem>, FindingsBaseline> read =
        FindingsBaseline.read(
            "{\"coprodBaseline\": 2,\n \"fingerprints\": [\"xyz\", 3],\n \"extra\": 1}", "b.json");
    assertThat(read.isInvalid()).isTrue();
    assertThat(read.getError().map(Problem::path))
        .containsExactly("coprodBaseline", "fingerprints[0]", "fingerprints[1]", "extra");
    assertThat(read.getError().head().toString()).startsWith("b.json:1:");
    assertThat(FindingsBaseline.read("[", "b.json").isInvalid()).isTrue();
    assertThat(FindingsBaseline.read("{}", "b.json").getError().map(Problem::path))
        .containsExactly("coprodBaseline");
  }
}
