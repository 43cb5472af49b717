package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import org.coprod.core.ParticipantId;
import org.coprod.core.Side;
import org.junit.jupiter.api.Test;

/**
 * The template syntax read directly: the rules' templates are read once, when their classes load,
 * so a fault in the reader would show in every report but in no single test of it. The words here
 * are the tests' own; they stand for no rule's.
 */
class TemplateTest {
  private static final Voice PLAIN = Voice.plain();

  /** A voice that writes people by their bare id, as a renderer may. */
  private static final Voice BARE = Voice.plain().withPeople(ParticipantId::value);

  private static String weeks(int n) {
    Template t =
        Template.of(
            "default",
            "{n, plural, =0 {none} =2 {a pair} one {# week} other {# weeks}} left",
            Param.count("n"));
    return t.format(List.of(Argument.count("n", n)), PLAIN);
  }

  @Test
  void aPluralTakesAnExactCaseFirstThenOneThenOtherWithHashAsTheNumber() {
    assertThat(weeks(0)).isEqualTo("none left");
    assertThat(weeks(1)).isEqualTo("1 week left");
    assertThat(weeks(2)).isEqualTo("a pair left");
    assertThat(weeks(5)).isEqualTo("5 weeks left");
  }

  @Test
  void spacesAroundTheSyntaxAreAllowedAndHashOutsideAPluralIsWords() {
    Template t =
        Template.of(
            "spaced", "#{n ,  plural ,  one  {# thing}  other {# things} } #2", Param.count("n"));
    assertThat(t.format(List.of(Argument.count("n", 3)), PLAIN)).isEqualTo("#3 things #2");
    assertThat(t.format(List.of(Argument.count("n", 1)), PLAIN)).isEqualTo("#1 thing #2");
    Template plain = Template.of("plain", "{who }", Param.person("who"));
    assertThat(plain.format(List.of(Argument.person("who", ParticipantId.of("ana"))), BARE))
        .isEqualTo("ana");
  }

  @Test
  void aSelectTakesASidesOrWordsCaseOrElseOther() {
    Template side =
        Template.of(
            "side",
            "{s, select, LIVED_EXPERIENCE {lead} PROFESSIONAL {staff} other {someone}}",
            Param.side("s"));
    assertThat(side.format(List.of(Argument.side("s", Side.LIVED_EXPERIENCE)), PLAIN))
        .isEqualTo("lead");
    assertThat(side.format(List.of(Argument.side("s", Side.PROFESSIONAL)), PLAIN))
        .isEqualTo("staff");
    Template words = Template.of("words", "{t, select, yes-please {Y} other {N}}", Param.text("t"));
    assertThat(words.format(List.of(Argument.text("t", "yes-please")), PLAIN)).isEqualTo("Y");
    assertThat(words.format(List.of(Argument.text("t", "no")), PLAIN)).isEqualTo("N");
    Template nested =
        Template.of(
            "nested",
            "{n, plural, one {# {t, select, x_y {x} other {o}}} other {many}}",
            Param.count("n"),
            Param.text("t"));
    assertThat(nested.format(List.of(Argument.count("n", 1), Argument.text("t", "x_y")), PLAIN))
        .isEqualTo("1 x");
  }

  @Test
  void anArgumentWrittenInWordsTakesACapitalOnlyWhereASentenceBegins() {
    Template t = Template.of("s", "{s} spoke", Param.side("s"));
    List<Argument> le = List.of(Argument.side("s", Side.LIVED_EXPERIENCE));
    assertThat(t.format(le, PLAIN)).isEqualTo("People with lived experience spoke");
    for (String end : List.of(". ", "? ", "! ")) {
      assertThat(Template.of("s", end + "{s}", Param.side("s")).format(le, PLAIN))
          .isEqualTo(end + "People with lived experience");
    }
    assertThat(Template.of("s", "so {s}", Param.side("s")).format(le, PLAIN))
        .isEqualTo("so people with lived experience");
    assertThat(Template.of("s", " {s}", Param.side("s")).format(le, PLAIN))
        .isEqualTo(" people with lived experience");
    assertThat(Template.of("s", ".{s}", Param.side("s")).format(le, PLAIN))
        .isEqualTo(".people with lived experience");

    // an id written as it is keeps its case; words standing for a person take a capital
    ParticipantId ana = ParticipantId.of("ana");
    Voice hidden = Voice.plain().withPeople(id -> "a group member");
    Template who = Template.of("p", "{p} spoke", Param.person("p"));
    assertThat(who.format(List.of(Argument.person("p", ana)), BARE)).isEqualTo("ana spoke");
    assertThat(who.format(List.of(Argument.person("p", ana)), hidden))
        .isEqualTo("A group member spoke");
    Template all = Template.of("p", "{p} spoke", Param.people("p"));
    assertThat(all.format(List.of(Argument.people("p", List.of(ana))), BARE))
        .isEqualTo("ana spoke");
    assertThat(all.format(List.of(Argument.people("p", List.of(ana))), hidden))
        .isEqualTo("A group member spoke");
    Template n = Template.of("n", "{n} spoke", Param.count("n"));
    assertThat(n.format(List.of(Argument.count("n", 2)), PLAIN)).isEqualTo("2 spoke");
  }

