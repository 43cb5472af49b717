package org.coprod.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.coprod.core.CoprodStyle;
import org.immutables.value.Value;

/** How one rule's check ended: passed, findings, not applicable (and why), or error (and why). */
@Value.Immutable
@CoprodStyle
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
abstract class OutcomeDef {
  /** The id of the rule. */
  public abstract String rule();

  /** How it ended. */
  public abstract OutcomeStatus status();

  /** What was missing, or what went wrong. */
  public abstract Option<String> reason();

  /** What it found; empty unless the status is FINDINGS. */
  public abstract Seq<Finding> findings();

  /** The outcome of a rule that found nothing. */
  public static Outcome passed(String rule) {
    return Outcome.builder().rule(rule).status(OutcomeStatus.PASSED).build();
  }

  /** The outcome of a rule that found these (PASSED when there are none). */
  public static Outcome of(String rule, Iterable<Finding> findings) {
    Seq<Finding> all = io.vavr.collection.List.ofAll(findings);
    return Outcome.builder()
        .rule(rule)
        .status(all.isEmpty() ? OutcomeStatus.PASSED : OutcomeStatus.FINDINGS)
        .findings(all)
        .build();
  }

  /** The outcome of a rule that did not apply, saying what was missing. */
  public static Outcome notApplicable(String rule, String missing) {
    return Outcome.builder()
        .rule(rule)
        .status(OutcomeStatus.NOT_APPLICABLE)
        .reason(missing)
        .build();
  }

  /** The outcome of a rule that failed. */
  public static Outcome error(String rule, String cause) {
    return Outcome.builder().rule(rule).status(OutcomeStatus.ERROR).reason(cause).build();
  }

  @Value.Check
  void check() {
    if (status() != OutcomeStatus.FINDINGS && !findings().isEmpty()) {
      throw new IllegalArgumentException("only a FINDINGS outcome holds findings");
    }
    if (status() == OutcomeStatus.FINDINGS && findings().isEmpty()) {
      throw new IllegalArgumentException("a FINDINGS outcome holds at least one finding");
    }
    if ((status() == OutcomeStatus.NOT_APPLICABLE || status() == OutcomeStatus.ERROR)
        && reason().isEmpty()) {
      throw new IllegalArgumentException(status() + " needs a reason");
    }
    if (status() == OutcomeStatus.NOT_APPLICABLE) {
      // What was missing is a template that may name the sides; check it now, not in a report.
      reason().forEach(r -> FindingKind.words("reason", r));
    }
  }

  /**
   * The reason in a voice: what was missing, with the sides ({@code {le}} and {@code {pro}} in the
   * reason a rule gave) written with the voice's labels; an error's cause as it was given; empty
   * when there is none.
   */
  public String reason(Voice voice) {
    if (reason().isEmpty()) {
      return "";
    }
    return status() == OutcomeStatus.NOT_APPLICABLE
        ? FindingKind.words("reason", reason().get()).format(FindingKind.sideArguments(), voice)
        : reason().get();
  }

  /**
   * What a plain {@code ObjectMapper} finds to write: it throws, saying how to write a Outcome.
   * Jackson reads the annotation; nothing else calls it.
   */
  @JsonProperty("coprod")
  @SuppressWarnings("UnusedMethod") // called by Jackson through reflection, to refuse
  private Object refusedByPlainJackson() {
    throw JsonRefusal.of("Outcome");
  }
}
