package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import org.coprod.core.OutputId;
import org.coprod.core.ParticipantId;
import org.coprod.rules.Argument;
import org.coprod.rules.Evidence;
import org.coprod.rules.Finding;
import org.coprod.rules.Param;
import org.coprod.rules.Principle;
import org.coprod.rules.Report;
import org.coprod.rules.Rulebook;
import org.coprod.rules.Severity;
import org.coprod.rules.SideLabels;
import org.coprod.rules.Template;
import org.junit.jupiter.api.Test;

/**
 * Which findings count as about people, so that the group sees them counted and never by name: a
 * person as a subject, named in the message, or held as an id in an argument or evidence.
 */
class FindingGroupGuardsTest {
  private static final ParticipantId ANA = ParticipantId.of("ana");

  private static Finding.Builder finding(String kind) {
    return Finding.builder()
        .rule("acme/test")
        .kind(kind)
        .principle(Principle.POWER)
        .severity(Severity.WARNING)
        .template(Template.of("default", "{words}", Param.text("words")));
  }

  private static Report ana() {
    return Rulebook.standard()
        .check(project().addParticipant(le("ana").build(), pro("dana").build()).build());
  }

  @Test
  void aFindingIsAboutPeopleByASubjectANameOrAnIdItHolds() {
    Finding output =
        finding("k")
            .addSubject(OutputId.of("report"))
            .addArgument(Argument.text("words", "nothing personal"))
            .build();
    Finding person =
        finding("k")
            .addSubject(ANA)
            .addArgument(Argument.text("words", "nothing personal"))
            .build();
    Finding named =
        finding("k")
            .template(Template.of("default", "{who} wrote it", Param.person("who")))
            .addSubject(OutputId.of("report"))
            .addArgument(Argument.person("who", ANA))
            .build();
    Finding evidence =
        finding("k")
            .addSubject(OutputId.of("report"))
            .addArgument(Argument.text("words", "nothing personal"))
            .addEvidence(Evidence.of("who", "ana"))
            .build();
    Finding inWords =
        finding("k")
            .addSubject(OutputId.of("report"))
            .addArgument(Argument.text("words", "given for ana."))
            .build();
    Report r = ana();
    assertThat(FindingGroup.aboutPeople(output)).isFalse();
    assertThat(FindingGroup.aboutPeople(output, r)).isFalse();
    assertThat(FindingGroup.aboutPeople(person)).isTrue();
    assertThat(FindingGroup.aboutPeople(named)).isTrue();
    assertThat(FindingGroup.aboutPeople(evidence)).isFalse();
    assertThat(FindingGroup.aboutPeople(evidence, r)).isTrue();
    assertThat(FindingGroup.aboutPeople(inWords, r)).isTrue();
    assertThat(new FindingGroup(List.of(evidence), true).aboutPeople(r)).isTrue();
  }

  @Test
  void aGroupIsOfOneRuleKindAndSeverityAndCountsPeopleBySideNamingNone() {
    Finding a = finding("k").addSubject(ANA).addArgument(Argument.text("words", "x")).build();
    Finding d =
        finding("k")
            .addSubject(ParticipantId.of("dana"))
            .addArgument(Argument.text("words", "x"))
            .build();
    FindingGroup g = new FindingGroup(List.of(a, d), true);
    assertThat(g.people()).containsExactly(ANA, ParticipantId.of("dana"));
    assertThat(g.kind()).isEqualTo("k");
    assertThat(g.acknowledged()).isFalse();
    assertThat(new FindingGroup(List.of(a.withAcknowledged("agreed")), true).acknowledged())
        .isTrue();
    String counted = g.peopleCounted(ana(), SideLabels.defaults());
    assertThat(counted).contains("1 of the").doesNotContain("ana").doesNotContain("dana");
    assertThatThrownBy(
            () ->
                new FindingGroup(
                    List.of(
                        a,
                        finding("other")
                            .addSubject(ANA)
                            .addArgument(Argument.text("words", "x"))
                            .build()),
                    true))
        .isInstanceOf(IllegalArgumentException.class);
    Finding stranger =
        finding("k")
            .addSubject(ParticipantId.of("zed"))
            .addArgument(Argument.text("words", "x"))
            .build();
    assertThat(
            new FindingGroup(List.of(a, stranger), true)
                .peopleCounted(ana(), SideLabels.defaults()))
        .isEqualTo("2 people");
    assertThat(
            new FindingGroup(List.of(stranger), true).peopleCounted(ana(), SideLabels.defaults()))
        .isEqualTo("1 person");
  }
}
