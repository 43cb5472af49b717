/**
 * The rule API: rules, their metadata, outcomes, findings, policies, the rulebook and the report,
 * and the defined words (had a say, substantial contribution, counted decision) written once.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.rules;
