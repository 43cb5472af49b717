package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.project;

import java.math.BigDecimal;
import org.coprod.core.Agreement;
import org.coprod.core.AgreementVersion;
import org.coprod.core.CreditPolicy;
import org.coprod.core.DecisionRule;
import org.coprod.core.Ownership;
import org.coprod.core.PaymentTerms;
import org.coprod.core.Project;
import org.coprod.core.Support;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AgreementIncompleteTest {
  private final AgreementIncomplete rule = new AgreementIncomplete();

  /** A version that says everything the rule asks for. */
  static Agreement.Builder full() {
    return agreement()
        .decisionRule(DecisionRule.CONSENSUS)
        .payment(PaymentTerms.builder().ratePerHour(new BigDecimal("25")).currency("GBP").build())
        .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
        .ownership(Ownership.SHARED)
        .afterClose("Peer trainers run the sessions, funded by the Trust")
        .addGroundRule("Everyone speaks before anyone speaks twice")
        .disputes("Raised with the chair, then with the steering group")
        .stopClause("Any two members can ask for a pause; the group meets within a week")
        .support(
            Support.builder()
                .contact("The peer coordinator, by phone or text")
                .debrief("Half an hour after each session, with someone of the person's choosing")
                .disclosure("The facilitator follows the Trust's safeguarding steps, and says so")
                .independence("Nothing said here goes into anyone's care record")
                .build());
  }

  private static Project with(Agreement... versions) {
    return project().addParticipant(le("ana").build()).addAgreement(versions).build();
  }

  @Test
  void warnsAndListsEverythingABareAgreementLeavesOut() {
    Finding f = check(rule, with(agreement().build())).findings().single();
    assertThat(f.kind()).isEqualTo("incomplete");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(AgreementVersion.of(1));
    assertThat(f.evidence("missing"))
        .contains(
            "decisionRule,payment,credit,ownership,afterClose,groundRules,disputes,stopClause,support");
    assertThat(f.evidence("missingCount")).contains(9);
    assertThat(f.message())
        .isEqualTo(
            "The agreement leaves out things the group needs to agree. Version 1 of the"
                + " agreement says nothing of how the group decides, how people are paid, what"
                + " happens after the close, ground rules, how disputes are settled, how the group"
                + " may pause or stop the work or the support it offers, and leaves credit and"
                + " ownership undecided.");
  }

  @Test
  void passesAnAgreementThatSaysEverything() {
    assertThat(check(rule, with(full().build())).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsASingleGapAlone() {
    Finding f =
        check(rule, with(full().ownership(Ownership.UNDECIDED).build())).findings().single();
    assertThat(f.evidence("missing")).contains("ownership");
    assertThat(f.message())
        .isEqualTo(
            "The agreement leaves out things the group needs to agree. Version 1 of the"
                + " agreement leaves ownership undecided.");
    Finding g =
        check(rule, with(full().credit(CreditPolicy.UNDECIDED).build())).findings().single();
    assertThat(g.evidence("missing")).contains("credit");
  }

  @Test
  void acceptsOrganisationOwnershipAndCreditAsDecided() {
    Agreement decided =
        full().ownership(Ownership.ORGANISATION).credit(CreditPolicy.ORGANISATION_ONLY).build();
    assertThat(check(rule, with(decided)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void takesBlankTextForSilence() {
    Agreement blank =
        full().afterClose(" ").disputes("").groundRules(io.vavr.collection.List.of(" ")).build();
    Finding f = check(rule, with(blank)).findings().single();
    assertThat(f.evidence("missing")).contains("afterClose,groundRules,disputes");
  }

  @Test
  void looksOnlyAtTheVersionInForce() {
    Project p = with(agreement().build(), full().version(2).date(day(30)).build());
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    Finding before = check(rule, p, day(29)).findings().single();
    assertThat(before.subjects()).containsExactly(AgreementVersion.of(1));
  }

  @Test
  void doesNotApplyWithoutAnAgreementInForce() {
    Project p = with(full().date(day(30)).build());
    assertThat(check(rule, p, day(29)).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(check(rule, project().build()).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(AgreementIncomplete.ID);
  }

  @Test
  void asksHowTheGroupMayPauseOrStop() {
    Finding f = check(rule, with(full().stopClause(" ").build())).findings().single();
    assertThat(f.evidence("missing")).contains("stopClause");
    assertThat(f.message())
        .isEqualTo(
            "The agreement leaves out things the group needs to agree. Version 1 of the"
                + " agreement says nothing of how the group may pause or stop the work.");
  }

  @Test
  void asksForEachPartOfTheSupportLeftOut() {
    Agreement partial =
        full()
            .support(Support.builder().contact("The peer coordinator").debrief(" ").build())
            .build();
    Finding f = check(rule, with(partial)).findings().single();
    assertThat(f.evidence("missing"))
        .contains("support.debrief,support.disclosure,support.independence");
    assertThat(f.message())
        .isEqualTo(
            "The agreement leaves out things the group needs to agree. Version 1 of the"
                + " agreement says nothing of a debrief after hard sessions, what happens after"
                + " someone discloses risk or how taking part stays apart from people's own care.");
    Finding none =
        check(rule, with(full().support(io.vavr.control.Option.none()).build()))
            .findings()
            .single();
    assertThat(none.evidence("missing")).contains("support");
  }
}
