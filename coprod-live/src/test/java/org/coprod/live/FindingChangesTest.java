package org.coprod.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.coprod.core.OutputId;
import org.coprod.rules.Finding;
import org.coprod.rules.Principle;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class FindingChangesTest {
  private static Finding finding(String kind, String output, String message) {
    return Finding.builder()
        .rule("credit-one-sided")
        .kind(kind)
        .principle(Principle.WHAT_NEXT)
        .severity(kind.endsWith("so-far") ? Severity.NOTE : Severity.CONCERN)
        .template(
            org.coprod.rules.Template.of(
                "default", "{words}", org.coprod.rules.Param.text("words")))
        .addArgument(org.coprod.rules.Argument.text("words", message))
        .addSubject(OutputId.of(output))
        .build();
  }

  @Test
  void tellsNewFindingsFromKnownOnesByFingerprintNotByWords() {
    Finding known = finding("one-sided-so-far", "guide", "So far, 10 hours");
    Finding sameWithNewWords = finding("one-sided-so-far", "guide", "So far, 12 hours");
    Finding fresh = finding("one-sided-so-far", "poster", "So far, 3 hours");

    FindingChanges changes =
        FindingChanges.between(List.of(known), List.of(sameWithNewWords, fresh));

    assertThat(changes.appeared().asJava()).containsExactly(fresh);
    assertThat(changes.gone()).isEmpty();
    assertThat(changes.acknowledged()).isEmpty();
  }

  @Test
  void aFindingThatChangesKindHasGoneAndAnotherHasAppeared() {
    Finding note = finding("one-sided-so-far", "guide", "So far");
    Finding concern = finding("one-sided", "guide", "At the close");

    FindingChanges changes = FindingChanges.between(List.of(note), List.of(concern));

    assertThat(changes.appeared().asJava()).containsExactly(concern);
    assertThat(changes.gone().asJava()).containsExactly(note);
  }

  @Test
  void aKnownFindingTheAgreementNowAcknowledgesIsReportedAsAcknowledgedOnlyOnce() {
    Finding open = finding("one-sided", "guide", "At the close");
    Finding acknowledged = open.withAcknowledged("The funder's rules name staff only");

    FindingChanges first = FindingChanges.between(List.of(open), List.of(acknowledged));
    FindingChanges second = FindingChanges.between(List.of(acknowledged), List.of(acknowledged));

    assertThat(first.acknowledged().asJava()).containsExactly(acknowledged);
    assertThat(first.appeared()).isEmpty();
    assertThat(second.isEmpty()).isTrue();
  }

  @Test
  void nothingBeforeMeansEverythingIsNew() {
    Finding f = finding("one-sided", "guide", "At the close");

    assertThat(FindingChanges.between(List.empty(), List.of(f)).appeared().asJava())
        .containsExactly(f);
    assertThat(FindingChanges.between(List.of(f), List.empty()).gone().asJava()).containsExactly(f);
  }
}
