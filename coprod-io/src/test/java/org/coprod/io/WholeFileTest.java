package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.coprod.core.Contribution;
import org.coprod.core.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all: a write that fails leaves the file as it was. */
class WholeFileTest {
  @TempDir Path dir;

  private String[] names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void writingAProjectOrAPolicyReplacesTheFileAndLeavesNothingBesideIt() throws IOException {
    Path file =
        Files.writeString(dir.resolve("project.yaml"), "an older, longer file ".repeat(999));
    Project project = TestProjects.project(7);
    ProjectFiles.write(project, file);
    assertThat(ProjectFiles.read(file).get()).isEqualTo(project);
    Path policy = Files.writeString(dir.resolve("policy.yaml"), "old");
    PolicyFiles.write(org.coprod.rules.Policy.builder().build(), policy);
    assertThat(Files.readString(policy)).startsWith("coprod-policy: 1");
    assertThat(names()).containsExactly("policy.yaml", "project.yaml");
  }

  @Test
  void aLedgerThatCannotBeWrittenLeavesTheOldFileAsItWas() throws IOException {
    Project project = TestProjects.ledgerProject(3);
    Path file = dir.resolve("work.csv");
    Ledgers.writeContributions(project, file);
    byte[] before = Files.readAllBytes(file);
    Project broken =
        project.withContributions(
            project
                .contributions()
                .append(
                    Contribution.builder()
                        .participant(project.participants().head().id())
                        .date(project.participants().head().joined())
                        .phase(org.coprod.core.Phase.DESIGN)
                        .kind(org.coprod.core.ContributionKind.IDEA)
                        .hours(1)
                        .addSkill("a;b")
                        .build()));
    assertThatThrownBy(() -> Ledgers.writeContributions(broken, file))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(names()).containsExactly("work.csv");
  }

  @Test
  void contentThatFailsHalfWayLeavesNoFileAndNoTemporaryFile() {
    Path file = dir.resolve("report.txt");
    assertThatThrownBy(
            () ->
                WholeFile.write(
                    file,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");
    assertThat(file).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aReplacedFileKeepsWhoMayReadIt() throws IOException {
    Path file = dir.resolve("private.txt");
    Files.writeString(file, "old");
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      assumeThat(false).as("POSIX permissions").isTrue();
    }
    WholeFile.write(file, "new");
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aLinkIsWrittenThroughAndADeviceWrittenAsItIs() throws IOException {
    Path target = dir.resolve("target.txt");
    Files.writeString(target, "old");
    Path link = dir.resolve("link.txt");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links").isTrue();
    }
    WholeFile.write(link, "new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
    Path devNull = Path.of("/dev/null");
    assumeThat(devNull).exists();
    WholeFile.write(devNull, "nothing");
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }
}
