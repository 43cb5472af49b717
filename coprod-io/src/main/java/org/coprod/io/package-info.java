/**
 * Project files in YAML, JSON and CSV, read with every problem reported at once, and written back.
 */
@org.jspecify.annotations.NullMarked
package org.coprod.io;
