package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.coprod.core.Attendance;
import org.coprod.core.ContributionId;
import org.coprod.core.ContributionKind;
import org.coprod.core.DecisionId;
import org.coprod.core.ImpactId;
import org.coprod.core.ImpactOutcome;
import org.coprod.core.MeetingFormat;
import org.coprod.core.MeetingId;
import org.coprod.core.ParticipantId;
import org.coprod.core.PaymentMethod;
import org.coprod.core.Problem;
import org.coprod.core.Project;
import org.coprod.core.ResponseStatus;
import org.coprod.core.StoryUse;
import org.coprod.core.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record a group keeps, in files: a meeting register read as contributions and written back as
 * a register, impacts, check-ins, responses, stories' consent and the agreement's new terms; each
 * mistake at its path, line and column; and every file written before these keys existed reads as
 * it did.
 */
class RecordFilesTest {
  static final String REGISTER =
      """
      coprod: 1
      project:
        id: cafe
        title: Carers' cafe
        started: 2024-01-08
        involvementAim: Carers decide what the cafe offers
        fingerprintKey: 00112233445566778899aabbccddeeff
        population: [{group: Men, share: 0.4}]
        monitoring: [{group: Men, count: 0}, {group: Prefer not to say, count: 1}]
      participants:
        - {id: c1, side: LIVED_EXPERIENCE, perspectives: [CARING], joined: 2024-01-08}
        - {id: c2, side: LIVED_EXPERIENCE, perspectives: [CARING], creditName: Robin, creditPreference: PSEUDONYM, joined: 2024-01-08}
        - {id: s1, side: PROFESSIONAL, employment: SALARIED, joined: 2024-01-08}
      contributions:
        - {participant: c1, date: 2024-02-01, phase: DESIGN, kind: STORY, hours: 1,
           consent: {uses: [TRAINING], until: 2026-01-01, debriefOffered: true}}
      decisions:
        - {id: menu, date: 2024-01-15, phase: SCOPING, topic: What the cafe offers, type: SCOPE,
           key: true, decidedBy: [c1, c2, s1], meeting: m1, minorityStatement: c2 wanted evenings}
      agreements:
        - version: 1
          date: 2024-01-08
          consents: [{participant: c1, date: 2024-01-08}, {participant: c2, date: 2024-01-08}, {participant: s1, date: 2024-01-08}]
          payment: {ratePerHour: 25, currency: GBP, methods: [BANK, VOUCHER]}
          recruitment: Through the carers' centre
          feedbackWithinDays: 14
          stopClause: Any two members can pause the work
          support: {contact: The cafe lead, debrief: After every session}
      outputs:
        - {id: menu-card, title: Menu card, date: 2024-03-01, owners: [s1], use: [PUBLICITY],
           nameWithdrawn: [{participant: c2, date: 2024-03-05}]}
      meetings:
        - id: m1
          date: 2024-01-15
          phase: SCOPING
          title: First cafe meeting
          hours: 2
          prepHours: 1
          chairedBy: [c1]
          facilitatedBy: [s1]
          attended: [c2, {participant: c1, hours: 2.5, paid: 62.5, paidOn: 2024-01-29}]
          provides: [step-free, quiet-room]
        - {id: m2, date: 2024-02-12, phase: DESIGN, title: Tasting, format: CONSULTATION, hours: 1.5,
           attended: [c1, s1], output: menu-card}
      impacts:
        - {id: evenings, date: 2024-02-20, from: [m1.c2, m2, c1], change: Opens two evenings a month,
           outcome: ADAPTED, decision: menu, toldOn: 2024-03-01}
        - {id: vegan, date: 2024-02-20, from: [m2.c1], change: A vegan option, outcome: NOT_ADOPTED,
           reason: The kitchen cannot keep it apart}
      checkIns:
        - {round: 2024-02-12, side: LIVED_EXPERIENCE, respondents: 2, heard: [0, 0, 1, 1, 0]}
        - {round: 2024-02-12, side: PROFESSIONAL, respondents: 1, heard: [0, 0, 0, 0, 1]}
      responses:
        - {id: r1, finding: 9c1d2e3f4a5b6c7d, date: 2024-03-01, action: Talk about credit, owner: s1,
           reviewBy: 2024-04-01, status: OPEN}
      """;

  private static Validation<Seq<Problem>, Project> yaml(String text) {
    return ProjectFiles.read(new StringReader(text), Format.YAML, "cafe.yaml");
  }

  private static Project read(String text) {
    Validation<Seq<Problem>, Project> read = yaml(text);
    assertThat(read.isValid()).as("%s", read).isTrue();
    return read.get();
  }

