package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.core.StoryConsent;
import org.coprod.rules.OutcomeStatus;
import org.junit.jupiter.api.Test;

/**
 * The bounds of {@code story-burden}'s unpaid story, each held by a test that fails without it: a
 * story goes unpaid only while a rate above nothing is agreed, and only for hours given.
 */
class StoryBurdenGuardsTest {
  private final StoryBurden rule = new StoryBurden();

  private static Contribution told(double hours) {
    return contribution("ana", hours)
        .kind(ContributionKind.STORY)
        .date(day(0))
        .consent(StoryConsent.builder().debriefOffered(true).build())
        .build();
  }

  private static Project withRate(String rate, double storyHours) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addAgreement(
            agreement()
                .payment(PaymentTerms.builder().ratePerHour(new BigDecimal(rate)).build())
                .build())
        .addContribution(
            told(storyHours),
            contribution("ana", 2).date(day(1)).build(),
            contribution("ana", 2).date(day(2)).build())
        .build();
  }

  @Test
  void anAgreedRateOfNothingLeavesNoStoryUnpaid() {
    assertThat(check(rule, withRate("0", 1)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, withRate("0.01", 1)).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void aStoryOfNoHoursIsNotAnUnpaidStory() {
    assertThat(check(rule, withRate("20", 0)).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
