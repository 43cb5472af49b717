package org.coprod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.rules.FindingKind;
import org.coprod.rules.Law;
import org.coprod.rules.Parameter;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.standard.CreditOneSided;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  /** Text as it reads once wrapping is undone. */
  private static String unwrapped(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void explainsEverythingTheMetadataOfARuleSays() {
    Run run = Run.coprod("explain", "credit-one-sided").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    RuleMetadata m = new CreditOneSided().metadata();
    String out = unwrapped(run.out());
    assertThat(run.out()).startsWith("credit-one-sided: " + m.title() + "\n");
    assertThat(out).contains("Principle: Knowing what will happen next (WHAT_NEXT)");
    for (FindingKind k : m.kinds()) {
      assertThat(out)
          .contains(k.name() + " (" + k.severity().name().toLowerCase(java.util.Locale.ROOT) + ")")
          .contains(k.description().substring(1))
          .contains("What the group could do next: " + k.nextStep());
    }
    assertThat(out)
        .contains(m.rationale() + " (Mark Brown, 2017)")
        .contains("If it's coproduction everyone involved will have made it what it is");
    // plain words first, the technical detail after a heading of its own
    assertThat(out.indexOf("What it looks for"))
        .isLessThan(out.indexOf("Why it matters"))
        .isLessThan(out.indexOf("Technical detail"));
    assertThat(out.indexOf("Technical detail"))
        .isLessThan(out.indexOf("Principle: "))
        .isLessThan(out.indexOf("Parameters"))
        .isLessThan(out.indexOf("Laws it obeys"));
    m.sources().forEach(s -> assertThat(out).contains(s));
    for (Law law : m.laws()) {
      assertThat(out).contains(law.name() + ": ");
    }
  }

  @Test
  void explainsEveryParameterWithItsDefaultAndWhereTheDefaultComesFrom() {
    for (RuleMetadata m : Rulebook.standard().metadata().filter(r -> !r.parameters().isEmpty())) {
      String out = unwrapped(ExplainCommand.text(m));
      for (Parameter<?> p : m.parameters()) {
        assertThat(out)
            .contains(p.name() + " = " + p.defaultValue())
            .contains("Default from: " + p.source());
      }
    }
  }

  @Test
  void explainsEveryStandardRuleWithinAHundredColumns() {
    for (RuleMetadata m : Rulebook.standard().metadata()) {
      ExplainCommand.text(m)
          .lines()
          .forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(Lines.WIDTH));
    }
    assertThat(Run.coprod("explain", "decision-share").out())
        .isEqualTo(
            ExplainCommand.text(Rulebook.standard().rule("decision-share").get().metadata()));
  }

  @Test
  void findsARenamedRuleByTheIdItHadAndSaysSo() {
    Run run = Run.coprod("explain", "token-presence").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.OK);
    assertThat(run.out())
        .startsWith("lone-voice: ")
        .contains("Formerly: token-presence (agreements and policies that use it still match)");
  }

  @Test
  void anUnknownRuleSuggestsTheNearestAndExitsTwo() {
    Run run = Run.coprod("explain", "credit-one-side").withoutStackTrace();
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("there is no rule 'credit-one-side'")
        .contains("did you mean 'credit-one-sided'?");
  }

  @Test
  void anUnknownRuleFarFromAnyNameSuggestsTheCatalogue() {
    Run run = Run.coprod("explain", "zzzzzzzzzz");
    assertThat(run.code()).isEqualTo(Coprod.BAD_INPUT);
    assertThat(run.err()).doesNotContain("did you mean").contains("'coprod rules' lists them all");
  }
}
