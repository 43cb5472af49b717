package org.coprod.core.measure;

/**
 * One point of a Lorenz curve: the poorest {@code populationShare} of the people hold {@code
 * valueShare} of the total.
 *
 * @param populationShare the share of people counted, poorest first, in [0, 1]
 * @param valueShare the share of the total they hold, in [0, 1]
 */
public record LorenzPoint(double populationShare, double valueShare) {}
