package org.coprod.io.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.LadderStep;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Measures;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.PolicyDifference;
import org.coprod.rules.Principle;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.ReportedCheckIn;
import org.coprod.rules.ReportedImpact;
import org.coprod.rules.ReportedResponse;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.SideMeasure;
import org.coprod.rules.Voice;
import org.coprod.rules.render.Audience;
import org.coprod.rules.render.FindingGroup;
import org.coprod.rules.render.Glance;
import org.coprod.rules.render.Words;

/**
 * A report as one self-contained HTML5 page, for people to read on a phone, a screen or paper:
 * charts drawn as inline SVG by this class (each side's share of the hours against its credit for
 * every output, who had a say in the key decisions over time, the money by who controls it, the
 * ladder step claimed and assessed, the headline measures), each with a text equivalent, then the
 * findings grouped by principle, most serious first, with their evidence, the group's
 * acknowledgement and what the group could do next.
 *
 * <p>The page loads nothing: no script, no external style sheet, font or image. It fits a screen
 * 375 pixels wide without sideways scrolling, prints cleanly, and is written to WCAG 2.1 AA (a
 * language, landmarks, headings in order, named charts with their numbers in text and tables,
 * sufficient contrast).
 *
 * <p>People are named by id only. The page never shows names, access needs or decline reasons, and
 * someone whose credit preference is {@code ANONYMOUS} appears as "a group member", in a finding's
 * subjects, message and evidence alike: the message is filled from its template in the page's
 * voice, never edited after. All text from the project is escaped. The same report and labels give
 * the same bytes.
 *
 * <pre>{@code
 * Report report = rulebook.check(project.view());
 * String html = HtmlReport.render(report, SideLabels.of("experts by experience", "staff"));
 * }</pre>
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The most rows a table of the page lists, so the page of a very large project stays a page; the
   * chart above it and its caption still count them all.
   */
  static final int MAX_ROWS = 500;

  /** The sentence that sets the tone: findings are prompts, not verdicts. */
  static final String PROMPT =
      "Each finding below is a prompt for the group to talk about, with the evidence and the"
          + " reason behind it. None is a verdict on anyone.";

  /**
   * What the page allows itself, stated in the page: inline styles and nothing else, so a browser
   * loads nothing from anywhere, whatever text a project holds.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
          + " base-uri 'none'; form-action 'none'";

  /**
   * Renders a report as one self-contained HTML page, with the report's side labels.
   *
   * @see #render(Report, SideLabels)
   */
  public static String render(Report report) {
    Objects.requireNonNull(report, "report is null");
    return render(report, report.sideLabels());
  }

  /**
   * Renders a report as one self-contained HTML page. The report is all it reads: the catalogue
   * entries it carries give each rule's title, what its findings flag, why it matters and what the
   * group could do next (a rule without one is shown by its id alone), and its chart totals give
   * the charts.
   *
   * @param report the report
   * @param labels what the page calls the two sides
   * @return the page, UTF-8 text with {@code \n} line endings; never null
   */
  public static String render(Report report, SideLabels labels) {
    return render(report, labels, Audience.FACILITATOR);
  }

  /**
   * Renders a report as one self-contained HTML page for an audience: for the {@link Audience#GROUP
   * group}, findings about people are counted by side and no one is named.
   *
   * @param report the report
   * @param labels what the page calls the two sides
   * @param audience who the page is for
   * @return the page, UTF-8 text with {@code \n} line endings; never null
   */
  public static String render(Report report, SideLabels labels, Audience audience) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(labels, "labels is null");
    Objects.requireNonNull(audience, "audience is null");
    return new Page(report, labels, audience, false, Picture.of(report)).render();
  }

  /**
   * The first page of a report alone, as a page: its header and what it says at a glance, what a
   * group puts on the screen at its meeting. The items it lists link to nothing, as their detail is
   * not on the page.
   *
   * @param report the report
   * @param labels what the page calls the two sides
   * @param audience who the page is for ({@link Audience#GROUP} for a meeting)
   * @return the page, UTF-8 text with {@code \n} line endings; never null
   */
  public static String summary(Report report, SideLabels labels, Audience audience) {
    Objects.requireNonNull(report, "report is null");
    Objects.requireNonNull(labels, "labels is null");
    Objects.requireNonNull(audience, "audience is null");
    return new Page(report, labels, audience, true, Picture.of(report)).render();
  }

  /**
   * Writes the page as UTF-8 to a stream, which stays open.
   *
   * @throws IOException if the stream cannot be written
   */
  public static void write(Report report, SideLabels labels, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out is null");
    out.write(render(report, labels).getBytes(StandardCharsets.UTF_8));
  }

  /** One page being rendered. */
  private static final class Page {
    private final Report report;
    private final SideLabels labels;
    private final Voice voice;
    private final Audience audience;
    private final boolean summaryOnly;
    private final Picture picture;
    private final Html html = new Html();

    Page(
        Report report, SideLabels labels, Audience audience, boolean summaryOnly, Picture picture) {
      this.report = report;
      this.labels = labels;
      this.voice = Words.voice(report, labels);
      this.audience = audience;
      this.summaryOnly = summaryOnly;
      this.picture = picture;
    }

    String label(Side side) {
      return labels.of(side);
    }

    String render() {
      String title = "Coproduction report: " + Plain.oneLine(report.title());
      html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .raw(
              "<meta http-equiv=\"Content-Security-Policy\" content=\""
                  + CONTENT_SECURITY_POLICY
                  + "\">\n")
          .raw("<meta name=\"generator\" content=\"coprod\">\n")
          .element("title", "", title)
          .raw("<style>\n")
          .raw(ReportStyle.css())
          .raw("\n</style>\n</head>\n<body>\n")
          .raw("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
      header();
      if (summaryOnly) {
        html.raw("<main id=\"main\">\n");
        glance();
        html.raw("</main>\n");
        footer();
        html.raw("</body>\n</html>\n");
        return html.toString();
      }
      nav();
      html.raw("<main id=\"main\">\n");
      glance();
      summary();
      pictures();
      measures();
      findings();
      heard();
      ruleList(
          "not-applicable",
          "Rules that did not apply",
          "These rules had nothing to look at yet; each says what was missing.",
          outcomes(OutcomeStatus.NOT_APPLICABLE));
      ruleList(
          "errors",
          "Rules that could not finish",
          "These rules could not finish, so what they look at is missing from"
              + " this report. The error says where the rule stopped, for whoever maintains it.",
          outcomes(OutcomeStatus.ERROR));
      policy();
      html.raw("</main>\n");
      footer();
      html.raw("</body>\n</html>\n");
      return html.toString();
    }

    private void header() {
      html.raw("<header>\n")
          .element("p", "class=\"kicker\"", "Coproduction report")
          .element("h1", "", report.title())
          .raw("<dl class=\"facts\">\n");
      fact("Project", report.project().value());
      fact(
          "As of",
          report.asOf()
              + (report.closed()
                  ? ", after the project closed"
                  : ", while the project was running"));
      fact(
          "Rulebook",
          report.ruleset()
              + ", version "
              + report.rulesetVersion()
              + " (rules "
              + shortDigest(report.rulesetDigest())
              + "), with coprod "
              + report.libraryVersion());
      html.raw("</dl>\n</header>\n");
    }

    /** The first digits of a digest, enough for a person to compare two reports by eye. */
    private static String shortDigest(String digest) {
      return digest.length() > 12 ? digest.substring(0, 12) : digest;
    }

    private void fact(String term, String value) {
      html.element("dt", "", term).element("dd", "", value);
    }

    private void nav() {
      html.raw("<nav aria-label=\"Sections of the report\">\n<ul>\n");
      link("at-a-glance", Glance.HEADING);
      link("summary", "Summary");
      link("pictures", "Pictures");
      link("measures", "Measures");
      link("findings", "Findings");
      if (!outcomes(OutcomeStatus.NOT_APPLICABLE).isEmpty()) {
        link("not-applicable", "Rules that did not apply");
      }
      if (!outcomes(OutcomeStatus.ERROR).isEmpty()) {
        link("errors", "Rules that could not finish");
      }
      if (!report.policy().isEmpty()) {
        link("policy", "Settings");
      }
      html.raw("</ul>\n</nav>\n");
    }

    private void link(String id, String text) {
      html.raw("<li><a href=\"#" + id + "\">").text(text).raw("</a></li>\n");
    }

    private void sectionStart(String id, String heading) {
      html.raw("<section id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n")
          .element("h2", "id=\"" + id + "-h\"", heading);
    }

    // At a glance -----------------------------------------------------------------------------

    /**
     * What the page says first: how much it found, what to talk about first (each linked to its
     * detail, unless the page is the summary alone), the ladder, three facts by side, what went
     * well.
     */
    private void glance() {
      Glance g = Glance.of(report, labels, audience);
      html.raw("<section id=\"at-a-glance\" class=\"glance\" aria-labelledby=\"at-a-glance-h\">\n")
          .element("h2", "id=\"at-a-glance-h\"", Glance.HEADING)
          .element("p", "class=\"found\"", g.found());
      if (!g.first().isEmpty()) {
        html.element("h3", "", g.firstHeading()).raw("<ul class=\"first\">\n");
        for (Glance.Line l : g.first()) {
          html.raw("<li>");
          if (summaryOnly) {
            html.element("strong", "", l.title());
          } else {
            html.raw("<a href=\"#finding-" + l.item() + "\">").text(l.title()).raw("</a>");
          }
          html.text(": " + l.sentence()).raw("</li>\n");
        }
        html.raw("</ul>\n");
        if (g.more() > 0) {
          html.element("p", "", g.moreSentence());
        }
      }
      html.element("p", "class=\"ladder\"", g.ladder()).raw("<ul class=\"by-side\">\n");
      g.facts().forEach(f -> html.element("li", "", f));
      html.raw("</ul>\n");
      if (!g.wentWell().isEmpty()) {
        html.element("p", "class=\"went-well-intro\"", Glance.WENT_WELL)
            .raw("<ul class=\"went-well\">\n");
        // no space between the items: on a line, they are split by the style sheet's semicolons
        g.wentWell().forEach(w -> html.raw("<li>").text(w).raw("</li>"));
        html.raw("\n</ul>\n");
      }
      html.raw("</section>\n");
    }

    // Summary ---------------------------------------------------------------------------------

    private void summary() {
      sectionStart("summary", "Summary");
      Seq<Finding> all = report.findings();
      html.raw("<ul class=\"counts\" aria-label=\"Findings by severity\">\n");
      for (Severity s : List.of(Severity.CONCERN, Severity.WARNING, Severity.NOTE)) {
        int n = all.count(f -> f.severity() == s);
        html.raw(
                "<li class=\"c-"
                    + s.name().toLowerCase(java.util.Locale.ROOT)
                    + "\"><span class=\"n\">"
                    + n
                    + "</span>")
            .text(Plain.noun(n, s))
            .raw("</li>\n");
      }
      int acknowledged = all.count(Finding::isAcknowledged);
      html.raw(
          "<li class=\"c-ack\"><span class=\"n\">"
              + acknowledged
              + "</span>acknowledged</li>\n</ul>\n");
      if (all.isEmpty()) {
        html.element("p", "", "No rule found anything to raise.");
      } else {
        html.element(
            "p",
            "",
            "Findings: "
                + Words.count(all.count(f -> f.severity() == Severity.CONCERN), Severity.CONCERN)
                + ", "
                + Words.count(all.count(f -> f.severity() == Severity.WARNING), Severity.WARNING)
                + ", "
                + Words.count(all.count(f -> f.severity() == Severity.NOTE), Severity.NOTE)
                + (acknowledged == 0
                    ? "; none acknowledged by the group."
                    : "; " + acknowledged + " of them acknowledged by the group."));
      }
      Seq<Outcome> o = report.outcomes();
      int errors = o.count(x -> x.status() == OutcomeStatus.ERROR);
      html.element(
          "p",
          "",
          "Rules: "
              + o.size()
              + " run; "
              + o.count(x -> x.status() == OutcomeStatus.FINDINGS)
              + " found something, "
              + o.count(x -> x.status() == OutcomeStatus.PASSED)
              + " found nothing, "
              + o.count(x -> x.status() == OutcomeStatus.NOT_APPLICABLE)
              + " did not apply"
              + (errors == 0 ? "." : ", " + errors + " could not finish."));
      html.element("p", "", "Ladder of co-production: " + ladderSentence());
      html.element("p", "class=\"prompt\"", PROMPT);
      html.raw("</section>\n");
    }

    private String ladderSentence() {
      String claimed =
          report
              .claimedLevel()
              .map(s -> "the project claims " + Words.step(s))
              .getOrElse("the project claims no step");
      String basis = Words.ladderBasis(report.ladder(), report.measures().ladderBasis(), labels);
      return claimed
          + "; the record shows "
          + Words.step(report.ladder())
          + "."
          + (basis.isEmpty() ? "" : " " + basis)
          + (report.claimedLevel().exists(s -> s.isAbove(report.ladder()))
              ? " What would the group need to do, or to record, to reach its claim?"
              : "");
    }

    // Pictures --------------------------------------------------------------------------------

    private void pictures() {
      sectionStart("pictures", "The project in pictures");
      html.element(
          "p",
          "",
          "Blue stands for "
              + label(Side.LIVED_EXPERIENCE)
              + ", orange for "
              + label(Side.PROFESSIONAL)
              + ". Each picture is followed by its numbers.");
      sideLegend(false);
      ladderFigure();
      outputsFigure();
      decisionsFigure();
      moneyFigure();
      html.raw("</section>\n");
    }

    private void sideLegend(boolean withNobody) {
      html.raw("<ul class=\"legend\">\n");
      for (Side s : Side.values()) {
        legendItem(Charts.swatch(s), Words.capitalise(label(s)));
      }
      if (withNobody) {
        legendItem(Charts.nobodySwatch(), "Nobody in the group named");
      }
      html.raw("</ul>\n");
    }

    private void legendItem(String icon, String text) {
      html.raw("<li>" + icon).text(text).raw("</li>\n");
    }

    private void figureStart(String id, String heading) {
      html.raw("<section aria-labelledby=\"" + id + "-h\">\n")
          .element("h3", "id=\"" + id + "-h\"", heading)
          .raw(
              "<figure class=\"chart\" data-chart=\""
                  + id
                  + "\" aria-labelledby=\""
                  + id
                  + "-h\">\n");
    }

    private void figureEnd() {
      html.raw("</figure>\n</section>\n");
    }

    private void ladderFigure() {
      figureStart("ladder", "The ladder of co-production");
      String sentence = Words.capitalise(ladderSentence());
      html.element(
          "figcaption",
          "",
          sentence
              + " The ladder runs from doing to people (coercion, educating), through doing"
              + " for them (informing, consultation, engagement), to doing with them (co-design, co-production).");
      html.raw(Charts.ladder(picture, sentence));
      figureEnd();
    }

    private void outputsFigure() {
      figureStart("outputs", "Hours and credit for every output");
      Seq<Picture.OutputShare> outputs = picture.outputs();
      StringBuilder caption = new StringBuilder();
      if (outputs.isEmpty()) {
        caption.append(
            "No outputs have been recorded yet, so there is no credit to compare with the hours.");
      } else {
        caption.append(
            "For each output, the upper bar shows how its hours were shared between the sides, the lower bar"
                + " how the people credited on it were.");
        for (Side s : Side.values()) {
          int uncredited =
              outputs.count(
                  o ->
                      o.totalHours() > 0
                          && ProjectIndex.atLeast(
                              o.hours(s), ProjectIndex.SUBSTANTIAL_SHARE, o.totalHours())
                          && o.credited(s) == 0);
          if (uncredited > 0) {
            caption
                .append(' ')
                .append(Words.capitalise(label(s)))
                .append(" gave a fifth or more of the hours but have no credit on ")
                .append(uncredited == 1 ? "1 output" : uncredited + " outputs")
                .append('.');
          }
        }
        if (outputs.size() > Charts.MAX_OUTPUTS) {
          caption
              .append(" The first ")
              .append(Charts.MAX_OUTPUTS)
              .append(" of ")
              .append(outputs.size())
              .append(" outputs are drawn; the table below lists ")
              .append(outputs.size() <= MAX_ROWS ? "them all." : "the first " + MAX_ROWS + ".");
        }
      }
      html.element("figcaption", "", caption.toString());
      html.raw(Charts.outputs(picture, labels, caption.toString()));
      if (!outputs.isEmpty()) {
        tableStart("Hours and credit by output and side", "Output");
        for (Picture.OutputShare o : outputs.take(MAX_ROWS)) {
          html.raw(
                  "<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"3\" class=\"group\"><span class=\"id\">")
              .text(o.id())
              .raw("</span>")
              .raw(" <span class=\"sub\">")
              .text(o.title())
              .raw("</span></th></tr>\n");
          row(
              "Hours given",
              s ->
                  Words.number(o.hours(s))
                      + (o.totalHours() > 0
                          ? " (" + Words.percent(o.hours(s) / o.totalHours()) + ")"
                          : ""));
          row("People credited", s -> o.credited(s) + " of " + o.totalCredited());
          html.raw("</tbody>\n");
        }
        html.raw("</table>\n");
        more(outputs.size(), "outputs");
      }
      figureEnd();
    }

    private void decisionsFigure() {
      figureStart("decisions", "Who had a say in the key decisions, over time");
      Seq<Picture.KeyDecision> all = picture.decisions();
      Seq<Picture.KeyDecision> counted = all.filter(Picture.KeyDecision::counted);
      StringBuilder caption = new StringBuilder();
      if (all.isEmpty()) {
        caption.append("No key decisions have been recorded yet.");
      } else if (counted.isEmpty()) {
        caption
            .append("None of the ")
            .append(all.size())
            .append(" key decisions counts: their types are reserved by the agreement.");
      } else {
        caption
            .append("Of ")
            .append(counted.size())
            .append(counted.size() == 1 ? " counted key decision, " : " counted key decisions, ");
        boolean first = true;
        for (Side s : Side.values()) {
          int n = counted.count(d -> d.hadSay(s));
          caption
              .append(first ? "" : " and ")
              .append(label(s))
              .append(" had a say in ")
              .append(n)
              .append(" (")
              .append(Words.percent((double) n / counted.size()))
              .append(')');
          first = false;
        }
        caption.append('.');
      }
      int reserved = all.count(d -> !d.counted());
      if (reserved > 0) {
        caption
            .append(' ')
            .append(reserved == 1 ? "1 key decision is" : reserved + " key decisions are")
            .append(" not counted, as the agreement reserves its type.");
      }
      int overridden = all.count(Picture.KeyDecision::overridden);
      if (overridden > 0) {
        caption
            .append(' ')
            .append(overridden == 1 ? "1 was" : overridden + " were")
            .append(" overridden from outside the group.");
      }
      if (!all.isEmpty()) {
        caption.append(
            " Below the time line, the share of the counted key decisions so far in which each side had a say.");
      }
      html.element("figcaption", "", caption.toString());
      if (!all.isEmpty()) {
        html.raw("<ul class=\"legend\">\n");
        legendItem(Charts.sayIcon(), "Had a say");
        legendItem(Charts.noSayIcon(), "No say");
        legendItem(Charts.uncountedIcon(), "Not counted (type reserved)");
        legendItem(Charts.overriddenIcon(), "Overridden from outside");
        legendItem(
            Charts.lineIcon(Side.LIVED_EXPERIENCE),
            Words.capitalise(label(Side.LIVED_EXPERIENCE)) + ": solid line");
        legendItem(
            Charts.lineIcon(Side.PROFESSIONAL),
            Words.capitalise(label(Side.PROFESSIONAL)) + ": dashed line");
        html.raw("</ul>\n");
      }
      html.raw(Charts.decisions(picture, labels, caption.toString()));
      if (!all.isEmpty()) {
        tableStart("Key decisions and who had a say", "Decision");
        html.raw("<tbody>\n");
        for (Picture.KeyDecision d : all.take(MAX_ROWS)) {
          html.raw("<tr><th scope=\"row\"><span class=\"id\">")
              .text(d.id())
              .raw("</span><br><span class=\"sub\">")
              .text(d.date() + ", " + d.type() + ": " + d.topic())
              .raw("</span></th>");
          for (Side s : Side.values()) {
            html.element(
                "td",
                "",
                d.overridden()
                    ? "overridden"
                    : !d.counted() ? "not counted" : d.hadSay(s) ? "had a say" : "no say");
          }
          html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
        more(all.size(), "key decisions");
      }
      figureEnd();
    }

    private void moneyFigure() {
      figureStart("money", "The money, by who controls it");
      BigDecimal total = picture.totalMoney();
      String unit = picture.unit().map(u -> " " + u).getOrElse("");
      StringBuilder caption = new StringBuilder();
      boolean anyNobody = picture.moneyOfNobody().signum() > 0;
      if (total.signum() <= 0) {
        caption.append("No money is recorded in this project.");
      } else {
        caption.append("Of ").append(Plain.money(total)).append(unit).append(", ");
        boolean first = true;
        for (Side s : Side.values()) {
          BigDecimal m = picture.money(s);
          caption
              .append(first ? "" : " and ")
              .append(label(s))
              .append(" control ")
              .append(Plain.money(m))
              .append(unit)
              .append(" (")
              .append(Words.percent(share(m, total)))
              .append(')');
          first = false;
        }
        caption.append('.');
        if (anyNobody) {
          caption
              .append(" Nobody in the group is named as controlling ")
              .append(Plain.money(picture.moneyOfNobody()))
              .append(unit)
              .append(" (")
              .append(Words.percent(share(picture.moneyOfNobody(), total)))
              .append(").");
        }
        caption.append(" Where several people control a budget, it is split evenly between them.");
      }
      html.element("figcaption", "", caption.toString());
      if (anyNobody) {
        sideLegend(true);
      }
      html.raw(Charts.money(picture, labels, caption.toString()));
      if (total.signum() > 0) {
        if (anyNobody) {
          tableStart("Money by resource and who controls it", "Resource", "Nobody named");
        } else {
          tableStart("Money by resource and who controls it", "Resource");
        }
        html.raw("<tbody>\n");
        for (Picture.MoneyShare m : picture.money().take(MAX_ROWS)) {
          html.raw("<tr><th scope=\"row\"><span class=\"id\">")
              .text(m.id())
              .raw("</span><br><span class=\"sub\">")
              .text(Plain.money(m.amount()) + unit)
              .raw("</span></th>");
          for (Side s : Side.values()) {
            html.element("td", "", Plain.money(m.of(s)));
          }
          if (anyNobody) {
            html.element("td", "", Plain.money(m.nobody()));
          }
          html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
        more(picture.money().size(), "money resources");
      }
      figureEnd();
    }

    /** Says how many rows a table left out, if it left any out. */
    private void more(int all, String what) {
      if (all > MAX_ROWS) {
        html.element(
            "p",
            "",
            "The table lists the first "
                + MAX_ROWS
                + " of "
                + all
                + " "
                + what
                + "; the caption above counts them all.");
      }
    }

    /** A table's caption and head: a first column, then a column a side. */
    private void tableStart(String caption, String first, String... more) {
      html.raw("<table>\n")
          .element("caption", "", caption)
          .raw("<thead><tr>")
          .element("th", "scope=\"col\"", first);
      for (Side s : Side.values()) {
        html.element("th", "scope=\"col\"", Words.capitalise(label(s)));
      }
      for (String m : more) {
        html.element("th", "scope=\"col\"", m);
      }
      html.raw("</tr></thead>\n");
    }

    /** A table row: a heading, then a cell a side. */
    private void row(String heading, java.util.function.Function<Side, String> value) {
      html.raw("<tr>").element("th", "scope=\"row\"", heading);
      for (Side s : Side.values()) {
        html.element("td", "", value.apply(s));
      }
      html.raw("</tr>\n");
    }

    private static double share(BigDecimal part, BigDecimal whole) {
      return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    // Measures --------------------------------------------------------------------------------

    private void measures() {
      sectionStart("measures", "Headline measures");
      Measures m = report.measures();
      List<Object[]> rows =
          List.of(
              new Object[] {
                "Hours given", "Share of all hours given", m.hoursShareBySide(), "no hours recorded"
              },
              new Object[] {
                "Money controlled",
                "Share of the money controlled",
                m.moneyShareBySide(),
                "no money recorded"
              },
              new Object[] {
                "Say in counted key decisions",
                "Share of counted key decisions with a say (the two may add up to more"
                    + " than 100%)",
                m.keyDecisionSayBySide(),
                "no counted key decisions"
              },
              new Object[] {
                "Own hours paid, or pay declined",
                "Share of their own hours paid, or pay declined",
                m.paidHourShareBySide(),
                "no hours from this side"
              },
              new Object[] {
                "Substantial contributors credited",
                "Share of substantial contributors credited on an output",
                m.creditRateBySide(),
                "no substantial contributor"
              });
      StringBuilder description = new StringBuilder();
      java.util.List<Charts.Measure> bars = new java.util.ArrayList<>();
      for (Object[] row : rows) {
        SideMeasure sm = (SideMeasure) row[2];
        bars.add(new Charts.Measure((String) row[0], sm.livedExperience(), sm.professional()));
        description.append(row[0]).append(": ");
        boolean first = true;
        for (Side s : Side.values()) {
          description
              .append(first ? "" : ", ")
              .append(label(s))
              .append(' ')
              .append(sm.of(s).map(Words::percent).getOrElse((String) row[3]));
          first = false;
        }
        description.append(". ");
      }
      html.raw("<figure class=\"chart\" data-chart=\"measures\" aria-labelledby=\"measures-h\">\n")
          .element(
              "figcaption",
              "",
              "Each measure as a pair of bars, the upper for "
                  + label(Side.LIVED_EXPERIENCE)
                  + ", the lower for "
                  + label(Side.PROFESSIONAL)
                  + ", from 0 to 100%.");
      html.raw(Charts.measures(List.ofAll(bars), labels, description.toString().strip()));
      tableStart("Headline measures by side", "Measure");
      html.raw("<tbody>\n");
      for (Object[] row : rows) {
        SideMeasure sm = (SideMeasure) row[2];
        row((String) row[1], s -> sm.of(s).map(Words::percent).getOrElse((String) row[3]));
      }
      html.raw("</tbody>\n</table>\n</figure>\n");
      html.raw("<dl class=\"details\">\n")
          .element(
              "dt",
              "",
              "Spread of hours among contributing people (Gini: 0 is even, 1 is all with one person)")
          .element("dd", "", m.giniHours().map(Words::number).getOrElse("no hours recorded"))
          .element(
              "dt",
              "",
              "Spread of credit among contributing people (Gini: 0 is even, 1 is all with one person)")
          .element("dd", "", m.giniCredit().map(Words::number).getOrElse("no credit given yet"))
          .raw("</dl>\n</section>\n");
    }

    // Findings --------------------------------------------------------------------------------

    private void findings() {
      sectionStart("findings", "Findings");
      if (report.findings().isEmpty()) {
        html.element("p", "", "No rule found anything to raise.");
      }
      Set<String> described = new HashSet<>();
      Set<String> explained = new HashSet<>();
      Seq<FindingGroup> items = FindingGroup.of(report, audience);
      int n = 0;
      for (Principle principle : Principle.values()) {
        Seq<FindingGroup> these = items.filter(i -> i.principle() == principle);
        if (these.isEmpty()) {
          continue;
        }
        String id =
            "principle-" + principle.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        html.raw("<section aria-labelledby=\"" + id + "\">\n")
            .element("h3", "id=\"" + id + "\"", principle.title());
        for (FindingGroup item : these) {
          finding(item, "finding-" + ++n, described, explained);
        }
        html.raw("</section>\n");
      }
      html.raw("</section>\n");
    }

    /**
     * One item: a finding, or the findings of one rule and kind about several people listed beneath
     * one sentence that counts them. What its kind flags and why its rule matters are said once, at
     * the first item of that kind or rule, so a report with many findings of one rule does not
     * repeat itself. Where the group acknowledged or responded to every finding of it, its reason
     * or response stands in place of what it could do next. An item counted for the group names no
     * one: no subjects, no evidence.
     */
    private void finding(
        FindingGroup item, String id, Set<String> described, Set<String> explained) {
      Finding f = item.head();
      boolean single = item.findings().size() == 1 && !item.counted();
      Option<RuleMetadata> rule = report.rule(f.rule());
      Option<FindingKind> kind = rule.flatMap(r -> r.kind(f.kind()));
      String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
      html.raw("<article class=\"finding " + severity + "\" aria-labelledby=\"" + id + "\">\n")
          .raw("<h4 id=\"" + id + "\"><span class=\"badge " + severity + "\">")
          .text(Words.severity(f.severity()))
          .raw("</span>");
      if (item.acknowledged()) {
        html.raw("<span class=\"badge ack\">Acknowledged</span>");
      }
      html.text(rule.map(RuleMetadata::title).getOrElse(f.rule()))
          .raw(" <span class=\"rule-id\">(")
          .text(f.rule())
          .raw(")</span></h4>\n");
      html.element(
          "p",
          "class=\"message\"",
          single
              ? report.withoutAnonymous(Words.message(f, voice), who -> Words.GROUP_MEMBER)
              : item.countedSentence(report, labels));
      if (!single && !item.counted()) {
        html.raw("<ul class=\"members\">\n");
        for (Finding m : item.findings()) {
          html.raw("<li>")
              .text(report.withoutAnonymous(Words.message(m, voice), who -> Words.GROUP_MEMBER));
          if (!m.evidence().isEmpty()) {
            html.raw(" <span class=\"sub evidence\">")
                .text(
                    "Evidence: "
                        + m.evidence()
                            .map(e -> Plain.name(e.name()) + ": " + value(e.value()))
                            .mkString("; ")
                        + ".")
                .raw("</span>");
          }
          m.acknowledged()
              .forEach(
                  r ->
                      html.raw(" <span class=\"ack\">")
                          .text(
                              "Acknowledged: "
                                  + report.withoutAnonymous(r, who -> Words.GROUP_MEMBER))
                          .raw("</span>"));
          html.raw("</li>\n");
        }
        html.raw("</ul>\n");
      }
      html.raw("<dl class=\"details\">\n");
      if (single && !f.subjects().isEmpty()) {
        html.element("dt", "", "About")
            .element(
                "dd",
                "",
                f.subjects().map(s -> Words.subject(s, report)).distinct().mkString(", "));
      }
      if (kind.isDefined() && described.add(f.rule() + "\n" + f.kind())) {
        html.element("dt", "", "What it flags")
            .element("dd", "", Words.capitalise(Plain.period(kind.get().description(voice))));
      }
      if (rule.isDefined() && explained.add(f.rule())) {
        html.element("dt", "", "Why it matters")
            .element("dd", "", Words.rationale(f.rule(), rule.get().rationale()));
      }
      if (single || item.counted()) {
        item.findings()
            .flatMap(Finding::acknowledged)
            .distinct()
            .forEach(
                reason ->
                    html.element("dt", "", "Acknowledged by the group")
                        .element(
                            "dd", "", report.withoutAnonymous(reason, who -> Words.GROUP_MEMBER)));
      }
      Seq<ReportedResponse> responses = item.findings().flatMap(report::responseTo);
      responses.forEach(
          r ->
              html.element("dt", "", "The group's response")
                  .element(
                      "dd",
                      "class=\"response\"",
                      Words.response(r.withoutAnonymous(report, who -> Words.GROUP_MEMBER))));
      // where the group has acknowledged or responded to every finding of the item, its reason or
      // response stands in place of what it could do next
      boolean answered =
          item.findings().forAll(m -> m.isAcknowledged() || report.responseTo(m).isDefined());
      if (!answered) {
        kind.forEach(
            k ->
                html.element("dt", "", "What the group could do next")
                    .element("dd", "class=\"next\"", k.nextStep(voice)));
      }
      html.raw("</dl>\n");
      // The numbers behind the message, by name, folded away: the message says them in words.
      if (single && !f.evidence().isEmpty()) {
        html.raw("<details class=\"technical\">\n")
            .element("summary", "", "Technical detail")
            .raw("<ul>\n");
        for (Evidence e : f.evidence()) {
          html.element("li", "", Plain.name(e.name()) + ": " + value(e.value()));
        }
        html.raw("</ul>\n</details>\n");
      }
      html.raw("</article>\n");
    }

    // What changed, and who was heard -----------------------------------------------------------

    /**
     * The impacts table by outcome, with the reason for what was not taken up, and the check-ins as
     * middle answers and counts: never a tally, so no one answer can be read back.
     */
    private void heard() {
      if (!report.impacts().isEmpty()) {
        sectionStart("changes", "What changed because of what people said");
        html.raw("<table>\n")
            .element("caption", "", "What became of what people said, as the group recorded it")
            .raw("<thead><tr>")
            .element("th", "scope=\"col\"", "What became of it")
            .element("th", "scope=\"col\"", "What")
            .element("th", "scope=\"col\"", "Why not")
            .element("th", "scope=\"col\"", "People told")
            .raw("</tr></thead>\n<tbody>\n");
        for (ImpactOutcome o : ImpactOutcome.values()) {
          for (ReportedImpact i :
              report
                  .impacts()
                  .filter(i -> i.outcome() == o)
                  .map(i -> i.withoutAnonymous(report, who -> Words.GROUP_MEMBER))) {
            html.raw("<tr>")
                .element("th", "scope=\"row\"", Words.impactOutcome(o))
                .element("td", "", i.change())
                .element("td", "", i.reason().getOrElse(""))
                .element(
                    "td",
                    "",
                    o == ImpactOutcome.PENDING
                        ? ""
                        : i.toldOn().map(Object::toString).getOrElse("not yet"))
                .raw("</tr>\n");
          }
        }
        html.raw("</tbody>\n</table>\n</section>\n");
      }
      if (!report.checkIns().isEmpty()) {
        sectionStart("check-ins", "Check-ins");
        html.element(
            "p",
            "",
            "How people answered the group's anonymous check-ins, from 1 (not at all) to 5 (very"
                + " much): the middle answer and how many answered, never one person's answer. A"
                + " question fewer than 3 people answered shows no middle answer.");
        html.raw("<table>\n")
            .element("caption", "", "Middle answers by round and side")
            .raw("<thead><tr>")
            .element("th", "scope=\"col\"", "Round")
            .element("th", "scope=\"col\"", "Side")
            .element("th", "scope=\"col\"", "Answered")
            .element("th", "scope=\"col\"", "Being heard")
            .element("th", "scope=\"col\"", "Shaping the work")
            .element("th", "scope=\"col\"", "Feeling supported")
            .raw("</tr></thead>\n<tbody>\n");
        for (ReportedCheckIn c : report.checkIns()) {
          html.raw("<tr>")
              .element("th", "scope=\"row\"", c.round().toString())
              .element("td", "", label(c.side()))
              .element("td", "", String.valueOf(c.respondents()))
              .element("td", "", c.heard().map(Words::number).getOrElse(""))
              .element("td", "", c.influence().map(Words::number).getOrElse(""))
              .element("td", "", c.supported().map(Words::number).getOrElse(""))
              .raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n</section>\n");
      }
    }

    /**
     * A piece of evidence's value in words: numbers plainly, flags as yes or no, a side by its
     * label, a ladder step as the summary names it, other text on one line.
     */
    private String value(Object value) {
      if (value instanceof Double d) {
        return Words.number(d);
      }
      if (value instanceof BigDecimal b) {
        return Words.plain(b);
      }
      if (value instanceof Boolean b) {
        return b ? "yes" : "no";
      }
      if (value instanceof String s) {
        for (Side side : Side.values()) {
          if (s.equals(side.name())) {
            return label(side);
          }
        }
        for (LadderStep step : LadderStep.values()) {
          if (s.equals(step.name())) {
            return Words.step(step);
          }
        }
        boolean someone =
            report.anonymous().exists(id -> id.value().equals(s))
                || (audience == Audience.GROUP
                    && report.sides().keySet().exists(id -> id.value().equals(s)));
        return someone ? Words.GROUP_MEMBER : report.withoutAnonymous(s, id -> Words.GROUP_MEMBER);
      }
      return String.valueOf(value);
    }

    // The rest --------------------------------------------------------------------------------

    private Seq<Outcome> outcomes(OutcomeStatus status) {
      return report.outcomes().filter(o -> o.status() == status);
    }

    private String titleOf(String rule) {
      return report.rule(rule).map(RuleMetadata::title).getOrElse(rule);
    }

    private void ruleList(String id, String heading, String intro, Seq<Outcome> outcomes) {
      if (outcomes.isEmpty()) {
        return;
      }
      sectionStart(id, heading);
      html.element("p", "", intro).raw("<ul>\n");
      for (Outcome o : outcomes) {
        html.raw("<li><strong>")
            .text(titleOf(o.rule()))
            .raw("</strong> <span class=\"rule-id\">(")
            .text(o.rule())
            .raw(")</span>: ")
            .text(Plain.period(report.withoutAnonymous(o.reason(voice), who -> Words.GROUP_MEMBER)))
            .raw("</li>\n");
      }
      html.raw("</ul>\n</section>\n");
    }

    private void policy() {
      if (report.policy().isEmpty()) {
        return;
      }
      sectionStart("policy", "Settings that differ from the defaults");
      html.element(
              "p",
              "",
              "This report was made with settings that differ from the rulebook's defaults.")
          .raw("<ul>\n");
      for (PolicyDifference d : report.policy()) {
        if (d.rule().isEmpty()) {
          // A setting of the whole rulebook, such as the majority voice, belongs to no one rule.
          html.raw("<li><strong>Every rule and the ladder</strong> <span class=\"rule-id\">(")
              .text(d.setting())
              .raw(")</span>: ")
              .text(
                  "under majority rule, the least share of the deciders that gives a side a say: "
                      + d.to()
                      + " here, "
                      + d.from()
                      + " by default.")
              .raw("</li>\n");
          continue;
        }
        String text =
            d.setting().equals("rule")
                ? "turned "
                    + d.to()
                    + (d.from().isEmpty() ? "" : " (" + d.from() + " by default)")
                    + "."
                : d.setting()
                    + ": "
                    + d.to()
                    + " here"
                    + (d.from().isEmpty() ? "" : ", " + d.from() + " by default")
                    + ".";
        html.raw("<li><strong>")
            .text(titleOf(d.rule()))
            .raw("</strong> <span class=\"rule-id\">(")
            .text(d.rule())
            .raw(")</span>: ")
            .text(text)
            .raw("</li>\n");
      }
      html.raw("</ul>\n</section>\n");
    }

    private void footer() {
      html.raw("<footer>\n")
          .element(
              "p",
              "",
              "Made by coprod from the project's record as it stood on "
                  + report.asOf()
                  + ", with the rulebook "
                  + report.ruleset()
                  + " version "
                  + report.rulesetVersion()
                  + " (its rules' digest, SHA-256 of their sorted ids: "
                  + report.rulesetDigest()
                  + ") and coprod "
                  + report.libraryVersion()
                  + ". People are named by their ids only; anyone who"
                  + " asked not to be named appears as \u201ca group member\u201d.")
          .raw("</footer>\n");
    }
  }
}
