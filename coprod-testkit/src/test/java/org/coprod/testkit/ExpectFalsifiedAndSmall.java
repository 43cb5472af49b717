package org.coprod.testkit;

import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.coprod.core.Project;

/**
 * Turns a property around: it passes only if jqwik falsifies it with an assertion (the law catching
 * a faulty rule) and shrinks the counterexample to a project of at most {@link #MOST_PEOPLE}
 * people.
 */
public final class ExpectFalsifiedAndSmall implements AroundPropertyHook {
  /** The most people a shrunk counterexample may have. */
  static final int MOST_PEOPLE = 5;

  /** The hook jqwik creates. */
  public ExpectFalsifiedAndSmall() {}

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyExecutionResult result = property.execute();
    if (result.status() != PropertyExecutionResult.Status.FAILED) {
      return result.mapToFailed(
          "expected the property to be falsified, but it "
              + result.status()
              + " after "
              + result.countTries()
              + " tries");
    }
    Throwable error = result.throwable().orElse(null);
    if (!(error instanceof AssertionError)) {
      return result.mapToFailed(
          "expected the law to be broken, but the property failed with "
              + (error == null ? "no error" : error.getClass().getName()));
    }
    List<Object> sample = result.falsifiedParameters().orElse(List.of());
    int people =
        sample.stream()
            .filter(Project.class::isInstance)
            .mapToInt(p -> ((Project) p).participants().size())
            .max()
            .orElse(0);
    if (people > MOST_PEOPLE) {
      return result.mapToFailed(
          "the counterexample shrank only to a project of " + people + " people");
    }
    return result.mapToSuccessful();
  }
}
