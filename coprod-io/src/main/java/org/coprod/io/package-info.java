/**
 * Project files in YAML, JSON and CSV, read with every problem reported at once, and written back.
 *
 * <p>{@link org.coprod.io.ProjectFiles} reads and writes project files (YAML or JSON, led by {@code
 * coprod: 1}) and hands out their JSON Schema; {@link org.coprod.io.Ledgers} reads and writes
 * contributions and participants kept as CSV; {@link org.coprod.io.ReadLimits} bounds what a reader
 * accepts. Reading streams with Jackson's parsers and never holds a tree of the file: the positions
 * needed to place problems found later are kept compactly, per item of each top-level list.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.io;
