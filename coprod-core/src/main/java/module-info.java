/** coprod's project model, its validation, views in time, the measures and the seeded generator. */
module org.coprod.core {
  requires transitive io.vavr;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static org.immutables.encode;
  requires static org.immutables.vavr.encodings;

  exports org.coprod.core;
  exports org.coprod.core.measure;
  exports org.coprod.core.synthetic;
}
