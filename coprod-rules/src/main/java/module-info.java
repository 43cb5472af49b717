/** The rule API, the standard rulebook, policies, findings, reports and their text renderings. */
module org.coprod.rules {
  requires transitive org.coprod.core;
  requires static org.immutables.value.annotations;
  requires static org.immutables.encode;
  requires static org.immutables.vavr.encodings;
  requires static com.fasterxml.jackson.annotation;

  exports org.coprod.rules;
  exports org.coprod.rules.standard;
  exports org.coprod.rules.render;

  uses org.coprod.rules.Rule;
}
