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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
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
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("article-meta");
      for (Credits.OutputCredits o : credits.outputs()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("contrib-group");
        x.writeAttribute("specific-use", "output:" + o.id().value());
        for (Credits.Person p : o.people()) {
          x.writeCharacters("\n    ");
          x.writeStartElement("contrib");
          x.writeAttribute("contrib-type", p.isAuthor() ? "author" : "contributor");
          x.writeCharacters("\n      ");
          element(x, "string-name", p.name());
          roles(x, p.kindsInOrder(), p.part());
          x.writeCharacters("\n    ");
          x.writeEndElement();
        }
        if (o.unnamed() > 0) {
          x.writeCharacters("\n    ");
          x.writeStartElement("contrib");
          x.writeAttribute("contrib-type", "contributor");
          x.writeCharacters("\n      ");
          element(x, "collab", capital(Credits.groupLine(o.unnamed())));
          roles(x, io.vavr.collection.List.ofAll(o.unnamedKinds()).sorted(), Option.none());
          x.writeCharacters("\n    ");
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return text + "\n";
  }

  private static void roles(XMLStreamWriter x, Seq<ContributionKind> kinds, Option<CreditRole> part)
      throws XMLStreamException {
    Set<String> written = new LinkedHashSet<>();
    for (ContributionKind k : kinds) {
      Option<CreditRoleTerm> credit = ContributionRoles.creditRole(k);
      if (!written.add(ContributionRoles.plainRole(k))) {
        continue;
      }
      x.writeCharacters("\n      ");
      x.writeStartElement("role");
      if (credit.isDefined()) {
        x.writeAttribute("vocab", "credit");
        x.writeAttribute("vocab-identifier", CreditRoleTerm.VOCABULARY);
        x.writeAttribute("vocab-term", credit.get().term());
        x.writeAttribute("vocab-term-identifier", credit.get().identifier());
        x.writeCharacters(credit.get().term());
      } else {
        x.writeCharacters(ContributionRoles.plainRole(k));
      }
      x.writeEndElement();
    }
    if (part.isDefined()
        && part.get() != CreditRole.AUTHOR
        && part.get() != CreditRole.CONTRIBUTOR) {
      x.writeCharacters("\n      ");
      element(x, "role", ContributionRoles.words(part.get()));
    }
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
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
