package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colours of the report's two sides, read from its style sheet, against WCAG 2.1's relative
 * luminance and contrast ratio: the sides must differ in lightness by at least 3:1, so a reader who
 * sees no colour, or a page printed in grey, still tells them apart.
 */
class ChartColoursTest {

  /** WCAG 2.1's relative luminance of an sRGB colour given as 0 to 255 a channel. */
  static double luminance(int r, int g, int b) {
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  /** The relative luminance of a colour written {@code #rrggbb}. */
  static double luminance(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return luminance((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2.1's contrast ratio of two relative luminances, the lighter over the darker. */
  static double contrast(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The value of a custom property in the first block of the style sheet that follows a marker. */
  static String property(String css, String marker, String name) {
    int from = css.indexOf(marker);
    assertThat(from).as("the style sheet has %s", marker).isNotNegative();
    Matcher m = Pattern.compile("--" + name + ":\\s*([^;}\\s]+)").matcher(css);
    assertThat(m.find(from)).as("%s sets --%s", marker, name).isTrue();
    return m.group(1).toLowerCase(Locale.ROOT);
  }

  /** The grey a CSS {@code grayscale(1)} filter turns a colour into, as {@code #rrggbb}. */
  static String grey(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    long g =
        Math.round(0.2126 * ((v >> 16) & 0xff) + 0.7152 * ((v >> 8) & 0xff) + 0.0722 * (v & 0xff));
    return String.format(Locale.ROOT, "#%02x%02x%02x", g, g, g);
  }

  private static final String CSS = ReportStyle.source();
  private static final String LIGHT = ":root{";
  private static final String DARK = "@media (prefers-color-scheme:dark)";
  private static final String PRINT = "@media print";

  @Test
  void theSidesDifferInLightnessByThreeToOneOrMoreInEveryScheme() {
    for (String scheme : new String[] {LIGHT, DARK, PRINT}) {
      String le = property(CSS, scheme, "le");
      String pro = property(CSS, scheme, "pro");
      assertThat(contrast(luminance(le), luminance(pro)))
          .as("%s: %s against %s", scheme, le, pro)
          .isGreaterThanOrEqualTo(3.0);
      // and once turned grey, as a greyscale print or screen shows them
      assertThat(contrast(luminance(grey(le)), luminance(grey(pro))))
          .as("%s in grey: %s against %s", scheme, grey(le), grey(pro))
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void theChartsDrawInTheStyleSheetsLightColours() {
    assertThat(property(CSS, LIGHT, "le")).isEqualTo(Charts.LE);
    assertThat(property(CSS, LIGHT, "pro")).isEqualTo(Charts.PRO);
    assertThat(property(CSS, LIGHT, "pro-stroke")).isEqualTo(Charts.PRO_STROKE);
    assertThat(property(CSS, LIGHT, "assessed")).isEqualTo(Charts.ASSESSED);
    assertThat(property(CSS, PRINT, "le")).isEqualTo(Charts.LE);
    assertThat(property(CSS, PRINT, "pro")).isEqualTo(Charts.PRO);
  }

  @Test
  void theAssessedStepIsNeitherSidesColour() {
    for (String scheme : new String[] {LIGHT, DARK}) {
      String assessed = property(CSS, scheme, "assessed");
      assertThat(assessed)
          .isNotEqualTo(property(CSS, scheme, "le"))
          .isNotEqualTo(property(CSS, scheme, "pro"));
      // and its text reads on it
      assertThat(contrast(luminance(assessed), luminance(property(CSS, scheme, "on-assessed"))))
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void chartShapesAndTextReadAgainstThePageInEveryScheme() {
    for (String scheme : new String[] {LIGHT, DARK}) {
      double bg = luminance(property(CSS, scheme, "bg"));
      double ink = luminance(property(CSS, scheme, "ink"));
      assertThat(contrast(bg, ink)).as("%s text", scheme).isGreaterThanOrEqualTo(7.0);
      // A bar is outlined in the text colour, so its edge stands out even where its fill does not;
      // lines and rings have no outline, so their own colour must stand out.
      assertThat(contrast(bg, luminance(property(CSS, scheme, "le"))))
          .as("%s lived-experience line", scheme)
          .isGreaterThanOrEqualTo(3.0);
      assertThat(contrast(bg, luminance(property(CSS, scheme, "pro-stroke"))))
          .as("%s professional line", scheme)
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void forcedColoursUseTheReadersSystemColoursOnly() {
    int from = CSS.indexOf("@media (forced-colors:active)");
    assertThat(from).isNotNegative();
    String block = CSS.substring(from, CSS.indexOf("\n}", from));
    assertThat(Pattern.compile("#[0-9a-fA-F]{3,6}").matcher(block).find()).isFalse();
    assertThat(block).contains("--ink:CanvasText", "--bg:Canvas", "forced-color-adjust:none");
  }

  @Test
  void textFollowsTheReadersFontSizeAndLinesStayNearSeventyCharacters() {
    String css = ReportStyle.css();
    // Only the printed page's margin notes use points, which paper fixes anyway.
    assertThat(Pattern.compile("font(-size)?:[^;}]*\\d(px)").matcher(css).find())
        .as("no font size in pixels")
        .isFalse();
    assertThat(css).contains("--measure:60ch", "max-width:calc(var(--measure) + 2rem)");
  }

  @Test
  void wcagsFormulaGivesItsKnownValues() {
    assertThat(contrast(luminance("#000000"), luminance("#ffffff"))).isEqualTo(21.0);
    assertThat(contrast(luminance("#767676"), luminance("#ffffff"))).isBetween(4.5, 4.55);
    assertThat(contrast(luminance("#1b5e9f"), luminance("#a0480b"))).isBetween(1.08, 1.10);
  }
}
