/**
 * Inequality and fairness measures that researchers call directly: Gini, Herfindahl, Theil,
 * Atkinson, Lorenz, Blau, Kanter's classes, parity (Fairlearn's definitions) and Shapley values.
 * Degenerate input gives an empty {@code Option}, never NaN.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.core.measure;
