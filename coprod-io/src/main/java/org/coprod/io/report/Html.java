package org.coprod.io.report;

/**
 * HTML being written: text is escaped on the way in, so user text (titles, topics, messages,
 * reasons) can never become markup. Lines end in {@code \n}.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(1 << 14);

  /** Markup written as it is: only ever constant text of this package or escaped text. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text, put on one line and escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** An element holding escaped text: {@code <p class="x">text</p>}. */
  Html element(String tag, String attributes, String text) {
    out.append('<')
        .append(tag)
        .append(attributes.isEmpty() ? "" : " " + attributes)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(tag)
        .append(">\n");
    return this;
  }

  /** A line break in the source, for people reading it. */
  Html line() {
    out.append('\n');
    return this;
  }

  /**
   * Text put on one line and escaped for HTML text and attribute values alike: {@code &}, {@code
   * <}, {@code >}, {@code "} and {@code '}.
   */
  static String escape(String text) {
    String one = Plain.oneLine(text);
    StringBuilder b = new StringBuilder(one.length() + 16);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
