package org.coprod.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Employment;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.Outcome;
import org.coprod.rules.OutcomeStatus;
import org.coprod.rules.Rulebook;
import org.junit.jupiter.api.Test;

/** {@code acme/peer-hours-paid} on small projects worked out by hand. */
class PeerHoursPaidTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 8);
  private static final ParticipantId PEER_1 = ParticipantId.of("peer-1");
  private static final ParticipantId PEER_2 = ParticipantId.of("peer-2");
  private static final ParticipantId STAFF = ParticipantId.of("staff-1");

  /** The founding text, as the repository keeps it for the standard rules' own test. */
  private static final Path SPEECH =
      Path.of(
          "..",
          "coprod-rules",
          "src",
          "test",
          "resources",
          "org",
          "coprod",
          "rules",
          "standard",
          "coproduction-speech.txt");

  private static Contribution work(ParticipantId who, double hours, int paid) {
    Contribution.Builder c =
        Contribution.builder()
            .participant(who)
            .date(START.plusDays(7))
            .phase(Phase.DESIGN)
            .kind(
                who.equals(STAFF)
                    ? ContributionKind.PROFESSIONAL_KNOWLEDGE
                    : ContributionKind.EXPERIENTIAL_KNOWLEDGE)
            .hours(hours);
    if (paid > 0) {
      c.paid(BigDecimal.valueOf(paid)).paidOn(START.plusDays(14));
    }
    return c.build();
  }

  private static Project project(boolean peer2DeclinesPayment, Contribution... ledger) {
    Project.Builder project =
        Project.builder()
            .id(ProjectId.of("leaflet"))
            .title("Aftercare leaflet")
            .started(START)
            .addParticipant(
                Participant.builder().id(PEER_1).side(Side.LIVED_EXPERIENCE).joined(START).build())
            .addParticipant(
                Participant.builder()
                    .id(PEER_2)
                    .side(Side.LIVED_EXPERIENCE)
                    .joined(START)
                    .declinesPayment(peer2DeclinesPayment)
                    .build())
            .addParticipant(
                Participant.builder()
                    .id(STAFF)
                    .side(Side.PROFESSIONAL)
                    .employment(Employment.SALARIED)
                    .joined(START)
                    .build());
    for (Contribution c : ledger) {
      project.addContribution(c);
    }
    return project.build();
  }

  private static Outcome check(Project project) {
    return Rulebook.of("acme", List.of(new PeerHoursPaid()))
        .check(project)
        .outcome(PeerHoursPaid.ID)
        .get();
  }

  @Test
  void flagsAPeerPaidForLessThanHalfTheirHours() {
    Outcome outcome =
        check(project(false, work(PEER_1, 2, 50), work(PEER_1, 3, 0), work(STAFF, 5, 0)));

    assertThat(outcome.findings()).hasSize(1);
    Finding finding = outcome.findings().get();
    assertThat(finding.kind()).isEqualTo("mostly-unpaid");
    assertThat(finding.subjects()).containsExactly(PEER_1);
    assertThat(finding.evidence()).contains(Evidence.of("paidShare", 0.4));
    assertThat(finding.message())
        .isEqualTo("'peer-1' was paid for 40% of their hours, under the 50% the group holds to.");
  }

  @Test
  void passesAPeerPaidForExactlyHalfTheirHours() {
    Outcome outcome = check(project(false, work(PEER_1, 2.5, 60), work(PEER_1, 2.5, 0)));

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void findsTheOneUnpaidPeerThatTheSidesTotalWouldHide() {
    // 10 of the side's 12 hours are paid (83%), yet peer-2's 2 hours are not paid at all.
    Outcome outcome = check(project(false, work(PEER_1, 10, 250), work(PEER_2, 2, 0)));

    assertThat(outcome.findings().flatMap(Finding::subjects)).containsExactly(PEER_2);
  }

  @Test
  void respectsAPeersChoiceToDeclinePayment() {
    Outcome outcome = check(project(true, work(PEER_2, 4, 0)));

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.PASSED);
  }

  @Test
  void doesNotApplyWhileNobodyWithLivedExperienceHasGivenHours() {
    Outcome outcome = check(project(false, work(STAFF, 6, 0)));

    assertThat(outcome.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void quotesTheFoundingTextWordForWord() throws IOException {
    String speech = plain(Files.readString(SPEECH, StandardCharsets.UTF_8));
    Matcher quote =
        Pattern.compile("\"([^\"]+)\"").matcher(new PeerHoursPaid().metadata().rationale());

    assertThat(quote.find()).isTrue();
    assertThat(speech).contains(plain(quote.group(1)));
    assertThat(PeerHoursPaid.ID).startsWith("acme/");
  }

  /** The text with typographic apostrophes made plain and spaces collapsed. */
  private static String plain(String text) {
    return text.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("[\\s\\u00a0]+", " ");
  }
}
