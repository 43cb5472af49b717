package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.ContributionKind;
import org.coprod.core.CreditRole;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * The credit law for {@code credit-one-sided}, as far as the rule obeys it: crediting a person with
 * lived experience never adds a finding that leaves their side out, and on an output that already
 * has credit it adds no finding at all.
 */
class CreditOneSidedTest {
  private final CreditOneSided rule = new CreditOneSided();

  @Test
  void creditingThePersonWithLivedExperienceWhoShapedAnOutputClearsTheFinding() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(
                contribution("ana", 1, ContributionKind.IDEA, "report").build(),
                contribution("dana", 9, ContributionKind.WRITING, "report").build())
            .addOutput(output("report", "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.FINDINGS);
    Project credited =
        SmallProjects.withCredit(
            p, OutputId.of("report"), ParticipantId.of("ana"), Option.some(CreditRole.AUTHOR));
    assertThat(check(rule, credited).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  /**
   * Professionals credited on a report to which the person with lived experience gave {@code hours}
   * of {@code kind} and the professional 80 hours of writing.
   */
  private static Project report(double hours, ContributionKind kind, boolean closed) {
    Project.Builder b =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(
                contribution("ana", hours, kind, "report").build(),
                contribution("dana", 80, ContributionKind.WRITING, "report").build())
            .addOutput(output("report", "dana").build());
    return closed ? b.closed(org.coprod.rules.Fixtures.day(120)).build() : b.build();
  }

  @Test
  void flagsCreditOnOneSideAtTheCloseAsAConcern() {
    Outcome o = check(rule, report(20, ContributionKind.LABOUR, true));
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("one-sided");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.evidence("creditedSide")).contains("PROFESSIONAL");
    assertThat(f.evidence("otherSideHoursShare")).contains(0.2);
    assertThat(f.message()).startsWith("Just one side has all of the credit for 'report'.");
  }

  @Test
  void flagsCreditOnOneSideBeforeTheCloseAsANoteSoFar() {
    Finding f = check(rule, report(20, ContributionKind.LABOUR, false)).findings().single();
    assertThat(f.kind()).isEqualTo("one-sided-so-far");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.message()).startsWith("So far, just one side has all of the credit for 'report'.");
  }

  @Test
  void passesWhenTheOtherSideMadeNoSubstantialContribution() {
    // a fifth of the hours would be substantial; a little under it, of labour, is not
    assertThat(check(rule, report(19.9, ContributionKind.LABOUR, true)).status())
        .isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, report(0, ContributionKind.FEEDBACK, true)).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void anIdeaOrWritingIsSubstantialWhateverItsHours() {
    assertThat(check(rule, report(0.5, ContributionKind.IDEA, true)).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, report(0.5, ContributionKind.WRITING, true)).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, report(0.5, ContributionKind.REVIEW, true)).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenBothSidesAreCredited() {
    Project p = report(20, ContributionKind.LABOUR, true);
    Project both =
        SmallProjects.withCredit(
            p, OutputId.of("report"), ParticipantId.of("ana"), Option.some(CreditRole.CONTRIBUTOR));
    assertThat(check(rule, both).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWithoutAnOutputThatHasCredit() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 5, ContributionKind.IDEA, "report").build())
            .addOutput(output("report").build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.reason()).contains("no output has credit yet");
  }

  @Provide
  Arbitrary<Project> projects() {
    return SmallProjects.projects();
  }

  @Property
  void givingALivedExperienceContributorCreditNeverAddsAFindingThatLeavesLivedExperienceOut(
      @ForAll("projects") Project p, @ForAll int who, @ForAll int where, @ForAll int how) {
    Seq<ParticipantId> lived = SmallProjects.livedExperienceContributors(p);
    if (lived.isEmpty() || p.outputs().isEmpty()) {
      return;
    }
    Output target = p.outputs().get(Math.floorMod(where, p.outputs().size()));
    Seq<Option<CreditRole>> ways = SmallProjects.waysToCredit();
    Project credited =
        SmallProjects.withCredit(
            p,
            target.id(),
            lived.get(Math.floorMod(who, lived.size())),
            ways.get(Math.floorMod(how, ways.size())));
    Seq<String> before = SmallProjects.findings(rule, p).map(Finding::fingerprint);
    Seq<Finding> added =
        SmallProjects.findings(rule, credited).filter(f -> !before.contains(f.fingerprint()));
    assertThat(added.filter(f -> f.evidence("creditedSide").contains("PROFESSIONAL"))).isEmpty();
    if (!target.credited().isEmpty()) {
      assertThat(added).isEmpty();
    }
  }

  @Test
  void anIdeaOfNoHoursIsSubstantialAndItsShareIsNothing() {
    Finding f =
        check(
                rule,
                report(0, ContributionKind.IDEA, true)
                    .withContributions(
                        io.vavr.collection.List.of(
                            contribution("ana", 0, ContributionKind.IDEA, "report").build())))
            .findings()
            .single();
    assertThat(f.evidence("otherSideHoursShare")).contains(0.0);
  }
}
