package org.coprod.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.coprod.core.Participant;
import org.coprod.core.Project;
import org.coprod.core.Resource;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

/**
 * A seed means one project on every JDK and every machine: these fingerprints were taken on JDK 17
 * and JDK 25 alike. When the generator is changed on purpose, the fingerprints change with it and
 * are taken again; a change nobody meant (a JDK's random numbers, a hash order, platform
 * arithmetic) shows here first. The fingerprints were taken again when the model gained fields
 * (their defaults show in {@code toString}); the projects written as files stayed byte for byte the
 * same.
 */
class GoldenTest {
  /** Every field of the project as text, personal ones included, in the order given. */
  private static String canonical(Project p) {
    StringBuilder out = new StringBuilder();
    out.append(p)
        .append(p.title())
        .append(p.purpose())
        .append(p.nature())
        .append(p.claimedLevel())
        .append(p.started());
    for (Participant x : p.participants()) {
      out.append('\n')
          .append(x)
          .append(x.name())
          .append(x.side())
          .append(x.perspectives())
          .append(x.accessNeeds())
          .append(x.declinesPayment())
          .append(x.declineReason())
          .append(x.availableHoursPerWeek());
    }
    p.roles().forEach(x -> out.append('\n').append(x));
    for (Resource r : p.resources()) {
      out.append('\n').append(r).append(r.meets());
    }
    p.contributions().forEach(x -> out.append('\n').append(x));
    p.decisions().forEach(x -> out.append('\n').append(x));
    p.agreements().forEach(x -> out.append('\n').append(x));
    p.outputs().forEach(x -> out.append('\n').append(x).append(x.use()).append(x.nameWithdrawn()));
    p.contributions().forEach(x -> out.append('\n').append(x.consent()));
    p.meetings().forEach(x -> out.append('\n').append(x));
    p.impacts().forEach(x -> out.append('\n').append(x));
    p.checkIns().forEach(x -> out.append('\n').append(x));
    p.responses().forEach(x -> out.append('\n').append(x));
    out.append(p.fingerprintKey());
    return out.toString();
  }

  private static String fingerprint(ProjectSpec spec) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical(ProjectGenerator.generate(spec)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSeedGivesTheSameProjectEverywhere() {
    assertThat(fingerprint(ProjectSpec.builder().seed(1).build())).isEqualTo("51f43183af2733ab");
    assertThat(
            fingerprint(
                ProjectSpec.builder()
                    .seed(-7)
                    .livedExperience(30)
                    .professional(20)
                    .contributions(5_000)
                    .decisions(300)
                    .outputs(7)
                    .closed(false)
                    .hoursSkew(2)
                    .paidShare(0.5)
                    .build()))
        .isEqualTo("69048d9fdda255d3");
    assertThat(
            fingerprint(
                ProjectSpec.builder()
                    .seed(123_456_789L)
                    .livedExperience(3)
                    .professional(12)
                    .creditOnlyTo(Side.PROFESSIONAL)
                    .moneyHeldBy(Side.PROFESSIONAL)
                    .directionPreset(true)
                    .livedExperienceOutvoted(true)
                    .build()))
        .isEqualTo("bcf3fb2ae9cc4ccd");
    assertThat(
            fingerprint(
                ProjectSpec.builder()
                    .seed(2024)
                    .meetings(12)
                    .impacts(6)
                    .checkInRounds(4)
                    .responses(3)
                    .storyConsent(true)
                    .fingerprintKey(true)
                    .dropOff(true)
                    .livedExperienceSay(0.5)
                    .build()))
        .isEqualTo("2d809823676d2339");
    assertThat(fingerprint(ProjectSpec.varied(99))).isEqualTo("40af531d3d6fee2a");
  }
}
