package org.coprod.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor reads every token of a file, so it is a floor of what reading it costs. */
class TokenScanTest {
  @Test
  void countsEveryTokenOfAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("small.json");
    Files.writeString(file, "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": null}");
    // { a [ 1 2 { b c } ] d null }: thirteen tokens
    assertThat(TokenScan.scan(file)).isEqualTo(13);
  }

  @Test
  void scansAGeneratedProjectFileToItsEnd(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("project.json");
    ProjectFiles.write(ProjectGenerator.generate(ProjectSpec.builder().seed(7).build()), file);
    long contributions = ProjectFiles.read(file).get().contributions().size();
    // each contribution is a mapping of at least its participant, date, phase, kind and hours
    assertThat(TokenScan.scan(file)).isGreaterThan(12 * contributions);
  }

  @Test
  void theMedianOfOddAndEvenCounts() {
    assertThat(WholeProcess.median(new double[] {3, 1, 2})).isEqualTo(2);
    assertThat(WholeProcess.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }

  @Test
  void duckDbReadsOnlyTheFileItIsGivenQuotedAsSqlText() {
    String[] sql = DuckDbMeasures.sql("/tmp/it's.json");
    assertThat(sql[0]).contains("read_json('/tmp/it''s.json'");
    assertThat(sql).hasSize(8);
  }
}
