/**
 * A seeded generator of synthetic, valid, realistic projects of any size, for the command's {@code
 * generate}, the benchmarks and the testkit.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.core.synthetic;
