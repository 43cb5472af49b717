package org.coprod.io.credit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditRole;

/**
 * The credits in the three forms people publish them in: Markdown for a report or a website, an
 * {@code .all-contributorsrc} file for the All Contributors tool, and JATS {@code <contrib>}
 * elements with CRediT roles for a journal. Each person appears once an output (once in all for All
 * Contributors, which credits a whole project); people who prefer not to be named appear only in
 * the group line. The same credits always give the same bytes.
 */
public final class CreditFiles {
  private CreditFiles() {}

  /** The credits as Markdown: a list an output, the group line last. */
  public static String markdown(Credits credits) {
    StringBuilder out = new StringBuilder();
    out.append("# Credits: ").append(escape(credits.title())).append("\n");
    for (Credits.OutputCredits o : credits.outputs()) {
      out.append("\n## ").append(escape(o.title())).append(" (").append(o.date()).append(")\n\n");
      if (o.people().isEmpty() && o.unnamed() == 0) {
        out.append("No one is recorded as contributing to it yet.\n");
        continue;
      }
      for (Credits.Person p : o.people()) {
        out.append("- **").append(escape(p.name())).append("**");
        p.part()
            .forEach(
                r -> out.append(", ").append(ContributionRoles.words(r).toLowerCase(Locale.ROOT)));
        Seq<String> roles = p.kindsInOrder().map(ContributionRoles::plainRole).distinct();
        if (!roles.isEmpty()) {
          out.append(": ").append(roles.mkString(", "));
        }
        out.append("\n");
      }
      o.groupLine()
          .forEach(
              line ->
                  out.append("- ")
                      .append(o.people().isEmpty() ? capital(line) : "And " + line)
                      .append("\n"));
    }
    return out.toString();
  }

