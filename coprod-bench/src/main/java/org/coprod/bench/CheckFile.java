package org.coprod.bench;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;

/**
 * What {@code coprod check FILE} does, for the memory target while the command does not exist:
 * reads a project file with {@link ProjectFiles}, checks it with the standard rulebook, and prints
 * the times, the number of findings and the heap's high-water mark. Exits 0 when the file was read
 * and checked, 2 when it has problems. {@link Targets} runs it in a JVM with {@code -Xmx1g}.
 */
public final class CheckFile {
  private CheckFile() {}

  /**
   * Reads and checks one file.
   *
   * @param args the file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CheckFile FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(Path.of(args[0]));
    long readAt = System.nanoTime();
    if (read.isInvalid()) {
      System.err.println("the file has " + read.getError().size() + " problems");
      System.exit(2);
    }
    Report report = Rulebook.standard().check(read.get());
    long checkedAt = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "read %.1f s, check %.1f s, %d findings, heap high-water mark %d MB of %d MB%n",
        (readAt - start) / 1e9,
        (checkedAt - readAt) / 1e9,
        report.findings().size(),
        peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * The sum of the heap pools' peaks: an upper bound of the heap in use at any moment (the pools
   * need not peak together).
   */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
