package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.coprod.core.CreditPreference;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Policy;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints made with the project's key, what files may write of them, and the side labels a
 * policy gives a report.
 */
class FingerprintKeyTest {
  private static final String KEY = "6f1c0a8e2b7d4f9a3c5e1b8d0f2a4c6e";

  /** The crisis line with Ana asking not to be named. */
  private static Project anaAnonymous() {
    Project p = Samples.crisisLine();
    return p.withParticipants(
        p.participants()
            .map(
                x ->
                    x.id().equals(ParticipantId.of("ana"))
                        ? x.withCreditPreference(CreditPreference.ANONYMOUS)
                        : x));
  }

  private static boolean aboutAna(Finding f) {
    return f.subjects().contains(ParticipantId.of("ana"))
        || f.peopleNamed().contains(ParticipantId.of("ana"));
  }

  @Test
  void withAKeyEveryFindingsFingerprintIsKeyedAndStableAndFilesWriteThemAll() {
    Project keyed = anaAnonymous().withFingerprintKey(KEY);
    Report plain = Rulebook.standard().check(anaAnonymous());
    Report report = Rulebook.standard().check(keyed);
    assertThat(report.fingerprintsKeyed()).isTrue();
    assertThat(plain.fingerprintsKeyed()).isFalse();
    assertThat(report.findings()).hasSameSizeAs(plain.findings()).isNotEmpty();
    for (int i = 0; i < report.findings().size(); i++) {
      Finding k = report.findings().get(i);
      Finding u = plain.findings().get(i);
      assertThat(k.keyedFingerprint()).contains(k.fingerprint());
      assertThat(k.fingerprint()).isNotEqualTo(u.fingerprint()).matches("[0-9a-f]{16}");
      assertThat(report.fileFingerprint(k)).contains(k.fingerprint());
    }
    assertThat(Rulebook.standard().check(keyed).findings().map(Finding::fingerprint))
        .isEqualTo(report.findings().map(Finding::fingerprint));
    assertThat(report.findings().exists(FingerprintKeyTest::aboutAna)).isTrue();
  }

  @Test
  void withoutAKeyFilesWriteNoFingerprintForAFindingAboutSomeoneWhoAskedNotToBeNamed() {
    Report report = Rulebook.standard().check(anaAnonymous());
    Seq<Finding> aboutAna = report.findings().filter(FingerprintKeyTest::aboutAna);
    assertThat(aboutAna).isNotEmpty();
    aboutAna.forEach(f -> assertThat(report.fileFingerprint(f)).isEmpty());
    report
        .findings()
        .filter(f -> !aboutAna(f))
        .forEach(f -> assertThat(report.fileFingerprint(f)).contains(f.fingerprint()));
  }

  @Test
  void theKeyIsInNoReport() {
    Project keyed = anaAnonymous().withFingerprintKey(KEY);
    Report report = Rulebook.standard().check(keyed);
    assertThat(report.toString()).doesNotContain(KEY);
    assertThat(TextReport.of().render(report)).doesNotContain(KEY);
    assertThat(MarkdownReport.of().render(report)).doesNotContain(KEY);
  }

  @Test
  void aPolicysSideLabelsAreTheReportsAndEveryRendererUsesThem() {
    Rulebook rulebook =
        Rulebook.standard()
            .withPolicy(
                Policy.builder().labels(SideLabels.of("experts by experience", "staff")).build());
    Report report = rulebook.check(Samples.crisisLine());
    assertThat(report.sideLabels()).isEqualTo(SideLabels.of("experts by experience", "staff"));
    assertThat(TextReport.of().render(report))
        .contains("experts by experience")
        .doesNotContain("people with lived experience");
    assertThat(MarkdownReport.of().render(report))
        .contains("experts by experience")
        .doesNotContain("people with lived experience");
    assertThat(Rulebook.standard().check(Samples.crisisLine()).sideLabels())
        .isEqualTo(SideLabels.defaults());
  }
}
