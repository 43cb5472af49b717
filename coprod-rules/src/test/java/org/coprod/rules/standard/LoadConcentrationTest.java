package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Involvement;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.measure.Inequality;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class LoadConcentrationTest {
  private final LoadConcentration rule = new LoadConcentration();

  /** Core people of one side, named by side and place, each giving the hours listed. */
  private static Project.Builder add(Project.Builder b, Side side, double... hours) {
    for (int i = 0; i < hours.length; i++) {
      String id = (side == Side.LIVED_EXPERIENCE ? "le" : "pro") + i;
      b.addParticipant(side == Side.LIVED_EXPERIENCE ? le(id).build() : pro(id).build());
      b.addContribution(contribution(id, hours[i]).build());
    }
    return b;
  }

  private static Project lived(double... hours) {
    return add(project(), Side.LIVED_EXPERIENCE, hours).build();
  }

  @Test
  void warnsWhenOnePersonGivesOverHalfOfTheirSidesHoursAmongThree() {
    Finding f = check(rule, lived(2, 6, 2)).findings().single();
    assertThat(f.kind()).isEqualTo("one-person");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(ParticipantId.of("le1"));
    assertThat(f.evidence("side")).contains("LIVED_EXPERIENCE");
    assertThat(f.evidence("topShare")).contains(0.6);
    assertThat(f.message())
        .isEqualTo(
            "'le1' gave more than half (60%) of the hours given by the 3 core people with lived"
                + " experience who contribute.");
  }

  @Test
  void aPaidCoordinatorIsMeasuredAgainstTheirOwnSideNotTheVolunteers() {
    // One salaried coordinator gives 40 hours beside three volunteers' 2 each: 87% of all hours,
    // but the coordinator is the whole of their side, and the volunteers share theirs evenly.
    Project p = add(add(project(), Side.PROFESSIONAL, 40), Side.LIVED_EXPERIENCE, 2, 2, 2).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesAtExactlyHalfAndWarnsJustPastIt() {
    assertThat(check(rule, lived(5, 3, 2)).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, lived(50.5, 25, 24.5)).findings().map(Finding::kind))
        .containsExactly("one-person");
  }

  @Test
  void judgesNoPairSinceInAPairSomeoneAlwaysDoesMore() {
    assertThat(check(rule, lived(9, 1)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void passesACorrectedGiniOfExactlyPointSixAndWarnsJustPastIt() {
    // Three share the work, three come without recorded hours: corrected Gini 6/5 of 0.5 = 0.6.
    double[] six = {0, 0, 0, 1, 1, 1};
    double[] seven = {0, 0, 0, 0, 1, 1, 1};
    assertThat(Inequality.giniCorrected(six).get())
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(check(rule, lived(six)).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding f = check(rule, lived(seven)).findings().single();
    assertThat(f.kind()).isEqualTo("unequal");
    // about everyone who carries the most: three give one hour each
    assertThat(f.subjects().map(s -> s.value())).containsExactly("le4", "le5", "le6");
    assertThat((Double) f.evidence("giniHours").get())
        .isCloseTo(7.0 / 6 * 4.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(f.message()).contains("'le4', 'le5' and 'le6' gave the most, 33.3% of them each");
  }

  @Test
  void judgesTheGiniOnlyAmongFourOrMore() {
    Policy low = Policy.builder().set(LoadConcentration.ID, "maxGini", 0.1).build();
    assertThat(check(rule, lived(0, 1, 1), low).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, lived(0, 0, 1, 1), low).findings().map(Finding::kind))
        .containsExactly("unequal");
  }

  @Test
  void whenBothHoldTheFindingIsAboutTheOnePersonWithBothNumbers() {
    Finding f = check(rule, lived(1, 1, 20, 1, 1)).findings().single();
    assertThat(f.kind()).isEqualTo("one-person");
    assertThat(f.subjects()).containsExactly(ParticipantId.of("le2"));
    assertThat((Double) f.evidence("giniHours").get()).isGreaterThan(0.6);
  }

  @Test
  void raisesAtMostOneFindingForEachSide() {
    Project p =
        add(add(project(), Side.PROFESSIONAL, 1, 1, 8), Side.LIVED_EXPERIENCE, 9, 1, 1).build();
    assertThat(check(rule, p).findings().map(f -> f.subjects().head().value()))
        .containsExactlyInAnyOrder("pro2", "le0");
  }

  @Test
  void leavesOccasionalContributorsOutOfTheCore() {
    // A focus group of occasional contributors does not make the core look concentrated.
    Project.Builder b = add(project(), Side.LIVED_EXPERIENCE, 4, 4, 4);
    for (int i = 0; i < 5; i++) {
      b.addParticipant(le("visitor" + i).involvement(Involvement.OCCASIONAL).build())
          .addContribution(contribution("visitor" + i, 0.5).build());
    }
    assertThat(check(rule, b.build()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesAnEvenlySharedLoad() {
    assertThat(check(rule, lived(3, 4, 3, 4, 3)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutHours() {
    assertThat(check(rule, lived(0, 0, 0)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void aPolicyCanRaiseTheShareAllowed() {
    Policy lenient = Policy.builder().set(LoadConcentration.ID, "maxPersonShare", 0.7).build();
    assertThat(check(rule, lived(2, 6, 2), lenient).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(LoadConcentration.ID);
  }
}
