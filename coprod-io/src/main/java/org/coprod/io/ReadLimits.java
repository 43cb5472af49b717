package org.coprod.io;

/**
 * Limits that protect a reader from hostile or broken files. Breaking one is a {@code
 * LIMIT_EXCEEDED} problem, never an exception. The {@linkplain #defaults() defaults} admit a file
 * of a million contributions.
 *
 * @param maxFileBytes the most bytes a file may hold (characters, when it is given as a {@link
 *     java.io.Reader})
 * @param maxDepth the deepest nesting of lists and mappings (the project format itself needs 5; the
 *     rest is room for applications' {@code x-} data)
 * @param maxElements the most values a file may hold: every scalar, list and mapping counts, and so
 *     does every value that a YAML alias repeats; in a CSV ledger every cell counts
 * @param maxStringLength the longest text (a scalar, a key, a CSV cell), in characters; a YAML file
 *     stops being read as soon as a text runs past it, and a stretch of twice this (plus 8,192
 *     characters) read for one value, counting the blank lines and comments before it and the
 *     quotes and escapes in it, is refused as well
 * @param maxAliases the most YAML aliases ({@code *name}) a file may use, counting those inside a
 *     repeated node each time it is repeated, so a "billion laughs" file stops early
 * @param maxAliasedElements the most values all the anchored nodes of a YAML file may hold together
 *     for aliases to repeat them (their text, together, within {@code maxStringLength}); a node
 *     anchored once this budget is spent is read but not kept, so anchors cost little memory
 * @param maxProblems the most problems reported before reading stops, so a file broken a million
 *     times does not fill the memory with problems
 * @param maxMoney the largest amount of money a value may hold (an amount paid, claimed, a rate or
 *     a resource's amount), in the project's unit; a number is sized up from its digits before any
 *     arithmetic, so a million digits or a huge exponent is refused at once
 */
public record ReadLimits(
    long maxFileBytes,
    int maxDepth,
    long maxElements,
    int maxStringLength,
    int maxAliases,
    int maxAliasedElements,
    int maxProblems,
    long maxMoney) {

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          1L << 30, 64, 50_000_000L, 1_000_000, 100, 10_000, 1_000, 1_000_000_000_000_000L);

  /** Refuses limits below 1 (a programming error). */
  public ReadLimits {
    positive(maxFileBytes, "maxFileBytes");
    positive(maxDepth, "maxDepth");
    positive(maxElements, "maxElements");
    positive(maxStringLength, "maxStringLength");
    if (maxAliases < 0) {
      throw new IllegalArgumentException("maxAliases must not be negative");
    }
    positive(maxAliasedElements, "maxAliasedElements");
    positive(maxProblems, "maxProblems");
    positive(maxMoney, "maxMoney");
  }

  /**
   * The defaults: 1 GiB, depth 64, 50 million values, strings of a million characters, 100 aliases
   * repeating anchored nodes of up to 10,000 values in all, 1,000 problems, and amounts of money up
   * to 10<sup>15</sup> (a thousand million million, more than any budget in any currency).
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another file size limit. */
  public ReadLimits withMaxFileBytes(long value) {
    return new ReadLimits(
        value,
        maxDepth,
        maxElements,
        maxStringLength,
        maxAliases,
        maxAliasedElements,
        maxProblems,
        maxMoney);
  }

  /** These limits with another nesting limit. */
  public ReadLimits withMaxDepth(int value) {
    return new ReadLimits(
        maxFileBytes,
        value,
        maxElements,
        maxStringLength,
        maxAliases,
        maxAliasedElements,
        maxProblems,
        maxMoney);
  }

  /** These limits with another limit on the number of values. */
  public ReadLimits withMaxElements(long value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        value,
        maxStringLength,
        maxAliases,
        maxAliasedElements,
        maxProblems,
        maxMoney);
  }

  /** These limits with another limit on the length of text. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        maxElements,
        value,
        maxAliases,
        maxAliasedElements,
        maxProblems,
        maxMoney);
  }

  /** These limits with another limit on YAML aliases. */
  public ReadLimits withMaxAliases(int value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        maxElements,
        maxStringLength,
        value,
        maxAliasedElements,
        maxProblems,
        maxMoney);
  }

  /** These limits with another limit on the size of a node an alias may repeat. */
  public ReadLimits withMaxAliasedElements(int value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        maxElements,
        maxStringLength,
        maxAliases,
        value,
        maxProblems,
        maxMoney);
  }

  /** These limits with another limit on the number of problems reported. */
  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        maxElements,
        maxStringLength,
        maxAliases,
        maxAliasedElements,
        value,
        maxMoney);
  }

  /** These limits with another limit on amounts of money. */
  public ReadLimits withMaxMoney(long value) {
    return new ReadLimits(
        maxFileBytes,
        maxDepth,
        maxElements,
        maxStringLength,
        maxAliases,
        maxAliasedElements,
        maxProblems,
        value);
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
  }
}
