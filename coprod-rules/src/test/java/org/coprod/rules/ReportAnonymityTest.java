package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.CreditPreference;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.junit.jupiter.api.Test;

/**
 * How a report keeps the ids of people who asked not to be named out of what it writes: where such
 * an id stands as a word of its own, which ids are numbered how, and that text naming nobody such
 * comes back unchanged.
 */
class ReportAnonymityTest {
  private static ParticipantId id(String s) {
    return ParticipantId.of(s);
  }

  /** p1 and p1.a asked not to be named (given in that order reversed); p10 and dana did not. */
  private static Report report() {
    return Rulebook.standard()
        .check(
            project()
                .addParticipant(
                    le("p1.a").creditPreference(CreditPreference.ANONYMOUS).build(),
                    le("p10").build(),
                    le("p1").creditPreference(CreditPreference.ANONYMOUS).build(),
                    pro("dana").build())
                .build());
  }

  @Test
  void filesNumberPeopleWhoAskedNotToBeNamedInTheOrderOfTheirIds() {
    Report r = report();
    assertThat(r.isAnonymous(id("p1"))).isTrue();
    assertThat(r.isAnonymous(id("p10"))).isFalse();
    assertThat(r.fileId(id("p1"))).isEqualTo("anonymous-1");
    assertThat(r.fileId(id("p1.a"))).isEqualTo("anonymous-2");
    assertThat(r.fileId(id("p10"))).isEqualTo("p10");
    assertThat(r.fileId((org.coprod.core.Id) id("p1"))).isEqualTo("anonymous-1");
  }

  @Test
  void anIdCountsWhereItStandsAsAWordOfItsOwnAndTheLongestIdIsMatchedWhole() {
    Report r = report();
    assertThat(r.mentionsAnonymous("p1.story.2024-03-01")).isTrue();
    assertThat(r.mentionsAnonymous("m2.p1")).isTrue();
    assertThat(r.mentionsAnonymous("p10")).isFalse();
    assertThat(r.mentionsAnonymous("p1-leaflet")).isFalse();
    assertThat(r.mentionsAnonymous("xp1")).isFalse();
    assertThat(r.mentionsAnonymous("dana")).isFalse();
    assertThat(r.hides(id("p1"))).isTrue();
    assertThat(r.hides(OutputId.of("p1.story"))).isTrue();
    assertThat(r.hides(OutputId.of("p10"))).isFalse();
    assertThat(r.hides(id("dana"))).isFalse();

    assertThat(r.withoutAnonymous("m2.p1 and p10", p -> "someone")).isEqualTo("m2.someone and p10");
    assertThat(r.withoutAnonymous("p1.a", r::fileId)).isEqualTo("anonymous-2");
    assertThat(r.fileId(OutputId.of("p1.story"))).isEqualTo("anonymous-1.story");
    assertThat(r.fileId(OutputId.of("p10.story"))).isEqualTo("p10.story");
    assertThat(r.withoutAnonymous("nobody here", p -> "someone")).isEqualTo("nobody here");
  }

  @Test
  void aReportWithEveryoneNamedHidesNothing() {
    Report r = Rulebook.standard().check(project().addParticipant(le("p1").build()).build());
    assertThat(r.mentionsAnonymous("p1")).isFalse();
    assertThat(r.hides(id("p1"))).isFalse();
    assertThat(r.fileId(id("p1"))).isEqualTo("p1");
    assertThat(r.withoutAnonymous("p1", p -> "someone")).isEqualTo("p1");
  }
}
