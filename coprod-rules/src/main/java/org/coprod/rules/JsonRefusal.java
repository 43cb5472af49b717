package org.coprod.rules;

/**
 * Why a plain {@code ObjectMapper} cannot write a finding, an outcome or a report: Jackson would
 * find only a getter or two and write them as if they were the whole value. The value types declare
 * no properties but one that throws this, so the mistake shows at once.
 */
final class JsonRefusal {
  private JsonRefusal() {}

  /** The exception that tells an application how to write a value of this type. */
  static IllegalStateException of(String type) {
    return new IllegalStateException(
        "a "
            + type
            + " is written as the JSON report holds it by coprod-jackson's module:"
            + " register it with objectMapper.registerModule(new org.coprod.jackson.CoprodModule())");
  }
}
