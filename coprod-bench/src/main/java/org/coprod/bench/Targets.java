package org.coprod.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmarks and holds coprod to its speed targets (BENCHMARKS.md), each PASS or FAIL, as
 * ratios measured in the same run on the same machine:
 *
 * <ol>
 *   <li>the whole rulebook on 1,000,000 contributions (10,000 participants, 50,000 decisions)
 *       within 5 times the baseline's one pass over arrays (best iterations);
 *   <li>doubling the size of a project at most 2.2 times the time of the whole check (means);
 *   <li>a check of a generated 1,000,000-contribution JSON file succeeds in a JVM with {@code
 *       -Xmx1g};
 *   <li>and, timed as whole processes side by side ({@link WholeProcess}): {@code coprod check} of
 *       the generated 1,000,000-contribution JSON file within 2 times a token scan of it ({@link
 *       TokenScan}) and at least 3 times faster than DuckDB computing four headline measures from
 *       it ({@link DuckDbMeasures}); the crisis-line check by the launcher script within 10 times
 *       "hello world" on the same JVM; {@code stats} over 10,000 small files at least 1.8 times
 *       faster pinned to two cores than to one.
 * </ol>
 *
 * <p>The last two run in forked JVMs: the command {@code coprod-cli/target/coprod.jar} where it
 * exists and has the subcommand, else the same work done by {@link CheckFile} and {@link
 * StatsFiles}; the report says which. Arguments: {@code --work DIR} (files and results; {@code
 * coprod-bench/target/bench-work} by default), {@code --cli JAR} ({@code
 * coprod-cli/target/coprod.jar} by default), {@code --quick} (small sizes, no forks, one short
 * iteration: checks the plumbing in a few minutes, measures nothing), {@code --processes} (the
 * whole-process targets alone). Exits with 1 if a target fails.
 */
public final class Targets {
  private final Path work;
  private final Path cli;
  private final boolean quick;
  private final boolean processesOnly;
  private final int full;
  private final PrintStream out;
  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final List<String> verdicts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean failed;

  /**
   * A benchmark's score: the mean of its measured iterations, the error of the mean, the best
   * (lowest) iteration, the unit, and the bytes it allocated per operation.
   */
  record Score(double mean, double error, double best, String unit, double bytesPerOp) {
    /** The mean in milliseconds. */
    double millis() {
      return toMillis(mean, unit);
    }

    /**
     * The best iteration in milliseconds. On a machine shared with other work, interference only
     * ever adds time, so the targets compare best with best.
     */
    double bestMillis() {
      return toMillis(best, unit);
    }

    static double toMillis(double value, String unit) {
      if (unit.startsWith("ms")) {
        return value;
      }
      if (unit.startsWith("us")) {
        return value / 1e3;
      }
      if (unit.startsWith("ns")) {
        return value / 1e6;
      }
      if (unit.startsWith("s/")) {
        return value * 1e3;
      }
      throw new IllegalArgumentException("unknown unit " + unit);
    }
  }

  private Targets(Path work, Path cli, boolean quick, boolean processesOnly, PrintStream out) {
    this.work = work;
    this.cli = cli;
    this.quick = quick;
    this.processesOnly = processesOnly;
    this.full = quick ? 4_000 : Workload.FULL;
    this.out = out;
  }

