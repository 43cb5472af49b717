package org.coprod.testkit;

import io.vavr.collection.Seq;
import org.coprod.core.Id;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.coprod.rules.Finding;
import org.coprod.rules.Rulebook;

/**
 * A broken law told so that it can be reproduced: the project as a file {@code coprod check} reads,
 * the change, the rule's findings before it and what changed in them after. Findings are written by
 * rule, kind and subject ids, never by message, since a custom rule's message might quote a name.
 */
final class Counterexample {
  /** The line that opens the project file in the text, and the one that closes it. */
  static final String FILE_START = "--- counterexample.yaml (coprod check reads it)";

  static final String FILE_END = "--- end of counterexample.yaml";

  private Counterexample() {}

  static String of(LawResult result, Project project, Rulebook rulebook) {
    StringBuilder out = new StringBuilder();
    out.append("Counterexample: rule '")
        .append(result.rule())
        .append("' breaks ")
        .append(result.law())
        .append(" on this project.\n")
        .append(FILE_START)
        .append('\n')
        .append(ProjectFiles.toText(project, Format.YAML));
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append(FILE_END).append('\n');
    out.append("The change: ").append(result.change()).append('\n');
    Seq<Finding> before = findings(rulebook, project, result.rule());
    out.append("Findings of '")
        .append(result.rule())
        .append("' before it (")
        .append(before.size())
        .append("):\n");
    before.forEach(f -> out.append("  - ").append(line(f)).append('\n'));
    out.append("After it:\n");
    result.problems().forEach(p -> out.append("  - ").append(p).append('\n'));
    return out.toString();
  }

  private static Seq<Finding> findings(Rulebook rulebook, Project project, String rule) {
    try {
      return rulebook.check(project).findings(rule);
    } catch (RuntimeException e) {
      return io.vavr.collection.List.empty();
    }
  }

  private static String line(Finding f) {
    return f.severity()
        + " "
        + f.kind()
        + " "
        + f.subjects().map(Id::value).mkString("[", ", ", "]")
        + " "
        + f.fingerprint();
  }

  /** The project file inside a counterexample's text. */
  static String file(String counterexample) {
    int start = counterexample.indexOf(FILE_START);
    int end = counterexample.indexOf(FILE_END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the text holds no counterexample file");
    }
    return counterexample.substring(start + FILE_START.length() + 1, end);
  }
}
