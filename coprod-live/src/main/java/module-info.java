/**
 * A live project for applications: events appended one at a time, each refused with its problems or
 * kept, the project checked again, what changed between two checks, and a baseline of findings
 * already known.
 */
module org.coprod.live {
  requires transitive org.coprod.io;
  requires com.fasterxml.jackson.core;
  requires static org.jspecify;

  exports org.coprod.live;
}
