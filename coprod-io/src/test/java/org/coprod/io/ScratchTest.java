package org.coprod.io;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    var r = ProjectFiles.read(Path.of("src/test/resources/examples/crisis-line.yaml"));
    System.out.println(r.isValid() ? r.get() : r.getError().mkString("\n"));
    if (r.isValid()) {
      System.out.println(ProjectFiles.toText(r.get(), Format.YAML));
      System.out.println(ProjectFiles.toText(r.get(), Format.JSON));
    }
  }
}