  private static Seq<Problem> problems(String text) {
    Validation<Seq<Problem>, Project> read = yaml(text);
    assertThat(read.isInvalid()).as("the file has problems").isTrue();
    return read.getError();
  }

  @Test
  void readsAMeetingRegisterAsContributions() {
    Project p = read(REGISTER);
    assertThat(p.recordedContributions()).hasSize(1);
    assertThat(p.contributions().map(c -> c.subjectId().get().value()))
        .containsExactly("c1.story.2024-02-01", "m1.c2", "m1.c1", "m1.s1", "m2.c1", "m2.s1");
    assertThat(p.contribution(ContributionId.of("m1.c2")).get().hours()).isEqualTo(3.0);
    assertThat(p.contribution(ContributionId.of("m1.c1")).get().hours()).isEqualTo(2.5);
    assertThat(p.contribution(ContributionId.of("m1.c1")).get().paid())
        .isEqualTo(new BigDecimal("62.5"));
    assertThat(p.contribution(ContributionId.of("m1.s1")).get().kind())
        .isEqualTo(ContributionKind.FACILITATION);
    assertThat(p.contribution(ContributionId.of("m2.c1")).get().kind())
        .isEqualTo(ContributionKind.FEEDBACK);
    assertThat(p.contribution(ContributionId.of("m2.s1")).get().output())
        .contains(org.coprod.core.OutputId.of("menu-card"));
    assertThat(p.meeting(MeetingId.of("m2")).get().format()).isEqualTo(MeetingFormat.CONSULTATION);
    assertThat(p.meeting(MeetingId.of("m1")).get().attended())
        .extracting(Attendance::isPlain)
        .containsExactly(true, false);
    assertThat(p.decision(DecisionId.of("menu")).get().meeting()).contains(MeetingId.of("m1"));
  }

  @Test
  void readsTheRestOfTheRecord() {
    Project p = read(REGISTER);
    assertThat(p.involvementAim()).contains("Carers decide what the cafe offers");
    assertThat(p.fingerprintKey()).contains("00112233445566778899aabbccddeeff");
    assertThat(p.population().head().share()).isEqualTo(0.4);
    assertThat(p.monitoring().map(m -> m.count())).containsExactly(0, 1);
    assertThat(p.participant(ParticipantId.of("c2")).get().creditName()).contains("Robin");
    assertThat(p.recordedContributions().head().consent().get().uses())
        .containsExactly(StoryUse.TRAINING);
    var a = p.agreements().head();
    assertThat(a.payment().get().methods())
        .containsExactly(PaymentMethod.BANK, PaymentMethod.VOUCHER);
    assertThat(a.feedbackWithinDays()).isEqualTo(14);
    assertThat(a.stopClause()).isNotEmpty();
    assertThat(a.support().get().isComplete()).isFalse();
    var card = p.outputs().head();
    assertThat(card.use()).containsExactly(StoryUse.PUBLICITY);
    assertThat(card.hasNameWithdrawn(ParticipantId.of("c2"))).isTrue();
    assertThat(p.checkIns().head().heard()).contains(Tally.of(0, 0, 1, 1, 0));
    assertThat(p.responses().head().status()).isEqualTo(ResponseStatus.OPEN);
    assertThat(p.decisions().head().minorityStatement()).contains("c2 wanted evenings");
  }

  @Test
  void anImpactsSourcesTakeTheirKindFromTheFile() {
    Project p = read(REGISTER);
    assertThat(p.impact(ImpactId.of("evenings")).get().from())
        .containsExactly(ContributionId.of("m1.c2"), MeetingId.of("m2"), ParticipantId.of("c1"));
    assertThat(p.impact(ImpactId.of("vegan")).get().outcome()).isEqualTo(ImpactOutcome.NOT_ADOPTED);
  }

  @Test
  void writesTheRegisterNotItsContributionsAndReadsBackEqual() throws IOException {
    Project p = read(REGISTER);
    String written = ProjectFiles.toText(p, Format.YAML);
    assertThat(written).doesNotContain("m1.c1\n", "participant: \"m1").contains("- c2\n");
    assertThat(written.substring(written.indexOf("contributions:"), written.indexOf("decisions:")))
        .doesNotContain("m1");
    for (Format format : Format.values()) {
      assertThat(RoundTripProperties.readBack(p, format)).isEqualTo(p);
      assertThat(SchemaCheck.errors(ProjectFiles.toText(p, format), format)).isEmpty();
    }
    assertThat(SchemaCheck.errors(REGISTER, Format.YAML)).isEmpty();
  }

