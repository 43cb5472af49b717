package org.coprod.io.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.coprod.core.ParticipantId;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.io.Format;
import org.coprod.io.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * One person's statement of their part, in Markdown and JSON: their roles, their hours by phase and
 * kind with the total, each payment and expense claim, what they were paid in all, and their
 * credits and rewards; each value counted by hand from the record.
 */
class StatementTest {
  static {
    // the module reads files by streaming and does not read databind; the tests read JSON with it
    try {
      Module databind = Class.forName("com.fasterxml.jackson.databind.ObjectMapper").getModule();
      StatementTest.class.getModule().addReads(databind);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * rae: a named co-chair until the end of May who left in June, with two pieces of paid work, one
   * expense claim repaid and one not, unpaid review, a credit and a reward; lee: a worker who owns
   * the guide and has nothing else.
   */
  private static final String RECORD =
      """
      coprod: 1
      project:
        id: guide
        title: "A *guide* <for> carers"
        purpose: Write a guide with carers
        nature: EXPERIENCE_SHAPED
        started: 2024-01-08
      participants:
        - {id: rae, name: "Rae [Ray] Oduya", side: LIVED_EXPERIENCE, joined: 2024-01-08, left: 2024-06-30}
        - {id: lee, side: PROFESSIONAL, employment: SALARIED, joined: 2024-01-08}
        - {id: ola, side: LIVED_EXPERIENCE, joined: 2024-01-08}
        - {id: kim, side: LIVED_EXPERIENCE, joined: 2024-01-08}
        - {id: max, side: LIVED_EXPERIENCE, joined: 2024-01-08}
      roles:
        - {participant: rae, title: Co-chair, authority: DECIDE, from: 2024-01-08, until: 2024-05-31}
        - {participant: rae, title: 'Editor\\chief', authority: ADVISE, from: 2024-03-01}
        - {participant: lee, title: Lead, authority: DECIDE, from: 2024-01-08}
      contributions:
        - {participant: rae, date: 2024-03-04, phase: DESIGN, kind: WRITING, hours: 2.5,
           paid: 62.5, paidOn: 2024-03-18, expenses: {claimed: 12.5, reimbursed: 2024-03-20}, output: book}
        - {participant: rae, date: 2024-01-15, phase: SCOPING, kind: IDEA, hours: 1.25, paid: 30}
        - {participant: rae, date: 2024-02-01, phase: DESIGN, kind: WRITING, hours: 3, expenses: {claimed: 8}}
        - {participant: rae, date: 2024-04-10, phase: DESIGN, kind: REVIEW, hours: 1}
        - {participant: lee, date: 2024-02-02, phase: DESIGN, kind: WRITING, hours: 9, output: book}
        - {participant: ola, date: 2024-02-03, phase: DESIGN, kind: IDEA, hours: 4, paid: 100, paidOn: 2024-02-10}
      agreements:
        - version: 1
          date: 2024-01-08
          consents: [{participant: rae, date: 2024-01-08}, {participant: lee, date: 2024-01-08},
                     {participant: ola, date: 2024-01-08}, {participant: kim, date: 2024-01-08},
                     {participant: max, date: 2024-01-08}]
          payment: {ratePerHour: 25, currency: GBP}
      outputs:
        - id: book
          title: The guide
          date: 2024-05-13
          owners: [lee]
          credits: [{participant: rae, as: AUTHOR}, {participant: lee, as: AUTHOR}]
          rewards: [{participant: rae, kind: SPEAKING}, {participant: lee, kind: FEE}]
        - {id: leaflet, title: A leaflet, date: 2024-05-20, owners: [lee],
           credits: [{participant: ola, as: CONTRIBUTOR}], rewards: [{participant: kim, kind: PAYMENT}]}
      """;

  private static Project record() {
    return read(RECORD);
  }

  private static Project read(String text) {
    Validation<Seq<Problem>, Project> read =
        ProjectFiles.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            Format.YAML,
            "guide.yaml");
    assertThat(read.isValid()).as(read.fold(Object::toString, p -> "")).isTrue();
    return read.get();
  }

  private static Statement of(String who) {
    return Statement.of(record(), ParticipantId.of(who)).get();
  }

  @Test
  void theMarkdownHoldsRolesHoursPaymentsAndCreditsEachEscaped() {
    String md = of("rae").markdown();
    assertThat(md)
        .startsWith("# My part in A \\*guide\\* \\<for\\> carers\n\n")
        .contains("- Person: Rae \\[Ray\\] Oduya\n")
        .contains("- Project: 2024-01-08, still running\n")
        .contains("- Joined: 2024-01-08; left: 2024-06-30\n")
        .contains("- Co-chair, from 2024-01-08 to 2024-05-31\n- Editor\\\\chief, from 2024-03-01\n")
        // by phase, then by kind, in their stated orders; 1.25 + 2.5 + 3 + 1
        .contains(
            "| scoping | Conceptualization | 1.25 |\n"
                + "| design | Writing \u2013 original draft | 5.5 |\n"
                + "| design | Writing \u2013 review & editing | 1 |\n"
                + "| all | all | 7.75 |\n")
        // in order of the date of the work; the unpaid review is not a payment
        .contains(
            "| 2024-01-15 | 30 GBP | not yet |  |  |\n"
                + "| 2024-02-01 | 0 GBP | not yet | 8 GBP | not yet |\n"
                + "| 2024-03-04 | 62.5 GBP | 2024-03-18 | 12.5 GBP | 2024-03-20 |\n\n"
                + "Paid in all: 92.5 GBP\n")
        .contains("- The guide (2024-05-13): author; received: speaking\n")
        .doesNotContain("A leaflet")
        .doesNotContain("100")
        .doesNotContain("ola")
        .doesNotContain("lee");
  }

  @Test
  void whatSomeoneDidNotDoIsToldSoAndEachOutputOfTheirsIsListed() {
    String md = of("lee").markdown();
    assertThat(md)
        .contains("- Person: lee\n")
        .contains("- Joined: 2024-01-08\n")
        .contains("- Lead, from 2024-01-08\n")
        .contains("| design | Writing \u2013 original draft | 9 |\n| all | all | 9 |\n")
        .contains("No payment or expenses are recorded.\n")
        .contains(
            "- The guide (2024-05-13): author, an owner; received: fee\n"
                + "- A leaflet (2024-05-20): an owner\n")
        .doesNotContain("speaking")
        .doesNotContain("Rae");
    assertThat(of("max").markdown())
        .contains("No role is recorded.\n")
        .contains("No hours are recorded.\n")
        .contains("No payment or expenses are recorded.\n")
        .contains("No output credits or rewards are recorded.\n");
    // credited only, and rewarded only: each outputs is theirs to list
    assertThat(of("kim").markdown()).contains("- A leaflet (2024-05-20); received: payment\n");
    String ola = of("ola").markdown();
    assertThat(ola)
        .contains("- A leaflet (2024-05-20): contributor\n")
        .contains("| 2024-02-03 | 100 GBP | 2024-02-10 |  |  |\n\nPaid in all: 100 GBP\n");
  }

  @Test
  void theJsonHoldsTheSameValuesUnderStatedKeys() throws IOException {
    JsonNode rae = new ObjectMapper().readTree(of("rae").json());
    assertThat(rae.get("project").asText()).isEqualTo("guide");
    assertThat(rae.get("title").asText()).isEqualTo("A *guide* <for> carers");
    assertThat(rae.get("participant").asText()).isEqualTo("rae");
    assertThat(rae.get("name").asText()).isEqualTo("Rae [Ray] Oduya");
    assertThat(rae.get("joined").asText()).isEqualTo("2024-01-08");
    assertThat(rae.get("left").asText()).isEqualTo("2024-06-30");
    assertThat(rae.get("roles")).hasSize(2);
    assertThat(rae.get("roles").get(0).get("title").asText()).isEqualTo("Co-chair");
    assertThat(rae.get("roles").get(0).get("from").asText()).isEqualTo("2024-01-08");
    assertThat(rae.get("roles").get(0).get("until").asText()).isEqualTo("2024-05-31");
    assertThat(rae.get("roles").get(1).has("until")).isFalse();
    JsonNode hours = rae.get("hours");
    assertThat(hours).hasSize(3);
    assertThat(hours.get(0).get("phase").asText()).isEqualTo("SCOPING");
    assertThat(hours.get(0).get("kind").asText()).isEqualTo("IDEA");
    assertThat(hours.get(0).get("hours").asDouble()).isEqualTo(1.25);
    assertThat(hours.get(1).get("hours").asDouble()).isEqualTo(5.5);
    JsonNode pay = rae.get("payments");
    assertThat(pay).hasSize(3);
    assertThat(pay.get(0).get("date").asText()).isEqualTo("2024-01-15");
    assertThat(pay.get(0).get("paid").decimalValue()).isEqualByComparingTo("30");
    assertThat(pay.get(0).has("paidOn")).isFalse();
    assertThat(pay.get(0).has("expensesClaimed")).isFalse();
    assertThat(pay.get(1).get("expensesClaimed").decimalValue()).isEqualByComparingTo("8");
    assertThat(pay.get(1).has("expensesReimbursed")).isFalse();
    assertThat(pay.get(2).get("paidOn").asText()).isEqualTo("2024-03-18");
    assertThat(pay.get(2).get("expensesReimbursed").asText()).isEqualTo("2024-03-20");
    JsonNode outputs = rae.get("outputs");
    assertThat(outputs).hasSize(1);
    assertThat(outputs.get(0).get("output").asText()).isEqualTo("book");
    assertThat(outputs.get(0).get("date").asText()).isEqualTo("2024-05-13");
    assertThat(outputs.get(0).get("credits").get(0).asText()).isEqualTo("AUTHOR");
    assertThat(outputs.get(0).get("credits")).hasSize(1);
    assertThat(outputs.get(0).get("title").asText()).isEqualTo("The guide");
    assertThat(outputs.get(0).get("rewards")).hasSize(1);
    assertThat(outputs.get(0).get("rewards").get(0).asText()).isEqualTo("SPEAKING");

    JsonNode lee = new ObjectMapper().readTree(of("lee").json());
    assertThat(lee.has("name")).isFalse();
    assertThat(lee.has("left")).isFalse();
    assertThat(lee.get("roles")).hasSize(1);
    assertThat(lee.get("payments")).isEmpty();
    assertThat(lee.get("outputs")).hasSize(2);
    assertThat(lee.get("outputs").get(1).get("credits")).isEmpty();
    assertThat(lee.get("outputs").get(1).get("rewards")).isEmpty();
    assertThat(lee.get("outputs").get(0).get("rewards").get(0).asText()).isEqualTo("FEE");
    assertThat(lee.get("outputs").get(1).get("title").asText()).isEqualTo("A leaflet");
  }

  @Test
  void aClosedProjectGivesItsSpanAndAnUnknownPersonIsAProblem() {
    Project closed =
        read(RECORD.replace("started: 2024-01-08", "started: 2024-01-08\n  closed: 2024-07-26"));
    assertThat(Statement.of(closed, ParticipantId.of("lee")).get().markdown())
        .contains("- Project: 2024-01-08 to 2024-07-26\n");
    Seq<Problem> problems = Statement.of(record(), ParticipantId.of("nobody")).getError();
    assertThat(problems.map(Problem::kind)).containsExactly(Problem.Kind.DANGLING_REFERENCE);
    assertThat(problems.head().message()).contains("'nobody'");
  }
}
