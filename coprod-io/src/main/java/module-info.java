/**
 * coprod's files: projects in YAML, JSON and CSV read with every problem reported at once and
 * written back, the JSON Schema of the format, and (to come) policy files and reports.
 */
module org.coprod.io {
  requires transitive org.coprod.core;
  requires transitive org.coprod.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  // The YAML parser is extended to repeat anchored nodes, which needs SnakeYAML's event types.
  requires org.yaml.snakeyaml;

  exports org.coprod.io;
  exports org.coprod.io.report;
  exports org.coprod.io.credit;
}
