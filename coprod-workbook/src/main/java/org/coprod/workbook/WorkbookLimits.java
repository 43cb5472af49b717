package org.coprod.workbook;

import java.util.Objects;
import org.coprod.io.ReadLimits;

/**
 * Limits that a workbook must keep within to be read: a workbook is a zip of XML files, and a small
 * file can unpack to a vast one (a zip bomb). Every entry is unpacked once, counted, before the
 * workbook is read, and reading stops at the first limit broken. The project inside is read within
 * the {@link ReadLimits} given too.
 *
 * @param maxEntries the most entries the zip may hold
 * @param maxEntryBytes the most bytes one entry may unpack to
 * @param maxTotalBytes the most bytes all entries together may unpack to
 * @param maxRatio the most one entry may grow when unpacked (bytes out for each byte in), once it
 *     is larger than {@code minBytesForRatio}
 * @param minBytesForRatio the size below which an entry may grow any amount (small XML files pack
 *     very well)
 * @param project the limits for the project the tables hold; its file size limit applies to the
 *     workbook's own size
 */
public record WorkbookLimits(
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxRatio,
    long minBytesForRatio,
    ReadLimits project) {

  /** Checks every limit is positive and the project's limits are given. */
  public WorkbookLimits {
    Objects.requireNonNull(project, "project is null");
    positive(maxEntries, "maxEntries");
    positive(maxEntryBytes, "maxEntryBytes");
    positive(maxTotalBytes, "maxTotalBytes");
    positive(maxRatio, "maxRatio");
    positive(minBytesForRatio, "minBytesForRatio");
  }

  /**
   * The defaults: 1,000 entries, 1 GB an entry and 2 GB in all, growing at most 200 times once an
   * entry is over 1 MB, and the project's {@link ReadLimits#defaults() default limits}. A workbook
   * of 100,000 contributions unpacks to about 40 MB and grows some 15 times.
   */
  public static WorkbookLimits defaults() {
    return new WorkbookLimits(1_000, 1L << 30, 2L << 30, 200, 1L << 20, ReadLimits.defaults());
  }

  /** These limits with another limit on the number of entries. */
  public WorkbookLimits withMaxEntries(int value) {
    return new WorkbookLimits(
        value, maxEntryBytes, maxTotalBytes, maxRatio, minBytesForRatio, project);
  }

  /** These limits with another limit on the bytes of one entry. */
  public WorkbookLimits withMaxEntryBytes(long value) {
    return new WorkbookLimits(
        maxEntries, value, maxTotalBytes, maxRatio, minBytesForRatio, project);
  }

  /** These limits with another limit on the bytes of all entries. */
  public WorkbookLimits withMaxTotalBytes(long value) {
    return new WorkbookLimits(
        maxEntries, maxEntryBytes, value, maxRatio, minBytesForRatio, project);
  }

  /** These limits with another limit on how much an entry may grow. */
  public WorkbookLimits withMaxRatio(int value) {
    return new WorkbookLimits(
        maxEntries, maxEntryBytes, maxTotalBytes, value, minBytesForRatio, project);
  }

  /** These limits with other limits for the project inside. */
  public WorkbookLimits withProject(ReadLimits value) {
    return new WorkbookLimits(
        maxEntries, maxEntryBytes, maxTotalBytes, maxRatio, minBytesForRatio, value);
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }
}
