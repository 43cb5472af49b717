/**
 * A Jackson module for coprod: an application registers {@link org.coprod.jackson.CoprodModule} on
 * its own {@code ObjectMapper} and reads and writes projects as the project file format, and
 * findings and reports as the JSON report, with Vavr collections and options.
 */
module org.coprod.jackson {
  requires transitive org.coprod.io;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;
  requires io.vavr.jackson;
  requires static org.jspecify;

  exports org.coprod.jackson;
}
