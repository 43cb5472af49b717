package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.measure.Inequality;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class LoadConcentrationTest {
  private final LoadConcentration rule = new LoadConcentration();

  /** People p0, p1, ... on alternating sides, each giving the hours listed, in one contribution. */
  private static Project group(double... hours) {
    Project.Builder b = project();
    for (int i = 0; i < hours.length; i++) {
      String id = "p" + i;
      b.addParticipant(i % 2 == 0 ? pro(id).build() : le(id).build());
      b.addContribution(contribution(id, hours[i]).build());
    }
    return b.build();
  }

  @Test
  void warnsWhenOnePersonGivesOverHalfTheHoursAmongThree() {
    Finding f = check(rule, group(2, 6, 2)).findings().single();
    assertThat(f.kind()).isEqualTo("one-person");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("p1"));
    assertThat(f.evidence("topShare")).contains(0.6);
    assertThat(f.message())
        .isEqualTo("'p1' gave more than half of all the hours (60%) among 3 contributing people.");
  }

  @Test
  void passesAtExactlyHalfAndWarnsJustPastIt() {
    assertThat(check(rule, group(5, 3, 2)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group(50.5, 25, 24.5)).findings().map(Finding::kind))
        .containsExactly("one-person");
  }

  @Test
  void judgesNoPairSinceInAPairSomeoneAlwaysDoesMore() {
    assertThat(check(rule, group(9, 1)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void passesAGiniOfExactlyPointSixAndWarnsJustPastIt() {
    // Two people share the work and three come without recorded hours: Gini 0.6, top share 0.5.
    double[] five = {0, 0, 0, 1, 1};
    double[] six = {0, 0, 0, 0, 1, 1};
    assertThat(Inequality.gini(five).get())
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(check(rule, group(five)).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, group(six)).findings().single();
    assertThat(f.kind()).isEqualTo("unequal");
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat((Double) f.evidence("giniHours").get())
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void judgesTheGiniOnlyAmongFourOrMore() {
    // Among three the Gini of (0, 1, 1) is under the bar anyway; lowering the bar shows the count
    // decides.
    Policy low = Policy.builder().set(LoadConcentration.ID, "maxGini", 0.1).build();
    assertThat(check(rule, group(0, 1, 1), low).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, group(0, 0, 1, 1), low).findings().map(Finding::kind))
        .containsExactly("unequal");
  }

  @Test
  void whenBothHoldTheFindingIsAboutTheOnePersonWithBothNumbers() {
    Finding f = check(rule, group(1, 1, 20, 1, 1)).findings().single();
    assertThat(f.kind()).isEqualTo("one-person");
    assertThat(f.subjects()).containsExactly(ParticipantId.of("p2"));
    assertThat((Double) f.evidence("giniHours").get()).isGreaterThan(0.6);
  }

  @Test
  void passesAnEvenlySharedLoad() {
    assertThat(check(rule, group(3, 4, 3, 4, 3)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutHours() {
    assertThat(check(rule, group(0, 0, 0)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanRaiseTheShareAllowed() {
    Policy lenient = Policy.builder().set(LoadConcentration.ID, "maxPersonShare", 0.7).build();
    assertThat(check(rule, group(2, 6, 2), lenient).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(LoadConcentration.ID);
  }
}
