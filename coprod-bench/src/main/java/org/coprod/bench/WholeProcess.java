package org.coprod.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The targets timed as whole processes, side by side in one run (BENCHMARKS.md): {@code coprod
 * check} of the generated 1,000,000-contribution JSON file against a token scan of it (at most 2×)
 * and against DuckDB computing four headline measures from it (at least 3× faster); a check of the
 * crisis line against "hello world" on the same JVM (at most 10×), with each start-up lever
 * measured; and {@code stats} over 10,000 small files pinned to one core and then two (at least
 * 1.8×). Each pair runs in turn, A B A B, and the medians are compared, so a machine whose speed
 * drifts affects both alike.
 */
final class WholeProcess {
  /** A verdict or a note for the report. */
  record Line(@Nullable Boolean pass, String text) {}

  /** A timed row for the report's table: a name and the median seconds. */
  record Row(String name, double median, double min, double max) {}

  private final Path work;
  private final Path cli;
  private final Path root;
  private final boolean quick;
  private final PrintStream out;
  private final List<Line> lines = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  WholeProcess(Path work, Path cli, Path root, boolean quick, PrintStream out) {
    this.work = work;
    this.cli = cli;
    this.root = root;
    this.quick = quick;
    this.out = out;
  }

  List<Line> lines() {
    return lines;
  }

  List<Row> rows() {
    return rows;
  }

  /** Runs every whole-process target; the JSON file is the one {@link Targets} writes. */
  void run(Path bigJson, Path statsDir) throws IOException, InterruptedException {
    Path launcher = root.resolve("coprod");
    Path fastJava = launcherJava(launcher);
    endToEnd(bigJson, launcher, fastJava);
    quickCommand(launcher, fastJava);
    stats(statsDir);
  }

  // ---------------------------------------------------------------------------------- targets

  private void endToEnd(Path file, Path launcher, Path fastJava)
      throws IOException, InterruptedException {
    int n = quick ? 1 : 3;
    String cp = System.getProperty("java.class.path");
    List<String> scan =
        List.of(fastJava.toString(), "-cp", cp, TokenScan.class.getName(), file.toString());
    List<String> check =
        List.of(
            launcher.toString(),
            "check",
            file.toString(),
            "--format",
            "json",
            "--output",
            work.resolve("report-e2e.json").toString());
    List<String> duck = List.of(java(), "-cp", cp, DuckDbMeasures.class.getName(), file.toString());
    List<String> plain =
        List.of(
            java(),
            "-jar",
            cli.toString(),
            "check",
            file.toString(),
            "--format",
            "json",
            "--output",
            work.resolve("report-e2e-plain.json").toString());
    // no warm-up round: each of these runs for seconds, and the file is in the page cache already
    double[][] t =
        alternate(
            n,
            0,
            List.of(scan, check, duck),
            List.of("scan", "check", "duckdb"),
            java.util.Map.of());
    double scanS = median(t[0]);
    double checkS = median(t[1]);
    double duckS = median(t[2]);
    out.println("== the check by java -jar");
    double plainS = fork(plain, work.resolve("process-plain.log")).seconds();
    row("Jackson token scan of the generated JSON file (" + fastJava + ")", t[0]);
    row("coprod check --format json of it, by the launcher", t[1]);
    row("DuckDB read_json and the four measures in SQL (JDBC)", t[2]);
    row(
        "coprod check --format json of it, java -jar on " + System.getProperty("java.version"),
        new double[] {plainS});
    verdict(
        checkS <= 2 * scanS,
        String.format(
            Locale.ROOT,
            "end to end: coprod check of the %.0f MB file within 2x a token scan of it: %.2f s / %.2f s = %.2fx"
                + " (medians of %d, whole processes)",
            Files.size(file) / 1e6,
            checkS,
            scanS,
            checkS / scanS,
            n));
    verdict(
        duckS >= 3 * checkS,
        String.format(
            Locale.ROOT,
            "ahead of DuckDB: coprod check at least 3x faster than DuckDB computing four measures: %.2f s / %.2f s = %.2fx"
                + " (medians of %d, whole processes)",
            duckS,
            checkS,
            duckS / checkS,
            n));
    note(
        String.format(
            Locale.ROOT,
            "the same check by java -jar on Java %s, run once: %.2f s (%.2fx the scan, DuckDB %.2fx it)",
            System.getProperty("java.version"),
            plainS,
            plainS / scanS,
            duckS / plainS));
  }

