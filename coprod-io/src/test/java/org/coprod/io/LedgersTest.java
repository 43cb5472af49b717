package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coprod.core.ContributionId;
import org.coprod.core.CreditPreference;
import org.coprod.core.Employment;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Perspective;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.junit.jupiter.api.Test;

class LedgersTest {
  static final Path LEDGERS = Path.of("src/test/resources/ledgers");
  static final LocalDate START = LocalDate.of(2020, 1, 1);

  static Validation<Seq<Problem>, Project> read(String participants, String contributions) {
    return Ledgers.read(
        new StringReader(participants),
        "people.csv",
        new StringReader(contributions),
        "work.csv",
        ProjectId.of("p"),
        "T",
        START,
        ReadLimits.defaults());
  }

  @Test
  void readsAProjectFromAParticipantsAndAContributionsLedger() {
    Project p =
        Ledgers.read(
                LEDGERS.resolve("participants.csv"),
                LEDGERS.resolve("contributions.csv"),
                ProjectId.of("base"),
                "Base",
                START)
            .get();
    assertThat(p.id()).isEqualTo(ProjectId.of("base"));
    assertThat(p.started()).isEqualTo(START);
    Participant ana = p.participants().head();
    assertThat(ana.perspectives()).containsExactly(Perspective.SERVICE_USE, Perspective.CARING);
    assertThat(ana.employment()).isEqualTo(Employment.VOLUNTEER);
    assertThat(ana.creditPreference()).isEqualTo(CreditPreference.NAMED);
    assertThat(ana.name()).isEmpty();
    assertThat(p.participants().get(1).name()).contains("Bo, the lead");
    assertThat(p.contributions().head().id()).contains(ContributionId.of("c1"));
    assertThat(p.contributions().head().skills()).containsExactly("listening", "drawing");
    assertThat(p.contributions().head().paid()).isEqualTo(new BigDecimal("50"));
    assertThat(p.contributions().head().expenses().get().claimed())
        .isEqualTo(new BigDecimal("12.5"));
    assertThat(p.contributions().get(1).id()).isEmpty();
    assertThat(p.contributions().get(1).hours()).isEqualTo(1.5);
  }

  @Test
  void joinsAContributionsLedgerToAProjectFileWhoseContributionsItReplaces() {
    Project p =
        Ledgers.join(
                LEDGERS.resolve("project.yaml"), LEDGERS.resolve("contributions-with-output.csv"))
            .get();
    assertThat(p.contributions()).hasSize(2);
    assertThat(p.contributionsTo(OutputId.of("report"))).hasSize(2);

    String withOwnWork =
        "coprod: 1\nproject: {id: p, title: T, started: 2020-01-01}\n"
            + "participants: [{id: ana, side: LIVED_EXPERIENCE, joined: 2020-01-01}]\n"
            + "contributions: [{participant: ana, date: 2020-01-02, phase: DESIGN, kind: IDEA, hours: 9}]\n";
    Project joined =
        Ledgers.join(
                new StringReader(withOwnWork),
                Format.YAML,
                "p.yaml",
                new StringReader(
                    "participant,date,phase,kind,hours\nana,2020-01-03,DELIVERY,LABOUR,1\n"),
                "w.csv",
                ReadLimits.defaults())
            .get();
    assertThat(joined.contributions()).hasSize(1);
    assertThat(joined.contributions().head().hours()).isEqualTo(1.0);
  }

  @Test
  void placesEachProblemInItsOwnFile() {
    String project =
        "coprod: 1\nproject: {id: p, title: T, started: 2020-01-01}\n"
            + "participants: [{id: ana, side: LIVED_EXPERIENCE, joined: 2020-01-01}]\n"
            + "decisions: [{id: d, date: 2020-01-02, phase: SCOPING, topic: S, type: SCOPE, decidedBy: [zed]}]\n";
    Seq<Problem> problems =
        Ledgers.join(
                new StringReader(project),
                Format.YAML,
                "p.yaml",
                new StringReader(
                    "participant,date,phase,kind,hours\r\nana,2020-01-03,DELIVERY,LABOUR,1\r\nyu,2020-01-03,DELIVERY,LABOUR,1\r\n"),
                "w.csv",
                ReadLimits.defaults())
            .getError();
    assertThat(problems.map(Problem::toString))
        .containsExactly(
            "w.csv:3:1: contributions[1].participant: no participant has the id 'yu'",
            "p.yaml:4:90: decisions[0].decidedBy[0]: no participant has the id 'zed'");
  }

