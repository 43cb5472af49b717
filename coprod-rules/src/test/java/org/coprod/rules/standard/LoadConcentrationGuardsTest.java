package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.Involvement;
import org.coprod.core.Project;
import org.coprod.rules.OutcomeStatus;
import org.junit.jupiter.api.Test;

/**
 * The core of {@code load-concentration}, held by a test that fails without it: an occasional
 * contributor is not part of the load the core shares, however many hours they gave.
 */
class LoadConcentrationGuardsTest {
  @Test
  void anOccasionalContributorWhoGaveMostOfTheHoursIsNotPartOfTheCoresLoad() {
    Project.Builder b = project();
    for (String id : new String[] {"le0", "le1", "le2"}) {
      b.addParticipant(le(id).build()).addContribution(contribution(id, 4).build());
    }
    Project p =
        b.addParticipant(le("visitor").involvement(Involvement.OCCASIONAL).build())
            .addContribution(contribution("visitor", 20).build())
            .build();
    assertThat(check(new LoadConcentration(), p).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
