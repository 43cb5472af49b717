package org.coprod.rules.render;

import java.util.Locale;

/**
 * Who a report is written for. In a group of six, "the carer representative" is as good as a name,
 * so a report the whole group reads shows findings about one person only as counts by side; the
 * facilitator, who follows each one up, sees who they are about.
 */
public enum Audience {
  /**
   * The whole group, at its meeting: a finding about one person is counted by side ("2 of the
   * people with lived experience"), never said to be about whom; no one is named, by id or role.
   */
  GROUP,

  /** The facilitator: people are named by their role title or id, as the findings say. */
  FACILITATOR;

  /** The audience's name as the command line writes it: {@code group}, {@code facilitator}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
