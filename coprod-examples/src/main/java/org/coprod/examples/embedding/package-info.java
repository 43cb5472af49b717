/**
 * An embedding example: an application that keeps a coproduction project as events arrive, checks
 * it after each one with the standard rulebook, and tells the group which findings have just
 * appeared and which have gone away. {@link org.coprod.examples.embedding.LiveProject} is the part
 * to copy; {@link org.coprod.examples.embedding.CrisisCafe} is a scripted story to run it on.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.examples.embedding;
