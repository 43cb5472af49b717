package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.coprod.rules.Rule;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

class StandardRulesTest {
  private static String speech;

  /** The founding text, with typographic quotes made plain and spaces collapsed. */
  private static String speech() {
    if (speech == null) {
      try (var in = StandardRulesTest.class.getResourceAsStream("coproduction-speech.txt")) {
        speech = plain(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return speech;
  }

  private static String plain(String text) {
    return text.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replaceAll("[\\s\\u00a0]+", " ");
  }

  /**
   * The catalogue, in its order: ids never change (a renamed rule keeps its former ids), and rules
   * are grouped by principle.
   */
  private static final String[] CATALOGUE = {
    "decision-share",
    "preset-direction",
    "resource-control",
    "paid-unpaid",
    "rate-below-floor",
    "external-override",
    "lone-voice",
    "consultation-only",
    "claimed-level",
    "skills-unused",
    "professional-knowledge-unshared",
    "feedback-missing",
    "voice-gap",
    "dissent-unrecorded",
    "chair-one-sided",
    "purpose-missing",
    "suitability",
    "perspective-missing",
    "representation-gap",
    "agreement-missing",
    "agreement-incomplete",
    "agreement-unconsented",
    "unilateral-amendment",
    "agreement-unkept",
    "impact-unrecorded",
    "impact-untold",
    "story-consent",
    "story-burden",
    "role-undefined",
    "load-concentration",
    "accountability-undeclared",
    "response-overdue",
    "access-unmet",
    "availability-exceeded",
    "payment-terms-late",
    "payment-owed",
    "payment-late",
    "expenses-late",
    "benefits-barrier",
    "drop-off",
    "credit-one-sided",
    "credit-parity",
    "uncredited-contributor",
    "ownership-one-sided",
    "carry-forward-one-sided",
    "rewards-one-sided",
    "reciprocity-gap",
    "after-plan-missing",
    "stale-acknowledgement"
  };

  @Test
  void theStandardRulebookIsExactlyTheCatalogueInItsOrder() {
    assertThat(Rulebook.standard().rules().map(Rule::id)).containsExactly(CATALOGUE);
  }

  @Test
  void everyRuleIsNamedAfterItsIdAndQuotesTheFoundingText() {
    for (Rule rule : Rulebook.standard().rules()) {
      RuleMetadata m = rule.metadata();
      StringBuilder name = new StringBuilder();
      for (String part : m.id().split("-")) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
      assertThat(rule.getClass().getSimpleName()).as(m.id()).isEqualTo(name.toString());
      java.util.regex.Matcher quote =
          java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(m.rationale());
      assertThat(quote.find()).as(m.id() + " quotes the founding text").isTrue();
      do {
        String quoted = plain(quote.group(1)).replaceAll("[.,;:!?]+$", "");
        assertThat(speech().contains(quoted))
            .as(m.id() + " quotes the founding text word for word: " + quoted)
            .isTrue();
      } while (quote.find());
      assertThat(m.sources()).as(m.id()).isNotEmpty();
      assertThat(m.laws()).as(m.id()).isNotEmpty();
    }
  }

  @Test
  void theRenamedRulesAnswerToTheirFormerIds() {
    assertThat(Rulebook.standard().rule("lone-voice").get().metadata().formerIds())
        .containsExactly("token-presence");
    assertThat(
            Rulebook.standard()
                .rule("professional-knowledge-unshared")
                .get()
                .metadata()
                .formerIds())
        .containsExactly("service-knowledge-withheld");
    assertThat(Rulebook.standard().rules().flatMap(r -> r.metadata().formerIds())).hasSize(2);
  }

  /** Words the catalogue never uses of people: they blame, or call people less than they are. */
  private static final String[] HURTFUL = {
    "disadvantaged",
    "withheld",
    "token",
    "service users",
    "vulnerable",
    "hard to reach",
    "non-engaging",
    "dropped out"
  };

  @Test
  void theCatalogueSpeaksWithoutDeficitOrBlamingWords() {
    for (Rule rule : Rulebook.standard().rules()) {
      RuleMetadata m = rule.metadata();
      java.util.List<String> words = new java.util.ArrayList<>();
      words.add(m.id());
      words.add(m.title());
      words.add(m.summary());
      m.sources().forEach(words::add);
      m.kinds()
          .forEach(
              k -> {
                words.add(k.name());
                words.add(k.description());
                words.add(k.nextStep());
              });
      m.parameters()
          .forEach(
              p -> {
                words.add(p.name());
                words.add(p.description());
                words.add(p.source());
              });
      for (String w : words) {
        assertThat(w.toLowerCase(java.util.Locale.ROOT)).as(m.id()).doesNotContain(HURTFUL);
      }
    }
  }
}
