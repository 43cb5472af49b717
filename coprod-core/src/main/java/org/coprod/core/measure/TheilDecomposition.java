package org.coprod.core.measure;

/**
 * A Theil index split by group, so a researcher can tell how much of the inequality lies between
 * groups (for example people with lived experience and professionals) and how much within them.
 *
 * <p>{@code between + within} equals {@code total} up to floating-point rounding (about 1e-12
 * relative in practice); {@code total} is computed on its own, not as that sum, so the identity is
 * a checked law, not a definition.
 *
 * @param total the Theil index of all values together
 * @param between the part explained by differences between the group means
 * @param within the weighted sum of the Theil indices inside each group
 */
public record TheilDecomposition(double total, double between, double within) {}
