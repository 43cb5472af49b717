/**
 * JMH benchmarks of coprod on synthetic projects, a hand-written baseline that computes the
 * headline measures in one pass over plain arrays, and {@link org.coprod.bench.Targets}, which runs
 * them and holds the library to its speed targets (BENCHMARKS.md). The module has no module-info:
 * JMH runs on the class path.
 */
@NullMarked
package org.coprod.bench;

import org.jspecify.annotations.NullMarked;
