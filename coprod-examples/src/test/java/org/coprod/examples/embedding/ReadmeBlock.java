package org.coprod.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A block of real output pasted in {@code coprod-examples/README.md} between {@code <!-- NAME:start
 * -->} and {@code <!-- NAME:end -->}, checked against a fresh run so the README stays true; run the
 * tests with {@code -Dcoprod.readme.update=true} to paste the fresh output in after a deliberate
 * change, then read the difference before committing it.
 */
public final class ReadmeBlock {
  /** The examples' README. */
  public static final Path README = Path.of(System.getProperty("basedir", "."), "README.md");

  private ReadmeBlock() {}

  /**
   * Asserts that the block holds exactly this text (line ends as {@code \n}), inside a fenced code
   * block of the given language; rewrites it instead under {@code -Dcoprod.readme.update=true}.
   *
   * @param name the block's name in its markers
   * @param language the fenced block's language
   * @param fresh the output of a fresh run
   */
  public static void assertHolds(String name, String language, String fresh) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String start = "<!-- " + name + ":start -->\n";
    String end = "<!-- " + name + ":end -->";
    int from = readme.indexOf(start);
    int to = readme.indexOf(end);
    assertThat(from).as("the README marks the block '%s'", name).isNotNegative();
    assertThat(to).as("the README ends the block '%s'", name).isGreaterThan(from);
    String text = fresh.replace("\r\n", "\n");
    String block = "```" + language + "\n" + text + (text.endsWith("\n") ? "" : "\n") + "```\n";
    String rewritten = readme.substring(0, from + start.length()) + block + readme.substring(to);
    if (Boolean.getBoolean("coprod.readme.update")) {
      Files.writeString(README, rewritten, StandardCharsets.UTF_8);
      return;
    }
    assertThat(readme)
        .as("README block '%s'; paste a fresh run with -Dcoprod.readme.update=true", name)
        .isEqualTo(rewritten);
  }
}
