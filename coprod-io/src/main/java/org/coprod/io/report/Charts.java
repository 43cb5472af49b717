package org.coprod.io.report;

import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.coprod.core.LadderStep;
import org.coprod.core.Side;
import org.coprod.rules.SideLabels;
import org.coprod.rules.render.Words;

/**
 * The HTML report's charts, drawn as inline SVG: scalable to any width through their {@code
 * viewBox}, named for assistive technology by their {@code <title>} and described by their {@code
 * <desc>}, which carries the numbers. Colours meet WCAG 2.1 AA contrast: white text on either
 * side's colour, dark text on light grey.
 */
final class Charts {
  private Charts() {}

  /** The width of every chart in SVG units; text sizes are chosen for it at 375 pixels wide. */
  static final int WIDTH = 360;

  /** The colour of the lived-experience side (6.7:1 against white). */
  static final String LE = "#1b5e9f";

  /** The colour of the professional side (6.1:1 against white). */
  static final String PRO = "#a0480b";

  /** Dark text. */
  static final String INK = "#1a1a1a";

  /** Grey for what counts for neither side (5.3:1 against white). */
  static final String GREY = "#6b6b6b";

  /** The fill of an empty bar, behind dark text. */
  static final String EMPTY = "#ececec";

  /** The colour of the assessed ladder step (7.7:1 against white). */
  static final String ASSESSED = "#22577a";

  /** At most this many outputs are drawn; the table lists them all. */
  static final int MAX_OUTPUTS = 24;

  /** At most this many money resources are drawn one by one; the table lists them all. */
  static final int MAX_RESOURCES = 12;

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  static String colour(Side side) {
    return side == Side.LIVED_EXPERIENCE ? LE : PRO;
  }

  /** An SVG being drawn, with its title and description. */
  private static final class Svg {
    private final StringBuilder body = new StringBuilder();

    Svg rect(double x, double y, double w, double h, String fill, String extra) {
      body.append("<rect x=\"")
          .append(c(x))
          .append("\" y=\"")
          .append(c(y))
          .append("\" width=\"")
          .append(c(w))
          .append("\" height=\"")
          .append(c(h))
          .append("\" fill=\"")
          .append(fill)
          .append('"')
          .append(extra.isEmpty() ? "" : " " + extra)
          .append("/>\n");
      return this;
    }

    Svg text(double x, double y, String text, String attributes) {
      body.append("<text x=\"")
          .append(c(x))
          .append("\" y=\"")
          .append(c(y))
          .append("\" ")
          .append(attributes)
          .append('>')
          .append(Html.escape(text))
          .append("</text>\n");
      return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String extra) {
      body.append("<line x1=\"")
          .append(c(x1))
          .append("\" y1=\"")
          .append(c(y1))
          .append("\" x2=\"")
          .append(c(x2))
          .append("\" y2=\"")
          .append(c(y2))
          .append("\" stroke=\"")
          .append(stroke)
          .append('"')
          .append(extra.isEmpty() ? "" : " " + extra)
          .append("/>\n");
      return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String extra) {
      body.append("<circle cx=\"")
          .append(c(cx))
          .append("\" cy=\"")
          .append(c(cy))
          .append("\" r=\"")
          .append(c(r))
          .append("\" fill=\"")
          .append(fill)
          .append('"')
          .append(extra.isEmpty() ? "" : " " + extra)
          .append("/>\n");
      return this;
    }

    Svg path(String d, String attributes) {
      body.append("<path d=\"").append(d).append("\" ").append(attributes).append("/>\n");
      return this;
    }

    String done(String id, double height, String title, String description) {
      return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
          + WIDTH
          + " "
          + c(height)
          + "\" role=\"img\""
          + " aria-labelledby=\""
          + id
          + "-title "
          + id
          + "-desc\" focusable=\"false\" class=\"chart-svg\" id=\""
          + id
          + "-svg\">\n"
          + "<title id=\""
          + id
          + "-title\">"
          + Html.escape(title)
          + "</title>\n"
          + "<desc id=\""
          + id
          + "-desc\">"
          + Html.escape(description)
          + "</desc>\n"
          + body
          + "</svg>\n";
    }
  }

  private static String c(double v) {
    return Plain.coordinate(v);
  }

  private static final String LABEL = "font-size=\"12\" fill=\"" + INK + "\"";
  private static final String HEADING = "font-size=\"13\" font-weight=\"600\" fill=\"" + INK + "\"";
  private static final String ON_COLOUR =
      "font-size=\"11.5\" font-weight=\"600\" fill=\"#ffffff\" text-anchor=\"middle\"";

  // The ladder ---------------------------------------------------------------------------------

