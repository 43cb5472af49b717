package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import org.coprod.core.AgreementVersion;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rule;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AccountabilityUndeclaredTest {
  private final AccountabilityUndeclared rule = new AccountabilityUndeclared();

  private static Project.Builder withAManagerWhoAnswersToTheBoard() {
    return project()
        .addParticipant(le("ana").build(), pro("dana").accountableTo("Trust board").build());
  }

  @Test
  void notesAnOutsideLineTheAgreementSaysNothingOf() {
    Project p = withAManagerWhoAnswersToTheBoard().addAgreement(agreement().build()).build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.kind()).isEqualTo("undeclared");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.subjects()).containsExactly(AgreementVersion.of(1));
    assertThat(f.message())
        .isEqualTo(
            "'dana' answers to someone outside the group. Version 1 of the agreement does"
                + " not say what happens when such a line overrules the group.");
    assertThat(f.message()).doesNotContain("Trust board");
  }

  @Test
  void passesWhenTheAgreementSaysWhatOutsideLinesMayDo() {
    Project p =
        withAManagerWhoAnswersToTheBoard()
            .addAgreement(
                agreement()
                    .outsideLines("The Trust board may overrule budget decisions and must say why")
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void takesBlankTextForSilence() {
    Project p =
        withAManagerWhoAnswersToTheBoard()
            .addAgreement(agreement().outsideLines("  ").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
    Project blankLine = project().addParticipant(pro("dana").accountableTo(" ").build()).build();
    assertThat(check(rule, blankLine).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void speaksOfTheProjectWhenNoAgreementIsInForce() {
    Project p =
        withAManagerWhoAnswersToTheBoard()
            .addAgreement(agreement().date(day(30)).outsideLines("Said").build())
            .build();
    Finding f = check(rule, p, day(29)).findings().single();
    assertThat(f.subjects()).containsExactly(ProjectId.of("test"));
    assertThat(f.evidence("agreementInForce")).contains(false);
    assertThat(check(rule, p, day(30)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void raisesOneFindingThatNamesEveryoneWhoAnswersOutside() {
    Project p =
        project()
            .addParticipant(
                pro("dana").accountableTo("Trust board").build(),
                le("ana").build(),
                pro("eve").accountableTo("Funder").build(),
                le("bo").accountableTo("Peer network").build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("answeringOutside")).contains(3);
    // named in the order of their ids, whatever the order of the list
    assertThat(f.message())
        .startsWith("'bo', 'dana' and 'eve' answer to someone outside the group");
  }

  @Test
  void doesNotApplyWhenNobodyAnswersToAnOutsideLine() {
    Project p = project().addParticipant(le("ana").build(), pro("dana").build()).build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void isRegisteredAsAStandardRule() {
    assertThat(StandardRules.all().map(Rule::id)).contains(AccountabilityUndeclared.ID);
  }
}
