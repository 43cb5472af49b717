package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Output;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The ratio {@code credit-parity} reports, held by a test that fails without it: the lower side's
 * rate of credit divided by the higher side's, when the higher side is not credited in full.
 */
class CreditParityGuardsTest {
  @Test
  void theRatioIsTheLowerRateOverTheHigherWhenNeitherSideIsCreditedInFull() {
    // four a side, 3 hours of labour each; one with lived experience credited, two professionals
    Project.Builder b = project();
    Output.Builder report = output("report");
    for (int i = 0; i < 4; i++) {
      b.addParticipant(le("le" + i).build(), pro("pro" + i).build())
          .addContribution(
              contribution("le" + i, 3, ContributionKind.LABOUR, "report").build(),
              contribution("pro" + i, 3, ContributionKind.LABOUR, "report").build());
    }
    report.addCredit(
        Credit.of(ParticipantId.of("le0"), CreditRole.AUTHOR),
        Credit.of(ParticipantId.of("pro0"), CreditRole.AUTHOR),
        Credit.of(ParticipantId.of("pro1"), CreditRole.AUTHOR));
    Finding f = check(new CreditParity(), b.addOutput(report.build()).build()).findings().single();
    assertThat(f.evidence("livedExperienceRate")).contains(0.25);
    assertThat(f.evidence("professionalRate")).contains(0.5);
    assertThat(f.evidence("rateRatio")).contains(0.5);
  }
}
