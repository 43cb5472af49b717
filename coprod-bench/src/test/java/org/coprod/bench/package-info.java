/** Tests that the baseline is an honest yardstick and that the benchmarks cover every rule. */
@NullMarked
package org.coprod.bench;

import org.jspecify.annotations.NullMarked;