  @Test
  void placesAClashOfMadeIdsOnTheRegistersLine() {
    String clash =
        REGISTER.replace(
            "attended: [c1, s1], output: menu-card}",
            "attended: [c1, s1], output: menu-card}\n  - {id: m1.c2, date: 2024-02-13, phase:"
                + " DESIGN, title: Another, hours: 1, attended: [s1]}\n  - {id: m1, date:"
                + " 2024-02-14, phase: DESIGN, title: Again, hours: 1, attended: [s1]}");
    // meeting 'm1.c2' with 's1' makes 'm1.c2.s1'; the third meeting repeats the id 'm1'
    Seq<Problem> found = problems(clash);
    assertThat(found)
        .extracting(Problem::kind, Problem::path)
        .contains(tuple(Problem.Kind.DUPLICATE_ID, "meetings[3].id"));
    String twice =
        REGISTER.replace("attended: [c1, s1], output: menu-card}", "attended: [c1, s1, c1]}");
    Problem p = problems(twice).head();
    assertThat(p.path()).isEqualTo("meetings[1].attended[2]");
    assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_ID);
    assertThat(p.line()).contains(lineOf(twice, "attended: [c1, s1, c1]}"));
    assertThat(p.source()).contains("cafe.yaml");
  }

  @Test
  void reportsADerivedIdClashAtTheRegister() {
    String text =
        REGISTER
            .replace(
                "- {id: c1, side",
                "- {id: a, side: PROFESSIONAL, joined: 2024-01-08}\n  - {id: b.a, side: PROFESSIONAL, joined: 2024-01-08}\n  - {id: c1, side")
            .replace(
                "attended: [c1, s1], output: menu-card}",
                "attended: [c1, s1], output: menu-card}\n  - {id: x.b, date: 2024-02-13, phase:"
                    + " DESIGN, title: One, hours: 1, attended: [a]}\n  - {id: x, date:"
                    + " 2024-02-14, phase: DESIGN, title: Two, hours: 1, attended: [b.a]}");
    Problem p = problems(text).head();
    assertThat(p.kind()).isEqualTo(Problem.Kind.DUPLICATE_ID);
    assertThat(p.path()).isEqualTo("meetings[3].attended[0]");
    assertThat(p.message()).contains("'x.b.a'", "meetings[2].attended[0]");
    assertThat(p.line()).contains(lineOf(text, "title: Two"));
  }

  @Test
  void placesADeciderWhoDidNotAttendOnTheirLine() {
    String text = REGISTER.replace("attended: [c2, {participant", "attended: [{participant");
    Problem p = problems(text).head();
    assertThat(p.path()).isEqualTo("decisions[0].decidedBy[1]");
    assertThat(p.message()).contains("'c2'", "'m1'");
    assertThat(p.line()).contains(lineOf(text, "key: true, decidedBy"));
  }

  @Test
  void namesTheNearestKeyOfAMeetingAndAnAttendance() {
    Seq<Problem> found =
        problems(
            REGISTER
                .replace("chairedBy: [c1]", "chairdBy: [c1]")
                .replace("paidOn: 2024-01-29", "paidon: 2024-01-29"));
    assertThat(found)
        .extracting(Problem::path, Problem::message)
        .contains(
            tuple(
                "meetings[0].chairdBy",
                "'chairdBy' is not a key of a meeting; did you mean 'chairedBy'?"),
            tuple(
                "meetings[0].attended[1].paidon",
                "'paidon' is not a key of an attendance; did you mean 'paidOn'?"));
  }

  @Test
  void refusesAnAttendanceThatIsNeitherAnIdNorAMapping() {
    Problem p =
        problems(REGISTER.replace("attended: [c2, {participant", "attended: [[c2], {participant"))
            .head();
    assertThat(p.path()).isEqualTo("meetings[0].attended[0]");
    assertThat(p.kind()).isEqualTo(Problem.Kind.WRONG_TYPE);
    Problem missing =
        problems(REGISTER.replace("{participant: c1, hours: 2.5,", "{hours: 2.5,")).head();
    assertThat(missing.path()).isEqualTo("meetings[0].attended[1].participant");
    assertThat(missing.kind()).isEqualTo(Problem.Kind.MISSING);
  }

  @Test
  void refusesATallyOfFourCountsAndOneOfWords() {
    Problem four =
        problems(REGISTER.replace("heard: [0, 0, 1, 1, 0]", "heard: [0, 1, 1, 0]")).head();
    assertThat(four.path()).isEqualTo("checkIns[0].heard");
    assertThat(four.line()).contains(lineOf(REGISTER, "respondents: 2"));
    Problem words =
        problems(REGISTER.replace("heard: [0, 0, 1, 1, 0]", "heard: [0, 0, one, 1, 0]")).head();
    assertThat(words.path()).isEqualTo("checkIns[0].heard[2]");
  }

  @Test
  void refusesAnImpactSourceThatNamesNothing() {
    Problem p = problems(REGISTER.replace("from: [m1.c2, m2, c1]", "from: [m1.c2, m3, c1]")).head();
    assertThat(p.path()).isEqualTo("impacts[0].from[1]");
    assertThat(p.message()).isEqualTo("no contribution, meeting or participant has the id 'm3'");
  }

  @Test
  void neverRepeatsABadFingerprintKey() {
    Problem p =
        problems(REGISTER.replace("00112233445566778899aabbccddeeff", "my-secret-passphrase"))
            .head();
    assertThat(p.path()).isEqualTo("project.fingerprintKey");
    assertThat(p.line()).contains(lineOf(REGISTER, "fingerprintKey"));
    assertThat(p.toString()).doesNotContain("my-secret-passphrase");
  }

  @Test
  void refusesAShareThatIsNotANumber() {
    Problem p = problems(REGISTER.replace("share: 0.4", "share: 40%")).head();
    assertThat(p.path()).isEqualTo("project.population[0].share");
  }

  private static int lineOf(String text, String part) {
    String before = text.substring(0, text.indexOf(part));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  // ---- files written before the record existed

  private static final java.util.regex.Pattern RECORD_KEY =
      java.util.regex.Pattern.compile(
          "^[ -]*\"?(meetings|impacts|checkIns|responses|fingerprintKey|involvementAim|reflections"
              + "|population|monitoring|creditName|consent|use|inUseUntil|nameWithdrawn"
              + "|feedbackWithinDays|methods|stopClause|support|recruitment|training|meeting"
              + "|minorityStatement)\"?:");

  static Stream<Path> earlierFiles() throws IOException {
    Stream<Path> own = Files.list(Path.of("src/test/resources/examples"));
    Stream<Path> scenarios = Files.list(Path.of("..", "coprod-examples", "scenarios"));
    // Scenarios that have since gained the record's keys (a stop clause, a story's consent) are no
    // longer files written before it.
    return Stream.concat(own, scenarios.filter(p -> !usesTheRecord(p)))
        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
        .filter(p -> !p.getFileName().toString().startsWith("meeting-register"))
        .sorted();
  }

  private static boolean usesTheRecord(Path file) {
    try {
      String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
      return text.lines().anyMatch(l -> RECORD_KEY.matcher(l).find())
          || text.contains("consent: {")
          || text.contains("use: [");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("earlierFiles")
  void everyFileWrittenBeforeTheRecordReadsAsItDid(Path file) throws IOException {
    Validation<Seq<Problem>, Project> read = ProjectFiles.read(file);
    assertThat(read.isValid()).as("%s", read).isTrue();
    Project p = read.get();
    assertThat(p.meetings()).isEmpty();
    assertThat(p.impacts()).isEmpty();
    assertThat(p.checkIns()).isEmpty();
    assertThat(p.responses()).isEmpty();
    assertThat(p.recordedContributions()).isEqualTo(p.contributions());
    assertThat(p.contributions().forAll(c -> c.kindGiven() && c.consent().isEmpty())).isTrue();
    for (Format format : Format.values()) {
      String written = ProjectFiles.toText(p, format);
      // none of the record's keys is written for a file that has none of it
      assertThat(written.lines().filter(l -> RECORD_KEY.matcher(l).find()).toList())
          .as("%s", file)
          .isEmpty();
      assertThat(RoundTripProperties.readBack(p, format)).isEqualTo(p);
    }
  }

  @Test
  void aLedgerOfAProjectWithMeetingsHoldsOnlyItsOwnContributionsAndJoinsBackEqual()
      throws IOException {
    Project p = read(REGISTER);
    java.io.ByteArrayOutputStream work = new java.io.ByteArrayOutputStream();
    Ledgers.writeContributions(p, work);
    String csv = work.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(2);
    Validation<Seq<Problem>, Project> joined =
        Ledgers.join(
            new StringReader(REGISTER),
            Format.YAML,
            "cafe.yaml",
            new StringReader(csv),
            "work.csv",
            ReadLimits.defaults());
    assertThat(joined.isValid()).as("%s", joined).isTrue();
    // the ledger carries no consent: the story comes back without it
    assertThat(joined.get().contributions().size()).isEqualTo(p.contributions().size());
    assertThat(joined.get().contributionsAt(MeetingId.of("m1"))).hasSize(3);
    assertThat(joined.get().meetings()).isEqualTo(p.meetings());
    assertThat(joined.get().lastDatedEvent()).isEqualTo(LocalDate.of(2024, 3, 5));
  }
}
