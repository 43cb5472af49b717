package org.coprod.rules;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.coprod.core.CheckIn;
import org.coprod.core.CoprodStyle;
import org.coprod.core.Side;
import org.coprod.core.Tally;
import org.immutables.value.Value;

/**
 * One round of the group's check-in for one side, as a report shows it: how many answered and the
 * middle answer to each question, never the tally. A question fewer than {@value #FEWEST} people
 * answered shows no median, since with one or two answers the median gives them away.
 */
@Value.Immutable
@CoprodStyle
abstract class ReportedCheckInDef {
  /** The fewest answers to a question whose median a report shows. */
  public static final int FEWEST = 3;

  /** The day of the round. */
  public abstract LocalDate round();

  /** The side whose answers these are. */
  public abstract Side side();

  /** How many people of that side answered the round. */
  public abstract int respondents();

  /** The middle answer to "I was heard", where enough people answered. */
  public abstract Option<Double> heard();

  /** The middle answer to "I had influence on what we did", where enough people answered. */
  public abstract Option<Double> influence();

  /** The middle answer to "I felt supported", where enough people answered. */
  public abstract Option<Double> supported();

  /** The round as a report shows it. */
  public static ReportedCheckIn of(CheckIn checkIn) {
    return ReportedCheckIn.builder()
        .round(checkIn.round())
        .side(checkIn.side())
        .respondents(checkIn.respondents())
        .heard(median(checkIn.heard()))
        .influence(median(checkIn.influence()))
        .supported(median(checkIn.supported()))
        .build();
  }

  private static Option<Double> median(Option<Tally> tally) {
    return tally.filter(t -> t.answers() >= FEWEST).flatMap(Tally::median);
  }
}
