/** The {@code coprod} command: check project files, list and explain rules, research statistics. */
module org.coprod.cli {
  requires org.coprod.core;
  requires org.coprod.rules;
  requires org.coprod.io;
  requires org.coprod.workbook;
  requires transitive info.picocli;

  exports org.coprod.cli;

  // picocli sets the subcommands' options by reflection
  opens org.coprod.cli to
      info.picocli;
}
