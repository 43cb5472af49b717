package org.coprod.rules.render;

import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;

/**
 * Renders a report for people to read, with the metadata of the rulebook that made it (each rule's
 * title, what its kinds of finding look for, what the group could do next, and why it matters). The
 * same report and rulebook always give the same text, with {@code \n} line endings.
 *
 * <pre>{@code
 * Report report = rulebook.check(project);
 * String text = TextReport.of().render(report, rulebook);
 * String markdown = MarkdownReport.of().withLabels(SideLabels.of("experts by experience", "staff"))
 *     .render(report, rulebook);
 * }</pre>
 */
public interface ReportRenderer {
  /**
   * The report in this renderer's format.
   *
   * @param report the report; it holds ids, never names, access needs or decline reasons
   * @param rulebook the rulebook that made it; a rule the rulebook lacks is shown by its id alone
   * @return the rendering, ending in a line break; never null
   */
  String render(Report report, Rulebook rulebook);
}
