/**
 * The live project: {@link org.coprod.live.LiveProject} keeps a project as events arrive and checks
 * it again; {@link org.coprod.live.FindingChanges} tells what changed between two checks by
 * fingerprint; {@link org.coprod.live.FindingsBaseline} stores the fingerprints already known as
 * JSON, so a check can show only what is new.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.live;
