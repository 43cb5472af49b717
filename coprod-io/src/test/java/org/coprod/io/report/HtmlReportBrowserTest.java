package org.coprod.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.SideLabels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Loads the HTML report in Debian's headless Chromium with axe-core (from the npm registry) and
 * fails on a console error, a blocked load, a missing chart, sideways scrolling at 375 pixels, or a
 * WCAG 2.1 A or AA violation.
 *
 * <p>It runs under the Maven profile {@code browser} ({@code mvn -Pbrowser ...}), which sets {@code
 * coprod.browser=true}; there a missing {@code chromium} or {@code npm} fails it. Elsewhere it is
 * skipped, and says so loudly on the console. axe-core is installed by {@code npm install} into
 * {@code target/axe} the first time; a copy of each page gets axe and a small script that records
 * errors and writes axe's results into the page, which Chromium's {@code --dump-dom} then prints.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final boolean ENABLED = Boolean.getBoolean("coprod.browser");
  private static final String AXE_VERSION = System.getProperty("coprod.axe.version", "4.14.1");
  private static final Path TARGET = Path.of(System.getProperty("coprod.target", "target"));
  private static final String RESULTS_ID = "coprod-browser-test-results";
  private static final List<String> CHARTS =
      List.of("ladder", "outputs", "decisions", "money", "measures");

  private static Path chromium;
  private static String axe;
  private static String skipped = "";

  @BeforeAll
  static void findTheBrowserAndAxe() throws Exception {
    Optional<Path> browser =
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
              + (browser.isPresent() ? "installed" : "MISSING")
              + " and npm is "
              + (npm.isPresent() ? "installed" : "MISSING")
              + ".";
      banner(why);
      skipped = why;
      return;
    }
    if (browser.isEmpty() || npm.isEmpty()) {
      fail(
          "the browser profile is on, but "
              + (browser.isEmpty() ? "chromium" : "npm")
              + " is missing: install it"
              + " (apt-get install chromium npm) or set -Dcoprod.chromium=PATH");
    }
    chromium = browser.get();
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
  }

  /** Each test is reported as skipped outside the profile, so a run's totals show it too. */
  @BeforeEach
  void skipOutsideTheProfile() {
    Assumptions.assumeTrue(skipped.isEmpty(), skipped);
  }

  @Test
  void aRichProjectsReportPassesInChromium() throws Exception {
    Project project = ReportFixtures.rich(7);
    passes("rich", project.view(), SideLabels.defaults());
  }

  @Test
  void aSmallProjectsReportPassesInChromium() throws Exception {
    Project project = ReportFixtures.smallCircle();
    passes("small", project.view(), SideLabels.defaults());
  }

  @Test
  void aReportWithOtherSideLabelsPassesInChromium() throws Exception {
    Project project = ReportFixtures.fair(3);
    passes(
        "labels",
        project.view(),
        SideLabels.of("experts by experience and carers", "staff of the trust"));
  }

  @Test
  void anEmptyProjectsReportPassesInChromium() throws Exception {
    Project project = org.coprod.core.synthetic.ProjectGenerator.generate(11, 1, 1, 0, 0, 0);
    passes("empty", project.view(), SideLabels.defaults());
  }

  private static void passes(String name, ProjectView view, SideLabels labels) throws Exception {
    Rulebook rulebook = Rulebook.standard();
    Report report = rulebook.check(view);
    String html = HtmlReport.render(report, labels);
    Path dir = Files.createDirectories(TARGET.resolve("browser"));
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path underTest = dir.resolve(name + "-under-test.html");
    Files.writeString(underTest, harness(html), StandardCharsets.UTF_8);
    // Headless Chromium keeps a window at least 500 pixels wide, so the page is loaded in a frame
    // 375 pixels wide, which is its viewport; the page posts its results up to this frame.
    Path frame = dir.resolve(name + "-at-375.html");
    Files.writeString(
        frame,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
            + name
            + " at 375 pixels</title></head>\n<body style=\"margin:0\">\n<script>\n"
            + "window.addEventListener('message', function (e) {\n"
            + "  var pre = document.createElement('pre');\n"
            + "  pre.id = '"
            + RESULTS_ID
            + "';\n"
            + "  pre.textContent = e.data;\n"
            + "  document.body.appendChild(pre);\n"
            + "});\n</script>\n"
            + "<iframe src=\""
            + underTest.getFileName()
            + "\" title=\"The report\" style=\"display:block;border:0;width:375px;"
            + "height:900px\"></iframe>\n</body>\n</html>\n",
        StandardCharsets.UTF_8);

    JsonNode results = run(frame, 800, 1000);
    List<String> problems = new ArrayList<>();
    results.path("errors").forEach(e -> problems.add("console or page error: " + e.asText()));
    if (results.path("resources").asInt(-1) != 0) {
      problems.add(
          "the page loaded "
              + results.path("resources").asInt(-1)
              + " resources; it must load none");
    }
    for (String chart : CHARTS) {
      JsonNode c = results.path("charts").path(chart);
      if (c.isMissingNode()
          || c.path("width").asDouble() < 50
          || c.path("height").asDouble() < 20) {
        problems.add("chart '" + chart + "' is missing or not drawn: " + c);
      }
      if (c.path("name").asText().isBlank() || c.path("description").asText().isBlank()) {
        problems.add("chart '" + chart + "' has no accessible name or description");
      }
    }
    int scrollWidth = results.path("scrollWidth").asInt(Integer.MAX_VALUE);
    int viewport = results.path("clientWidth").asInt(0);
    if (viewport != 375) {
      problems.add("the page was laid out " + viewport + " pixels wide, not 375");
    }
    if (scrollWidth > viewport) {
      problems.add(
          "the page is "
              + scrollWidth
              + " pixels wide in a 375-pixel viewport: it scrolls sideways");
    }
    for (JsonNode v : results.path("violations")) {
      List<String> targets = new ArrayList<>();
      v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
      problems.add(
          "axe "
              + v.path("impact").asText()
              + " violation '"
              + v.path("id").asText()
              + "': "
              + v.path("help").asText()
              + " at "
              + String.join(", ", targets));
    }
    if (!results.path("axeRan").asBoolean()) {
      problems.add("axe did not finish: " + results.path("axeError").asText());
    }
    // Pictures for people to look at (kept in target/browser, never compared).
    screenshot(page, dir.resolve(name + "-375.png"), 375, 2400);
    screenshot(page, dir.resolve(name + "-1200.png"), 1200, 2400);
    assertThat(problems).as("the report of '%s' in Chromium (page: %s)", name, page).isEmpty();
    assertThat(results.path("passes").asInt()).as("axe checked something").isPositive();
  }

  /**
   * A copy of the page with a recorder of errors first in its head and axe with its runner last in
   * its body. The page's policy is kept but for allowing these inline scripts, so a load from
   * anywhere is still blocked, and recorded as an error.
   */
  private static String harness(String html) {
    String policy =
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + HtmlReport.CONTENT_SECURITY_POLICY
            + "\">";
    assertThat(html).contains(policy);
    String recorder =
        "<script>\n"
            + "window.__coprodErrors = [];\n"
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
            + "})();\n"
            + "</script>\n";
    String runner =
        "<script>\n"
            + axe.replace("</script", "<\\/script")
            + "\n</script>\n"
            + "<script>\n"
            + "(function () {\n"
            + "  var out = {errors: window.__coprodErrors, charts: {}};\n"
            + "  var write = function () {\n"
            + "    var pre = document.createElement('pre');\n"
            + "    pre.id = '"
            + RESULTS_ID
            + "';\n"
            + "    pre.hidden = true;\n"
            + "    pre.textContent = JSON.stringify(out);\n"
            + "    document.body.appendChild(pre);\n"
            + "    if (window.parent !== window) { window.parent.postMessage(pre.textContent, '*'); }\n"
            + "  };\n"
            + "  out.scrollWidth = document.documentElement.scrollWidth;\n"
            + "  out.clientWidth = document.documentElement.clientWidth;\n"
            + "  out.resources = performance.getEntriesByType('resource').length;\n"
            + "  document.querySelectorAll('figure[data-chart]').forEach(function (f) {\n"
            + "    var svg = f.querySelector('svg[role=img]');\n"
            + "    var box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};\n"
            + "    var ids = svg ? (svg.getAttribute('aria-labelledby') || '').split(' ') : [];\n"
            + "    var text = function (id) { var e = id && document.getElementById(id); return e ? e.textContent : ''; };\n"
            + "    out.charts[f.getAttribute('data-chart')] = {width: box.width, height: box.height,"
            + " name: text(ids[0]), description: text(ids[1])};\n"
            + "  });\n"
            + "  axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']}).then(function (r) {\n"
            + "    out.axeRan = true;\n"
            + "    out.passes = r.passes.length;\n"
            + "    out.violations = r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.map(function (n) { return {target: n.target, summary: n.failureSummary}; })}; });\n"
            + "    write();\n"
            + "  }, function (e) { out.axeRan = false; out.axeError = String(e); write(); });\n"
            + "})();\n"
            + "</script>\n";
    String policyForTest =
        policy.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';");
    return html.replace(policy, policyForTest + "\n" + recorder)
        .replace("</body>", runner + "</body>");
  }

  /** Loads a page at a window size and returns what its script wrote into it. */
  private static JsonNode run(Path page, int width, int height) throws Exception {
    String dom =
        chromium(
            page,
            List.of(
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                "--virtual-time-budget=10000",
                "--dump-dom"));
    int start = dom.indexOf("<pre id=\"" + RESULTS_ID + "\"");
    if (start < 0) {
      fail(
          "the page wrote no results: the test script did not run (Chromium printed "
              + dom.length()
              + " characters)");
    }
    int from = dom.indexOf('>', start) + 1;
    int until = dom.indexOf("</pre>", from);
    String json =
        dom.substring(from, until)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", "\u00a0")
            .replace("&amp;", "&");
    return Databind.json(json);
  }

  private static void screenshot(Path page, Path png, int width, int height) throws Exception {
    chromium(
        page,
        List.of(
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            "--screenshot=" + png.toAbsolutePath()));
  }

  /** Runs headless Chromium on a page with a fresh profile and returns what it printed. */
  private static String chromium(Path page, List<String> args) throws Exception {
    Path profile = Files.createTempDirectory("coprod-chromium-");
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  chromium.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-extensions",
                  "--user-data-dir=" + profile.toAbsolutePath()));
      command.addAll(args);
      command.add(page.toAbsolutePath().toUri().toString());
      Path out = profile.resolve("stdout.txt");
      Path err = profile.resolve("stderr.txt");
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("chromium took more than 2 minutes on " + page);
      }
      String printed = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        fail(
            "chromium ended with "
                + p.exitValue()
                + " on "
                + page
                + ": "
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return printed;
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

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
