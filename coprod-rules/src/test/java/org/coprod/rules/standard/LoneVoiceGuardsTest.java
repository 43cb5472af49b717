package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.decision;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.DecisionType;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.junit.jupiter.api.Test;

/**
 * The share {@code lone-voice} reports, held by a test that fails without it: the share of the
 * deciders who have lived experience, as a fraction of all the deciders.
 */
class LoneVoiceGuardsTest {
  @Test
  void reportsTheShareOfTheDecidersWithLivedExperience() {
    Project.Builder b = project();
    String[] deciders = new String[20];
    for (int i = 0; i < 20; i++) {
      String id = (i < 3 ? "le" : "pro") + i;
      b.addParticipant(i < 3 ? le(id).build() : pro(id).build());
      deciders[i] = id;
    }
    Project p = b.addDecision(decision("board", DecisionType.DELIVERY, deciders).build()).build();
    Finding f = check(new LoneVoice(), p).findings().single();
    assertThat(f.evidence("deciders")).contains(20);
    assertThat(f.evidence("livedExperienceDeciders")).contains(3);
    assertThat(f.evidence("livedExperienceShare")).contains(0.15);
  }
}
