package org.coprod.testkit;

import io.vavr.control.Option;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.coprod.core.Project;
import org.coprod.core.synthetic.ProjectSpec;

/**
 * The specs and variations of the projects the arbitraries made, kept only as long as the projects
 * are, so that a counterexample can be reported with what rebuilds it.
 */
final class GeneratedProjects {
  private static final Map<Project, String> RECIPES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private GeneratedProjects() {}

  static void remember(Project project, ProjectSpec spec, String variations) {
    RECIPES.put(project, spec + (variations.equals("[]") ? "" : " with variations " + variations));
  }

  /** What rebuilds a generated project: its spec and variations; none for other projects. */
  static Option<String> recipe(Project project) {
    return Option.of(RECIPES.get(project));
  }
}