  @Test
  void aMalformedTemplateIsRefusedWhenMade() {
    assertRefused("{x}", "no declared parameter 'x'", Param.count("n"));
    assertRefused("{n, plural, one {x}}", "needs an 'other' case", Param.count("n"));
    assertRefused("{t, plural, other {x}}", "plural needs a count", Param.text("t"));
    assertRefused("{n, select, other {x}}", "select needs a side or words", Param.count("n"));
    assertRefused(
        "{n, choice, other {x}}", "only plural, select and one are known", Param.count("n"));
    assertRefused("{n, plural, few {x} other {y}}", "a plural's cases", Param.count("n"));
    assertRefused("{s, select, MAYBE {x} other {y}}", "a side's cases", Param.side("s"));
    assertRefused("{n, plural, other {x} other {y}}", "case 'other' twice", Param.count("n"));
    assertRefused("{n, plural, other x}", "'{' expected", Param.count("n"));
    assertRefused("{n, plural other {x}}", "',' expected", Param.count("n"));
    assertRefused("{n plural}", "',' expected", Param.count("n"));
    assertRefused("{n", "an unclosed '{'", Param.count("n"));
    assertRefused("{n, plural, other {x}", "an unclosed '{'", Param.count("n"));
    assertRefused("a } b", "an unmatched '}'", Param.count("n"));
    assertRefused("{}", "a name expected", Param.count("n"));
    assertRefused("{n, plural, {x}}", "a case expected", Param.count("n"));
    assertThatThrownBy(() -> Template.of("Default", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> Template.of("default", "x", Param.count("n"), Param.text("n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void aRefusalSaysWhereInThePatternItStopped() {
    assertThatThrownBy(() -> Template.of("default", "ab {x}", Param.count("n")))
        .hasMessageStartingWith("no declared parameter 'x' at 5 in template: ab {x}");
    assertThatThrownBy(() -> Template.of("default", "{n  plural}", Param.count("n")))
        .hasMessageStartingWith("',' expected at 4 in template");
  }

  private static void assertRefused(String pattern, String why, Param... params) {
    assertThatThrownBy(() -> Template.of("default", pattern, params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(why);
  }

  @Test
  void argumentsMustBeExactlyTheDeclaredParametersEachOfItsType() {
    Template t = Template.of("default", "{n} and {t}", Param.count("n"), Param.text("t"));
    Argument n = Argument.count("n", 1);
    Argument t1 = Argument.text("t", "x");
    assertThat(t.format(List.of(n, t1), PLAIN)).isEqualTo("1 and x");
    assertThatThrownBy(() -> t.format(List.of(n), PLAIN))
        .hasMessageContaining("needs an argument t");
    assertThatThrownBy(() -> t.format(List.of(n, t1, Argument.text("t", "y")), PLAIN))
        .hasMessageContaining("argument t is given twice");
    assertThatThrownBy(() -> t.format(List.of(n, Argument.count("t", 2)), PLAIN))
        .hasMessageContaining("argument t is a COUNT, not a TEXT");
    assertThatThrownBy(() -> t.format(List.of(n, t1, Argument.count("m", 2)), PLAIN))
        .hasMessageContaining("declares no parameter m");
  }

  @Test
  void wordsReadBackFromAFileAreSaidAsWrittenBracesAndAll() {
    Template r = Template.recorded("default", "{n} of {m", List.of(Param.count("n")));
    assertThat(r.format(List.of(Argument.count("n", 4)), PLAIN)).isEqualTo("{n} of {m");
    assertThat(r.pattern()).isEqualTo("{n} of {m");
    assertThat(r.params().map(Param::name)).containsExactly("n");
  }

  @Test
  void templatesAreEqualByVariantPatternAndParametersAndShowNoWordsInToString() {
    Template a = Template.of("default", "{n} secret", Param.count("n"));
    Template b = Template.of("default", "{n} secret", Param.count("n"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Template.of("other", "{n} secret", Param.count("n")));
    assertThat(a).isNotEqualTo(Template.of("default", "{n} secrets", Param.count("n")));
    assertThat(a).isNotEqualTo(Template.of("default", "{n} secret", Param.text("n")));
    assertThat(a.toString()).contains("default").contains("n").doesNotContain("secret");
    assertThat(a.variant()).isEqualTo("default");
  }
}
