package org.coprod.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Contribution;
import org.coprod.core.Employment;
import org.coprod.core.Id;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.testkit.CoprodArbitraries;

/**
 * What {@code acme/peer-hours-paid} must say on projects chosen with the testkit's knobs: whoever
 * with lived experience is left wholly unpaid is flagged, and nobody paid for every hour is.
 */
class PeerHoursPaidProperties {
  private static final Rulebook ACME = Rulebook.of("acme", List.of(new PeerHoursPaid()));

  @Provide
  Arbitrary<Project> unpaidWork() {
    return CoprodArbitraries.projects().unpaid().livedExperience(1, 4).contributions(10, 40);
  }

  @Provide
  Arbitrary<Project> paidWork() {
    // A rate above zero, so that every paid contribution is paid something.
    return CoprodArbitraries.projects()
        .paidShare(1.0, 1.0)
        .ratePerHour(BigDecimal.ONE, BigDecimal.valueOf(40));
  }

  @Property
  void everyoneWithLivedExperienceLeftUnpaidIsFlagged(@ForAll("unpaidWork") Project project) {
    ProjectView view = project.view();
    Project seen = view.project();
    // Who gave hours and is owed pay for them: neither salaried nor declining payment.
    Seq<Id> expected =
        seen.participantsOn(Side.LIVED_EXPERIENCE)
            .filter(p -> p.employment() != Employment.SALARIED && !p.declinesPayment())
            .filter(
                p -> seen.contributionsOf(p.id()).map(Contribution::hours).sum().doubleValue() > 0)
            .map(Participant::id);

    Report report = ACME.check(view);

    assertThat(report.findings().map(f -> f.kind())).allMatch("mostly-unpaid"::equals);
    assertThat(report.findings().flatMap(f -> f.subjects()))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property
  void nobodyPaidForEveryHourIsFlagged(@ForAll("paidWork") Project project) {
    Report report = ACME.check(project);

    assertThat(report.findings(PeerHoursPaid.ID)).isEmpty();
  }
}