  /**
   * The credits as an {@code .all-contributorsrc} file: the keys the All Contributors tool reads
   * ({@code projectName}, {@code projectOwner}, {@code files}, {@code contributorsPerLine}, and
   * each contributor's {@code login}, {@code name}, {@code avatar_url}, {@code profile} and {@code
   * contributions}). People are credited on no platform here, so each {@code login} is made from
   * the name they are credited by, never from an id, and the avatar and profile are empty for the
   * group to fill in. People who prefer not to be named are one contributor, the group.
   */
  public static String allContributors(Credits credits) {
    Map<String, Entry> people = new LinkedHashMap<>();
    int unnamed = credits.unnamed();
    Set<String> unnamedTypes = new LinkedHashSet<>();
    for (Credits.OutputCredits o : credits.outputs()) {
      for (Credits.Person p : o.people()) {
        Entry e = people.computeIfAbsent(p.name(), n -> new Entry(n, new LinkedHashSet<>()));
        p.kindsInOrder().forEach(k -> e.types().add(ContributionRoles.allContributorsType(k)));
        p.part().flatMap(ContributionRoles::allContributorsType).forEach(e.types()::add);
      }
      o.unnamedKinds().stream()
          .sorted()
          .forEach(k -> unnamedTypes.add(ContributionRoles.allContributorsType(k)));
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator g = json(text)) {
      g.writeStartObject();
      g.writeStringField("projectName", credits.project());
      g.writeStringField("projectOwner", "");
      g.writeArrayFieldStart("files");
      g.writeString("README.md");
      g.writeEndArray();
      g.writeStringField("imageSize", "100");
      g.writeBooleanField("commit", false);
      g.writeStringField("commitConvention", "none");
      g.writeNumberField("contributorsPerLine", 7);
      g.writeArrayFieldStart("contributors");
      Set<String> logins = new LinkedHashSet<>();
      for (Entry e : people.values()) {
        contributor(g, login(e.name(), logins), e.name(), e.types());
      }
      if (unnamed > 0) {
        contributor(
            g,
            login("members of the group", logins),
            capital(Credits.groupLine(unnamed)),
            unnamedTypes);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private record Entry(String name, Set<String> types) {}

  private static void contributor(JsonGenerator g, String login, String name, Set<String> types)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("login", login);
    g.writeStringField("name", name);
    g.writeStringField("avatar_url", "");
    g.writeStringField("profile", "");
    g.writeArrayFieldStart("contributions");
    for (String t : types.isEmpty() ? Set.of("ideas") : types) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A login made from a name: lower case letters and digits joined by hyphens, unique. */
  private static String login(String name, Set<String> taken) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    String base = plain.isEmpty() ? "contributor" : plain;
    String login = base;
    for (int i = 2; !taken.add(login); i++) {
      login = base + "-" + i;
    }
    return login;
  }

  private static JsonGenerator json(StringWriter out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pretty);
    return g;
  }

  /**
   * The credits as JATS: an {@code <article-meta>} holding a {@code <contrib-group>} an output (its
   * {@code specific-use} names the output's id), one {@code <contrib>} a person credited, authors
   * as {@code contrib-type="author"} and the rest as {@code "contributor"}, each name in a {@code
   * <string-name>}, and each role a {@code <role>}: CRediT roles marked with the CRediT vocabulary,
   * the rest in plain words. People who prefer not to be named are one {@code <contrib>} with a
   * {@code <collab>}.
   */
  public static String jats(Credits credits) {
    // Written by hand rather than through a StAX writer: which StAX implementation is on the class
    // path changes the declaration's quotes and the escaping, and credits must be the same bytes.
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article-meta>\n");
    for (Credits.OutputCredits o : credits.outputs()) {
      x.append("  <contrib-group specific-use=\"")
          .append(xml("output:" + o.id().value()))
          .append("\">\n");
      for (Credits.Person p : o.people()) {
        x.append("    <contrib contrib-type=\"")
            .append(p.isAuthor() ? "author" : "contributor")
            .append("\">\n      <string-name>")
            .append(xml(p.name()))
            .append("</string-name>\n");
        roles(x, p.kindsInOrder(), p.part());
        x.append("    </contrib>\n");
      }
      if (o.unnamed() > 0) {
        x.append("    <contrib contrib-type=\"contributor\">\n      <collab>")
            .append(xml(capital(Credits.groupLine(o.unnamed()))))
            .append("</collab>\n");
        roles(x, io.vavr.collection.List.ofAll(o.unnamedKinds()).sorted(), Option.none());
        x.append("    </contrib>\n");
      }
      x.append("  </contrib-group>\n");
    }
    return x.append("</article-meta>\n").toString();
  }

  private static void roles(StringBuilder x, Seq<ContributionKind> kinds, Option<CreditRole> part) {
    Set<String> written = new LinkedHashSet<>();
    for (ContributionKind k : kinds) {
      Option<CreditRoleTerm> credit = ContributionRoles.creditRole(k);
      if (!written.add(ContributionRoles.plainRole(k))) {
        continue;
      }
      x.append("      <role");
      if (credit.isDefined()) {
        x.append(" vocab=\"credit\" vocab-identifier=\"")
            .append(xml(CreditRoleTerm.VOCABULARY))
            .append("\" vocab-term=\"")
            .append(xml(credit.get().term()))
            .append("\" vocab-term-identifier=\"")
            .append(xml(credit.get().identifier()))
            .append("\">")
            .append(xml(credit.get().term()));
      } else {
        x.append(">").append(xml(ContributionRoles.plainRole(k)));
      }
      x.append("</role>\n");
    }
    if (part.isDefined()
        && part.get() != CreditRole.AUTHOR
        && part.get() != CreditRole.CONTRIBUTOR) {
      x.append("      <role>").append(xml(ContributionRoles.words(part.get()))).append("</role>\n");
    }
  }

  /** Text safe in XML content and attributes; characters XML 1.0 cannot hold are dropped. */
  private static String xml(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Text safe in Markdown: its special characters escaped. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String line = text.replaceAll("[\\r\\n]+", " ");
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>|~&#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
