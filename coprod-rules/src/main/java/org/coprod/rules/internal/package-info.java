/**
 * What the standard rules read of the shared index and nothing outside this module may: the index's
 * columns of contributions by place. The module does not export this package, so the columns can
 * change shape with the rules that read them while the index's public face (its defined words)
 * stays as it is.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.rules.internal;
