package org.coprod.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Java examples are quoted from a test this module runs, word for word. */
class ReadmeTest {
  @Test
  void theReadmeQuotesTheExampleThatRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String example =
        Files.readString(Path.of("src/test/java/org/coprod/testkit/ReadmeExampleProperties.java"));
    Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      assertThat(example).contains(block.group(1));
    }
    assertThat(blocks).isEqualTo(5);
  }
}
