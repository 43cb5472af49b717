/**
 * The coproduction project as immutable values: participants on either side of the professional
 * divide, their roles, resources, contributions, decisions, the working agreement and the outputs
 * with their credit, and the record a group keeps between meetings (meeting registers, whose
 * attendance the project makes into contributions, impacts, check-ins, responses to findings,
 * stories' consent); validation that reports every problem at once; and views of a project as it
 * stood on a date.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.core;
