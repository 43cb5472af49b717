/** The standard rulebook: one class per rule, named after its id. */
@org.jspecify.annotations.NullMarked
package org.coprod.rules.standard;
