package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.check;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.day;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.output;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Id;
import org.coprod.core.Impact;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.Involvement;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class UncreditedContributorTest {
  private final UncreditedContributor rule = new UncreditedContributor();

  /**
   * A report by dana (credited) and ana, who gave {@code hours} of {@code kind} to it; 20 hours in
   * all.
   */
  private static Project.Builder report(double hours, ContributionKind kind) {
    return report(hours, kind, output("report", "dana"));
  }

  /** As above, with the report as given. */
  private static Project.Builder report(
      double hours, ContributionKind kind, Output.Builder report) {
    return project()
        .addParticipant(le("ana").build(), pro("dana").build())
        .addContribution(
            contribution("ana", hours, kind, "report").build(),
            contribution("dana", 20 - hours, ContributionKind.WRITING, "report").build())
        .addOutput(report.build());
  }

  @Test
  void flagsSomeoneWhoGaveHoursToAnOutputAndIsNotOnIt() {
    Outcome o = check(rule, report(6, ContributionKind.EXPERIENTIAL_KNOWLEDGE).build());
    Finding f = o.findings().single();
    assertThat(f.kind()).isEqualTo("uncredited");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana", "report");
    assertThat(f.evidence("hours").get()).isEqualTo(6.0);
    assertThat(f.evidence("hoursShare").get()).isEqualTo(0.3);
    assertThat(f.evidence("gaveIdeaOrWriting").get()).isEqualTo(false);
    assertThat(f.message())
        .isEqualTo(
            "'ana' is not named on what they helped make. They gave output 'report' 6 hours"
                + " (30% of all the hours given to it), and are neither credited nor acknowledged"
                + " on it.");
  }

  @Test
  void neverSaysWhichSideThePersonIsOn() {
    Finding f = check(rule, report(6, ContributionKind.LABOUR).build()).findings().single();
    assertThat(f.message()).doesNotContain("lived experience").doesNotContain("professional");
  }

  @Test
  void passesWhenThePersonIsCreditedAcknowledgedOrAnOwner() {
    for (Credit c :
        new Credit[] {
          Credit.of(ParticipantId.of("ana"), CreditRole.ACKNOWLEDGED),
          Credit.of(ParticipantId.of("ana"), CreditRole.PRESENTER)
        }) {
      Project p = report(6, ContributionKind.LABOUR, output("report", "dana").addCredit(c)).build();
      assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    }
    Project owned =
        report(
                6,
                ContributionKind.LABOUR,
                output("report", "dana").addOwner(ParticipantId.of("ana")))
            .build();
    assertThat(check(rule, owned).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsExactlyFivePercentOfTheHoursButNotJustUnder() {
    assertThat(check(rule, report(1.0, ContributionKind.LABOUR).build()).status())
        .isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(check(rule, report(0.9, ContributionKind.LABOUR).build()).status())
        .isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsTwoHoursOfALargeOutputButNotJustUnder() {
    Project.Builder big =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("dana", 98, ContributionKind.WRITING, "report").build())
            .addOutput(output("report", "dana").build());
    Project two =
        big.addContribution(contribution("ana", 2, ContributionKind.LABOUR, "report").build())
            .build();
    Outcome o = check(rule, two);
    assertThat(o.findings().single().evidence("hoursShare").get()).isEqualTo(0.02);
    Project under =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(
                contribution("dana", 98.1, ContributionKind.WRITING, "report").build(),
                contribution("ana", 1.9, ContributionKind.LABOUR, "report").build())
            .addOutput(output("report", "dana").build())
            .build();
    assertThat(check(rule, under).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void anOccasionalContributorsTwoHoursAtAFocusGroupAreNotAMissingCredit() {
    // Twelve occasional attendees give two hours each to a report of 100 hours from its authors.
    Project.Builder b =
        project()
            .addParticipant(pro("dana").build())
            .addContribution(contribution("dana", 100, ContributionKind.WRITING, "report").build())
            .addOutput(output("report", "dana").build());
    for (int i = 0; i < 12; i++) {
      b.addParticipant(le("fg" + i).involvement(Involvement.OCCASIONAL).build())
          .addContribution(contribution("fg" + i, 2, ContributionKind.FEEDBACK, "report").build());
    }
    assertThat(check(rule, b.build()).status()).isEqualTo(OutcomeStatus.PASSED);
    // A core person's two hours on the same report are.
    b.addParticipant(le("ana").build())
        .addContribution(contribution("ana", 2, ContributionKind.FEEDBACK, "report").build());
    assertThat(check(rule, b.build()).findings().single().subjects().map(x -> x.value()))
        .containsExactly("ana", "report");
  }

  @Test
  void anOccasionalContributorsIdeaDoesNotCountByItselfButTheirShareOfTheHoursDoes() {
    Project.Builder b =
        project()
            .addParticipant(
                pro("dana").build(), le("fg").involvement(Involvement.OCCASIONAL).build())
            .addContribution(contribution("dana", 100, ContributionKind.WRITING, "report").build())
            .addOutput(output("report", "dana").build());
    Project idea =
        b.addContribution(contribution("fg", 1, ContributionKind.IDEA, "report").build()).build();
    assertThat(check(rule, idea).status()).isEqualTo(OutcomeStatus.PASSED);
    Project share =
        b.addContribution(contribution("fg", 5, ContributionKind.FEEDBACK, "report").build())
            .build();
    assertThat(check(rule, share).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  @Test
  void anOccasionalContributorsIdeaCountsWhereAnImpactRecordsItAdoptedOrAdapted() {
    Project.Builder b =
        project()
            .addParticipant(
                pro("dana").build(), le("fg").involvement(Involvement.OCCASIONAL).build())
            .addContribution(
                contribution("dana", 100, ContributionKind.WRITING, "report").build(),
                contribution("fg", 1, ContributionKind.IDEA, "report")
                    .id(ContributionId.of("fg-idea"))
                    .build())
            .addOutput(output("report", "dana").build());
    // from the idea itself, adopted or adapted: it counts
    for (ImpactOutcome outcome :
        new ImpactOutcome[] {ImpactOutcome.ADOPTED, ImpactOutcome.ADAPTED}) {
      Project p =
          b.build().withImpacts(List.of(impact(outcome, ContributionId.of("fg-idea")).build()));
      assertThat(check(rule, p).findings().single().subjects().map(x -> x.value()))
          .containsExactly("fg", "report");
    }
    // from the person, naming the output it changed: it counts
    Project fromPerson =
        b.build()
            .withImpacts(
                List.of(
                    impact(ImpactOutcome.ADOPTED, ParticipantId.of("fg"))
                        .output(OutputId.of("report"))
                        .build()));
    assertThat(check(rule, fromPerson).status()).isEqualTo(OutcomeStatus.FINDINGS);
    // not adopted, still pending, from the person without the output: it does not
    for (Impact impact :
        new Impact[] {
          impact(ImpactOutcome.NOT_ADOPTED, ContributionId.of("fg-idea")).reason("cost").build(),
          impact(ImpactOutcome.PENDING, ContributionId.of("fg-idea")).build(),
          impact(ImpactOutcome.ADOPTED, ParticipantId.of("fg")).build()
        }) {
      assertThat(check(rule, b.build().withImpacts(List.of(impact))).status())
          .as(impact.outcome().name())
          .isEqualTo(OutcomeStatus.PASSED);
    }
  }

  private static Impact.Builder impact(ImpactOutcome outcome, Id from) {
    return Impact.builder()
        .id(ImpactId.of("change"))
        .date(day(20))
        .addFrom(from)
        .change("The report's opening was rewritten")
        .outcome(outcome);
  }

  @Test
  void someoneWhoTookTheirNameOffIsNotUncreditedOnIt() {
    Project withdrawn =
        report(
                6,
                ContributionKind.EXPERIENTIAL_KNOWLEDGE,
                output("report", "dana")
                    .addNameWithdrawn(NameWithdrawal.of(ParticipantId.of("ana"), day(30))))
            .build();
    assertThat(check(rule, withdrawn).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void flagsAnIdeaEvenWithoutHours() {
    Finding f = check(rule, report(0, ContributionKind.IDEA).build()).findings().single();
    assertThat(f.evidence("gaveIdeaOrWriting").get()).isEqualTo(true);
    assertThat(f.message())
        .startsWith(
            "'ana' is not named on what they helped make. They gave output 'report' an idea or"
                + " writing,");
  }

  @Test
  void flagsProfessionalsLeftOffJustTheSame() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(
                contribution("ana", 10, ContributionKind.WRITING, "leaflet").build(),
                contribution("dana", 10, ContributionKind.PROFESSIONAL_KNOWLEDGE, "leaflet")
                    .build())
            .addOutput(output("leaflet", "ana").build())
            .build();
    assertThat(check(rule, p).findings().single().subjects().map(s -> s.value()))
        .containsExactly("dana", "leaflet");
  }

  @Test
  void raisesOneFindingPerPersonAndOutput() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(
                contribution("ana", 3, ContributionKind.LABOUR, "report").build(),
                contribution("ana", 3, ContributionKind.IDEA, "report").build(),
                contribution("ana", 3, ContributionKind.LABOUR, "leaflet").build(),
                contribution("dana", 3, ContributionKind.LABOUR, "leaflet").build())
            .addOutput(output("report", "dana").build(), output("leaflet", "dana").build())
            .build();
    Outcome o = check(rule, p);
    assertThat(o.findings().map(f -> f.subjects().map(s -> s.value()).mkString(" ")))
        .containsExactlyInAnyOrder("ana report", "ana leaflet");
    assertThat(
            o.findings()
                .find(f -> f.subjects().exists(s -> s.value().equals("report")))
                .get()
                .evidence("hours")
                .get())
        .isEqualTo(6.0);
  }

  @Test
  void letsTheProjectStandInForEveryOutputWhenNoContributionNamesOne() {
    Project p =
        project()
            .addParticipant(le("ana").build(), pro("dana").build())
            .addContribution(contribution("ana", 4).build(), contribution("dana", 4).build())
            .addOutput(output("report", "dana", "ana").build(), output("leaflet", "dana").build())
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.subjects().map(s -> s.value())).containsExactly("ana", "leaflet");
    assertThat(f.message())
        .isEqualTo(
            "'ana' is not named on what they helped make. They gave 4 hours (50% of all hours) to"
                + " the project (their contributions name no output), and are neither credited nor"
                + " acknowledged on output 'leaflet'.");
  }

  @Test
  void doesNotApplyBeforeTheProjectHasAnOutput() {
    Project p = report(6, ContributionKind.LABOUR).build();
    // The report is dated day 100; on day 50 it is not made yet.
    Outcome o = check(rule, p, day(50));
    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.reason().get()).contains("no output");
  }

  @Test
  void creditingTheContributorClearsTheFinding() {
    Project p = report(6, ContributionKind.LABOUR).build();
    Project credited =
        SmallProjects.withCredit(
            p, OutputId.of("report"), ParticipantId.of("ana"), Option.some(CreditRole.CONTRIBUTOR));
    assertThat(check(rule, credited).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Provide
  Arbitrary<Project> projects() {
    return SmallProjects.projects();
  }

  @Property
  void givingALivedExperienceContributorCreditNeverAddsAFinding(
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
    assertThat(SmallProjects.findings(rule, credited).map(Finding::fingerprint))
        .isSubsetOf(SmallProjects.findings(rule, p).map(Finding::fingerprint));
  }
}
