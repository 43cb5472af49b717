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
 * <desc>}, which carries the numbers.
 *
 * <p>Every bar has its side named beside it, with its share, so no chart speaks by colour alone.
 * Each shape carries a class ({@code bar le}, {@code bar pro}, {@code say le}, {@code line pro},
 * {@code step assessed}...) through which the page's style sheet colours it for the light and dark
 * schemes and for forced colours; the colours written on the shapes themselves are the light
 * scheme's, for an SVG read on its own. The two sides' colours differ in lightness by more than 3:1
 * (WCAG 2.1's contrast ratio), so they stay apart in greyscale, and every bar is outlined in the
 * text colour, so a light bar keeps its edge on a light page.
 */
final class Charts {
  private Charts() {}

  /** The width of every chart in SVG units; text sizes are chosen for it at 375 pixels wide. */
  static final int WIDTH = 360;

  /** The colour of the lived-experience side: dark blue (8.3:1 against white). */
  static final String LE = "#1b4f8a";

  /**
   * The colour of the professional side: light orange, 3.9:1 against {@link #LE} in lightness, so
   * the two differ in greyscale; its bars are outlined, as it is light against white.
   */
  static final String PRO = "#e8a33d";

  /** The professional side's colour for lines and rings, dark enough to see on white (5.3:1). */
  static final String PRO_STROKE = "#9a5a00";

  /** Dark text. */
  static final String INK = "#1a1a1a";

  /** Grey for what counts for neither side (5.3:1 against white). */
  static final String GREY = "#6b6b6b";

  /** The fill of an empty bar, behind dark text. */
  static final String EMPTY = "#ececec";

  /**
   * The colour of the assessed ladder step: a neutral dark grey, the colour of neither side, as the
   * step is the whole group's (11:1 against white).
   */
  static final String ASSESSED = "#3a3a3a";

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

  /** The colour of a side's lines and rings. */
  static String stroke(Side side) {
    return side == Side.LIVED_EXPERIENCE ? LE : PRO_STROKE;
  }

  /** The class the style sheet colours a side's shapes by: {@code le} or {@code pro}. */
  static String side(Side side) {
    return side == Side.LIVED_EXPERIENCE ? "le" : "pro";
  }

  /** The outline every bar gets, in the text colour. */
  private static final String OUTLINE = "stroke=\"" + INK + "\" stroke-width=\"0.75\"";

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
  private static final String SMALL = "font-size=\"11\" fill=\"" + INK + "\"";
  private static final String HEADING = "font-size=\"13\" font-weight=\"600\" fill=\"" + INK + "\"";

  /** About how wide a character of the small text is, in SVG units, to fit labels to a line. */
  private static final double SMALL_CHAR = 6.1;

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

  /**
   * The ladder of co-production as a staircase, the claimed step outlined with dashes and the
   * assessed step filled in a neutral colour, each also named in words beside it.
   */
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
          claimed
              ? "stroke=\"" + INK + "\" stroke-width=\"2.5\" stroke-dasharray=\"5 3\""
              : "stroke=\"none\"";
      svg.rect(
          1.5,
          y,
          width,
          rowHeight,
          assessed ? ASSESSED : EMPTY,
          "class=\"step"
              + (assessed ? " assessed" : "")
              + (claimed ? " claimed" : "")
              + "\" "
              + outline
              + " rx=\"3\"");
      svg.text(
          10,
          y + 16.5,
          stepTitle(step),
          "font-size=\"12.5\""
              + (assessed
                  ? " font-weight=\"700\" fill=\"#ffffff\" class=\"on-assessed\""
                  : " fill=\"" + INK + "\""));
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

  /**
   * For every output, each side's share of its hours above each side's share of its credit, each
   * bar with the sides named under it.
   */
  static String outputs(Picture p, SideLabels labels, String description) {
    Svg svg = new Svg();
    Seq<Picture.OutputShare> drawn = p.outputs().take(MAX_OUTPUTS);
    double y = 0;
    double x0 = 54;
    double w = WIDTH - x0 - 1;
    if (drawn.isEmpty()) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "class=\"track\" rx=\"3\"");
      svg.text(10, 25, "No outputs recorded yet.", LABEL);
      return svg.done("chart-outputs", 40, "Hours and credit by output", description);
    }
    for (Picture.OutputShare o : drawn) {
      svg.text(0, y + 14, Plain.shortened(o.id(), 48), HEADING);
      y += 22;
      svg.text(0, y + 13, "Hours", LABEL);
      y =
          stacked(
              svg,
              x0,
              y,
              w,
              18,
              labels,
              o.hours(Side.LIVED_EXPERIENCE),
              o.hours(Side.PROFESSIONAL),
              0,
              "no hours recorded");
      svg.text(0, y + 13, "Credit", LABEL);
      y =
          stacked(
              svg,
              x0,
              y,
              w,
              18,
              labels,
              o.credited(Side.LIVED_EXPERIENCE),
              o.credited(Side.PROFESSIONAL),
              0,
              "nobody credited");
      y += 10;
    }
    return svg.done("chart-outputs", y - 6, "Hours and credit by output", description);
  }

  /**
   * A bar split between the sides (and a grey part for nobody), then under it each part's side
   * named with its share, after a swatch of its fill. Returns where the next thing may start.
   */
  private static double stacked(
      Svg svg,
      double x,
      double y,
      double w,
      double h,
      SideLabels labels,
      double le,
      double pro,
      double nobody,
      String empty) {
    double total = le + pro + nobody;
    if (!(total > 0)) {
      svg.rect(x, y, w, h, EMPTY, "class=\"track\" rx=\"2\"");
      svg.text(x + 8, y + h - 5, empty, "font-size=\"11.5\" fill=\"" + INK + "\"");
      return y + h + 6;
    }
    double[] parts = {le, pro, nobody};
    String[] fills = {LE, PRO, GREY};
    String[] classes = {"bar le", "bar pro", "bar nobody"};
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
      svg.rect(at, y, width, h, fills[i], "class=\"" + classes[i] + "\" " + OUTLINE);
      at += width + gap;
    }
    java.util.List<String[]> names = new java.util.ArrayList<>();
    names.add(new String[] {"le", labels.of(Side.LIVED_EXPERIENCE), Words.percent(le / total)});
    names.add(new String[] {"pro", labels.of(Side.PROFESSIONAL), Words.percent(pro / total)});
    if (nobody > 0) {
      names.add(new String[] {"nobody", "nobody named", Words.percent(nobody / total)});
    }
    // The names take the chart's whole width, however short the bar: a small budget's bar is.
    return named(svg, x, y + h + 13, WIDTH - x, names);
  }

  /**
   * A line of swatches, each followed by a side's name and share ({@code [class, name, share]}),
   * wrapping onto a second line where they do not fit; names are shortened to fit a line each.
   * Returns where the next thing may start.
   */
  private static double named(
      Svg svg, double x, double baseline, double w, java.util.List<String[]> items) {
    double at = x;
    double y = baseline;
    for (String[] item : items) {
      int room = (int) ((w - 14 - item[2].length() * SMALL_CHAR) / SMALL_CHAR) - 1;
      String text = Plain.shortened(item[1], Math.max(8, room)) + " " + item[2];
      double width = 12 + text.length() * SMALL_CHAR;
      if (at > x && at + width > x + w) {
        at = x;
        y += 15;
      }
      swatch(svg, at, y - 8.5, item[0]);
      svg.text(at + 12, y, text, SMALL);
      at += width + 12;
    }
    return y + 9;
  }

  private static void swatch(Svg svg, double x, double y, String kind) {
    String fill = kind.equals("le") ? LE : kind.equals("pro") ? PRO : GREY;
    svg.rect(x, y, 9, 9, fill, "class=\"bar " + kind + "\" " + OUTLINE);
  }

  // Say in key decisions, over time ---------------------------------------------------------------

  /**
   * Who had a say in each key decision, one lane a side along a time line, then the share of the
   * counted key decisions so far in which each side had a say, each line named at its end, over a
   * time axis marked in months.
   */
  static String decisions(Picture p, SideLabels labels, String description) {
    Svg svg = new Svg();
    Seq<Picture.KeyDecision> all = p.decisions();
    if (all.isEmpty()) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "class=\"track\" rx=\"3\"");
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
      svg.text(
          0,
          y + 14,
          Words.capitalise(Plain.shortened(labels.of(side), 44)) + ": had a say, or not",
          HEADING);
      double lane = y + 32;
      svg.line(x0 - 6, lane, x1 + 6, lane, "#949494", "class=\"lane\" stroke-width=\"1\"");
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
              "class=\"overridden\" stroke=\"" + GREY + "\" stroke-width=\"2.5\" fill=\"none\"");
        } else if (!d.counted()) {
          svg.rect(
              cx - 3.5,
              lane - 3.5,
              7,
              7,
              GREY,
              "class=\"uncounted\" transform=\"rotate(45 " + c(cx) + " " + c(lane) + ")\"");
        } else if (d.hadSay(side)) {
          svg.circle(cx, lane, 6.5, colour(side), "class=\"say " + side(side) + "\" " + OUTLINE);
        } else {
          svg.circle(
              cx,
              lane,
              5.5,
              "#ffffff",
              "class=\"nosay\" stroke=\"" + INK + "\" stroke-width=\"2\"");
        }
      }
      y += 50;
    }

    // The share of counted key decisions so far with a say, as a step line for each side.
    double top = y + 36;
    double bottom = top + 90;
    for (int pct = 0; pct <= 100; pct += 50) {
      double gy = bottom - (bottom - top) * pct / 100.0;
      svg.line(x0, gy, x1, gy, "#c8c8c8", "class=\"grid\" stroke-width=\"1\"");
      svg.text(x0 - 6, gy + 4, pct + "%", SMALL + " text-anchor=\"end\"");
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
    double axis = bottom + 18;
    if (counted == 0) {
      svg.text(x0 + 8, top + 50, "No counted key decisions yet.", LABEL);
    } else {
      for (Side side : Side.values()) {
        int s = side.ordinal();
        lines[s].append("H").append(c(x1));
        String dash = side == Side.PROFESSIONAL ? " stroke-dasharray=\"7 4\"" : "";
        svg.path(
            lines[s].toString(),
            "class=\"line "
                + side(side)
                + "\" fill=\"none\" stroke=\""
                + stroke(side)
                + "\" stroke-width=\"3\""
                + dash);
      }
      // Each line named with its final share at its end, one above it and one below, so the two
      // never overlap; a name that would fall below the chart goes under its axis instead.
      Side higher = lastY[0] <= lastY[1] ? Side.LIVED_EXPERIENCE : Side.PROFESSIONAL;
      for (Side side : Side.values()) {
        int s = side.ordinal();
        double ly = side == higher ? Math.max(y + 24, lastY[s] - 7) : lastY[s] + 17;
        if (ly > bottom + 4) {
          ly = bottom + 32;
          axis = bottom + 16;
        }
        svg.text(
            x1,
            ly,
            Words.capitalise(Plain.shortened(labels.of(side), 34))
                + " "
                + Words.percent((double) says[s] / counted),
            "font-size=\"11.5\" font-weight=\"700\" fill=\"" + INK + "\" text-anchor=\"end\"");
      }
    }
    // The time axis, on the 0% line: its ends and, over a longer span, the months between, each
    // with a tick.
    java.util.List<LocalDate> ticks = new java.util.ArrayList<>();
    ticks.add(from);
    long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), until.withDayOfMonth(1));
    if (months >= 2) {
      long step = Math.max(1, (months + 3) / 4);
      for (long m = step; m < months; m += step) {
        LocalDate tick = from.withDayOfMonth(1).plusMonths(m);
        double tx = x.applyAsDouble(tick);
        double previous =
            ticks.size() == 1 ? x0 + 30 : x.applyAsDouble(ticks.get(ticks.size() - 1));
        // A month's name is about 50 units wide: each keeps clear of its neighbours and the ends.
        if (tx - previous > 60 && x1 - tx > 80) {
          ticks.add(tick);
        }
      }
    }
    ticks.add(until);
    for (int i = 0; i < ticks.size(); i++) {
      LocalDate t = ticks.get(i);
      double tx = x.applyAsDouble(t);
      svg.line(tx, bottom, tx, bottom + 4, "#949494", "class=\"lane\" stroke-width=\"1\"");
      String anchor =
          i == 0 ? "" : i == ticks.size() - 1 ? " text-anchor=\"end\"" : " text-anchor=\"middle\"";
      svg.text(
          i == 0 ? x0 - 4 : i == ticks.size() - 1 ? x1 + 4 : tx, axis, month(t), SMALL + anchor);
    }
    return svg.done(
        "chart-decisions",
        Math.max(axis, bottom + 32) + 6,
        "Say in the key decisions over time",
        description);
  }

  /** A month and year in English, the same in every locale: "Mar 2017". */
  static String month(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  // Money -------------------------------------------------------------------------------------

  /** The money by who controls it: all of it, then each MONEY resource. */
  static String money(Picture p, SideLabels labels, String description) {
    Svg svg = new Svg();
    BigDecimal total = p.totalMoney();
    if (total.signum() <= 0) {
      svg.rect(0, 4, WIDTH, 32, EMPTY, "class=\"track\" rx=\"3\"");
      svg.text(10, 25, "No money recorded in this project.", LABEL);
      return svg.done("chart-money", 40, "The money by who controls it", description);
    }
    String unit = p.unit().getOrElse("");
    svg.text(
        0,
        14,
        "All the money: " + Plain.money(total) + (unit.isEmpty() ? "" : " " + unit),
        HEADING);
    double y =
        stacked(
            svg,
            0,
            22,
            WIDTH,
            24,
            labels,
            d(p.money(Side.LIVED_EXPERIENCE)),
            d(p.money(Side.PROFESSIONAL)),
            d(p.moneyOfNobody()),
            "");
    y += 12;
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
            LABEL);
        double w =
            largest.signum() > 0
                ? Math.max(
                    2, WIDTH * m.amount().divide(largest, MathContext.DECIMAL64).doubleValue())
                : 2;
        y =
            stacked(
                svg,
                0,
                y + 18,
                w,
                16,
                labels,
                d(m.of(Side.LIVED_EXPERIENCE)),
                d(m.of(Side.PROFESSIONAL)),
                d(m.nobody()),
                "none");
        y += 10;
      }
    }
    return svg.done("chart-money", y - 4, "The money by who controls it", description);
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

  /**
   * The headline measures by side, as paired bars from 0 to 100%, each bar under its side's name
   * and value.
   */
  static String measures(Seq<Measure> measures, SideLabels labels, String description) {
    Svg svg = new Svg();
    double y = 0;
    double w = WIDTH - 2;
    for (Measure m : measures) {
      svg.text(0, y + 14, m.name(), HEADING);
      y += 20;
      for (Side side : Side.values()) {
        io.vavr.control.Option<Double> value =
            side == Side.LIVED_EXPERIENCE ? m.livedExperience() : m.professional();
        svg.text(
            0,
            y + 11,
            Words.capitalise(Plain.shortened(labels.of(side), 44))
                + ": "
                + value.map(Words::percent).getOrElse("not available"),
            SMALL);
        bar(svg, y + 15, w, value, side);
        y += 31;
      }
      y += 8;
    }
    return svg.done("chart-measures", y - 8, "Headline measures by side", description);
  }

  private static void bar(
      Svg svg, double y, double w, io.vavr.control.Option<Double> value, Side side) {
    svg.rect(1, y, w, 11, "#f4f4f2", "class=\"track\" stroke=\"#949494\" stroke-width=\"0.75\"");
    if (value.isEmpty()) {
      return;
    }
    double v = Math.max(0, Math.min(1, value.get()));
    if (v > 0) {
      svg.rect(
          1,
          y,
          Math.max(1.5, w * v),
          11,
          colour(side),
          "class=\"bar " + side(side) + "\" " + OUTLINE);
    }
  }

  // Icons for the page's legends ----------------------------------------------------------------

  private static final String ICON =
      "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\" focusable=\"false\" class=\"icon\">";

  /** A side's swatch, as its bars are filled. */
  static String swatch(Side side) {
    return ICON
        + "<rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" rx=\"2\" fill=\""
        + colour(side)
        + "\" class=\"bar "
        + side(side)
        + "\" "
        + OUTLINE
        + "/></svg>";
  }

  /** The swatch of money nobody in the group is named to control. */
  static String nobodySwatch() {
    return ICON
        + "<rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" rx=\"2\" fill=\""
        + GREY
        + "\" class=\"bar nobody\" "
        + OUTLINE
        + "/></svg>";
  }

  /** A key decision a side had a say in. */
  static String sayIcon() {
    return ICON + "<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"" + INK + "\" class=\"ink\"/></svg>";
  }

  /** A key decision a side had no say in. */
  static String noSayIcon() {
    return ICON
        + "<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"#ffffff\" stroke=\""
        + INK
        + "\" stroke-width=\"2\" class=\"nosay\"/></svg>";
  }

  /** A key decision not counted, its type reserved. */
  static String uncountedIcon() {
    return ICON
        + "<rect x=\"4.5\" y=\"4.5\" width=\"7\" height=\"7\" fill=\""
        + GREY
        + "\" transform=\"rotate(45 8 8)\" class=\"uncounted\"/></svg>";
  }

  /** A key decision overridden from outside the group. */
  static String overriddenIcon() {
    return ICON
        + "<path d=\"M3 3L13 13M3 13L13 3\" stroke=\""
        + GREY
        + "\" stroke-width=\"2.5\" class=\"overridden\"/></svg>";
  }

  /** A side's line: solid for lived experience, dashed for professionals. */
  static String lineIcon(Side side) {
    return ICON
        + "<path d=\"M1 8H15\" stroke=\""
        + stroke(side)
        + "\" stroke-width=\"3\""
        + (side == Side.PROFESSIONAL ? " stroke-dasharray=\"4 2\"" : "")
        + " class=\"line "
        + side(side)
        + "\"/></svg>";
  }
}
