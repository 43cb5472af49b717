package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Involvement;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Policy;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class CreditParityTest {
  private final CreditParity rule = new CreditParity();

  /**
   * A report made by {@code lived} people with lived experience and {@code professional}
   * professionals, 3 hours of labour each; the first {@code livedCredited} and {@code
   * professionalCredited} of each side are its authors.
   */
  private static Project.Builder report(
      int lived, int livedCredited, int professional, int professionalCredited) {
    Project.Builder b = project();
    Output.Builder report = output("report");
    for (int i = 0; i < lived; i++) {
      b.addParticipant(le("le" + i).build())
          .addContribution(contribution("le" + i, 3, ContributionKind.LABOUR, "report").build());
      if (i < livedCredited) {
        report.addCredit(Credit.of(ParticipantId.of("le" + i), CreditRole.AUTHOR));
      }
    }
    for (int i = 0; i < professional; i++) {
      b.addParticipant(pro("pro" + i).build())
          .addContribution(contribution("pro" + i, 3, ContributionKind.LABOUR, "report").build());
      if (i < professionalCredited) {
        report.addCredit(Credit.of(ParticipantId.of("pro" + i), CreditRole.AUTHOR));
      }
    }
    return b.addOutput(report.build());
  }

  @Test
  void beforeTheCloseTheSameGapIsANoteSoFar() {
    Finding f = check(rule, report(4, 2, 3, 3).build()).findings().single();
    assertThat(f.kind()).isEqualTo("under-four-fifths-so-far");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.message()).startsWith("So far, 2 of the 4");
  }

  @Test
  void flagsCreditThatReachesFewerOfThePeopleWithLivedExperienceWhoMadeTheOutput() {
    Outcome o = check(rule, report(4, 2, 3, 3).closed(day(200)).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("under-four-fifths");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("test");
    assertThat(f.evidence("overlookedSide").get()).isEqualTo("LIVED_EXPERIENCE");
    assertThat(f.evidence("livedExperienceRate").get()).isEqualTo(0.5);
    assertThat(f.evidence("professionalRate").get()).isEqualTo(1.0);
    assertThat(f.evidence("livedExperienceEligible").get()).isEqualTo(4);
    assertThat(f.evidence("livedExperienceCredited").get()).isEqualTo(2);
    assertThat(f.evidence("professionalEligible").get()).isEqualTo(3);
    assertThat(f.evidence("professionalCredited").get()).isEqualTo(3);
    assertThat(f.message())
        .isEqualTo(
            "2 of the 4 people with lived experience who made a substantial contribution to an output"
                + " are credited on one they contributed to (50%), against 3 of 3 professionals (100%): under 80% of their rate."
                + " With fewer than 5 people on a side, one person more or less moves these rates a"
                + " lot (Fisher's exact test: p = 0.43).");
    // Two-sided, as R's fisher.test: P(2) + P(4) of the hypergeometric table = (6 + 3) / 21.
    assertThat((Double) f.evidence("fisherExactP").get()).isCloseTo(9.0 / 21, within(1e-12));
  }

  @Test
  void flagsProfessionalsLeftOutJustTheSame() {
    Finding f = check(rule, report(3, 3, 4, 2).build()).findings().single();
    assertThat(f.evidence("overlookedSide").get()).isEqualTo("PROFESSIONAL");
  }

  @Test
  void someoneWhoTookTheirNameOffIsNotCountedAsUncredited() {
    // le2 and le3 asked to be taken off the report: 2 of 2 people with lived experience are then
    // credited, as are 3 of 3 professionals.
    Project p = report(4, 2, 3, 3).build();
    Project withdrawn =
        p.withOutputs(
            p.outputs()
                .map(
                    o ->
                        o.withNameWithdrawn(
                            io.vavr.collection.List.of(
                                NameWithdrawal.of(ParticipantId.of("le2"), day(20)),
                                NameWithdrawal.of(ParticipantId.of("le3"), day(20))))));
    assertThat(check(rule, withdrawn).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesWhenBothSidesAreCreditedAlike() {
    assertThat(check(rule, report(3, 3, 2, 2).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    assertThat(check(rule, report(2, 1, 2, 1).build()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void passesAtExactlyFourFifthsAndFlagsJustUnder() {
    // 4 of 5 is 0.8 of 2 of 2: at the boundary, not under it.
    assertThat(check(rule, report(5, 4, 2, 2).build()).status()).isEqualTo(OutcomeStatus.PASSED);
    // 3 of 4 is 0.75 of the professionals' rate.
    assertThat(
            check(rule, report(4, 3, 2, 2).build()).findings().single().evidence("rateRatio").get())
        .isEqualTo(0.75);
  }

  /**
   * Two credited authors on each side, and a third person with lived experience who gave {@code
   * hours}.
   */
  private static Project withThirdPerson(
      double hours, ContributionKind kind, double professionalHours) {
    return report(2, 2, 2, 2)
        .addParticipant(le("le2").build())
        .addContribution(contribution("le2", hours, kind, "report").build())
        .addParticipant(pro("pro9").build())
        .addContribution(
            contribution("pro9", professionalHours, ContributionKind.LABOUR, "report").build())
        .build();
  }

  @Test
  void countsSomeoneWithExactlyFivePercentOfTheHoursButNotJustUnder() {
    // 12 hours from the authors; le2 and pro9 bring the output to 20 hours. pro9 is uncredited,
    // so professionals are eligible 3, credited 2 either way.
    Outcome atShare = check(rule, withThirdPerson(1.0, ContributionKind.LABOUR, 7.0));
    assertThat(atShare.status()).isEqualTo(OutcomeStatus.PASSED); // 2 of 3 against 2 of 3
    Outcome under = check(rule, withThirdPerson(0.9, ContributionKind.LABOUR, 7.1));
    // le2 is not eligible: 2 of 2 against 2 of 3, and professionals are now under four-fifths.
    assertThat(under.findings().single().evidence("livedExperienceEligible").get()).isEqualTo(2);
    assertThat(under.findings().single().evidence("overlookedSide").get())
        .isEqualTo("PROFESSIONAL");
  }

  @Test
  void countsSomeoneWithTwoHoursOfALargeOutputButNotJustUnder() {
    // 12 + 2 + 86 = 100 hours: 2 hours is 2% of them, and still substantial.
    Outcome atHours = check(rule, withThirdPerson(2.0, ContributionKind.LABOUR, 86.0));
    assertThat(atHours.status()).isEqualTo(OutcomeStatus.PASSED);
    Outcome under = check(rule, withThirdPerson(1.9, ContributionKind.LABOUR, 86.1));
    assertThat(under.findings().single().evidence("livedExperienceEligible").get()).isEqualTo(2);
  }

  /**
   * Two credited authors on each side, 80 hours in all, and {@code attendees} occasional people
   * with lived experience who each gave two hours at a focus group for the report, none credited.
   */
  private static Project withFocusGroup(int attendees) {
    Project.Builder b = report(2, 2, 2, 2);
    b.addContribution(contribution("pro0", 68, ContributionKind.WRITING, "report").build());
    for (int i = 0; i < attendees; i++) {
      b.addParticipant(le("fg" + i).involvement(Involvement.OCCASIONAL).build())
          .addContribution(contribution("fg" + i, 2, ContributionKind.FEEDBACK, "report").build());
    }
    return b.build();
  }

  @Test
  void twelveOccasionalFocusGroupAttendeesDoNotSinkTheirSidesRate() {
    // Two hours of the 104 is under 5% of the report's hours: not substantial for an occasional
    // person, whom the two-hour clause does not cover.
    assertThat(check(rule, withFocusGroup(12)).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void anOccasionalPersonsHoursStillCountAsAShareOfTheOutputsHours() {
    // On a small output, two hours of 16 is 12.5%: substantial, whoever gave them.
    Project.Builder b = report(2, 2, 2, 2);
    b.addParticipant(le("fg0").involvement(Involvement.OCCASIONAL).build())
        .addContribution(contribution("fg0", 2, ContributionKind.FEEDBACK, "report").build());
    Project small = b.build();
    assertThat(check(rule, small).findings().single().evidence("livedExperienceEligible").get())
        .isEqualTo(3);
  }

  @Test
  void theSameTwoHoursFromACorePersonAreSubstantial() {
    Project.Builder core = report(2, 2, 2, 2);
    core.addContribution(contribution("pro0", 68, ContributionKind.WRITING, "report").build())
        .addParticipant(le("le9").build())
        .addContribution(contribution("le9", 2, ContributionKind.FEEDBACK, "report").build());
    assertThat(
            check(rule, core.build()).findings().single().evidence("livedExperienceEligible").get())
        .isEqualTo(3);
  }

  @Test
  void anOccasionalPersonsIdeaDoesNotCountByItself() {
    Project.Builder b = report(2, 2, 2, 2);
    b.addContribution(contribution("pro0", 68, ContributionKind.WRITING, "report").build())
        .addParticipant(le("fg0").involvement(Involvement.OCCASIONAL).build())
        .addContribution(contribution("fg0", 0.5, ContributionKind.IDEA, "report").build());
    assertThat(check(rule, b.build()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void countsAnIdeaHoweverShort() {
    Outcome idea = check(rule, withThirdPerson(0.1, ContributionKind.IDEA, 86.0));
    assertThat(idea.status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotCountCreditOnAnOutputThePersonDidNotContributeTo() {
    Project p = report(3, 2, 2, 2).addOutput(output("leaflet", "le2").build()).build();
    assertThat(check(rule, p).findings().single().evidence("livedExperienceCredited").get())
        .isEqualTo(2);
  }

  @Test
  void countsCreditAnywhereWhenNoContributionNamesAnOutput() {
    Project p =
        project()
            .addParticipant(
                le("le0").build(), le("le1").build(), pro("pro0").build(), pro("pro1").build())
            .addContribution(
                contribution("le0", 3).build(),
                contribution("le1", 3).build(),
                contribution("pro0", 3).build(),
                contribution("pro1", 3).build())
            .addOutput(
                output("report", "pro0", "pro1", "le0").build(), output("leaflet", "le1").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyBeforeAnyOutputHasCredit() {
    Outcome o = check(rule, report(3, 0, 3, 0).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.reason().get()).contains("no output has credit");
  }

  @Test
  void doesNotApplyWithFewerThanTwoSubstantialContributorsOnASide() {
    Outcome o = check(rule, report(1, 0, 3, 3).build());
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Policy one = Policy.builder().set(CreditParity.ID, "minGroup", 1).build();
    assertThat(check(rule, report(1, 0, 3, 3).build(), one).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void aPolicyCanLowerTheRatio() {
    Policy lower = Policy.builder().set(CreditParity.ID, "minRatio", 0.5).build();
    assertThat(check(rule, report(4, 2, 3, 3).build(), lower).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void creditingTheLeftOutPeopleWithLivedExperienceClearsTheFinding() {
    Project p = report(4, 2, 3, 3).build();
    Project credited =
        SmallProjects.withCredit(
            SmallProjects.withCredit(
                p,
                OutputId.of("report"),
                ParticipantId.of("le2"),
                Option.some(CreditRole.CONTRIBUTOR)),
            OutputId.of("report"),
            ParticipantId.of("le3"),
            Option.none());
    assertThat(check(rule, credited).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Provide
  Arbitrary<Project> projects() {
    return SmallProjects.projects();
  }

  @Property
  void givingALivedExperienceContributorCreditNeverAddsAFindingAgainstLivedExperience(
      @ForAll("projects") Project p, @ForAll int who, @ForAll int where, @ForAll int how) {
    Seq<ParticipantId> lived = SmallProjects.livedExperienceContributors(p);
    Assume.that(!lived.isEmpty() && !p.outputs().isEmpty());
    Seq<Option<CreditRole>> ways = SmallProjects.waysToCredit();
    Project credited =
        SmallProjects.withCredit(
            p,
            p.outputs().get(Math.floorMod(where, p.outputs().size())).id(),
            lived.get(Math.floorMod(who, lived.size())),
            ways.get(Math.floorMod(how, ways.size())));
    Seq<Finding> before = SmallProjects.findings(rule, p);
    Seq<Finding> after = SmallProjects.findings(rule, credited);
    assertThat(
            after
                .filter(f -> f.evidence("overlookedSide").contains("LIVED_EXPERIENCE"))
                .map(Finding::fingerprint))
        .isSubsetOf(before.map(Finding::fingerprint));
  }
}
