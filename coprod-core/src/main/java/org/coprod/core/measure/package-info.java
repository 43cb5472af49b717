/**
 * Inequality and fairness measures that researchers call directly: Gini, Herfindahl, Theil,
 * Atkinson, Lorenz, Blau, Kanter's classes, parity (Fairlearn's definitions), Shapley values, and
 * exact inference on the small counts of a project (Clopper-Pearson intervals, Fisher's exact
 * test). Degenerate input gives an empty {@code Option}, never NaN.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.core.measure;
