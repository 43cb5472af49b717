// A research script: reads a folder of coprod project files and writes one tidy CSV row a project,
// for R or pandas. Run it from the repository root, after `mvn -B -q package -DskipTests`, as
//
//     java -cp coprod-cli/target/coprod.jar coprod-examples/research/Analysis.java DIR OUT.csv
//
// (Java 17 runs a single source file without compiling it first; the jar brings coprod's core,
// rules and io.) Then, in R:      d <- read.csv("OUT.csv")
//               or in pandas:  d = pandas.read_csv("OUT.csv")
//
// Each row is computed on the project as of its last dated event, the view the rulebook checks,
// so the numbers agree with `coprod check`. A measure that cannot be computed (no hours, no output
// with credit, everyone equal) is an empty cell, which R reads as NA and pandas as NaN: never a
// made-up 0. Rows hold aggregates only, never a person's id, name or side.
//
// Files with problems are reported on standard error, with the line and path of each problem,
// and skipped; the exit code is then 2 (as for `coprod stats`), and 0 when every file was read.
//
// Copy this file and change `row` to compute what your study needs: everything in
// org.coprod.core.measure (Inequality, Parity, Shapley) takes plain double[] arrays.

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.stream.Stream;
import org.coprod.core.Output;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectView;
import org.coprod.core.Side;
import org.coprod.core.measure.Inequality;
import org.coprod.core.measure.Shapley;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Measures;
import org.coprod.rules.ProjectIndex;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideMeasure;