  @Test
  void takesColumnsInAnyOrderAndReadsPastApplicationColumns() {
    Project p =
        read(
                "joined,side,x-crm,id\n2020-01-01,PROFESSIONAL,17,bo\n",
                "hours,kind,phase,date,participant,x-note\n2,IDEA,DESIGN,2020-01-02,bo,\"a, b\"\n")
            .get();
    assertThat(p.contributions().head().participant()).isEqualTo(ParticipantId.of("bo"));
  }

  @Test
  void tellsAnEmptyCellFromQuotedEmptyText() {
    Project p =
        read(
                "id,side,joined,accountableTo,name\nana,LIVED_EXPERIENCE,2020-01-01,,\"\"\n",
                "participant,date,phase,kind,hours\n")
            .get();
    assertThat(p.participants().head().accountableTo()).isEmpty();
    assertThat(p.participants().head().name()).contains("");
  }

  @Test
  void readsQuotedCellsWithCommasQuotesAndLineBreaks() {
    Project p =
        read(
                "id,side,joined,name\nana,LIVED_EXPERIENCE,2020-01-01,\"A \"\"quoted\"\", name,\r\non two lines\"\n",
                "participant,date,phase,kind,hours\nana,2020-01-02,DESIGN,IDEA,1\n")
            .get();
    assertThat(p.participants().head().name()).contains("A \"quoted\", name,\r\non two lines");
  }

  @Test
  void namesTheRowAndColumnOfABadCellAndItsLineAfterAMultiLineCell() {
    Seq<Problem> problems =
        read(
                "id,side,joined,name\nana,LIVED_EXPERIENCE,2020-01-01,\"two\nlines\"\nbo,PROFESSIONAL,2020-13-01,\n",
                "participant,date,phase,kind,hours\n")
            .getError();
    assertThat(problems).hasSize(1);
    assertThat(problems.head().toString())
        .isEqualTo(
            "people.csv:4:17: participants[1].joined: row 3, column joined: '2020-13-01' is not a date written YYYY-MM-DD");
  }

  @Test
  void writesLedgersWithEveryColumnAndCrlf() throws IOException {
    Project p =
        Ledgers.join(
                LEDGERS.resolve("project.yaml"), LEDGERS.resolve("contributions-with-output.csv"))
            .get();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Ledgers.writeContributions(p, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(
            Ledgers.CONTRIBUTION_COLUMNS_TEXT
                + "\r\nc1,ana,2020-02-01,DESIGN,IDEA,2,,,,,,report\r\n");
    assertThat(Ledgers.contributionColumns().mkString(","))
        .isEqualTo(Ledgers.CONTRIBUTION_COLUMNS_TEXT);
    assertThat(Ledgers.participantColumns().mkString(","))
        .isEqualTo(Ledgers.PARTICIPANT_COLUMNS_TEXT);
  }

  @Test
  void refusesToWriteAListItemALedgerCannotCarry() {
    Project p =
        read(
                "id,side,joined,skills\nana,LIVED_EXPERIENCE,2020-01-01,a\n",
                "participant,date,phase,kind,hours\n")
            .get();
    Project bad =
        p.withParticipants(
            p.participants().map(x -> x.withSkills(io.vavr.collection.List.of("a;b"))));
    assertThatThrownBy(() -> Ledgers.writeParticipants(bad, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyLedgerIsAProblem() {
    Seq<Problem> problems = read("", "").getError();
    assertThat(problems.map(Problem::toString))
        .containsExactly(
            "people.csv:1:1: participants: the file is empty; the participants ledger begins with a header row naming its columns",
            "work.csv:1:1: contributions: the file is empty; the contributions ledger begins with a header row naming its columns");
  }
}
