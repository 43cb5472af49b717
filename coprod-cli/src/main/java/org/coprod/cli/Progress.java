package org.coprod.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, redrawn in place with a carriage return, and safe to advance
 * from several threads. Messages printed through it clear the bar first, so they stand on lines of
 * their own.
 */
final class Progress {
  private static final int CELLS = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private int done;
  private int drawnCells = -1;

  /**
   * A bar for {@code total} steps.
   *
   * @param shown whether to draw it; messages are printed either way
   */
  Progress(PrintWriter err, int total, boolean shown) {
    this.err = err;
    this.total = total;
    this.shown = shown && total > 0;
  }

  /** Counts one step done, and redraws the bar when it has grown by a cell or is complete. */
  synchronized void step() {
    done++;
    int cells = done * CELLS / total;
    if (shown && (cells != drawnCells || done == total)) {
      draw(cells);
    }
  }

  /** Prints a line above the bar. */
  synchronized void message(String line) {
    if (shown && drawnCells >= 0) {
      err.print("\r" + " ".repeat(CELLS + 2 + 2 * String.valueOf(total).length() + 12) + "\r");
    }
    err.println(line);
    if (shown && drawnCells >= 0) {
      draw(drawnCells);
    } else {
      err.flush();
    }
  }

  /** Ends the bar's line. */
  synchronized void finish() {
    if (shown && drawnCells >= 0) {
      err.println();
    }
    err.flush();
  }

  private void draw(int cells) {
    drawnCells = cells;
    err.print(
        "\r["
            + "#".repeat(cells)
            + "-".repeat(CELLS - cells)
            + "] "
            + done
            + "/"
            + total
            + " projects");
    err.flush();
  }
}
