package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;

/** Reading broken bytes of any kind returns problems; it never throws and never hangs. */
class NeverThrowsProperties {
  private static final byte[] SYNTAX =
      "{}[],:-\"'#&*!|>?%@` \n\t\r\\~0123456789.eE+x-".getBytes(StandardCharsets.UTF_8);

  /** A file broken at random: cut short, bytes changed, bytes put in, a stretch repeated. */
  static byte[] broken(byte[] file, Random r) {
    byte[] out = file;
    for (int n = 1 + r.nextInt(4); n > 0 && out.length > 0; n--) {
      int at = r.nextInt(out.length);
      switch (r.nextInt(5)) {
        case 0 -> out = Arrays.copyOf(out, at);
        case 1 -> out[at] = (byte) r.nextInt(256);
        case 2 -> out[at] = SYNTAX[r.nextInt(SYNTAX.length)];
        case 3 -> {
          byte[] more = new byte[out.length + 1];
          System.arraycopy(out, 0, more, 0, at);
          more[at] = SYNTAX[r.nextInt(SYNTAX.length)];
          System.arraycopy(out, at, more, at + 1, out.length - at);
          out = more;
        }
        default -> {
          int len = Math.min(out.length - at, 1 + r.nextInt(40));
          byte[] more = Arrays.copyOf(out, out.length + len);
          System.arraycopy(out, at, more, at + len, out.length - at);
          out = more;
        }
      }
    }
    return out;
  }

  private static void allProblemsSayWhatAndWhere(
      Validation<Seq<Problem>, Project> read, String source) {
    if (read.isInvalid()) {
      assertThat(read.getError())
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.message()).isNotBlank();
                assertThat(p.source()).contains(source);
              });
    }
  }

  @Property(tries = 200)
  void readingABrokenProjectFileNeverThrows(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    Project project = TestProjects.project(seed);
    for (Format format : Format.values()) {
      byte[] bytes = broken(RoundTripProperties.bytes(project, format), r);
      Validation<Seq<Problem>, Project> read =
          ProjectFiles.read(new ByteArrayInputStream(bytes), format, "broken");
      allProblemsSayWhatAndWhere(read, "broken");
    }
  }

  @Property(tries = 200)
  void readingBrokenLedgersNeverThrows(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    Project project = TestProjects.ledgerProject(seed);
    ByteArrayOutputStream people = new ByteArrayOutputStream();
    ByteArrayOutputStream work = new ByteArrayOutputStream();
    Ledgers.writeParticipants(project, people);
    Ledgers.writeContributions(project, work);
    byte[] brokenPeople = r.nextBoolean() ? broken(people.toByteArray(), r) : people.toByteArray();
    byte[] brokenWork = broken(work.toByteArray(), r);
    Validation<Seq<Problem>, Project> read =
        Ledgers.read(
            new InputStreamReader(new ByteArrayInputStream(brokenPeople), StandardCharsets.UTF_8),
            "people",
            new InputStreamReader(new ByteArrayInputStream(brokenWork), StandardCharsets.UTF_8),
            "work",
            ProjectId.of("p"),
            "T",
            LocalDate.of(2000, 1, 1),
            ReadLimits.defaults());
    if (read.isInvalid()) {
      assertThat(read.getError()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
  }
}
