/**
 * A property-test example: a fairness rule of a user's own, {@link
 * org.coprod.examples.property.PeerHoursPaid} ({@code acme/peer-hours-paid}), held to the laws it
 * declares with jqwik and coprod-testkit (see the module's tests and README).
 */
@org.jspecify.annotations.NullMarked
package org.coprod.examples.property;
