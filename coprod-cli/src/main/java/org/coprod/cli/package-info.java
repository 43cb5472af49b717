/** The {@code coprod} command: one class per subcommand. */
@org.jspecify.annotations.NullMarked
package org.coprod.cli;
