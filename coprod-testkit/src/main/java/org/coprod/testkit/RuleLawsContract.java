package org.coprod.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.Project;
import org.coprod.rules.Rule;
import org.coprod.rules.Rulebook;

/**
 * A contract test: extend it in your tests, name your rule, and jqwik holds the rule to every law
 * it declares on generated projects, at its default 1000 tries.
 *
 * <pre>{@code
 * class MyRuleLawsProperties extends RuleLawsContract {
 *   @Override
 *   protected Rule rule() {
 *     return new MyRule();
 *   }
 * }
 * }</pre>
 *
 * <p>Override {@link #projects()} to check on other projects, and {@link #rulebook()} if the rule
 * looks at the findings of rules other than the standard ones.
 */
public abstract class RuleLawsContract {
  /** For subclasses. */
  protected RuleLawsContract() {}

  /** The rule held to its laws; a new instance each call is fine. */
  protected abstract Rule rule();

  /** The projects the laws are checked on: {@link CoprodArbitraries#projects()} by default. */
  protected Arbitrary<Project> projects() {
    return CoprodArbitraries.projects();
  }

  /** The rules the rule runs among, under their policy: the standard rulebook by default. */
  protected Rulebook rulebook() {
    return Rulebook.standard();
  }

  /** The projects of {@link #projects()}, for jqwik. */
  @Provide
  public Arbitrary<Project> projectsForTheLaws() {
    return projects();
  }

  /**
   * The rule obeys every law it declares on every project drawn.
   *
   * @param project a drawn project
   * @param choice the renaming, factor, dates and changes the laws try
   */
  @Property
  public void obeysEveryLawItDeclares(
      @ForAll("projectsForTheLaws") Project project, @ForAll long choice) {
    RuleLaws.of(rule()).within(rulebook()).check(project, choice).assertHolds();
  }
}
