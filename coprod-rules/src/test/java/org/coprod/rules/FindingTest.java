package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.coprod.core.AgreementVersion;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding.Builder finding() {
    return Finding.builder()
        .rule("credit-one-sided")
        .kind("one-sided")
        .principle(Principle.WHAT_NEXT)
        .severity(Severity.CONCERN)
        .template(Template.of("default", "The credit sits with one side."));
  }

  @Test
  void theFingerprintIsTheFirstSixteenHexDigitsOfTheSha256OfRuleKindAndSortedSubjects()
      throws Exception {
    Finding f = finding().addSubject(OutputId.of("report"), ParticipantId.of("ana")).build();
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest("credit-one-sided\none-sided\nana\nreport".getBytes(StandardCharsets.UTF_8));
    assertThat(f.fingerprint()).isEqualTo(HexFormat.of().formatHex(hash, 0, 8));
    // Pinned (computed independently), so a change to the recipe, which would orphan every
    // baseline, shows up here.
    assertThat(f.fingerprint()).isEqualTo("4dd2b4e7f484795f");
  }

  @Test
  void theFingerprintDoesNotDependOnTheOrderOfSubjects() {
    Finding one =
        finding()
            .addSubject(OutputId.of("report"), ParticipantId.of("ana"), AgreementVersion.of(2))
            .build();
    Finding other =
        finding()
            .addSubject(AgreementVersion.of(2), ParticipantId.of("ana"), OutputId.of("report"))
            .build();
    assertThat(one.fingerprint()).isEqualTo(other.fingerprint());
    assertThat(one.subjects()).isEqualTo(other.subjects());
    assertThat(one.subjects().map(s -> s.value())).containsExactly("agreement:2", "ana", "report");
  }

  @Test
  void theFingerprintIgnoresWhatMayChangeBetweenRunsButNotWhatTheFindingIsAbout() {
    Finding base = finding().addSubject(OutputId.of("report")).build();
    Finding reworded =
        base.withTemplate(Template.of("default", "Reworded."))
            .withSeverity(Severity.NOTE)
            .withAcknowledged("A reason")
            .withEvidence(io.vavr.collection.List.of(Evidence.of("share", 0.5)));
    assertThat(reworded.fingerprint()).isEqualTo(base.fingerprint());
    assertThat(base.withKind("one-sided-so-far").fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(base.withRule("acme/credit").fingerprint()).isNotEqualTo(base.fingerprint());
    assertThat(finding().addSubject(OutputId.of("leaflet")).build().fingerprint())
        .isNotEqualTo(base.fingerprint());
  }

  @Test
  void evidenceIsLookedUpByName() {
    Finding f = finding().addEvidence(Evidence.of("share", 0.25), Evidence.of("people", 3)).build();
    assertThat(f.evidence("people")).contains(3);
    assertThat(f.evidence("missing")).isEmpty();
  }
}
