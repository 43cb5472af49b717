package org.coprod.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.rules.Fixtures.agreement;
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
import org.coprod.core.CreditPolicy;
import org.coprod.core.CreditPreference;
import org.coprod.core.CreditRole;
import org.coprod.core.NameWithdrawal;
import org.coprod.core.OutputId;
import org.coprod.core.Ownership;
import org.coprod.core.ParticipantId;
import org.coprod.core.Project;
import org.coprod.rules.Finding;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

class AgreementUnkeptTest {
  private final AgreementUnkept rule = new AgreementUnkept();

  /**
   * The agreement of day 0 promises every contributor named; dana (the coordinator) and three peer
   * facilitators contribute to the interim report on day 10; it names dana alone, on day 100.
   */
  private static Project.Builder interim() {
    return project()
        .addParticipant(
            pro("dana").build(), le("fa1").build(), le("fa2").build(), le("fa3").build())
        .addAgreement(agreement().credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED).build())
        .addContribution(
            contribution("dana", 10, ContributionKind.WRITING, "interim").build(),
            contribution("fa1", 4, ContributionKind.IDEA, "interim").build(),
            contribution("fa2", 4, ContributionKind.IDEA, "interim").build(),
            contribution("fa3", 1, ContributionKind.FEEDBACK, "interim").build())
        .addOutput(output("interim", "dana").build());
  }

  @Test
  void aPromiseOfEveryContributorNamedBrokenAtTheCloseIsAConcern() {
    Finding f = check(rule, interim().closed(day(120)).build()).findings().single();
    assertThat(f.kind()).isEqualTo("unkept");
    assertThat(f.severity()).isEqualTo(Severity.CONCERN);
    assertThat(f.subjects()).containsExactly(OutputId.of("interim"));
    assertThat(f.evidence("broken").get()).isEqualTo("named");
    assertThat(f.evidence("contributors").get()).isEqualTo(4);
    assertThat(f.evidence("unnamedContributors").get()).isEqualTo(3);
    assertThat(f.evidence("promisedNamedIn").get()).isEqualTo("1");
    assertThat(f.message())
        .isEqualTo(
            "A promise in the agreement was not kept. It promised that everyone who contributed"
                + " would be named (version 1), but"
                + " 3 of the 4 people who contributed to output 'interim' are neither credited nor"
                + " acknowledged on it.");
  }

  @Test
  void beforeTheCloseItIsANoteSoFar() {
    Finding f = check(rule, interim().build()).findings().single();
    assertThat(f.kind()).isEqualTo("unkept-so-far");
    assertThat(f.severity()).isEqualTo(Severity.NOTE);
    assertThat(f.message()).startsWith("So far, a promise in the agreement is not kept.");
  }

  @Test
  void passesWhenEveryoneIsCreditedOrAcknowledgedAndLeavesOutThoseWhoAskedNotToBeNamed() {
    Project p =
        interim()
            .outputs(
                io.vavr.collection.List.of(
                    output("interim", "dana")
                        .addCredit(
                            Credit.of(ParticipantId.of("fa1"), CreditRole.CONTRIBUTOR),
                            Credit.of(ParticipantId.of("fa2"), CreditRole.ACKNOWLEDGED))
                        .addOwner(ParticipantId.of("fa3"))
                        .build()))
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    // fa3 asked to stay anonymous: the promise to name people is not a promise to name them.
    Project anonymous =
        Project.builder()
            .from(p)
            .participants(
                p.participants()
                    .map(
                        x ->
                            x.id().value().equals("fa3")
                                ? x.withCreditPreference(CreditPreference.ANONYMOUS)
                                : x))
            .outputs(
                p.outputs()
                    .map(o -> o.withOwners(io.vavr.collection.List.of(ParticipantId.of("dana")))))
            .build();
    assertThat(check(rule, anonymous).status()).isEqualTo(OutcomeStatus.PASSED);
    // fa3 asked to be taken off it: taking one's name off is a choice, not a broken promise.
    Project withdrawn =
        p.withOutputs(
            p.outputs()
                .map(
                    o ->
                        o.withOwners(io.vavr.collection.List.of(ParticipantId.of("dana")))
                            .withNameWithdrawn(
                                io.vavr.collection.List.of(
                                    NameWithdrawal.of(ParticipantId.of("fa3"), day(110))))));
    assertThat(check(rule, withdrawn).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void aLaterVersionCannotTakeBackWhatWasPromisedWhileTheWorkWasDone() {
    // Version 2, on day 50, says credit goes by role; the contributions of day 10 were made under
    // version 1's promise.
    Project p =
        interim()
            .addAgreement(agreement().version(2).date(day(50)).credit(CreditPolicy.BY_ROLE).build())
            .build();
    assertThat(check(rule, p).findings().single().evidence("promisedNamedIn").get()).isEqualTo("1");
  }

  @Test
  void aPromiseMadeAfterTheOutputAndItsWorkDoesNotReachBack() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("fa1").build())
            .addAgreement(agreement().credit(CreditPolicy.BY_ROLE).build())
            .addAgreement(
                agreement()
                    .version(2)
                    .date(day(101))
                    .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                    .build())
            .addContribution(
                contribution("dana", 10, ContributionKind.WRITING, "interim").build(),
                contribution("fa1", 4, ContributionKind.IDEA, "interim").build())
            .addOutput(output("interim", "dana").build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    // On the output's own day, the promise in force counts even with the work done before it.
    Project onTheDay =
        Project.builder()
            .from(p)
            .agreements(p.agreements().map(a -> a.version() == 2 ? a.withDate(day(100)) : a))
            .build();
    assertThat(check(rule, onTheDay).status()).isEqualTo(OutcomeStatus.FINDINGS);
  }

  /** Shared ownership promised; the report is owned by the owners given. */
  private static Project shared(String... owners) {
    org.coprod.core.Output.Builder report = output("report", "dana", "fa1");
    for (String o : owners) {
      report.addOwner(ParticipantId.of(o));
    }
    return project()
        .addParticipant(pro("dana").build(), le("fa1").build())
        .addAgreement(agreement().ownership(Ownership.SHARED).build())
        .addContribution(
            contribution("dana", 10, ContributionKind.WRITING, "report").build(),
            contribution("fa1", 4, ContributionKind.IDEA, "report").build())
        .addOutput(report.build())
        .build();
  }

  @Test
  void aPromiseOfSharedOwnershipBrokenByOwnersAllOnOneSide() {
    Finding f = check(rule, shared("dana")).findings().single();
    assertThat(f.evidence("broken").get()).isEqualTo("ownership");
    assertThat(f.evidence("ownerSide").get()).isEqualTo("PROFESSIONAL");
    assertThat(f.message())
        .contains(
            "shared ownership (version 1), but output 'report' is owned by professionals only")
        .contains("though people with lived experience contributed to it");
    assertThat(check(rule, shared("dana", "fa1")).status()).isEqualTo(OutcomeStatus.PASSED);
    // No owner at all is ownership-one-sided's matter.
    assertThat(check(rule, shared()).status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void bothPromisesBrokenOnOneOutputGiveOneFinding() {
    Project p =
        Project.builder()
            .from(interim().build())
            .agreements(
                io.vavr.collection.List.of(
                    agreement()
                        .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                        .ownership(Ownership.SHARED)
                        .build()))
            .outputs(
                io.vavr.collection.List.of(
                    output("interim", "dana").addOwner(ParticipantId.of("dana")).build()))
            .build();
    Finding f = check(rule, p).findings().single();
    assertThat(f.evidence("broken").get()).isEqualTo("named,ownership");
    assertThat(f.message()).contains("; and it promised shared ownership");
  }

  @Test
  void whereNoContributionNamesAnOutputEveryContributionCounts() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("fa1").build())
            .addAgreement(agreement().credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED).build())
            .addContribution(contribution("dana", 10).build(), contribution("fa1", 4).build())
            .addOutput(output("interim", "dana").build(), output("poster", "dana", "fa1").build())
            .build();
    assertThat(check(rule, p).findings().flatMap(f -> f.subjects()).map(x -> x.value()))
        .containsExactly("interim");
  }

  @Test
  void doesNotApplyWithoutAnOutputOrAPromise() {
    Project noOutput =
        project()
            .addParticipant(pro("dana").build())
            .addAgreement(agreement().credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED).build())
            .build();
    assertThat(check(rule, noOutput).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    Project noPromise =
        Project.builder()
            .from(interim().build())
            .agreements(
                io.vavr.collection.List.of(agreement().credit(CreditPolicy.BY_ROLE).build()))
            .build();
    assertThat(check(rule, noPromise).status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Provide
  Arbitrary<Project> promising() {
    return SmallProjects.projects()
        .map(
            p ->
                Project.builder()
                    .from(p)
                    .addAgreement(
                        agreement()
                            .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                            .ownership(Ownership.SHARED)
                            .build())
                    .build());
  }

  @Property
  void givingALivedExperienceContributorCreditNeverAddsAnAgreementUnkeptFinding(
      @ForAll("promising") Project p, @ForAll int who, @ForAll int where, @ForAll int how) {
    Seq<ParticipantId> lived = SmallProjects.livedExperienceContributors(p);
    Assume.that(!lived.isEmpty() && !p.outputs().isEmpty());
    Seq<Option<CreditRole>> ways =
        SmallProjects.waysToCredit().filter(Option::isDefined); // credits, not ownership
    Project credited =
        SmallProjects.withCredit(
            p,
            p.outputs().get(Math.floorMod(where, p.outputs().size())).id(),
            lived.get(Math.floorMod(who, lived.size())),
            ways.get(Math.floorMod(how, ways.size())));
    assertThat(SmallProjects.findings(rule, credited).map(Finding::fingerprint))
        .isSubsetOf(SmallProjects.findings(rule, p).map(Finding::fingerprint));
  }

  @Test
  void theTellerOfAnAnonymisedStoryIsNeverAskedToBeNamedOrToOwnWhatItFeeds() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(
                agreement()
                    .credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED)
                    .ownership(org.coprod.core.Ownership.SHARED)
                    .build())
            .addContribution(
                contribution("dana", 10, ContributionKind.WRITING, "leaflet").build(),
                contribution("ana", 1, ContributionKind.STORY, "leaflet")
                    .consent(org.coprod.core.StoryConsent.builder().anonymised(true).build())
                    .build())
            .addOutput(
                output("leaflet", "dana")
                    .addOwner(org.coprod.core.ParticipantId.of("dana"))
                    .build())
            .build();
    assertThat(check(rule, p).status()).isEqualTo(OutcomeStatus.PASSED);
    // Told without anonymity, the same story is a contribution like any other.
    Project named =
        Project.builder()
            .from(p)
            .contributions(
                p.contributions()
                    .map(c -> c.withConsent(c.consent().map(k -> k.withAnonymised(false)))))
            .build();
    assertThat(check(rule, named).findings().single().evidence("broken").get())
        .isEqualTo("named,ownership");
  }

  @Test
  void whoToldAnAnonymisedStoryAndGaveAnOutputMoreIsAContributorToThatOutputOnly() {
    Project p =
        project()
            .addParticipant(pro("dana").build(), le("ana").build())
            .addAgreement(agreement().credit(CreditPolicy.ALL_CONTRIBUTORS_NAMED).build())
            .addContribution(
                contribution("dana", 10, ContributionKind.WRITING, "leaflet").build(),
                contribution("dana", 10, ContributionKind.WRITING, "film").build(),
                contribution("ana", 1, ContributionKind.STORY, "leaflet")
                    .consent(org.coprod.core.StoryConsent.builder().anonymised(true).build())
                    .build(),
                contribution("ana", 1, ContributionKind.STORY, "film")
                    .consent(org.coprod.core.StoryConsent.builder().anonymised(true).build())
                    .build(),
                contribution("ana", 3, ContributionKind.LABOUR, "film").build())
            .addOutput(output("leaflet", "dana").build(), output("film", "dana").build())
            .build();
    // the labour for the film makes ana one of its contributors; the leaflet had her story alone
    assertThat(check(rule, p).findings().map(f -> f.subjects().head().value()))
        .containsExactly("film");
    // where no contribution names an output, her labour counts for every output
    Project unnamed =
        Project.builder()
            .from(p)
            .contributions(p.contributions().map(c -> c.withOutput(Option.none())))
            .build();
    assertThat(check(rule, unnamed).findings()).hasSize(2);
    Project storiesOnly =
        Project.builder()
            .from(unnamed)
            .contributions(unnamed.contributions().filter(c -> c.hours() < 3))
            .build();
    assertThat(check(rule, storiesOnly).status()).isEqualTo(OutcomeStatus.PASSED);
  }
}
