package org.coprod.testkit;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Law;
import org.coprod.rules.Rule;

/**
 * Under jqwik, a broken law's failure prints the shrunk project, not the first one that broke it: a
 * YAML project file that {@code coprod check} reads, equal to the sample jqwik reports, small, and
 * breaking the same law again when read back. Each property must be falsified; the hook then checks
 * what it printed.
 */
class ShrunkCounterexampleProperties {
  private static final Rule FIRST_LISTED = new FaultyRules.FirstListed();
  private static final Rule ABSOLUTE_HOURS = new FaultyRules.AbsoluteHours();

  @Property(seed = "20261205")
  @AddLifecycleHook(PrintsTheShrunkProject.class)
  void aRuleThatReadsTheListsOrderFailsWithItsShrunkProjectAsAFile(
      @ForAll Project project, @ForAll long choice) {
    RuleLaws.of(FIRST_LISTED).check(Law.ORDER_INDEPENDENCE, project, choice).assertHolds();
  }

  @Property(seed = "20261205")
  @AddLifecycleHook(PrintsTheShrunkProject.class)
  void aRuleWithAnAbsoluteNumberOfHoursFailsWithItsShrunkProjectAsAFile(
      @ForAll Project project, @ForAll long choice) {
    RuleLaws.of(ABSOLUTE_HOURS).check(Law.HOUR_SCALING, project, choice).assertHolds();
  }

  /**
   * Passes only if the property was falsified by a broken law whose printed counterexample is the
   * shrunk sample, as a file that reads back and breaks the law again.
   */
  public static final class PrintsTheShrunkProject implements AroundPropertyHook {
    /** The hook jqwik creates. */
    public PrintsTheShrunkProject() {}

    @Override
    public PropertyExecutionResult aroundProperty(
        PropertyLifecycleContext context, PropertyExecutor property) {
      PropertyExecutionResult result = property.execute();
      if (result.status() != PropertyExecutionResult.Status.FAILED) {
        return result.mapToFailed(
            "expected the law to be broken, but the property " + result.status());
      }
      Throwable error = result.throwable().orElse(null);
      if (!(error instanceof AssertionError) || error.getMessage() == null) {
        return result.mapToFailed("expected a broken law's assertion, got " + error);
      }
      List<Object> sample = result.falsifiedParameters().orElse(List.of());
      if (sample.size() != 2
          || !(sample.get(0) instanceof Project shrunk)
          || !(sample.get(1) instanceof Long choice)) {
        return result.mapToFailed("expected a project and a choice, got " + sample);
      }
      String file = RuleLaws.counterexampleFile(error.getMessage());
      Validation<Seq<Problem>, Project> read =
          ProjectFiles.read(new StringReader(file), Format.YAML, "counterexample.yaml");
      if (read.isInvalid()) {
        return result.mapToFailed("the counterexample does not read: " + read.getError());
      }
      Project printed = read.get();
      if (!printed.equals(shrunk)) {
        return result.mapToFailed(
            "the printed project is not the shrunk sample: it has "
                + printed.participants().size()
                + " people and "
                + printed.contributions().size()
                + " contributions, the sample "
                + shrunk.participants().size()
                + " and "
                + shrunk.contributions().size());
      }
      if (printed.participants().size() > ExpectFalsifiedAndSmall.MOST_PEOPLE) {
        return result.mapToFailed(
            "the counterexample shrank only to " + printed.participants().size() + " people");
      }
      String method = context.targetMethod().getName();
      Rule rule = method.contains("ListsOrder") ? FIRST_LISTED : ABSOLUTE_HOURS;
      Law law = method.contains("ListsOrder") ? Law.ORDER_INDEPENDENCE : Law.HOUR_SCALING;
      LawResult again = RuleLaws.of(rule).check(law, printed, choice);
      if (again.holds()) {
        return result.mapToFailed("the project read back does not break " + law + " again");
      }
      return result.mapToSuccessful();
    }
  }
}
