package org.coprod.rules;

/**
 * One way a policy differs from the defaults.
 *
 * @param rule the rule's id
 * @param setting what is set: {@code parameter maxShare}, {@code severity}, {@code rule}
 * @param from the default
 * @param to the policy's value
 */
public record PolicyDifference(String rule, String setting, String from, String to) {}
