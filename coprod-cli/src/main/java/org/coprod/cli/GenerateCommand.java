package org.coprod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.Project;
import org.coprod.core.Side;
import org.coprod.core.synthetic.ProjectGenerator;
import org.coprod.core.synthetic.ProjectSpec;
import org.coprod.io.ProjectFiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code coprod generate}: synthetic, valid, realistic projects from seeds, for trying the rules,
 * teaching, research and benchmarks. The same options give the same bytes on any JDK. Every
 * attribute of the generator's {@link ProjectSpec} is an option named after it, so researchers can
 * make populations that vary in the ways they study: running or closed, how much is paid, how much
 * say lived experience has, where credit and money sit, whether people step back. The people are
 * split between the sides, the lived-experience side taking the odd one, unless the sides are
 * given.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Coprod.Version.class,
    description = {
      "Writes synthetic, valid projects made from seeds: the same options give the same files.",
      "With --count N and --output DIR it writes N projects, from the seeds --seed, --seed + 1, ...,"
          + " to DIR/synthetic-SEED.json (or .yaml), SEED as the project's id has it (a negative"
          + " seed is written as its unsigned value).",
      "Every project holds a fingerprint key made from its seed, unless --no-fingerprint-key."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "0",
      description = "the seed of every random choice (default ${DEFAULT-VALUE})")
  private long seed;

  @Option(
      names = "--count",
      paramLabel = "N",
      description =
          "write N projects, from the seeds --seed, --seed + 1, ..., into the folder --output names")
  private @Nullable Integer count;

  @Option(
      names = "--varied",
      description =
          "draw each project's shape from its seed (ProjectSpec.varied): running or closed, size,"
              + " pay, say, credit, money, stepping back and the record vary; options given beside"
              + " it still hold")
  private boolean varied;

  @Option(
      names = "--participants",
      paramLabel = "N",
      defaultValue = "12",
      description =
          "people taking part, split between the sides (default ${DEFAULT-VALUE}; at least 1)")
  private int participants;

  @Option(
      names = "--lived-experience",
      paramLabel = "N",
      description = "people on the lived-experience side (instead of the split of --participants)")
  private @Nullable Integer livedExperience;

  @Option(
      names = "--professional",
      paramLabel = "N",
      description = "people on the professional side (instead of the split of --participants)")
  private @Nullable Integer professional;

  @Option(
      names = "--contributions",
      paramLabel = "N",
      defaultValue = "200",
      description = "contributions in the ledger (default ${DEFAULT-VALUE})")
  private int contributions;

  @Option(
      names = "--decisions",
      paramLabel = "N",
      defaultValue = "20",
      description = "decisions made (default ${DEFAULT-VALUE})")
  private int decisions;

  @Option(
      names = "--outputs",
      paramLabel = "N",
      defaultValue = "3",
      description = "outputs made (default ${DEFAULT-VALUE})")
  private int outputs;

  @Option(names = "--running", description = "the project has not closed yet")
  private boolean running;

  @Option(
      names = "--started",
      paramLabel = "DATE",
      converter = Choices.Day.class,
      description = "the day the project started (default 2020-01-06)")
  private @Nullable LocalDate started;

  @Option(
      names = "--duration-days",
      paramLabel = "N",
      description = "days the work runs, from 28 to 36500 (default 270)")
  private @Nullable Integer durationDays;

  @Option(
      names = "--hours-skew",
      paramLabel = "X",
      description = "how unevenly hours fall on people: 0 even, 1 Zipf (the default), up to 10")
  private @Nullable Double hoursSkew;

  @Option(
      names = "--paid-share",
      paramLabel = "X",
      description = "the share of lived-experience contributions that are paid, 0 to 1 (default 1)")
  private @Nullable Double paidShare;

  @Option(
      names = "--rate-per-hour",
      paramLabel = "AMOUNT",
      description = "the agreed rate for an hour (default 25)")
  private @Nullable BigDecimal ratePerHour;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description = "the currency of all money (default GBP)")
  private @Nullable String currency;

  @Option(
      names = "--credit-only-to",
      paramLabel = "SIDE",
      converter = Sides.class,
      description = "credit goes only to this side: lived-experience or professional")
  private @Nullable Side creditOnlyTo;

  @Option(
      names = "--money-held-by",
      paramLabel = "SIDE",
      converter = Sides.class,
      description = "all the money is held by this side: lived-experience or professional")
  private @Nullable Side moneyHeldBy;

  @Option(
      names = "--direction-preset",
      description = "scope and budget are decided before anyone with lived experience joins")
  private boolean directionPreset;

  @Option(
      names = {"--outvoted", "--lived-experience-outvoted"},
      description =
          "key decisions by a board of 12 with 2 lived-experience members, by majority (needs 2"
              + " lived-experience and 10 professional people)")
  private boolean outvoted;

  @Option(
      names = "--lived-experience-say",
      paramLabel = "X",
      description = "the share of key decisions lived experience takes part in, 0 to 1 (default 1)")
  private @Nullable Double livedExperienceSay;

  @Option(
      names = "--drop-off",
      description = "core lived-experience members step back part way through")
  private boolean dropOff;

  @Option(
      names = "--meetings",
      paramLabel = "N",
      description = "meetings in the register, key decisions made at them (default 0)")
  private @Nullable Integer meetings;

  @Option(
      names = "--impacts",
      paramLabel = "N",
      description = "impacts: what changed because of what people said (default 0)")
  private @Nullable Integer impacts;

  @Option(
      names = "--check-in-rounds",
      paramLabel = "N",
      description = "rounds of the anonymous check-in, an entry per side (default 0)")
  private @Nullable Integer checkInRounds;

  @Option(
      names = "--responses",
      paramLabel = "N",
      description = "the group's responses to findings (default 0)")
  private @Nullable Integer responses;

  @Option(
      names = "--story-consent",
      description = "stories carry their tellers' consent and outputs say their use")
  private boolean storyConsent;

  @Option(
      names = "--fingerprint-key",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "hold a fingerprint key made from the seed (the default; --no-fingerprint-key)")
  private boolean fingerprintKey = true;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      converter = Choices.ProjectNotations.class,
      description = "json (the default) or yaml")
  private Choices.ProjectNotation format = Choices.ProjectNotation.JSON;

  @Option(
      names = "--output",
      paramLabel = "FILE|DIR",
      description =
          "write the project to this file instead of standard output; with --count, the folder"
              + " (made if missing) the projects go into")
  private @Nullable Path output;

  @Override
  public Integer call() {
    if (participants < 1 || contributions < 0 || decisions < 0 || outputs < 0) {
      return refuse(
          "--participants takes 1 or more, --contributions, --decisions and --outputs 0 or more");
    }
    Integer many = count;
    if (many != null && (many < 1 || output == null)) {
      return refuse("--count takes 1 or more, with --output naming the folder to write into");
    }
    try {
      if (many == null) {
        Project project = ProjectGenerator.generate(projectSpec(seed));
        Path file = output;
        if (file == null) {
          try (OutputStream out = Outputs.standardOutput(spec)) {
            ProjectFiles.write(project, out, format.format());
          }
        } else {
          ProjectFiles.write(project, file, format.format());
        }
        return Coprod.OK;
      }
      Path dir = java.util.Objects.requireNonNull(output, "checked above");
      Files.createDirectories(dir);
      String extension = "." + format;
      for (int i = 0; i < many; i++) {
        // one JVM for the whole population: the generator and the writer are warm after the first
        Project project = ProjectGenerator.generate(projectSpec(seed + i));
        ProjectFiles.write(project, dir.resolve(project.id().value() + extension), format.format());
      }
      return Coprod.OK;
    } catch (IllegalArgumentException e) {
      return refuse(options(String.valueOf(e.getMessage())));
    } catch (IOException e) {
      Outputs.failed(spec, e);
      return Coprod.BAD_INPUT;
    }
  }

  private int refuse(String message) {
    Outputs.say(spec, spec.qualifiedName() + ": " + message);
    return Coprod.BAD_INPUT;
  }

  /** The spec's attributes as a user names them here: the options. */
  private static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("livedExperienceOutvoted", "--outvoted"),
          Map.entry("livedExperienceSay", "--lived-experience-say"),
          Map.entry("livedExperience", "--lived-experience"),
          Map.entry("professional", "--professional"),
          Map.entry("contributions", "--contributions"),
          Map.entry("decisions", "--decisions"),
          Map.entry("outputs", "--outputs"),
          Map.entry("durationDays", "--duration-days"),
          Map.entry("hoursSkew", "--hours-skew"),
          Map.entry("paidShare", "--paid-share"),
          Map.entry("ratePerHour", "--rate-per-hour"),
          Map.entry("currency", "--currency"),
          Map.entry("creditOnlyTo", "--credit-only-to"),
          Map.entry("moneyHeldBy", "--money-held-by"),
          Map.entry("directionPreset", "--direction-preset"),
          Map.entry("meetings", "--meetings"),
          Map.entry("impacts", "--impacts"),
          Map.entry("checkInRounds", "--check-in-rounds"),
          Map.entry("responses", "--responses"));

  private static final Pattern FIRST_WORD = Pattern.compile("^[A-Za-z]+");

  /**
   * The generator's message with the attribute it starts with turned into the option that sets it.
   */
  static String options(String message) {
    Matcher m = FIRST_WORD.matcher(message);
    if (m.find() && OPTIONS.containsKey(m.group())) {
      return OPTIONS.get(m.group()) + message.substring(m.end());
    }
    return message;
  }

  /** The generator's spec for these options and the first seed. */
  ProjectSpec projectSpec() {
    return projectSpec(seed);
  }

  /**
   * The generator's spec for these options and a seed: the defaults, or with {@code --varied} the
   * shape drawn from the seed, and on top of them every option given.
   */
  ProjectSpec projectSpec(long seedOfProject) {
    ProjectSpec.Builder b =
        varied
            ? ProjectSpec.builder().from(ProjectSpec.varied(seedOfProject))
            : ProjectSpec.builder()
                .livedExperience((participants + 1) / 2)
                .professional(participants / 2)
                .contributions(contributions)
                .decisions(decisions)
                .outputs(outputs);
    b.seed(seedOfProject).fingerprintKey(fingerprintKey);
    if (given("--participants")) {
      b.livedExperience((participants + 1) / 2).professional(participants / 2);
    }
    if (livedExperience != null) {
      b.livedExperience(livedExperience);
    }
    if (professional != null) {
      b.professional(professional);
    }
    if (given("--contributions")) {
      b.contributions(contributions);
    }
    if (given("--decisions")) {
      b.decisions(decisions);
    }
    if (given("--outputs")) {
      b.outputs(outputs);
    }
    if (running) {
      b.closed(false);
    }
    set(started, b::started);
    set(durationDays, b::durationDays);
    set(hoursSkew, b::hoursSkew);
    set(paidShare, b::paidShare);
    set(ratePerHour, b::ratePerHour);
    set(currency, b::currency);
    set(creditOnlyTo, b::creditOnlyTo);
    set(moneyHeldBy, b::moneyHeldBy);
    if (directionPreset) {
      b.directionPreset(true);
    }
    if (outvoted) {
      b.livedExperienceOutvoted(true);
    }
    set(livedExperienceSay, b::livedExperienceSay);
    if (dropOff) {
      b.dropOff(true);
    }
    set(meetings, b::meetings);
    set(impacts, b::impacts);
    set(checkInRounds, b::checkInRounds);
    set(responses, b::responses);
    if (storyConsent) {
      b.storyConsent(true);
    }
    return b.build();
  }

  private static <T> void set(@Nullable T value, java.util.function.Consumer<T> to) {
    if (value != null) {
      to.accept(value);
    }
  }

  /** Whether an option with a default was given on the command line. */
  private boolean given(String option) {
    ParseResult parsed = spec.commandLine().getParseResult();
    return parsed != null && parsed.hasMatchedOption(option);
  }

  /** Reads a side as {@code lived-experience} or {@code professional}, in any case, - or _. */
  static final class Sides implements ITypeConverter<Side> {
    @Override
    public Side convert(String value) {
      String word = value.trim().replace('-', '_');
      for (Side side : Side.values()) {
        if (side.name().equalsIgnoreCase(word)) {
          return side;
        }
      }
      throw new TypeConversionException(
          "expected lived-experience or professional, not '" + value + "'");
    }
  }
}
