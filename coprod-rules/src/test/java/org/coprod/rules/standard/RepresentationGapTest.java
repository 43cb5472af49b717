package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.MonitoringCount;
import org.coprod.core.PopulationShare;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class RepresentationGapTest {
  private final RepresentationGap rule = new RepresentationGap();

  /** A group of n people with lived experience and one professional. */
  private static Project.Builder group(int n) {
    Project.Builder b = project().addParticipant(pro("dana").build());
    for (int i = 1; i <= n; i++) {
      b.addParticipant(le("le-" + i).build());
    }
    return b;
  }

  @Test
  void theChanceOfAnAbsenceIsTheBinomialChanceOfNobodyFromTheGroup() {
    assertThat(RepresentationGap.chance(0.08, 40)).isCloseTo(0.0356, within(1e-4));
    assertThat(RepresentationGap.chance(0.3, 6)).isCloseTo(0.1176, within(1e-4));
    assertThat(RepresentationGap.chance(0.05, 10)).isCloseTo(0.5987, within(1e-4));
  }

  @Test
  void notesAGroupOfEightPercentAbsentFromANetworkOfForty() {
    Project p =
        group(40)
            .addPopulation(PopulationShare.of("Black British", 0.08))
            .addMonitoring(MonitoringCount.of("Women", 22))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("groups")).contains("Black British");
    assertThat(f.evidence("counted")).contains(40);
    assertThat(f.message())
        .isEqualTo(
            "No one from some parts of the community takes part. The equality monitoring of"
                + " the 40 people with lived experience counted records nobody from 'Black"
                + " British' (8% of the people who use the service). By chance alone, that would"
                + " happen about 4 times in 100.");
  }

  @Test
  void speaksOfThoseCountedInTheGroupsOwnLabel() {
    Project p =
        group(40)
            .addPopulation(PopulationShare.of("Black British", 0.08))
            .addMonitoring(MonitoringCount.of("Women", 22))
            .build();
    Finding f = check(rule, p).findings().single();
    org.coprod.rules.Voice voice =
        org.coprod.rules.Voice.plain()
            .withLabels(org.coprod.rules.SideLabels.of("experts by experience", "staff"));
    assertThat(f.template().format(f.arguments(), voice))
        .contains("the 40 experts by experience counted")
        .doesNotContain("lived experience");
  }

  @Test
  void notesAThirtyPercentGroupAbsentFromSixAndWritesSmallCountsAsFewerThanFive() {
    Project six =
        group(6)
            .addPopulation(PopulationShare.of("Men", 0.3))
            .addMonitoring(MonitoringCount.of("Women", 6))
            .build();
    assertThat(check(rule, six).findings()).hasSize(1);
    Project four =
        group(4)
            .addPopulation(PopulationShare.of("Men", 0.45))
            .addMonitoring(MonitoringCount.of("Women", 4))
            .build();
    assertThat(check(rule, four).findings().single().message()).contains("fewer than 5 people");
  }

  @Test
  void theBoundaryIsAChanceUnderMaxChance() {
    // 0.8^7 = 0.2097 is not under 0.2; 0.8^8 = 0.1678 is.
    PopulationShare fifth = PopulationShare.of("Men", 0.2);
    MonitoringCount women = MonitoringCount.of("Women", 1);
    assertThat(check(rule, group(7).addPopulation(fifth).addMonitoring(women).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group(8).addPopulation(fifth).addMonitoring(women).build()).findings())
        .hasSize(1);
  }

  @Test
  void aGroupInTheTalliesIsPresentAndPeopleWhoPreferNotToSayAreNotCounted() {
    Project present =
        group(40)
            .addPopulation(PopulationShare.of("Black British", 0.08))
            .addMonitoring(MonitoringCount.of(" black british ", 1))
            .build();
    assertThat(check(rule, present).status()).isEqualTo(OutcomeStatus.PASSED);
    // 8 people, 1 of whom prefers not to say: 7 counted, and 0.8^7 is not under 0.2.
    Project hidden =
        group(8)
            .addPopulation(PopulationShare.of("Men", 0.2))
            .addMonitoring(MonitoringCount.of("Prefer not to say", 1))
            .build();
    assertThat(check(rule, hidden).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void listsEveryAbsentGroupInOneFinding() {
    Project p =
        group(40)
            .addPopulation(
                PopulationShare.of("Black British", 0.08),
                PopulationShare.of("Asian British", 0.1),
                PopulationShare.of("Women", 0.5))
            .addMonitoring(MonitoringCount.of("Women", 20))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("groups")).contains("Black British; Asian British");
  }

  @Test
  void doesNotApplyWithoutBothPopulationAndTallies() {
    assertThat(
            check(rule, group(10).addPopulation(PopulationShare.of("Men", 0.5)).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, group(10).addMonitoring(MonitoringCount.of("Men", 5)).build()).status())
        .isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }
}
