package org.coprod.rules.render;

import org.coprod.rules.Report;

/**
 * Renders a report for people to read: the report alone, with the catalogue entries it carries
 * (each rule's title, what its kinds of finding look for, what the group could do next, and why it
 * matters), and the renderer's own options. The same report and options always give the same text,
 * with {@code \n} line endings.
 *
 * <pre>{@code
 * Report report = rulebook.check(project);
 * String text = TextReport.of().render(report);
 * String markdown = MarkdownReport.of().withLabels(SideLabels.of("experts by experience", "staff"))
 *     .render(report);
 * }</pre>
 */
public interface ReportRenderer {
  /**
   * The report in this renderer's format.
   *
   * @param report the report; it holds ids, never names, access needs or decline reasons; a rule
   *     whose catalogue entry it lacks is shown by its id alone
   * @return the rendering, ending in a line break; never null
   */
  String render(Report report);
}