  private void quickCommand(Path launcher, Path fastJava) throws IOException, InterruptedException {
    int n = quick ? 1 : 5;
    Path scenario = root.resolve(Path.of("coprod-examples", "scenarios", "crisis-line.yaml"));
    Path hello = helloClasses();
    String java17 = java();
    String java25 = fastJava.toString();
    Path jsa17 = work.resolve("coprod-17.jsa");
    if (!Files.exists(jsa17)) {
      fork(
          List.of(
              java17,
              "-XX:ArchiveClassesAtExit=" + jsa17,
              "-jar",
              cli.toString(),
              "check",
              scenario.toString()),
          work.resolve("jsa-17.log"));
    }
    List<String> checkArgs = List.of("-jar", cli.toString(), "check", scenario.toString());
    List<List<String>> commands = new ArrayList<>();
    List<String> names = new ArrayList<>();
    commands.add(List.of(java25, "-cp", hello.toString(), Hello.class.getName()));
    names.add("hello world, Java of the launcher");
    commands.add(List.of(launcher.toString(), "check", scenario.toString()));
    names.add("crisis line, the launcher (AOT cache, compact headers, C1 alone for a small file)");
    commands.add(List.of(java17, "-cp", hello.toString(), Hello.class.getName()));
    names.add("hello world, Java " + System.getProperty("java.version"));
    commands.add(concat(List.of(java17), checkArgs));
    names.add("crisis line, java -jar, Java " + System.getProperty("java.version"));
    commands.add(concat(List.of(java17, "-XX:TieredStopAtLevel=1"), checkArgs));
    names.add("crisis line, Java 17, C1 alone");
    commands.add(concat(List.of(java17, "-XX:SharedArchiveFile=" + jsa17), checkArgs));
    names.add("crisis line, Java 17, class-data archive");
    commands.add(
        concat(
            List.of(java17, "-XX:SharedArchiveFile=" + jsa17, "-XX:TieredStopAtLevel=1"),
            checkArgs));
    names.add("crisis line, Java 17, class-data archive and C1 alone");
    commands.add(concat(List.of(java25), checkArgs));
    names.add("crisis line, java -jar, Java of the launcher, no cache");
    commands.add(List.of(launcher.toString(), "check", scenario.toString()));
    names.add("crisis line, the launcher with C2 (COPROD_SHORT_RUN=0)");
    double[][] t =
        alternate(
            n, 1, commands, names, java.util.Map.of(commands.size() - 1, "COPROD_SHORT_RUN=0"));
    for (int i = 0; i < names.size(); i++) {
      row(names.get(i), t[i]);
    }
    double helloS = median(t[0]);
    double launched = median(t[1]);
    verdict(
        launched <= 10 * helloS,
        String.format(
            Locale.ROOT,
            "a quick command: the crisis-line check by the launcher within 10x hello world on its Java: %.3f s / %.3f s = %.1fx"
                + " (medians of %d)",
            launched,
            helloS,
            launched / helloS,
            n));
    note(
        String.format(
            Locale.ROOT,
            "the crisis-line check by java -jar on Java %s: %.3f s = %.1fx hello world on it (%.3f s)",
            System.getProperty("java.version"),
            median(t[3]),
            median(t[3]) / median(t[2]),
            median(t[2])));
  }

  private void stats(Path dir) throws IOException, InterruptedException {
    Path taskset = Path.of("/usr/bin/taskset");
    if (!Files.isExecutable(taskset) || Runtime.getRuntime().availableProcessors() < 2) {
      verdict(false, "stats pinned to one core and then two: taskset or a second core is missing");
      return;
    }
    double[] seconds = new double[2];
    for (int cores = 1; cores <= 2; cores++) {
      List<String> command =
          List.of(
              taskset.toString(),
              "-c",
              cores == 1 ? "0" : "0,1",
              java(),
              "-jar",
              cli.toString(),
              "stats",
              dir.toString(),
              "--output",
              work.resolve("stats-pinned-" + cores + ".csv").toString());
      out.println("== stats pinned to " + cores + " core(s)");
      Forked run = fork(command, work.resolve("stats-pinned-" + cores + ".log"));
      if (run.exit() != 0) {
        verdict(false, "stats pinned to " + cores + " core(s) exited " + run.exit());
        return;
      }
      seconds[cores - 1] = run.seconds();
      rows.add(
          new Row(
              "stats over " + count(dir) + " files, taskset -c " + (cores == 1 ? "0" : "0,1"),
              run.seconds(),
              run.seconds(),
              run.seconds()));
    }
    verdict(
        seconds[0] / seconds[1] >= 1.8,
        String.format(
            Locale.ROOT,
            "stats over %,d small files pinned to two cores at least 1.8x faster than to one: %.1f s / %.1f s = %.2fx",
            count(dir),
            seconds[0],
            seconds[1],
            seconds[0] / seconds[1]));
  }