  /** The steps of the ladder, top to bottom. */
  private static final LadderStep[] TOP_DOWN = {
    LadderStep.CO_PRODUCTION,
    LadderStep.CO_DESIGN,
    LadderStep.ENGAGEMENT,
    LadderStep.CONSULTATION,
    LadderStep.INFORMING,
    LadderStep.EDUCATING,
    LadderStep.COERCION,
    LadderStep.NONE
  };

  /** The ladder of co-production as a staircase, with the claimed and the assessed step marked. */
  static String ladder(Picture p, String description) {
    Svg svg = new Svg();
    double rowHeight = 24;
    double gap = 6;
    for (int i = 0; i < TOP_DOWN.length; i++) {
      LadderStep step = TOP_DOWN[i];
      double y = 4 + i * (rowHeight + gap);
      double width = 138 + step.ordinal() * 10;
      boolean assessed = step == p.assessed();
      boolean claimed = p.claimed().contains(step);
      String outline =
          claimed ? "stroke=\"" + INK + "\" stroke-width=\"2.5\" stroke-dasharray=\"5 3\"" : "";
      svg.rect(1.5, y, width, rowHeight, assessed ? ASSESSED : EMPTY, outline + " rx=\"3\"");
      svg.text(
          10,
          y + 16.5,
          stepTitle(step),
          "font-size=\"12.5\""
              + (assessed ? " font-weight=\"700\" fill=\"#ffffff\"" : " fill=\"" + INK + "\""));
      String note =
          assessed && claimed
              ? "claimed and assessed"
              : assessed ? "assessed" : claimed ? "claimed" : "";
      if (!note.isEmpty()) {
        svg.text(
            width + 8,
            y + 16.5,
            note,
            "font-size=\"11.5\" font-weight=\"700\" fill=\"" + INK + "\"");
      }
    }
    return svg.done(
        "chart-ladder",
        4 + TOP_DOWN.length * (rowHeight + gap),
        "The ladder of co-production",
        description);
  }

  static String stepTitle(LadderStep step) {
    return step == LadderStep.NONE ? "No lived experience" : Words.capitalise(Words.step(step));
  }

  // Hours against credit, by output --------------------------------------------------------------

