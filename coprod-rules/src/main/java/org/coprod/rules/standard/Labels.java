package org.coprod.rules.standard;

import org.coprod.core.Side;

/**
 * The words the standard rules use for the sides in finding messages. Renderers may relabel the
 * sides in headings and measures; messages keep these plain defaults.
 */
final class Labels {
  private Labels() {}

  /** The people of a side, in plain words. */
  static String plural(Side side) {
    return side == Side.LIVED_EXPERIENCE ? "people with lived experience" : "professionals";
  }
}
