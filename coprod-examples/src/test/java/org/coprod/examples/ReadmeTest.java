package org.coprod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.coprod.core.Contribution;
import org.coprod.core.ContributionKind;
import org.coprod.core.Credit;
import org.coprod.core.CreditRole;
import org.coprod.core.Employment;
import org.coprod.core.Output;
import org.coprod.core.OutputId;
import org.coprod.core.Participant;
import org.coprod.core.ParticipantId;
import org.coprod.core.Phase;
import org.coprod.core.Project;
import org.coprod.core.ProjectId;
import org.coprod.core.Side;
import org.coprod.rules.FindingKind;
import org.coprod.rules.Report;
import org.coprod.rules.RuleMetadata;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README true: its rule table is generated from the rules' metadata (run with {@code
 * -Dcoprod.readme.update=true} to rewrite it), and its code example compiles and says what it
 * claims.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "<!-- rules:start -->";
  private static final String END = "<!-- rules:end -->";

  static String table() {
    StringBuilder out =
        new StringBuilder("| id | principle | severity | flags |\n|---|---|---|---|\n");
    for (RuleMetadata m : Rulebook.standard().metadata()) {
      String severities =
          m.kinds()
              .map(FindingKind::severity)
              .distinct()
              .sorted()
              .map(ReadmeTest::letter)
              .mkString("/");
      out.append("| `")
          .append(m.id())
          .append("` | ")
          .append(m.principle())
          .append(" | ")
          .append(severities)
          .append(" | ")
          .append(m.summary().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String letter(Severity s) {
    return s.name().substring(0, 1);
  }

  @Test
  void theReadmesRuleTableIsGeneratedFromTheRulesMetadata() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertThat(from).as("the README marks where the rule table goes").isNotNegative();
    String generated =
        readme.substring(0, from + START.length()) + "\n" + table() + readme.substring(to);
    if (Boolean.getBoolean("coprod.readme.update")) {
      Files.writeString(README, generated, StandardCharsets.UTF_8);
    }
    assertThat(readme)
        .as("README rule table; rewrite it with -Dcoprod.readme.update=true")
        .isEqualTo(generated);
  }

  @Test
  void theReadmesCodeExampleBuildsAProjectAndFindsTheOneSidedCredit() {
    Project project =
        Project.builder()
            .id(ProjectId.of("leaflet"))
            .title("Aftercare leaflet")
            .started(LocalDate.of(2024, 1, 8))
            .addParticipant(
                Participant.builder()
                    .id(ParticipantId.of("p1"))
                    .side(Side.LIVED_EXPERIENCE)
                    .joined(LocalDate.of(2024, 1, 8))
                    .build())
            .addParticipant(
                Participant.builder()
                    .id(ParticipantId.of("s1"))
                    .side(Side.PROFESSIONAL)
                    .employment(Employment.SALARIED)
                    .joined(LocalDate.of(2024, 1, 8))
                    .build())
            .addContribution(
                Contribution.builder()
                    .participant(ParticipantId.of("p1"))
                    .date(LocalDate.of(2024, 2, 1))
                    .phase(Phase.DESIGN)
                    .kind(ContributionKind.WRITING)
                    .hours(6)
                    .output(OutputId.of("leaflet"))
                    .build())
            .addOutput(
                Output.builder()
                    .id(OutputId.of("leaflet"))
                    .title("After your operation")
                    .date(LocalDate.of(2024, 3, 1))
                    .addCredit(Credit.of(ParticipantId.of("s1"), CreditRole.AUTHOR))
                    .build())
            .build();

    Report report = Rulebook.standard().check(project);
    assertThat(report.findings("credit-one-sided")).hasSize(1);
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
  }
}
