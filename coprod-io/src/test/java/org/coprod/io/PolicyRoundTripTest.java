package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.coprod.core.Problem;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Parameter;
import org.coprod.rules.Policy;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;

/**
 * Policies drawn at random from a rulebook's rules, parameters and kinds read back equal from
 * either format; broken policy files never make reading throw, and whatever reads fits the
 * rulebook.
 */
class PolicyRoundTripTest {
  private static final Rulebook RULEBOOK = PolicyTestRules.withCustomRule();

  /** The rulebook the policies are drawn for: the standard one, with a custom rule. */
  static Rulebook rulebook() {
    return RULEBOOK;
  }

  private static final double[] AWKWARD_NUMBERS = {
    0.0,
    -0.0,
    1.0,
    0.1 + 0.2,
    1e-9,
    1e-300,
    Double.MIN_VALUE,
    123456789.125,
    1e15,
    1e22,
    Double.MAX_VALUE
  };

  /**
   * A policy that fits the rulebook: each rule, at random, turned off, re-parameterised, re-graded.
   */
  static Policy policy(Random r) {
    Policy.Builder b = Policy.builder();
    for (RuleMetadata rule : RULEBOOK.metadata()) {
      if (r.nextInt(3) != 0) {
        continue;
      }
      String id = rule.id();
      if (r.nextInt(5) == 0) {
        b.disable(id);
      }
      for (Parameter<?> p : rule.parameters()) {
        if (r.nextBoolean()) {
          b.set(id, p.name(), value(p, r));
        }
      }
      if (r.nextInt(3) == 0) {
        b.severity(id, severity(r));
      }
      for (FindingKind k : rule.kinds()) {
        if (r.nextInt(3) == 0) {
          b.severity(id, k.name(), severity(r));
        }
      }
    }
    if (r.nextInt(3) == 0) {
      b.majorityVoice(r.nextBoolean() ? r.nextDouble() : r.nextInt(2));
    }
    return b.build();
  }

  private static Object value(Parameter<?> p, Random r) {
    if (p.type() == Boolean.class) {
      return r.nextBoolean();
    }
    if (p.type() == Integer.class) {
      return switch (r.nextInt(3)) {
        case 0 -> 0;
        case 1 -> Integer.MAX_VALUE;
        default -> r.nextInt(100);
      };
    }
    double d =
        r.nextBoolean()
            ? AWKWARD_NUMBERS[r.nextInt(AWKWARD_NUMBERS.length)]
            : r.nextDouble() * Math.pow(10, r.nextInt(7) - 3);
    // a share, a ratio or a coefficient lies between 0 and 1; hours, money and numbers are larger
    return p.accepts(d) ? d : r.nextDouble();
  }

  private static Severity severity(Random r) {
    return Severity.values()[r.nextInt(Severity.values().length)];
  }

  private static Validation<Seq<Problem>, Policy> read(byte[] bytes, Format format) {
    return PolicyFiles.read(new ByteArrayInputStream(bytes), format, "policy", RULEBOOK);
  }

  @Property(tries = 200)
  void aPolicyThatFitsTheRulebookReadsBackEqualFromEitherFormat(@ForAll long seed) {
    Policy policy = policy(new Random(seed));
    assertThat(policy.problems(RULEBOOK.metadata())).isEmpty();
    for (Format format : Format.values()) {
      String text = PolicyFiles.toText(policy, format);
      Validation<Seq<Problem>, Policy> back = read(text.getBytes(StandardCharsets.UTF_8), format);
      assertThat(back.isValid()).as("%s\n%s", text, back).isTrue();
      assertThat(back.get()).as(text).isEqualTo(policy);
      assertThat(PolicyFiles.toText(back.get(), format)).isEqualTo(text);
    }
  }

  @Property(tries = 200)
  void readingABrokenPolicyFileNeverThrowsAndWhateverReadsFitsTheRulebook(@ForAll long seed) {
    Random r = new Random(seed);
    Policy policy = policy(r);
    for (Format format : Format.values()) {
      byte[] bytes =
          NeverThrowsProperties.broken(
              PolicyFiles.toText(policy, format).getBytes(StandardCharsets.UTF_8), r);
      Validation<Seq<Problem>, Policy> read = read(bytes, format);
      if (read.isValid()) {
        assertThat(read.get().problems(RULEBOOK.metadata())).isEmpty();
      } else {
        assertThat(read.getError())
            .isNotEmpty()
            .allSatisfy(
                p -> {
                  assertThat(p.message()).isNotBlank();
                  assertThat(p.source()).contains("policy");
                  assertThat(p.line()).isNotEmpty();
                });
      }
    }
  }
}
