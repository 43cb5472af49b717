package org.coprod.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.coprod.core.CreditPreference;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.rules.Finding;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * A baseline stores fingerprints as the report files write them: keyed with the project's key, and
 * none for a finding about someone who asked not to be named when there is no key.
 */
class FindingsBaselineTest {
  private static final String KEY = "6f1c0a8e2b7d4f9a3c5e1b8d0f2a4c6e";

  /**
   * A generated project whose people with lived experience all asked not to be named, without the
   * key the generator writes.
   */
  private static Project anonymous() {
    Project p = ProjectGenerator.generate(ProjectSpec.varied(11).withFingerprintKey(false));
    return p.withParticipants(
        p.participants()
            .map(
                x ->
                    x.side() == Side.LIVED_EXPERIENCE
                        ? x.withCreditPreference(CreditPreference.ANONYMOUS)
                        : x));
  }

  @Test
  void withoutAKeyAFindingAboutSomeoneWhoAskedNotToBeNamedIsNotStoredAndAlwaysNew() {
    Report report = Rulebook.standard().check(anonymous());
    assertThat(report.fingerprintsKeyed()).isFalse();
    Seq<Finding> hidden = report.findings().filter(report::namesAnonymous);
    Seq<Finding> open = report.findings().filter(f -> !report.namesAnonymous(f));
    assertThat(hidden).isNotEmpty();
    assertThat(open).isNotEmpty();

    FindingsBaseline baseline = FindingsBaseline.of(report);
    assertThat(baseline.fingerprints())
        .containsExactlyInAnyOrderElementsOf(open.map(Finding::fingerprint).distinct());
    hidden.forEach(f -> assertThat(baseline.toText()).doesNotContain(f.fingerprint()));
    // what it cannot remember it shows again, rather than hide it
    assertThat(baseline.newSince(report)).isEqualTo(hidden);
    assertThat(baseline.plus(report)).isEqualTo(baseline);
    assertThat(baseline.resolvedSince(report)).isEmpty();
    assertThat(FindingsBaseline.of(report, hidden).fingerprints()).isEmpty();
  }

  @Test
  void withAKeyEveryFindingIsStoredByItsKeyedFingerprintAndNothingIsNewAfterwards() {
    Project plain = anonymous();
    Report report = Rulebook.standard().check(plain.withFingerprintKey(KEY));
    Report unkeyed = Rulebook.standard().check(plain);
    assertThat(report.fingerprintsKeyed()).isTrue();
    assertThat(report.findings().exists(report::namesAnonymous)).isTrue();

    FindingsBaseline baseline = FindingsBaseline.of(report);
    assertThat(baseline.fingerprints())
        .containsExactlyInAnyOrderElementsOf(
            report.findings().map(Finding::fingerprint).distinct());
    unkeyed
        .findings()
        .forEach(f -> assertThat(baseline.fingerprints()).doesNotContain(f.fingerprint()));
    assertThat(baseline.newSince(report)).isEmpty();
    assertThat(FindingsBaseline.read(baseline.toText(), "b.json").get()).isEqualTo(baseline);
  }

  @Test
  void someFindingsOfAReportAreStoredAsTheReportWritesThem() {
    Report report = Rulebook.standard().check(anonymous());
    Seq<Finding> talkedOver = report.findings().take(3);
    FindingsBaseline baseline = FindingsBaseline.of(report, talkedOver);
    assertThat(baseline.fingerprints())
        .containsExactlyInAnyOrderElementsOf(
            talkedOver.flatMap(report::fileFingerprint).distinct());
    assertThat(baseline.newSince(report))
        .isEqualTo(
            report
                .findings()
                .filter(f -> !talkedOver.contains(f) || report.fileFingerprint(f).isEmpty()));
  }
}
