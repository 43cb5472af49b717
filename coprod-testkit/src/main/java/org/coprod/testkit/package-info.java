/**
 * jqwik arbitraries for coprod's types and whole valid projects, and the fairness laws as reusable
 * properties.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.testkit;