  /**
   * Runs the benchmarks and prints each target's verdict.
   *
   * @param args {@code [--work DIR] [--cli JAR] [--quick]}
   * @throws Exception if a benchmark or a forked JVM cannot run
   */
  public static void main(String[] args) throws Exception {
    // Run from the project's root (as the README says) or from coprod-bench.
    Path root = Files.isDirectory(Path.of("coprod-bench")) ? Path.of("") : Path.of("..");
    Path work = root.resolve(Path.of("coprod-bench", "target", "bench-work"));
    Path cli = root.resolve(Path.of("coprod-cli", "target", "coprod.jar"));
    boolean quick = false;
    boolean processesOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--work" -> work = Path.of(args[++i]);
        case "--cli" -> cli = Path.of(args[++i]);
        case "--quick" -> quick = true;
        case "--processes" -> processesOnly = true;
        default -> {
          System.err.println("usage: Targets [--work DIR] [--cli JAR] [--quick] [--processes]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(work);
    Targets targets =
        new Targets(work.toAbsolutePath(), cli.toAbsolutePath(), quick, processesOnly, System.out);
    targets.run();
    System.exit(targets.failed ? 1 : 0);
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    Instant start = Instant.now();
    notes.add(
        String.format(
            Locale.ROOT,
            "JVM %s %s; %d processors; load average %.1f at the start",
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    if (processesOnly) {
      wholeProcesses();
      finish(start);
      return;
    }

    // 1 and 2: the rulebook against the baseline, and the doubling, each in a JVM of its own
    jmh(
        "baseline",
        options(BaselineBench.class, "pass").param("contributions", String.valueOf(full)));
    ChainedOptionsBuilder check =
        options(CheckBench.class, "check")
            .param("contributions", String.valueOf(full / 2), String.valueOf(full));
    // three JVMs for each size: the doubling is a ratio of two noisy numbers, and JVMs differ
    // (two forks of the same check of a million contributions differed by a quarter)
    jmh("check", quick ? check : check.forks(3));

    // what a check's time is made of, measured in this JVM (no fork) on one project generated
    // once: the parts of a check, each rule alone, the measures
    String[] ids = Rulebook.standard().rules().map(Rule::id).toJavaArray(String[]::new);
    jmh(
        "parts of a check",
        options(CheckBench.class, "view|viewAndLookup|checkView")
            .include(pattern(IndexBench.class, "index|headline"))
            .include(pattern(BaselineBench.class, "extractAndPass"))
            .forks(0)
            .param("contributions", String.valueOf(full)));
    targetDoubling();
    jmh(
        "each rule",
        options(RuleBench.class, "check")
            .forks(0)
            .warmupIterations(1)
            .measurementIterations(quick ? 1 : 2)
            .param("rule", ids)
            .param("contributions", String.valueOf(full)));
    targetBaseline();
    jmh(
        "measures",
        options(MeasuresBench.class, ".*").forks(0).param("contributions", String.valueOf(full)));
    jmh(
        "files",
        options(FileBench.class, "read")
            .param("contributions", String.valueOf(quick ? 2_000 : 20_000)));

    // 3 and 4: the command, or the same work, in JVMs of their own
    targetMemory();
    targetParallelStats();
    wholeProcesses();
    finish(start);
  }

  /**
   * The targets timed as whole processes side by side: the end-to-end check against a token scan
   * and against DuckDB, a quick command against hello world, {@code stats} pinned to one core and
   * to two.
   */
  private void wholeProcesses() throws IOException, InterruptedException {
    Path root = Path.of("").toAbsolutePath();
    if (!Files.isRegularFile(root.resolve("coprod"))) {
      root = Objects.requireNonNull(cli.getParent()).resolve("../..").normalize();
    }
    WholeProcess processes = new WholeProcess(work, cli, root, quick, out);
    processes.run(bigFile(), statsFiles(quick ? 50 : 10_000));
    for (WholeProcess.Row r : processes.rows()) {
      scores.put(r.name(), new Score(r.median(), 0, r.min(), "s/op", Double.NaN));
    }
    for (WholeProcess.Line l : processes.lines()) {
      if (l.pass() == null) {
        notes.add(l.text());
      } else {
        verdict(l.pass(), l.text());
      }
    }
  }

  private void finish(Instant start) throws IOException {
    notes.add(
        String.format(
            Locale.ROOT,
            "load average %.1f at the end; the run took %d min",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Duration.between(start, Instant.now()).toMinutes()));
    report();
  }

  // ------------------------------------------------------------------------------- targets

  private void targetBaseline() {
    Score check = score(CheckBench.class, "check", full);
    Score pass = score(BaselineBench.class, "pass", full);
    Score extract = score(BaselineBench.class, "extractAndPass", full);
    double ratio = check.bestMillis() / pass.bestMillis();
    double rules = 0;
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getKey().startsWith("RuleBench.check ")) {
        rules += e.getValue().bestMillis();
      }
    }
    verdict(
        ratio <= 5.0,
        String.format(
            Locale.ROOT,
            "whole rulebook on %,d contributions within 5x the baseline's pass over arrays: %.0f ms / %.1f ms = %.1fx"
                + " (best iterations)",
            full,
            check.bestMillis(),
            pass.bestMillis(),
            ratio));
    notes.add(
        String.format(
            Locale.ROOT,
            "the whole check against the baseline that first takes its arrays out of the view (the cost of reading"
                + " the data from the model): %.0f ms / %.0f ms = %.1fx; the rules alone on an index built beforehand,"
                + " summed, against the pass over arrays built beforehand: %.0f ms / %.1f ms = %.1fx",
            check.bestMillis(),
            extract.bestMillis(),
            check.bestMillis() / extract.bestMillis(),
            rules,
            pass.bestMillis(),
            rules / pass.bestMillis()));
  }

  private void targetDoubling() {
    Score half = score(CheckBench.class, "check", full / 2);
    Score whole = score(CheckBench.class, "check", full);
    // Means, not best iterations: the collector is part of a check's work, and it runs in every
    // check of the larger project but only in some of the smaller one's, so the best of the
    // smaller is a check without collection (312 ms against a median of 505 ms in one run).
    double ratio = whole.millis() / half.millis();
    verdict(
        ratio <= 2.2,
        String.format(
            Locale.ROOT,
            "doubling a project (%,d to %,d contributions) at most 2.2x the time of the whole check: %.0f ms / %.0f ms = %.2fx"
                + " (means of %s; best iterations %.0f ms / %.0f ms = %.2fx)",
            full / 2,
            full,
            whole.millis(),
            half.millis(),
            ratio,
            quick ? "one iteration" : "three JVMs of eight checks each",
            whole.bestMillis(),
            half.bestMillis(),
            whole.bestMillis() / half.bestMillis()));
  }

  /** The generated JSON file of {@code full} contributions, written once and kept. */
  private Path bigFile() throws IOException {
    Path file = work.resolve("project-" + full + ".json");
    if (!Files.exists(file)) {
      out.println("== writing " + file);
      Path partial = work.resolve("project-" + full + ".partial.json");
      ProjectFiles.write(Workload.project(full), partial);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private void targetMemory() throws IOException, InterruptedException {
    Path file = bigFile();
    boolean viaCli = cliHas("check");
    List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
    if (viaCli) {
      command.addAll(
          List.of(
              "-jar",
              cli.toString(),
              "check",
              file.toString(),
              "--format",
              "json",
              "--output",
              work.resolve("report-" + full + ".json").toString()));
    } else {
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              CheckFile.class.getName(),
              file.toString()));
    }
    out.println(
        "== "
            + String.join(" ", command.subList(0, 3))
            + " ... ("
            + (viaCli ? "coprod check" : "CheckFile")
            + ")");
    Forked run = fork(command, work.resolve("check-xmx1g.log"));
    // the command exits 1 when it finds something at the fail level: it still read and checked
    boolean ok =
        !run.log().contains("OutOfMemoryError") && (run.exit() == 0 || (viaCli && run.exit() == 1));
    verdict(
        ok,
        String.format(
            Locale.ROOT,
            "check of a generated %,d-contribution JSON file (%.0f MB) with -Xmx1g: exit %d after %.1f s, by %s%s",
            full,
            Files.size(file) / 1e6,
            run.exit(),
            run.seconds(),
            viaCli
                ? "coprod check (coprod-cli/target/coprod.jar)"
                : "the equivalent, ProjectFiles.read and Rulebook.standard().check in a forked JVM (no coprod.jar yet)",
            run.lastLine().isEmpty() ? "" : "; " + run.lastLine()));
  }

  private void targetParallelStats() throws IOException, InterruptedException {
    int count = quick ? 50 : 10_000;
    Path dir = statsFiles(count);
    boolean viaCli = cliHas("stats");
    String by =
        viaCli
            ? "coprod stats (coprod-cli/target/coprod.jar)"
            : "the equivalent, read+check+measures on a pool of availableProcessors() threads (StatsFiles; no coprod.jar yet)";
    double[] seconds = new double[2];
    for (int processors = 1; processors <= 2; processors++) {
      Forked run =
          stats(
              viaCli,
              dir,
              List.of("-XX:ActiveProcessorCount=" + processors),
              "stats-" + processors);
      if (run.exit() != 0) {
        verdict(
            false,
            "stats over "
                + count
                + " files with "
                + processors
                + " processor(s) exited "
                + run.exit()
                + "; see "
                + work.resolve("stats-" + processors + ".log"));
        return;
      }
      seconds[processors - 1] = run.seconds();
      scores.put(
          "stats, " + count + " files, -XX:ActiveProcessorCount=" + processors,
          new Score(run.seconds(), 0, run.seconds(), "s/op", Double.NaN));
    }
    double speedup = seconds[0] / seconds[1];
    // no longer a target: the processor count binds nothing (see BENCHMARKS.md); the pinned runs
    // of WholeProcess are
    notes.add(
        String.format(
            Locale.ROOT,
            "stats over %,d small files with -XX:ActiveProcessorCount=2 against =1 (not a target):"
                + " %.1f s / %.1f s = %.2fx (whole JVM runs), by %s",
            count,
            seconds[0],
            seconds[1],
            speedup,
            by));

    // ActiveProcessorCount sizes the pool but binds nothing: the JIT's compiler threads still use
    // every core, and over many small files C2's compiling is a large share of the work. The same
    // two runs with C1 alone show the scaling of the work itself.
    if (!quick) {
      double[] c1 = new double[2];
      for (int processors = 1; processors <= 2; processors++) {
        Forked run =
            stats(
                viaCli,
                dir,
                List.of("-XX:ActiveProcessorCount=" + processors, "-XX:TieredStopAtLevel=1"),
                "stats-c1-" + processors);
        c1[processors - 1] = run.seconds();
        scores.put(
            "stats, "
                + count
                + " files, -XX:TieredStopAtLevel=1 -XX:ActiveProcessorCount="
                + processors,
            new Score(run.seconds(), 0, run.seconds(), "s/op", Double.NaN));
      }
      notes.add(
          String.format(
              Locale.ROOT,
              "stats with C1 alone (-XX:TieredStopAtLevel=1; not a target): %,d files"
                  + " with ActiveProcessorCount=1 %.1f s, =2 %.1f s: %.2fx",
              count,
              c1[0],
              c1[1],
              c1[0] / c1[1]));
    }

    // Pinning the JVM to one core, then two, shows the parallel scaling with the JIT included.
    Path taskset = Path.of("/usr/bin/taskset");
    if (Files.isExecutable(taskset) && Runtime.getRuntime().availableProcessors() >= 2) {
      int fewer = Math.min(count, 2_000);
      Path small = statsFiles(fewer);
      double[] pinned = new double[2];
      for (int processors = 1; processors <= 2; processors++) {
        String cores = processors == 1 ? "0" : "0,1";
        Forked run =
            stats(
                viaCli,
                small,
                List.of("-XX:ActiveProcessorCount=" + processors),
                "stats-pinned-" + processors,
                taskset.toString(),
                "-c",
                cores);
        pinned[processors - 1] = run.seconds();
        scores.put(
            "stats, "
                + fewer
                + " files, taskset -c "
                + cores
                + " -XX:ActiveProcessorCount="
                + processors,
            new Score(run.seconds(), 0, run.seconds(), "s/op", Double.NaN));
      }
      notes.add(
          String.format(
              Locale.ROOT,
              "stats pinned with taskset (not a target): %,d files on one core %.1f s,"
                  + " on two %.1f s: %.2fx",
              fewer,
              pinned[0],
              pinned[1],
              pinned[0] / pinned[1]));
    }
  }

  /** A directory of small project files of the generator's default shape, one seed each. */
  private Path statsFiles(int count) throws IOException {
    Path dir = work.resolve("stats-" + count);
    if (countFiles(dir) != count) {
      out.println("== writing " + count + " small project files to " + dir);
      Files.createDirectories(dir);
      for (int i = 1; i <= count; i++) {
        ProjectFiles.write(
            ProjectGenerator.generate(ProjectSpec.builder().seed(i).build()),
            dir.resolve(String.format(Locale.ROOT, "project-%05d.json", i)));
      }
    }
    return dir;
  }

  private Forked stats(
      boolean viaCli, Path dir, List<String> jvmOptions, String name, String... prefix)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(prefix));
    command.add(java());
    command.addAll(jvmOptions);
    Path csv = work.resolve(name + ".csv");
    if (viaCli) {
      command.addAll(
          List.of("-jar", cli.toString(), "stats", dir.toString(), "--output", csv.toString()));
    } else {
      command.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              StatsFiles.class.getName(),
              dir.toString(),
              csv.toString()));
    }
    out.println(
        "== "
            + name
            + ": "
            + String.join(" ", command.subList(0, Math.min(command.size(), prefix.length + 2)))
            + " ...");
    return fork(command, work.resolve(name + ".log"));
  }

  private static long countFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return -1;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
    }
  }

  /** Whether the command's jar exists and knows the subcommand. */
  private boolean cliHas(String subcommand) throws IOException, InterruptedException {
    if (!Files.isRegularFile(cli)) {
      return false;
    }
    return fork(
                List.of(java(), "-jar", cli.toString(), subcommand, "--help"),
                work.resolve("cli-" + subcommand + "-help.log"))
            .exit()
        == 0;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A JVM run to its end: its exit code, how long it took, and its output. */
  record Forked(int exit, double seconds, String log) {
    String lastLine() {
      String text = log.strip();
      return text.substring(text.lastIndexOf('\n') + 1).strip();
    }
  }

  private static Forked fork(List<String> command, Path log)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Forked(exit, seconds, Files.readString(log, StandardCharsets.UTF_8));
  }

  private void verdict(boolean pass, String what) {
    failed |= !pass;
    verdicts.add((pass ? "PASS  " : "FAIL  ") + what);
    out.println((pass ? "PASS  " : "FAIL  ") + what);
  }

  // ---------------------------------------------------------------------------------- JMH

  private static String pattern(Class<?> bench, String methods) {
    return "^" + Pattern.quote(bench.getName()) + "\\.(" + methods + ")$";
  }

  private ChainedOptionsBuilder options(Class<?> bench, String methods) {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(pattern(bench, methods))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.NORMAL);
    if (quick) {
      // plumbing only: no forks, one short iteration
      b.forks(0)
          .warmupIterations(1)
          .measurementIterations(1)
          .warmupTime(TimeValue.milliseconds(100))
          .measurementTime(TimeValue.milliseconds(100));
    }
    return b;
  }

  private void jmh(String name, ChainedOptionsBuilder options) throws RunnerException {
    out.println("== " + name);
    Path result = work.resolve("jmh-" + name.replace(' ', '-') + ".json");
    Collection<RunResult> results =
        new Runner(options.resultFormat(ResultFormatType.JSON).result(result.toString()).build())
            .run();
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      double error = primary.getScoreError();
      String others =
          r.getParams().getParamsKeys().stream()
              .filter(k -> !k.equals("contributions"))
              .map(k -> r.getParams().getParam(k))
              .collect(java.util.stream.Collectors.joining(" "));
      scores.put(
          key(benchmark, r.getParams().getParam("contributions"), others.isEmpty() ? null : others),
          new Score(
              primary.getScore(),
              Double.isNaN(error) ? 0 : error,
              primary.getStatistics().getMin(),
              primary.getScoreUnit(),
              alloc == null ? Double.NaN : alloc.getScore()));
    }
  }

  private static String key(
      String benchmark, @Nullable String contributions, @Nullable String rule) {
    String shortName =
        benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    return shortName
        + (rule == null ? "" : " " + rule)
        + (contributions == null ? "" : " @" + contributions);
  }

  private Score score(Class<?> bench, String method, int contributions) {
    String k = key(bench.getName() + "." + method, String.valueOf(contributions), null);
    Score s = scores.get(k);
    if (s == null) {
      throw new IllegalStateException("no result for " + k);
    }
    return s;
  }

  // ------------------------------------------------------------------------------- report

  private void report() throws IOException {
    StringBuilder md = new StringBuilder();
    md.append(
        "| benchmark | mean | ± (99.9%) | best | allocated per op |\n|---|---:|---:|---:|---:|\n");
    List<Map.Entry<String, Score>> rules = new ArrayList<>();
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      if (e.getKey().startsWith("RuleBench.check ")) {
        rules.add(e);
      } else {
        md.append(row(e.getKey(), e.getValue()));
      }
    }
    md.append("\nEach rule alone on an index built beforehand, slowest first:\n\n");
    md.append("| rule | mean | ± (99.9%) | best | allocated per op |\n|---|---:|---:|---:|---:|\n");
    rules.sort(
        Comparator.comparingDouble((Map.Entry<String, Score> e) -> -e.getValue().bestMillis()));
    double sum = 0;
    for (Map.Entry<String, Score> e : rules) {
      md.append(row(e.getKey().substring("RuleBench.check ".length()), e.getValue()));
      sum += e.getValue().bestMillis();
    }
    md.append(String.format(Locale.ROOT, "| all rules, summed | | | %s | |\n", millis(sum)));
    Score check =
        scores.get(key(CheckBench.class.getName() + ".check", String.valueOf(full), null));
    Score view = scores.get(key(CheckBench.class.getName() + ".view", String.valueOf(full), null));
    Score lookup =
        scores.get(key(CheckBench.class.getName() + ".viewAndLookup", String.valueOf(full), null));
    Score index =
        scores.get(key(IndexBench.class.getName() + ".index", String.valueOf(full), null));
    Score headline =
        scores.get(key(IndexBench.class.getName() + ".headline", String.valueOf(full), null));
    if (check != null
        && view != null
        && lookup != null
        && index != null
        && headline != null
        && !rules.isEmpty()) {
      double lookups = lookup.bestMillis() - view.bestMillis();
      double rest =
          check.bestMillis()
              - lookup.bestMillis()
              - index.bestMillis()
              - sum
              - headline.bestMillis();
      md.append(
          String.format(
              Locale.ROOT,
              "%nWhat the whole check of %,d contributions is made of (best iterations):%n%n"
                  + "| part | time | share |%n|---|---:|---:|%n",
              full));
      md.append(
          part(
              "the view at the last dated event (Views.asOf: the project itself when nothing is dated later)",
              view.bestMillis(),
              check.bestMillis()));
      md.append(
          part(
              "the view's lookup tables (core's Lookup, built on first use)",
              lookups,
              check.bestMillis()));
      md.append(part("the shared index (ProjectIndex.of)", index.bestMillis(), check.bestMillis()));
      md.append(part("the rules, each alone, summed", sum, check.bestMillis()));
      md.append(
          part("the headline measures (Measures.of)", headline.bestMillis(), check.bestMillis()));
      md.append(
          part(
              "the rest: acknowledgements, severities, sorting, the report, and the rules' interplay",
              rest,
              check.bestMillis()));
      md.append(part("the whole check", check.bestMillis(), check.bestMillis()));
    }
    md.append("\nTargets:\n\n");
    for (String v : verdicts) {
      md.append("- ").append(v).append('\n');
    }
    md.append('\n');
    for (String n : notes) {
      md.append("- ").append(n).append('\n');
    }
    Path file = work.resolve("results.md");
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    out.println();
    out.println(md);
    out.println("(written to " + file + ")");
  }

  private static String part(String name, double ms, double whole) {
    if (ms < 0) {
      return String.format(Locale.ROOT, "| %s | below the noise (%s) | |%n", name, millis(ms));
    }
    return String.format(Locale.ROOT, "| %s | %s | %.0f%% |%n", name, millis(ms), 100 * ms / whole);
  }

  private static String row(String name, Score s) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s |\n",
        name,
        millis(s.millis()),
        s.error() == 0 ? "" : millis(Score.toMillis(s.error(), s.unit())),
        millis(s.bestMillis()),
        bytes(s.bytesPerOp()));
  }

  private static String millis(double ms) {
    if (Math.abs(ms) >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", ms / 1000);
    }
    if (Math.abs(ms) >= 1) {
      return String.format(Locale.ROOT, "%.2f ms", ms);
    }
    return String.format(Locale.ROOT, "%.1f µs", ms * 1000);
  }

  private static String bytes(double b) {
    if (Double.isNaN(b)) {
      return "";
    }
    if (b >= 1e9) {
      return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }
    if (b >= 1e6) {
      return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
    }
    if (b >= 1e3) {
      return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }
}