  // ---------------------------------------------------------------------------------- helpers

  /** The Java the launcher picks, as its {@code --version} says; this JVM's if it cannot say. */
  private Path launcherJava(Path launcher) throws IOException, InterruptedException {
    Forked v =
        fork(List.of(launcher.toString(), "--version"), work.resolve("launcher-version.log"));
    for (String line : v.log().split("\n", -1)) {
      int open = line.lastIndexOf(", ");
      if (line.startsWith("Java ") && open > 0 && line.endsWith(")")) {
        Path home = Path.of(line.substring(open + 2, line.length() - 1));
        Path java = home.resolve(Path.of("bin", "java"));
        if (Files.isExecutable(java)) {
          note("the launcher runs " + line);
          return java;
        }
      }
    }
    return Path.of(java());
  }

  /** This class's "hello world", alone in a directory, so its class path holds nothing else. */
  private Path helloClasses() throws IOException {
    Path dir = work.resolve("hello");
    Path file = dir.resolve(Hello.class.getName().replace('.', '/') + ".class");
    Files.createDirectories(Objects.requireNonNull(file.getParent()));
    try (InputStream in =
        Objects.requireNonNull(
            Hello.class.getResourceAsStream(Hello.class.getSimpleName() + ".class"))) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return dir;
  }

  private static long count(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.count();
    }
  }

  /**
   * Runs the commands in turn, {@code n} rounds after {@code warmup} rounds not counted (file
   * caches, archives), and gives each command's seconds by round; {@code env} gives a command by
   * its place a variable of its environment, {@code NAME=value}.
   */
  private double[][] alternate(
      int n,
      int warmup,
      List<List<String>> commands,
      List<String> names,
      java.util.Map<Integer, String> env)
      throws IOException, InterruptedException {
    double[][] t = new double[commands.size()][n];
    for (int round = -warmup; round < n; round++) {
      for (int i = 0; i < commands.size(); i++) {
        out.println("== " + names.get(i) + (round < 0 ? " (warm-up)" : " (" + (round + 1) + ")"));
        Forked run = fork(commands.get(i), work.resolve("process-" + i + ".log"), env.get(i));
        if (run.exit() != 0 && run.exit() != 1) {
          throw new IllegalStateException(
              names.get(i)
                  + " exited "
                  + run.exit()
                  + "; see "
                  + work.resolve("process-" + i + ".log"));
        }
        if (round >= 0) {
          t[i][round] = run.seconds();
        }
      }
    }
    return t;
  }

  private void row(String name, double[] seconds) {
    double[] s = seconds.clone();
    Arrays.sort(s);
    rows.add(new Row(name, median(seconds), s[0], s[s.length - 1]));
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  private void verdict(boolean pass, String text) {
    lines.add(new Line(pass, text));
    out.println((pass ? "PASS  " : "FAIL  ") + text);
  }

  private void note(String text) {
    lines.add(new Line(null, text));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A process run to its end: its exit code, how long it took, and its output. */
  record Forked(int exit, double seconds, String log) {}

  static Forked fork(List<String> command, Path log) throws IOException, InterruptedException {
    return fork(command, log, null);
  }

  static Forked fork(List<String> command, Path log, @Nullable String variable)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (variable != null) {
      int eq = variable.indexOf('=');
      pb.environment().put(variable.substring(0, eq), variable.substring(eq + 1));
    }
    long start = System.nanoTime();
    Process p = pb.start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Forked(exit, seconds, Files.readString(log, StandardCharsets.UTF_8));
  }
}
