package org.coprod.core;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One version of the working agreement: how the group decides, pays, credits and owns, what happens
 * after the close, and which imbalances it acknowledges. "Setting the contract for how you'll work
 * together is a huge step towards actually getting something you'll all be proud of."
 */
@Value.Immutable
@CoprodStyle
abstract class AgreementDef {
  /** The version number; versions increase with their dates. */
  public abstract int version();

  /** The day this version was made. */
  public abstract LocalDate date();

  /** Who consented to it, and when. */
  public abstract Seq<Consent> consents();

  /** How the group decides, if the agreement says. */
  public abstract Option<DecisionRule> decisionRule();

  /** The payment terms, if any were agreed. */
  public abstract Option<PaymentTerms> payment();

  /** What it says about credit; {@link CreditPolicy#UNDECIDED} by default. */
  @Value.Default
  public CreditPolicy credit() {
    return CreditPolicy.UNDECIDED;
  }

  /** Who may use, adapt and deliver the outputs; {@link Ownership#UNDECIDED} by default. */
  @Value.Default
  public Ownership ownership() {
    return Ownership.UNDECIDED;
  }

  /** What happens after the close, if the agreement says. */
  public abstract Option<String> afterClose();

  /** The ground rules. */
  public abstract Seq<String> groundRules();

  /** How disputes are settled, if the agreement says. */
  public abstract Option<String> disputes();

  /** What happens when a board or funder overrides the group, if the agreement says. */
  public abstract Option<String> outsideLines();

  /** Decision types declared non-shareable, such as statutory duties. */
  public abstract Seq<DecisionType> reservedDecisions();

  /** The imbalances the group acknowledges openly. */
  public abstract Seq<Acknowledgement> acknowledged();

  /** How people with lived experience were found and invited, if the agreement says. */
  public abstract Option<String> recruitment();

  /** The training offered to the people taking part, if the agreement says. */
  public abstract Option<String> training();

  /**
   * Days within which the people an impact came from are told what became of it; 28 by default; not
   * negative.
   */
  @Value.Default
  public int feedbackWithinDays() {
    return 28;
  }

  /** How the group may pause or stop the work, if the agreement says. */
  public abstract Option<String> stopClause();

  /** The support and safeguarding the agreement sets out, if it does. */
  public abstract Option<Support> support();

  /** Whether a person consented to this version. */
  public boolean isConsentedBy(ParticipantId participant) {
    return consents().exists(c -> c.participant().equals(participant));
  }

  /** Whether decisions of this type are reserved (not shareable) under this version. */
  public boolean reserves(DecisionType type) {
    return reservedDecisions().contains(type);
  }
}
