package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ContributionKind;
import org.coprod.core.CreditPolicy;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The versions of the agreement {@code agreement-unkept} holds an output to, each held by a test
 * that fails without it: every version in force on a day someone contributed to the output, even
 * when neither the version before nor the one in force at the output promised anything.
 */
class AgreementUnkeptGuardsTest {
  private final AgreementUnkept rule = new AgreementUnkept();

  /**
   * Version 1 (day 0) credits by role, version 2 (day 50) names everyone, version 3 (day 90) not.
   */
  private static Project.Builder threeVersions() {
    return project()
        .addParticipant(pro("dana").build(), le("fa1").build(), le("fa2").build())
        .addAgreement(
            agreement().credit(CreditPolicy.BY_ROLE).build(),
            agreement()
                .version(2)
                .date(day(50))
                .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                .build(),
            agreement().version(3).date(day(90)).credit(CreditPolicy.BY_ROLE).build());
  }

  @Test
  void aPromiseInForceOnlyForLaterWorkOnOneOutputAndAllWorkOnAnotherHoldsBoth() {
    Project p =
        threeVersions()
            .addContribution(
                contribution("dana", 10, ContributionKind.WRITING, "interim").date(day(10)).build(),
                contribution("fa1", 4, ContributionKind.IDEA, "interim").date(day(60)).build(),
                contribution("fa2", 4, ContributionKind.IDEA, "poster").date(day(61)).build())
            .addOutput(output("interim", "dana").build(), output("poster", "dana").build())
            .build();
    assertThat(check(rule, p).findings().flatMap(Finding::subjects).map(s -> s.value()))
        .containsExactlyInAnyOrder("interim", "poster");
    assertThat(check(rule, p).findings().map(f -> f.evidence("promisedNamedIn").get()))
        .containsOnly("2");
  }

  @Test
  void whereNoContributionNamesAnOutputThePromiseInForceAtTheWorkHoldsEveryOutput() {
    Project p =
        threeVersions()
            .addContribution(
                contribution("dana", 10).date(day(60)).build(),
                contribution("fa1", 4).date(day(60)).build())
            .addOutput(output("interim", "dana").build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("promisedNamedIn")).contains("2");
  }
}
