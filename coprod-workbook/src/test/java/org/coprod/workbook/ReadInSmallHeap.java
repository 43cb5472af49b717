package org.coprod.workbook;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import org.coprod.core.Problem;
import org.coprod.core.Project;

/**
 * Reads one workbook and says how many contributions it holds: the program {@link
 * WorkbookMemoryTest} runs in a JVM of its own with a small heap.
 */
public final class ReadInSmallHeap {
  private ReadInSmallHeap() {}

  /** Reads the workbook named first; exits with 0 once read, 1 on problems. */
  public static void main(String[] args) {
    Validation<Seq<Problem>, Project> read = Workbooks.read(Path.of(args[0]));
    if (read.isInvalid()) {
      read.getError().take(10).forEach(System.out::println);
      System.exit(1);
    }
    System.out.println("contributions: " + read.get().contributions().size());
  }
}
