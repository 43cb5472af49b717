package org.coprod.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.coprod.core.CoprodStyle;
import org.coprod.core.Id;
import org.immutables.value.Value;

/**
 * What a rule found: a prompt for the group to talk, never a verdict on people. It says what it
 * found in plain words, names its subjects by id, and gives the numbers it rests on.
 *
 * <p>Findings, outcomes and reports declare to Jackson that they have no properties, so an {@code
 * ObjectMapper} without coprod-jackson's module refuses to write them (it would otherwise write
 * {@code isAcknowledged()} alone); the annotation is needed only at compile time. With the module,
 * they are written as the JSON report holds them.
 */
@Value.Immutable
@CoprodStyle
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
abstract class FindingDef {
  /** The id of the rule that raised it. */
  public abstract String rule();

  /** Its kind, one of the rule's kinds. */
  public abstract String kind();

  /** The rule's principle. */
  public abstract Principle principle();

  /** Its severity, after the policy. */
  public abstract Severity severity();

  /**
   * The template of its message, one of its kind's; {@link #templateKey()} names it. Renderers fill
   * it with {@link #arguments()} in their own voice.
   */
  public abstract Template template();

  /** The typed arguments of its template, exactly the parameters it declares. */
  public abstract Seq<Argument> arguments();

  /**
   * What was found, in plain words: the template filled in the {@link Voice#plain() plain voice}
   * (the default side labels, ids in quotes). Reports write it in their own voice instead.
   */
  @Value.Derived
  public String message() {
    return template().format(arguments(), Voice.plain());
  }

  /** The template's key: {@code rule/kind/variant}. */
  public String templateKey() {
    return rule() + "/" + kind() + "/" + template().variant();
  }

  /** The people its arguments name, in the order they are named, each once. */
  public Seq<org.coprod.core.ParticipantId> peopleNamed() {
    return arguments().flatMap(Argument::people).distinct();
  }

  /** What it is about: people, decisions, outputs, agreement versions; sorted by id. */
  public abstract Seq<Id> subjects();

  /** The numbers it rests on, by name, in a stated order. */
  public abstract Seq<Evidence> evidence();

  /** The group's reason, when the agreement in force acknowledges it. */
  public abstract Option<String> acknowledged();

  /** Whether the group has acknowledged it. */
  public boolean isAcknowledged() {
    return acknowledged().isDefined();
  }

  /** The evidence with this name, if given. */
  public Option<Object> evidence(String name) {
    return evidence().find(e -> e.name().equals(name)).map(Evidence::value);
  }

  /**
   * A stable hash of the rule id, kind and sorted subjects (the first 16 hex digits of SHA-256), so
   * applications and baselines can tell new findings from old.
   */
  @Value.Derived
  public String fingerprint() {
    StringBuilder key = new StringBuilder(rule()).append('\n').append(kind());
    subjects().map(Id::value).sorted().forEach(s -> key.append('\n').append(s));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(key.toString().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        hex.append(String.format(java.util.Locale.ROOT, "%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Value.Check
  FindingDef sortSubjects() {
    Seq<Id> sorted = subjects().sortBy(Id::value);
    return sorted.equals(subjects()) ? this : Finding.copyOf(this).withSubjects(sorted);
  }

  /**
   * What a plain {@code ObjectMapper} finds to write: it throws, saying how to write a Finding.
   * Jackson reads the annotation; nothing else calls it.
   */
  @JsonProperty("coprod")
  @SuppressWarnings("UnusedMethod") // called by Jackson through reflection, to refuse
  private Object refusedByPlainJackson() {
    throw JsonRefusal.of("Finding");
  }
}
