package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class PurposeMissingTest {
  private final PurposeMissing rule = new PurposeMissing();

  @Test
  void warnsWhenTheProjectDoesNotSayWhatItIsFor() {
    Outcome o = check(rule, project().build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("missing");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
  }

  @Test
  void passesWhenThePurposeIsStated() {
    Outcome o =
        check(
            rule, project().purpose("Redesign the crisis line with the people who use it").build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void takesABlankPurposeForNone() {
    assertThat(check(rule, project().purpose("   ").build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, project().purpose("x").build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(PurposeMissing.ID);
  }
}
