package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loads the HTML report of every example scenario in Debian's headless Chromium, driven through its
 * DevTools protocol, with axe-core (from the npm registry), and fails on a console error, a blocked
 * load, a missing chart, sideways scrolling at 375, 768 or 1280 pixels, or a WCAG 2.1 A or AA
 * violation in the light or dark colour scheme or in forced colours. The crisis line's report is
 * also measured: where its summary starts on the first screen, how many A4 pages it prints on, and
 * how far apart the two sides' colours are once the page is turned grey.
 *
 * <p>It runs under the Maven profile {@code browser} ({@code mvn -Pbrowser ...}), which sets {@code
 * coprod.browser=true}; there a missing {@code chromium} or {@code npm} fails it. Elsewhere it is
 * skipped, and says so loudly on the console. axe-core is installed by {@code npm install} into
 * {@code target/axe} the first time. Pictures and the PDF are kept in {@code target/browser} for
 * people to look at; with {@code -Dcoprod.docs.images=DIR} the first screen of the crisis line's
 * report is also written to {@code DIR/crisis-line-report.png}, the picture the README shows.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final boolean ENABLED = Boolean.getBoolean("coprod.browser");
  private static final String AXE_VERSION = System.getProperty("coprod.axe.version", "4.14.1");
  private static final Path TARGET = Path.of(System.getProperty("coprod.target", "target"));
  private static final Optional<Path> DOCS_IMAGES =
      Optional.ofNullable(System.getProperty("coprod.docs.images"))
          .filter(s -> !s.isBlank())
          .map(Path::of);
  private static final List<String> CHARTS =
      List.of("ladder", "outputs", "decisions", "money", "measures");
  private static final Path SCENARIOS = Path.of("..", "coprod-examples", "scenarios");

  /** The widths the page must fit without sideways scrolling: a phone, a tablet, a laptop. */
  private static final List<Integer> WIDTHS = List.of(375, 768, 1280);

  /** The height of the first screen of a laptop, within which the summary must start. */
  private static final int FIRST_SCREEN = 900;

  /** The A4 pages the crisis line's report aims to print on: a meeting's handout. */
  private static final int AIM_PAGES = 8;

  /**
   * The most A4 pages it may print on: the aim. It was 11 with each of the 30 findings of a
   * rulebook of 49 rules printed on its own, 10 with repeats grouped, the summary left to the
   * at-a-glance block on paper and the numbers by name folded away, and is 8 with text of 10 points
   * or more, each picture's words beside it, the folded technical detail left off paper (where it
   * printed as its label alone) and the last page's findings shared between its two columns.
   */
  private static final int MOST_PAGES = AIM_PAGES;

  /** The colour schemes a reader may have chosen, as media features to emulate. */
  private static final Map<String, Map<String, String>> SCHEMES = schemes();

  private static Map<String, Map<String, String>> schemes() {
    Map<String, Map<String, String>> s = new LinkedHashMap<>();
    s.put("light", Map.of("prefers-color-scheme", "light", "forced-colors", "none"));
    s.put("dark", Map.of("prefers-color-scheme", "dark", "forced-colors", "none"));
    s.put("forced colours", Map.of("prefers-color-scheme", "light", "forced-colors", "active"));
    s.put(
        "forced colours, dark", Map.of("prefers-color-scheme", "dark", "forced-colors", "active"));
    return s;
  }

  private static DevTools browser;
  private static String axe = "";
  private static String skipped = "";

  @BeforeAll
  static void findTheBrowserAndAxe() throws Exception {
    Optional<Path> chromium =
        Optional.ofNullable(System.getProperty("coprod.chromium"))
            .map(Path::of)
            .or(
                () ->
                    onPath(
                        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"));
    Optional<Path> npm = onPath("npm");
    if (!ENABLED) {
      String why =
          "SKIPPED: the browser test of the HTML report (HtmlReportBrowserTest) runs only under the Maven profile"
              + " 'browser' (mvn -Pbrowser ...). Here chromium is "
              + (chromium.isPresent() ? "installed" : "MISSING")
              + " and npm is "
              + (npm.isPresent() ? "installed" : "MISSING")
              + ".";
      banner(why);
      skipped = why;
      return;
    }
    if (chromium.isEmpty() || npm.isEmpty()) {
      fail(
          "the browser profile is on, but "
              + (chromium.isEmpty() ? "chromium" : "npm")
              + " is missing: install it"
              + " (apt-get install chromium npm) or set -Dcoprod.chromium=PATH");
    }
    Path axeFile = TARGET.resolve("axe/node_modules/axe-core/axe.min.js");
    if (!Files.exists(axeFile)) {
      Files.createDirectories(TARGET.resolve("axe"));
      Process p =
          new ProcessBuilder(
                  npm.get().toString(),
                  "install",
                  "--no-save",
                  "--no-audit",
                  "--no-fund",
                  "--prefix",
                  TARGET.resolve("axe").toAbsolutePath().toString(),
                  "axe-core@" + AXE_VERSION)
              .redirectErrorStream(true)
              .redirectOutput(TARGET.resolve("axe/npm.log").toFile())
              .start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(
            "npm install axe-core@"
                + AXE_VERSION
                + " took more than 5 minutes; see "
                + TARGET.resolve("axe/npm.log"));
      }
      if (p.exitValue() != 0 || !Files.exists(axeFile)) {
        fail(
            "npm install axe-core@"
                + AXE_VERSION
                + " failed; see "
                + TARGET.resolve("axe/npm.log"));
      }
    }
    axe = Files.readString(axeFile, StandardCharsets.UTF_8);
    Files.createDirectories(TARGET.resolve("browser"));
    Files.deleteIfExists(TARGET.resolve("browser/measures.txt"));
    browser = DevTools.start(chromium.get());
  }

  @AfterAll
  static void closeTheBrowser() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Each test is reported as skipped outside the profile, so a run's totals show it too. */
  @BeforeEach
  void skipOutsideTheProfile() {
    Assumptions.assumeTrue(skipped.isEmpty(), skipped);
  }

  /** Every example scenario, then made-up projects that stretch the page in other ways. */
  static Stream<Arguments> reports() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".yaml", "");
        all.add(Arguments.of(name, scenario(name), SideLabels.defaults()));
      }
    }
    all.add(Arguments.of("rich", ReportFixtures.rich(7), SideLabels.defaults()));
    all.add(Arguments.of("small", ReportFixtures.smallCircle(), SideLabels.defaults()));
    all.add(
        Arguments.of(
            "labels",
            ReportFixtures.fair(3),
            SideLabels.of("experts by experience and carers", "staff of the trust")));
    all.add(
        Arguments.of(
            "empty",
            org.coprod.core.synthetic.ProjectGenerator.generate(11, 1, 1, 0, 0, 0),
            SideLabels.defaults()));
    return all.stream();
  }

  private static Project scenario(String name) {
    var read = ProjectFiles.read(SCENARIOS.resolve(name + ".yaml"));
    if (read.isInvalid()) {
      throw new IllegalStateException(name + ": " + read.getError());
    }
    return read.get();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void theReportPassesInChromium(String name, Project project, SideLabels labels) throws Exception {
    Path page = write(name, project.view(), labels);
    List<String> problems = new ArrayList<>();
    try (DevTools.Tab tab = browser.open(1280, FIRST_SCREEN)) {
      load(tab, page);
      JsonNode errors = Databind.json(tab.eval("JSON.stringify(window.__coprodErrors)").asText());
      errors.forEach(e -> problems.add("console or page error: " + e.asText()));
      int resources = tab.eval("performance.getEntriesByType('resource').length").asInt(-1);
      if (resources != 0) {
        problems.add("the page loaded " + resources + " resources; it must load none");
      }
      JsonNode charts = Databind.json(tab.eval(CHARTS_SCRIPT).asText());
      for (String chart : CHARTS) {
        JsonNode c = charts.path(chart);
        if (c.isMissingNode()
            || c.path("width").asDouble() < 50
            || c.path("height").asDouble() < 20) {
          problems.add("chart '" + chart + "' is missing or not drawn: " + c);
        }
        if (c.path("name").asText().isBlank() || c.path("description").asText().isBlank()) {
          problems.add("chart '" + chart + "' has no accessible name or description");
        }
      }
      tab.eval(axe.replace("</script", "<\\/script") + "\n;true");
      for (Map.Entry<String, Map<String, String>> scheme : SCHEMES.entrySet()) {
        tab.media("screen", scheme.getValue());
        // Chart text is painted in the page's text colour, whatever the scheme: never left in a
        // colour of its own that forced colours or dark mode would lose against the background.
        JsonNode ink =
            Databind.json(
                tab.eval(
                        "JSON.stringify({page: getComputedStyle(document.body).color,"
                            + " chart: Array.prototype.map.call(document.querySelectorAll("
                            + "'svg.chart-svg text:not(.on-assessed)'), function (t) {"
                            + " return getComputedStyle(t).fill; })})")
                    .asText());
        for (JsonNode fill : ink.path("chart")) {
          if (!fill.asText().equals(ink.path("page").asText())) {
            problems.add(
                "in "
                    + scheme.getKey()
                    + ", chart text is painted "
                    + fill.asText()
                    + ", the page's text "
                    + ink.path("page").asText());
            break;
          }
        }
        JsonNode result = Databind.json(tab.eval(AXE_SCRIPT).asText());
        if (result.path("passes").asInt() <= 0) {
          problems.add("axe checked nothing in " + scheme.getKey());
        }
        for (JsonNode v : result.path("violations")) {
          List<String> targets = new ArrayList<>();
          v.path("nodes").forEach(n -> targets.add(n.path("target") + " " + n.path("summary")));
          problems.add(
              "in "
                  + scheme.getKey()
                  + ", axe "
                  + v.path("impact").asText()
                  + " violation '"
                  + v.path("id").asText()
                  + "': "
                  + v.path("help").asText()
                  + " at "
                  + String.join("; ", targets.subList(0, Math.min(5, targets.size()))));
        }
        String file =
            "browser/" + name + "-1280-" + scheme.getKey().replace(", ", "-").replace(' ', '-');
        tab.eval("window.scrollTo(0, 0); true");
        Files.write(TARGET.resolve(file + ".png"), tab.screenshot(false));
        for (String chart : List.of("outputs", "decisions", "measures")) {
          tab.eval(
              "(function () { var f = document.querySelector('figure[data-chart="
                  + chart
                  + "]');"
                  + " if (f) { f.scrollIntoView(); } return true; })()");
          Files.write(TARGET.resolve(file + "-" + chart + ".png"), tab.screenshot(false));
        }
        tab.eval("window.scrollTo(0, 0); true");
      }
      tab.media("screen", SCHEMES.get("light"));
      JsonNode lines = Databind.json(tab.eval(LINES_SCRIPT).asText());
      if (lines.path("longest").asDouble() > 80) {
        problems.add(
            "a paragraph runs to "
                + lines.path("longest").asInt()
                + " characters a line at 1280 pixels; about 70 is the aim");
      }
      measured(
          name
              + " at 1280 px: "
              + lines.path("average").asInt()
              + " characters a line on average over paragraphs of three lines or more, "
              + lines.path("longest").asInt()
              + " at most");
      StringBuilder heights = new StringBuilder(name);
      for (int width : WIDTHS) {
        tab.size(width, FIRST_SCREEN);
        JsonNode size = Databind.json(tab.eval(SIZE_SCRIPT).asText());
        if (size.path("clientWidth").asInt() != width) {
          problems.add(
              "the page was laid out " + size.path("clientWidth") + " pixels wide, not " + width);
        }
        if (size.path("scrollWidth").asInt() > width) {
          problems.add(
              "the page is "
                  + size.path("scrollWidth")
                  + " pixels wide in a "
                  + width
                  + "-pixel viewport: it scrolls sideways (widest: "
                  + size.path("widest")
                  + ")");
        }
        heights.append(", ").append(width).append(" px wide: ").append(size.path("scrollHeight"));
        tab.eval("window.scrollTo(0, 0); true");
        Files.write(
            TARGET.resolve("browser/" + name + "-" + width + ".png"), tab.screenshot(false));
        if (width == WIDTHS.get(0)) {
          for (String chart : List.of("outputs", "decisions", "money")) {
            tab.eval(
                "(function () { var f = document.querySelector('figure[data-chart="
                    + chart
                    + "]'); if (f) { f.scrollIntoView(); } return true; })()");
            Files.write(
                TARGET.resolve("browser/" + name + "-" + width + "-" + chart + ".png"),
                tab.screenshot(false));
          }
        }
      }
      measured(heights + " px tall");
    }
    assertThat(problems).as("the report of '%s' in Chromium (page: %s)", name, page).isEmpty();
  }

  @Test
  void theCrisisLinesSummaryStartsOnTheFirstScreen() throws Exception {
    Path page = write("crisis-line", scenario("crisis-line").view(), SideLabels.defaults());
    try (DevTools.Tab tab = browser.open(1280, FIRST_SCREEN)) {
      load(tab, page);
      JsonNode block = Databind.json(tab.eval(FIRST_BLOCK_SCRIPT).asText());
      measured(
          "crisis-line at 1280 px: '"
              + block.path("id").asText()
              + "' from "
              + block.path("top").asInt()
              + " to "
              + block.path("bottom").asInt()
              + " px, its heading ends at "
              + block.path("headingBottom").asInt()
              + " px, its first item at "
              + block.path("firstBottom").asInt()
              + " px");
      byte[] png = tab.screenshot(false);
      Files.write(TARGET.resolve("browser/crisis-line-report.png"), png);
      if (DOCS_IMAGES.isPresent()) {
        Files.createDirectories(DOCS_IMAGES.get());
        Files.write(DOCS_IMAGES.get().resolve("crisis-line-report.png"), png);
      }
      assertThat(block.path("found").asBoolean()).as("the summary block is on the page").isTrue();
      assertThat(block.path("firstBottom").asInt())
          .as("the summary's heading and first item end within the first screen")
          .isLessThanOrEqualTo(FIRST_SCREEN);
    }
  }

  @Test
  void theCrisisLinePrintsOnFewA4Pages() throws Exception {
    Path page = write("crisis-line", scenario("crisis-line").view(), SideLabels.defaults());
    try (DevTools.Tab tab = browser.open(1280, FIRST_SCREEN)) {
      load(tab, page);
      byte[] pdf = tab.pdf();
      Files.write(TARGET.resolve("browser/crisis-line.pdf"), pdf);
      int pages = DevTools.pages(pdf);
      measured(
          "crisis-line printed on A4: "
              + pages
              + " pages (the aim: "
              + AIM_PAGES
              + (pages <= AIM_PAGES ? ", met)" : ", not yet met)"));
      assertThat(pages).as("A4 pages of the crisis line's report").isBetween(1, MOST_PAGES);
    }
  }

  /**
   * The two sides' bars, photographed with the page turned grey, differ in lightness by at least
   * 3:1 (WCAG 2.1's contrast ratio of the grey pixels), in the light and the dark scheme.
   */
  @Test
  void theSidesDifferInLightnessWhenPrintedInGrey() throws Exception {
    Path page = write("crisis-line", scenario("crisis-line").view(), SideLabels.defaults());
    try (DevTools.Tab tab = browser.open(1280, FIRST_SCREEN)) {
      load(tab, page);
      tab.eval("document.documentElement.style.filter = 'grayscale(1)'; true");
      for (String scheme : List.of("light", "dark")) {
        tab.media("screen", SCHEMES.get(scheme));
        double le = greyOf(tab, "le", scheme);
        double pro = greyOf(tab, "pro", scheme);
        double ratio = ChartColoursTest.contrast(le, pro);
        measured(
            String.format(
                Locale.ROOT,
                "greyscale contrast of the sides' bars in %s: %.2f:1 (grey levels %.0f and %.0f)",
                scheme,
                ratio,
                le * 255,
                pro * 255));
        assertThat(ratio).as("greyscale contrast of the sides in %s", scheme).isGreaterThan(3.0);
      }
    }
  }

  /** The relative luminance of the grey pixels inside the first wide bar of a side. */
  private static double greyOf(DevTools.Tab tab, String side, String scheme) throws Exception {
    JsonNode box =
        Databind.json(
            tab.eval(
                    "(function () {"
                        + " var bars = Array.prototype.filter.call("
                        + "document.querySelectorAll('svg rect.bar."
                        + side
                        + "'),"
                        + " function (r) { var b = r.getBoundingClientRect();"
                        + " return b.width >= 16 && b.height >= 10; });"
                        + " if (!bars.length) { return JSON.stringify({found: false}); }"
                        + " bars[0].scrollIntoView({block: 'center'});"
                        + " var b = bars[0].getBoundingClientRect();"
                        + " return JSON.stringify({found: true, x: b.left, y: b.top});"
                        + "})()")
                .asText());
    assertThat(box.path("found").asBoolean()).as("a bar of side %s is drawn", side).isTrue();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(tab.screenshot(false)));
    Files.write(
        TARGET.resolve("browser/grey-" + scheme + "-" + side + ".png"), tab.screenshot(false));
    // Inside the bar's corner, clear of its outline and of the label at its centre.
    int x = (int) Math.round(box.path("x").asDouble() + 5);
    int y = (int) Math.round(box.path("y").asDouble() + 5);
    int rgb = image.getRGB(x, y);
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    assertThat(Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)))
        .as("the page was turned grey")
        .isLessThanOrEqualTo(2);
    return ChartColoursTest.luminance(r, g, b);
  }

  // ---- the page in the browser

  private static Path write(String name, ProjectView view, SideLabels labels) throws IOException {
    Rulebook rulebook = Rulebook.standard();
    Report report = rulebook.check(view);
    String html = HtmlReport.render(report, labels);
    Path dir = Files.createDirectories(TARGET.resolve("browser"));
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    return page;
  }

  private static void load(DevTools.Tab tab, Path page) throws Exception {
    tab.beforeEachDocument(RECORDER);
    tab.load(page);
  }

  /** Notes a measurement on the console and in {@code target/browser/measures.txt}. */
  private static synchronized void measured(String line) throws IOException {
    System.out.println("measured: " + line);
    Files.writeString(
        TARGET.resolve("browser/measures.txt"),
        line + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * Records errors, failed loads and loads the page's own policy blocked, before the page's own
   * markup is read. DevTools runs it outside the page's policy, which still governs the page.
   */
  private static final String RECORDER =
      "window.__coprodErrors = [];\n"
          + "(function () {\n"
          + "  var record = function (m) { window.__coprodErrors.push(String(m)); };\n"
          + "  var original = console.error;\n"
          + "  console.error = function () { record(Array.prototype.map.call(arguments, String).join(' '));"
          + " return original.apply(console, arguments); };\n"
          + "  window.addEventListener('error', function (e) { record('error: ' + (e.message || (e.target && (e.target.src"
          + " || e.target.href)) || e.type)); }, true);\n"
          + "  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection: ' + e.reason); });\n"
          + "  document.addEventListener('securitypolicyviolation', function (e) { record('blocked by the page policy: '"
          + " + e.violatedDirective + ' ' + e.blockedURI); });\n"
          + "})();\n";

  private static final String CHARTS_SCRIPT =
      "(function () { var out = {};\n"
          + "  document.querySelectorAll('figure[data-chart]').forEach(function (f) {\n"
          + "    var svg = f.querySelector('svg[role=img]');\n"
          + "    var box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};\n"
          + "    var ids = svg ? (svg.getAttribute('aria-labelledby') || '').split(' ') : [];\n"
          + "    var text = function (id) { var e = id && document.getElementById(id); return e ? e.textContent : ''; };\n"
          + "    out[f.getAttribute('data-chart')] = {width: box.width, height: box.height,"
          + " name: text(ids[0]), description: text(ids[1])};\n"
          + "  });\n"
          + "  return JSON.stringify(out); })()";

  private static final String AXE_SCRIPT =
      "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
          + " resultTypes: ['violations']}).then(function (r) {\n"
          + "  return JSON.stringify({passes: r.passes.length, violations: r.violations.map(function (v) {"
          + " return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
          + " return {target: n.target, summary: n.failureSummary}; })}; })});\n"
          + "})";

  /**
   * How many characters the page's longer paragraphs hold a line, from each paragraph's length and
   * the lines it takes.
   */
  private static final String LINES_SCRIPT =
      "(function () { var sum = 0, n = 0, longest = 0;\n"
          + "  document.querySelectorAll('main p, main figcaption, main dd').forEach(function (p) {\n"
          + "    var lh = parseFloat(getComputedStyle(p).lineHeight);\n"
          + "    var lines = Math.round(p.getBoundingClientRect().height / lh);\n"
          + "    if (lines >= 3) { var per = p.textContent.trim().length / lines;"
          + " sum += per; n++; longest = Math.max(longest, per); }\n"
          + "  });\n"
          + "  return JSON.stringify({average: n ? sum / n : 0, longest: longest}); })()";

  /** The page's size, and the element reaching furthest right when it is too wide. */
  private static final String SIZE_SCRIPT =
      "(function () { var d = document.documentElement, widest = '', right = 0;\n"
          + "  if (d.scrollWidth > d.clientWidth) {\n"
          + "    document.querySelectorAll('body *').forEach(function (e) {\n"
          + "      var r = e.getBoundingClientRect().right;\n"
          + "      if (r > right) { right = r; widest = e.tagName + (e.id ? '#' + e.id : '')"
          + " + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''); } });\n"
          + "  }\n"
          + "  return JSON.stringify({scrollWidth: d.scrollWidth, clientWidth: d.clientWidth,"
          + " scrollHeight: d.scrollHeight, widest: widest + ' ' + right}); })()";

  /**
   * Where the block a reader sees first lies: the at-a-glance block where the page has one, else
   * the summary; with the bottom of its heading and of the first thing under the heading.
   */
  private static final String FIRST_BLOCK_SCRIPT =
      "(function () { window.scrollTo(0, 0);\n"
          + "  var b = document.getElementById('at-a-glance') || document.getElementById('summary');\n"
          + "  if (!b) { return JSON.stringify({found: false}); }\n"
          + "  var r = b.getBoundingClientRect();\n"
          + "  var h = b.querySelector('h2, h1');\n"
          + "  var first = h ? h.nextElementSibling : b.firstElementChild;\n"
          + "  var hb = h ? h.getBoundingClientRect().bottom : r.top;\n"
          + "  var fb = first ? first.getBoundingClientRect().bottom : hb;\n"
          + "  return JSON.stringify({found: true, id: b.id, top: r.top, bottom: r.bottom,"
          + " headingBottom: hb, firstBottom: fb}); })()";

  private static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static void banner(String message) {
    String line = "!".repeat(100);
    System.err.println(line + "\n!!! " + message + "\n" + line);
  }
}