  /** For every output, each side's share of its hours above each side's share of its credit. */
  static String outputs(Picture p, String description) {
    Svg svg = new Svg();
    Seq<Picture.OutputShare> drawn = p.outputs().take(MAX_OUTPUTS);
    double y = 0;
    double x0 = 54;
    double w = WIDTH - x0 - 1;
    if (drawn.isEmpty()) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "rx=\"3\"");
      svg.text(10, 25, "No outputs recorded yet.", LABEL);
      return svg.done("chart-outputs", 40, "Hours and credit by output", description);
    }
    for (Picture.OutputShare o : drawn) {
      svg.text(0, y + 14, Plain.shortened(o.id(), 48), HEADING);
      stacked(
          svg,
          x0,
          y + 22,
          w,
          18,
          o.hours(Side.LIVED_EXPERIENCE),
          o.hours(Side.PROFESSIONAL),
          0,
          "no hours recorded");
      svg.text(0, y + 35, "Hours", LABEL);
      stacked(
          svg,
          x0,
          y + 44,
          w,
          18,
          o.credited(Side.LIVED_EXPERIENCE),
          o.credited(Side.PROFESSIONAL),
          0,
          "nobody credited");
      svg.text(0, y + 57, "Credit", LABEL);
      y += 74;
    }
    return svg.done("chart-outputs", y - 6, "Hours and credit by output", description);
  }

  /**
   * A bar split between the sides (and a grey part for nobody), each part labelled with its
   * percentage where it is wide enough to hold it.
   */
  private static void stacked(
      Svg svg,
      double x,
      double y,
      double w,
      double h,
      double le,
      double pro,
      double nobody,
      String empty) {
    double total = le + pro + nobody;
    if (!(total > 0)) {
      svg.rect(x, y, w, h, EMPTY, "rx=\"2\"");
      svg.text(x + 8, y + h - 5, empty, "font-size=\"11.5\" fill=\"" + INK + "\"");
      return;
    }
    double[] parts = {le, pro, nobody};
    String[] fills = {LE, PRO, GREY};
    double at = x;
    double gap = 2;
    int shown = 0;
    for (double part : parts) {
      if (part > 0) {
        shown++;
      }
    }
    double room = w - gap * (shown - 1);
    for (int i = 0; i < parts.length; i++) {
      if (!(parts[i] > 0)) {
        continue;
      }
      double width = room * parts[i] / total;
      svg.rect(at, y, width, h, fills[i], "");
      String label = Words.percent(parts[i] / total);
      if (width >= label.length() * 7 + 6) {
        svg.text(at + width / 2, y + h - 5, label, ON_COLOUR);
      }
      at += width + gap;
    }
  }

  // Say in key decisions, over time ---------------------------------------------------------------

  /**
   * Who had a say in each key decision, one lane a side along a time line, then the share of the
   * counted key decisions so far in which each side had a say.
   */
  static String decisions(Picture p, SideLabels labels, String description) {
    Svg svg = new Svg();
    Seq<Picture.KeyDecision> all = p.decisions();
    if (all.isEmpty()) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "rx=\"3\"");
      svg.text(10, 25, "No key decisions recorded yet.", LABEL);
      return svg.done("chart-decisions", 40, "Say in the key decisions over time", description);
    }
    LocalDate first = all.head().date();
    LocalDate last = all.last().date();
    long span = ChronoUnit.DAYS.between(first, last);
    LocalDate from = span == 0 ? first.minusDays(15) : first;
    LocalDate until = span == 0 ? last.plusDays(15) : last;
    double x0 = 44;
    double x1 = WIDTH - 10;
    double days = Math.max(1, ChronoUnit.DAYS.between(from, until));
    java.util.function.ToDoubleFunction<LocalDate> x =
        d -> x0 + (x1 - x0) * ChronoUnit.DAYS.between(from, d) / days;

    double y = 0;
    for (Side side : Side.values()) {
      svg.text(0, y + 14, Words.capitalise(Plain.shortened(labels.of(side), 44)), HEADING);
      double lane = y + 32;
      svg.line(x0 - 6, lane, x1 + 6, lane, "#949494", "stroke-width=\"1\"");
      for (Picture.KeyDecision d : all) {
        double cx = x.applyAsDouble(d.date());
        if (d.overridden()) {
          svg.path(
              "M"
                  + c(cx - 5)
                  + " "
                  + c(lane - 5)
                  + "L"
                  + c(cx + 5)
                  + " "
                  + c(lane + 5)
                  + "M"
                  + c(cx - 5)
                  + " "
                  + c(lane + 5)
                  + "L"
                  + c(cx + 5)
                  + " "
                  + c(lane - 5),
              "stroke=\"" + GREY + "\" stroke-width=\"2.5\" fill=\"none\"");
        } else if (!d.counted()) {
          svg.rect(
              cx - 3.5,
              lane - 3.5,
              7,
              7,
              GREY,
              "transform=\"rotate(45 " + c(cx) + " " + c(lane) + ")\"");
        } else if (d.hadSay(side)) {
          svg.circle(cx, lane, 6.5, colour(side), "");
        } else {
          svg.circle(
              cx, lane, 5.5, "#ffffff", "stroke=\"" + colour(side) + "\" stroke-width=\"2\"");
        }
      }
      y += 50;
    }

    // The share of counted key decisions so far with a say, as a step line for each side.
    double top = y + 36;
    double bottom = top + 90;
    for (int pct = 0; pct <= 100; pct += 50) {
      double gy = bottom - (bottom - top) * pct / 100.0;
      svg.line(x0, gy, x1, gy, "#c8c8c8", "stroke-width=\"1\"");
      svg.text(
          x0 - 6, gy + 4, pct + "%", "font-size=\"11\" fill=\"" + INK + "\" text-anchor=\"end\"");
    }
    svg.text(0, y + 10, "Share of counted key decisions so far with a say", HEADING);
    int counted = 0;
    int[] says = new int[Side.values().length];
    StringBuilder[] lines = {new StringBuilder(), new StringBuilder()};
    double[] lastY = {Double.NaN, Double.NaN};
    for (Picture.KeyDecision d : all) {
      if (!d.counted()) {
        continue;
      }
      counted++;
      double cx = x.applyAsDouble(d.date());
      for (Side side : Side.values()) {
        int s = side.ordinal();
        if (d.hadSay(side)) {
          says[s]++;
        }
        double cy = bottom - (bottom - top) * says[s] / counted;
        lines[s].append(
            lines[s].length() == 0 ? "M" + c(cx) + " " + c(cy) : "H" + c(cx) + "V" + c(cy));
        lastY[s] = cy;
      }
    }
    if (counted == 0) {
      svg.text(x0 + 8, top + 50, "No counted key decisions yet.", LABEL);
    } else {
      for (Side side : Side.values()) {
        int s = side.ordinal();
        lines[s].append("H").append(c(x1));
        String dash = side == Side.PROFESSIONAL ? " stroke-dasharray=\"7 4\"" : "";
        svg.path(
            lines[s].toString(),
            "fill=\"none\" stroke=\"" + colour(side) + "\" stroke-width=\"3\"" + dash);
      }
      // The final shares, one above its line and one below, so they never overlap.
      Side higher = lastY[0] <= lastY[1] ? Side.LIVED_EXPERIENCE : Side.PROFESSIONAL;
      for (Side side : Side.values()) {
        int s = side.ordinal();
        double ly = side == higher ? lastY[s] - 7 : Math.min(bottom + 16, lastY[s] + 17);
        svg.text(
            x1,
            ly,
            Words.percent((double) says[s] / counted),
            "font-size=\"12\" font-weight=\"700\" fill=\""
                + colour(side)
                + "\" text-anchor=\"end\"");
      }
    }
    double axis = bottom + 32;
    svg.text(x0, axis, month(from), "font-size=\"11\" fill=\"" + INK + "\"");
    svg.text(x1, axis, month(until), "font-size=\"11\" fill=\"" + INK + "\" text-anchor=\"end\"");
    return svg.done("chart-decisions", axis + 6, "Say in the key decisions over time", description);
  }

  /** A month and year in English, the same in every locale: "Mar 2017". */
  static String month(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  // Money -------------------------------------------------------------------------------------

  /** The money by who controls it: all of it, then each MONEY resource. */
  static String money(Picture p, String description) {
    Svg svg = new Svg();
    BigDecimal total = p.totalMoney();
    if (total.signum() <= 0) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "rx=\"3\"");
      svg.text(10, 25, "No money recorded in this project.", LABEL);
      return svg.done("chart-money", 40, "The money by who controls it", description);
    }
    String unit = p.unit().getOrElse("");
    svg.text(
        0,
        14,
        "All the money: " + Plain.money(total) + (unit.isEmpty() ? "" : " " + unit),
        HEADING);
    stacked(
        svg,
        0,
        22,
        WIDTH,
        26,
        d(p.money(Side.LIVED_EXPERIENCE)),
        d(p.money(Side.PROFESSIONAL)),
        d(p.moneyOfNobody()),
        "");
    double y = 66;
    Seq<Picture.MoneyShare> drawn = p.money().take(MAX_RESOURCES);
    if (p.money().size() > 1) {
      BigDecimal largest = drawn.map(Picture.MoneyShare::amount).max().getOrElse(BigDecimal.ONE);
      for (Picture.MoneyShare m : drawn) {
        svg.text(
            0,
            y + 12,
            Plain.shortened(m.id(), 30)
                + ": "
                + Plain.money(m.amount())
                + (unit.isEmpty() ? "" : " " + unit),
            "font-size=\"12\" fill=\"" + INK + "\"");
        double w =
            largest.signum() > 0
                ? Math.max(
                    2, WIDTH * m.amount().divide(largest, MathContext.DECIMAL64).doubleValue())
                : 2;
        stacked(
            svg,
            0,
            y + 18,
            w,
            16,
            d(m.of(Side.LIVED_EXPERIENCE)),
            d(m.of(Side.PROFESSIONAL)),
            d(m.nobody()),
            "none");
        y += 44;
      }
    }
    return svg.done("chart-money", y - 8, "The money by who controls it", description);
  }

  private static double d(BigDecimal value) {
    return value.doubleValue();
  }

  // Headline measures -------------------------------------------------------------------------

  /** A headline measure for the chart: its short name and each side's value, if any. */
  record Measure(
      String name,
      io.vavr.control.Option<Double> livedExperience,
      io.vavr.control.Option<Double> professional) {}

  /** The headline measures by side, as paired bars from 0 to 100%. */
  static String measures(Seq<Measure> measures, String description) {
    Svg svg = new Svg();
    double y = 0;
    double w = WIDTH - 62;
    for (Measure m : measures) {
      svg.text(0, y + 14, m.name(), HEADING);
      bar(svg, y + 21, w, m.livedExperience(), LE);
      bar(svg, y + 41, w, m.professional(), PRO);
      y += 66;
    }
    return svg.done("chart-measures", y - 8, "Headline measures by side", description);
  }

  private static void bar(
      Svg svg, double y, double w, io.vavr.control.Option<Double> value, String fill) {
    svg.rect(0, y, w, 16, "#f4f4f2", "stroke=\"#c8c8c8\" stroke-width=\"1\"");
    if (value.isEmpty()) {
      svg.text(8, y + 12, "not available", "font-size=\"11.5\" fill=\"" + INK + "\"");
      return;
    }
    double v = Math.max(0, Math.min(1, value.get()));
    svg.rect(0, y, Math.max(1.5, w * v), 16, fill, "");
    svg.text(
        w + 6,
        y + 12.5,
        Words.percent(value.get()),
        "font-size=\"12\" font-weight=\"700\" fill=\"" + INK + "\"");
  }
}
