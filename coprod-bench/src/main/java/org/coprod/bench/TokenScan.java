package org.coprod.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The floor of reading a JSON project file: Jackson's streaming parser runs over every token of the
 * file from its bytes and builds nothing (no text is asked for, so strings are skipped, not
 * decoded). {@code coprod check} of the same file cannot read it faster than this; {@link Targets}
 * runs both as whole processes, side by side, and compares them. Prints the number of tokens.
 */
public final class TokenScan {
  private TokenScan() {}

  /**
   * Scans one file.
   *
   * @param args the file
   * @throws IOException if the file cannot be read or is not JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TokenScan FILE.json");
      System.exit(2);
    }
    System.out.println(scan(Path.of(args[0])) + " tokens");
  }

  /** The number of tokens in a JSON file. */
  static long scan(Path file) throws IOException {
    JsonFactory factory =
        JsonFactory.builder()
            // the generated file is one document of some hundreds of megabytes
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(-1).build())
            .build();
    long tokens = 0;
    try (JsonParser parser = factory.createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
