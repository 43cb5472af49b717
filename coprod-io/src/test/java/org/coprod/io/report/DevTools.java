package org.coprod.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through its DevTools protocol over a WebSocket, for the browser test:
 * pages at a given viewport width, media features emulated (forced colours, dark mode, print),
 * scripts evaluated in the page, screenshots and PDFs. One browser serves every page; each page is
 * a tab of its own, so one page's emulation never leaks into the next.
 */
final class DevTools implements AutoCloseable {
  static {
    // Tests may run inside the module, which reads neither the HTTP client nor the image codecs.
    Module self = DevTools.class.getModule();
    for (String name : List.of("java.net.http", "java.desktop")) {
      ModuleLayer.boot().findModule(name).ifPresent(self::addReads);
    }
    try {
      self.addReads(Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getModule());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SECONDS = 120;

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private DevTools(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts Chromium with a fresh profile and connects to it. */
  static DevTools start(Path chromium) throws Exception {
    Path profile = Files.createTempDirectory("coprod-chromium-");
    List<String> command =
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
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--font-render-hinting=none",
            "--remote-debugging-port=0",
            "--remote-allow-origins=*",
            "--user-data-dir=" + profile.toAbsolutePath(),
            "about:blank");
    Process process =
        new ProcessBuilder(command).redirectOutput(profile.resolve("stdout.txt").toFile()).start();
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> endpoint =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                StringBuilder seen = new StringBuilder();
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                  int at = line.indexOf("ws://");
                  if (line.startsWith("DevTools listening on") && at >= 0) {
                    // Keep draining stderr, or Chromium blocks once the pipe is full.
                    Thread drain =
                        new Thread(
                            () -> {
                              try {
                                while (err.readLine() != null) {
                                  // Chromium's own chatter; nothing to keep.
                                }
                              } catch (IOException e) {
                                // The browser has gone.
                              }
                            });
                    drain.setDaemon(true);
                    drain.start();
                    return line.substring(at).strip();
                  }
                  seen.append(line).append('\n');
                }
                throw new IllegalStateException("chromium gave no DevTools endpoint:\n" + seen);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    String url = endpoint.get(SECONDS, TimeUnit.SECONDS);
    DevTools[] self = new DevTools[1];
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(
                URI.create(url),
                new WebSocket.Listener() {
                  private final StringBuilder message = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                      String text = message.toString();
                      message.setLength(0);
                      self[0].received(text);
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .get(SECONDS, TimeUnit.SECONDS);
    self[0] = new DevTools(process, profile, socket);
    return self[0];
  }

  private void received(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
        if (f != null) {
          f.complete(message);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends a command, to the browser or (with a session) to a tab, and waits for its result. */
  JsonNode send(String session, String method, ObjectNode params) throws IOException {
    try {
      return sendAndWait(session, method, params);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(method + " was interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException(method + " failed", e);
    }
  }

  private JsonNode sendAndWait(String session, String method, ObjectNode params)
      throws IOException,
          InterruptedException,
          java.util.concurrent.ExecutionException,
          java.util.concurrent.TimeoutException {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(SECONDS, TimeUnit.SECONDS);
    JsonNode answer = reply.get(SECONDS, TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** A new tab, laid out at a width and height in CSS pixels. */
  Tab open(int width, int height) throws Exception {
    String target =
        send(null, "Target.createTarget", params().put("url", "about:blank"))
            .path("targetId")
            .asText();
    String session =
        send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
            .path("sessionId")
            .asText();
    Tab tab = new Tab(target, session);
    tab.send("Page.enable", params());
    tab.size(width, height);
    return tab;
  }

  /** One tab of the browser. */
  final class Tab implements AutoCloseable {
    private final String target;
    private final String session;

    private Tab(String target, String session) {
      this.target = target;
      this.session = session;
    }

    JsonNode send(String method, ObjectNode params) throws IOException {
      return DevTools.this.send(session, method, params);
    }

    /** Lays the page out at a width and height in CSS pixels, one device pixel each. */
    void size(int width, int height) throws Exception {
      send(
          "Emulation.setDeviceMetricsOverride",
          params()
              .put("width", width)
              .put("height", height)
              .put("deviceScaleFactor", 1)
              .put("mobile", false));
    }

    /** Emulates media features, such as {@code forced-colors: active}; none resets them. */
    void media(String type, Map<String, String> features) throws Exception {
      ObjectNode p = params().put("media", type);
      var list = p.putArray("features");
      features.forEach((k, v) -> list.addObject().put("name", k).put("value", v));
      send("Emulation.setEmulatedMedia", p);
    }

    /** A script run before any of the page's own, in every document the tab loads. */
    void beforeEachDocument(String script) throws Exception {
      send("Page.addScriptToEvaluateOnNewDocument", params().put("source", script));
    }

    /** Loads a file and waits until it has loaded. */
    void load(Path file) throws Exception {
      send("Page.navigate", params().put("url", file.toAbsolutePath().toUri().toString()));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      while (!"complete".equals(eval("document.readyState").asText())
          || "about:blank".equals(eval("location.href").asText())) {
        if (System.nanoTime() > until) {
          throw new IllegalStateException("the page did not load: " + file);
        }
        Thread.sleep(50);
      }
    }

    /** The value of a script run in the page, awaited if it is a promise. */
    JsonNode eval(String expression) throws Exception {
      JsonNode r =
          send(
              "Runtime.evaluate",
              params()
                  .put("expression", expression)
                  .put("awaitPromise", true)
                  .put("returnByValue", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("the script failed: " + r.get("exceptionDetails"));
      }
      return r.path("result").path("value");
    }

    /** A PNG of the viewport, or of the whole page. */
    byte[] screenshot(boolean wholePage) throws Exception {
      return Base64.getDecoder()
          .decode(
              send(
                      "Page.captureScreenshot",
                      params().put("format", "png").put("captureBeyondViewport", wholePage))
                  .path("data")
                  .asText());
    }

    /** The page printed to PDF on A4 paper, as Chromium prints it without its own header. */
    byte[] pdf() throws Exception {
      return Base64.getDecoder()
          .decode(
              send(
                      "Page.printToPDF",
                      params()
                          .put("paperWidth", 210 / 25.4)
                          .put("paperHeight", 297 / 25.4)
                          .put("preferCSSPageSize", true)
                          .put("printBackground", true)
                          .put("displayHeaderFooter", false))
                  .path("data")
                  .asText());
    }

    @Override
    public void close() throws IOException {
      DevTools.this.send(null, "Target.closeTarget", params().put("targetId", target));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      send(null, "Browser.close", params());
    } catch (IOException e) {
      // Already gone: ended below all the same.
    }
    socket.abort();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /** How many pages a PDF has, from the page objects Chromium writes. */
  static int pages(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