public class Analysis {
  /** The columns, in order; `row` gives the cells in the same order. */
  static final List<String> COLUMNS =
      List.of(
          "file",
          "project",
          "asOf",
          "closed",
          "ladder",
          "claimedLevel",
          "contributors",
          "contributorsLivedExperience",
          "hours",
          "outputs",
          "hoursShareLivedExperience",
          "giniHours",
          "giniHoursCorrected",
          "theilBetweenShare",
          "creditParityRatio",
          "shapleyShareLivedExperience",
          "creditShareLivedExperience",
          "concerns",
          "warnings",
          "notes");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java -cp coprod-cli/target/coprod.jar Analysis.java DIR OUT.csv");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    if (!Files.isDirectory(dir)) {
      System.err.println(dir + ": not a folder");
      System.exit(2);
    }
    Rulebook rulebook = Rulebook.standard();
    int rows = 0;
    int skipped = 0;
    try (Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      csv.write(COLUMNS.mkString(",") + "\r\n");
      for (Path file : projectFiles(dir)) {
        Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
        if (read.isInvalid()) {
          // Problem.toString is "file:line:column: path: message"; messages name ids, never people.
          read.getError().forEach(problem -> System.err.println(problem));
          System.err.println(file + ": skipped");
          skipped++;
          continue;
        }
        String name = dir.relativize(file).toString().replace('\\', '/');
        csv.write(row(name, read.get(), rulebook).map(Analysis::quoted).mkString(",") + "\r\n");
        rows++;
      }
    }
    System.err.println(
        rows
            + (rows == 1 ? " row" : " rows")
            + " written to "
            + out
            + (skipped == 0
                ? ""
                : skipped == 1 ? "; 1 file skipped" : "; " + skipped + " files skipped"));
    System.exit(skipped > 0 ? 2 : 0);
  }

  /** The project files (.yaml, .yml, .json) under a folder and its subfolders, sorted by path. */
  static java.util.List<Path> projectFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.(ya?ml|json)"))
          .sorted()
          .toList();
    }
  }

  /** One project's cells, in the order of COLUMNS. */
  static Seq<String> row(String file, Project project, Rulebook rulebook) {
    ProjectView view = project.view();
    Report report = rulebook.check(view);
    Measures measures = report.measures();
    // The same index the rules use, so "substantial contribution" means here what it means there.
    ProjectIndex index = ProjectIndex.of(view);
    Project p = view.project();

    Seq<Participant> contributors = index.contributors();
    double[] hoursEach =
        contributors.toJavaStream().mapToDouble(x -> index.hours(x.id())).toArray();
    Seq<Side> sideEach = contributors.map(Participant::side);

    // How much of the inequality of hours lies between the two sides rather than within each
    // (Theil T's between-group part over its total); none when everyone gave the same hours.
    Option<Double> theilBetween =
        Inequality.theilTByGroup(hoursEach, sideEach)
            .filter(t -> t.total() > 0)
            .map(t -> t.between() / t.total());

    Seq<Finding> open = report.unacknowledged();
    return List.of(
        file,
        p.id().value(),
        view.date().toString(),
        String.valueOf(view.isClosed()),
        measures.ladder().name(),
        report.claimedLevel().map(Enum::name).getOrElse(""),
        String.valueOf(contributors.size()),
        String.valueOf(contributors.count(Participant::isLivedExperience)),
        number(index.hours()),
        String.valueOf(p.outputs().size()),
        number(measures.hoursShareBySide().livedExperience()),
        number(measures.giniHours()),
        // Projects are small: the corrected Gini reaches 1 when one person of n gives every hour.
        number(Inequality.giniCorrected(hoursEach)),
        number(theilBetween),
        number(creditParityRatio(report)),
        number(shapleyShareOfLivedExperience(index)),
        number(creditShareOfLivedExperience(index)),
        String.valueOf(open.count(f -> f.severity() == Severity.CONCERN)),
        String.valueOf(open.count(f -> f.severity() == Severity.WARNING)),
        String.valueOf(open.count(f -> f.severity() == Severity.NOTE)));
  }

  /**
   * Credit parity as the library defines it, so this script and `coprod check` never disagree: the
   * report's `creditRateBySide` is the rate `credit-parity` compares (among a side's people who
   * made a substantial personal contribution to an output, the share credited on one they
   * contributed to), and the ratio is the lower side's rate over the higher's, which the rule flags
   * under 0.8. 1 is parity. None when a side has nobody eligible, or nobody is credited at all.
   * Whatever the library's definition becomes, this follows it.
   */
  static Option<Double> creditParityRatio(Report report) {
    SideMeasure rates = report.measures().creditRateBySide();
    return rates
        .livedExperience()
        .flatMap(
            le ->
                rates
                    .professional()
                    .flatMap(
                        pro ->
                            Math.max(le, pro) == 0
                                ? Option.none()
                                : Option.some(Math.min(le, pro) / Math.max(le, pro))));
  }

  /**
   * The lived-experience side's Shapley share of the making of the credited outputs.
   *
   * <p>The game has two players, the sides (0 = lived experience, 1 = professionals). Each output
   * that credits someone is worth its hours, and it needs every side that made a substantial
   * contribution to it (as the rules define it: 20% of its hours, or an idea or writing). A
   * coalition of sides is worth the hours of the outputs whose needed sides it holds: v({LE}) is
   * what people with lived experience could have made alone, v({LE, PRO}) all of it. Such a game is
   * a sum of unanimity games, so its Shapley value splits each output's hours equally among the
   * sides it needed and gives the rest to the side that made it alone; Shapley.exact computes it
   * from the game itself, so a study that changes the worth (partial worth for one side, say) still
   * gets the right values. Compare it with creditShareLivedExperience: credit below the fair share
   * of the making is credit going one way. None without a credited output with hours.
   */
  static Option<Double> shapleyShareOfLivedExperience(ProjectIndex index) {
    java.util.List<double[]> outputs =
        new java.util.ArrayList<>(); // {hours, needed sides as a bit mask}
    for (Output o : creditedOutputsWithHours(index)) {
      int needed =
          (index.substantial(o.id(), Side.LIVED_EXPERIENCE) ? 1 : 0)
              | (index.substantial(o.id(), Side.PROFESSIONAL) ? 2 : 0);
      outputs.add(new double[] {index.outputHours(o.id()), needed});
    }
    return Shapley.exact(
            2,
            (BitSet coalition) -> {
              int held = (coalition.get(0) ? 1 : 0) | (coalition.get(1) ? 2 : 0);
              double worth = 0;
              for (double[] o : outputs) {
                int needed = (int) o[1];
                if (needed != 0 && (needed & held) == needed) {
                  worth += o[0];
                }
              }
              return worth;
            })
        .flatMap(
            phi -> {
              double all = phi.get(0) + phi.get(1);
              return all > 0 ? Option.some(phi.get(0) / all) : Option.none();
            });
  }

  /**
   * The lived-experience side's share of the credit on the same outputs: for each, the share of the
   * people credited on it who have lived experience, weighted by the output's hours.
   */
  static Option<Double> creditShareOfLivedExperience(ProjectIndex index) {
    double weighted = 0;
    double hours = 0;
    for (Output o : creditedOutputsWithHours(index)) {
      Seq<ParticipantId> credited = o.credited();
      double h = index.outputHours(o.id());
      weighted +=
          h * credited.count(id -> index.side(id) == Side.LIVED_EXPERIENCE) / credited.size();
      hours += h;
    }
    return hours > 0 ? Option.some(weighted / hours) : Option.none();
  }

  static Seq<Output> creditedOutputsWithHours(ProjectIndex index) {
    return index
        .project()
        .outputs()
        .filter(o -> !o.credited().isEmpty() && index.outputHours(o.id()) > 0);
  }

  static String number(Option<Double> value) {
    return value.map(Analysis::number).getOrElse("");
  }

  /**
   * A number with a `.` and never an exponent, the shortest that reads back as the same double;
   * BigDecimal's plain form does not depend on the locale.
   */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A cell as RFC 4180 has it: quoted when it holds a comma, a quote or a line break. */
  static String quoted(String cell) {
    return cell.matches("[^,\"\r\n]*") ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
