/**
 * jqwik arbitraries for coprod's types and whole valid projects, and the fairness laws of the
 * rulebook as reusable properties.
 */
module org.coprod.testkit {
  requires transitive org.coprod.rules;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;
  requires org.coprod.io;

  exports org.coprod.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      org.coprod.testkit.CoprodArbitraryProvider;
  provides net.jqwik.api.SampleReportingFormat with
      org.coprod.testkit.ProjectReportingFormat;
}
