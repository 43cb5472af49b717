package org.coprod.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coprod.rules.Fixtures.contribution;
import static org.coprod.rules.Fixtures.le;
import static org.coprod.rules.Fixtures.pro;
import static org.coprod.rules.Fixtures.project;

import io.vavr.collection.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coprod.core.Project;
import org.coprod.rules.standard.StandardRules;
import org.junit.jupiter.api.Test;

class RulebookTest {
  /** Ana and Ben with lived experience, Dana a professional; all three contributed. */
  static Project threePeople() {
    return project()
        .addParticipant(le("ben").build(), pro("dana").build(), le("ana").build())
        .addContribution(
            contribution("ben", 2).build(),
            contribution("dana", 10).build(),
            contribution("ana", 4).build())
        .build();
  }

  private static io.vavr.collection.Seq<String> order(Report report) {
    return report
        .findings()
        .map(
            f ->
                f.rule()
                    + " "
                    + f.severity()
                    + " "
                    + f.subjects().map(s -> s.value()).mkString("+"));
  }

  @Test
  void digestIsTheSha256OfTheSortedRuleIdsSoARuleAddedOrRemovedShowsWhateverTheName()
      throws Exception {
    Rulebook standard = Rulebook.standard();
    StringBuilder ids = new StringBuilder();
    standard.rules().map(Rule::id).sorted().forEach(id -> ids.append(id).append('\n'));
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(ids.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(standard.digest()).isEqualTo(java.util.HexFormat.of().formatHex(hash));

    Rulebook more = standard.plus(TestRule.passing("acme/extra"));
    Rulebook fewer = standard.without(standard.rules().head().id());
    assertThat(more.digest()).isNotEqualTo(standard.digest());
    assertThat(fewer.digest()).isNotEqualTo(standard.digest()).isNotEqualTo(more.digest());
    assertThat(more.name()).isEqualTo("coprod-standard+acme/extra");
    assertThat(more.version()).isEqualTo(Rulebook.VERSION);
    assertThat(fewer.name()).isEqualTo("coprod-standard-" + standard.rules().head().id());
    // The order the rules run in and the policy do not change it.
    assertThat(Rulebook.of("x", standard.rules().reverse()).digest()).isEqualTo(standard.digest());
    assertThat(
            standard
                .withPolicy(Policy.builder().disable(standard.rules().head().id()).build())
                .digest())
        .isEqualTo(standard.digest());
  }

  @Test
  void namedGivesANameAndVersionThatReportsCarryBesideTheDigest() {
    Rulebook mine = Rulebook.standard().plus(TestRule.passing("acme/extra")).named("acme", "3");
    Report report =
        mine.check(
            project()
                .addParticipant(le("ana").build())
                .addContribution(contribution("ana", 2).build())
                .build());
    assertThat(report.ruleset()).isEqualTo("acme");
    assertThat(report.rulesetVersion()).isEqualTo("3");
    assertThat(report.rulesetDigest()).isEqualTo(mine.digest());
    assertThatThrownBy(() -> mine.named(" ", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Rulebook.standard().version()).isEqualTo(Rulebook.VERSION);
    // The standard rulebook's judgement changed in 0.2: quorum, person-level substance, drop-off.
    assertThat(Rulebook.VERSION).isEqualTo("2");
    assertThat(Rulebook.standard().name()).isEqualTo("coprod-standard");
  }

  @Test
  void ordersFindingsByPrincipleThenMostSeriousFirstThenRuleIdThenSubjects() {
    Rulebook rulebook =
        Rulebook.of(
            "test",
            List.of(
                TestRule.onProject("z-power-note", Principle.POWER, Severity.NOTE),
                TestRule.perContributor("what-next", Principle.WHAT_NEXT, Severity.CONCERN),
                TestRule.bySide("m-power", Principle.POWER),
                TestRule.onProject("b-power", Principle.POWER, Severity.CONCERN),
                TestRule.onProject("respect", Principle.RESPECT, Severity.WARNING)));

    assertThat(order(rulebook.check(threePeople())))
        .containsExactly(
            "b-power CONCERN test",
            "m-power CONCERN ana",
            "m-power CONCERN ben",
            "m-power NOTE dana",
            "z-power-note NOTE test",
            "respect WARNING test",
            "what-next CONCERN ana",
            "what-next CONCERN ben",
            "what-next CONCERN dana");
  }

  @Test
  void ordersFindingsWithSeveralSubjectsAfterThoseWithTheirFirstSubjectAlone() {
    Rule pairs =
        new TestRule(
            TestRule.metadata("pairs", Principle.POWER, TestRule.kind(Severity.WARNING)).build(),
            context ->
                context.outcome(
                    List.of(
                        context
                            .finding(context.rule().kind("found").get())
                            .template(
                                org.coprod.rules.Template.of(
                                    "default", "{words}", org.coprod.rules.Param.text("words")))
                            .addArgument(org.coprod.rules.Argument.text("words", "two"))
                            .addSubject(
                                org.coprod.core.ParticipantId.of("dana"),
                                org.coprod.core.ParticipantId.of("ana"))
                            .build(),
                        context
                            .finding(context.rule().kind("found").get())
                            .template(
                                org.coprod.rules.Template.of(
                                    "default", "{words}", org.coprod.rules.Param.text("words")))
                            .addArgument(org.coprod.rules.Argument.text("words", "one"))
                            .addSubject(org.coprod.core.ParticipantId.of("ana"))
                            .build(),
                        context
                            .finding(context.rule().kind("found").get())
                            .template(
                                org.coprod.rules.Template.of(
                                    "default", "{words}", org.coprod.rules.Param.text("words")))
                            .addArgument(org.coprod.rules.Argument.text("words", "three"))
                            .addSubject(org.coprod.core.ParticipantId.of("ben"))
                            .build())));
    Report report = Rulebook.of("test", List.of(pairs)).check(threePeople());
    assertThat(report.findings().map(Finding::message)).containsExactly("one", "two", "three");
    assertThat(report.findings().get(1).subjects().map(s -> s.value()))
        .containsExactly("ana", "dana");
  }

  @Test
  void keepsAnOutcomeForEveryRuleInTheRulebooksOrder() {
    Rulebook rulebook =
        Rulebook.of(
            "test",
            List.of(
                TestRule.passing("first"),
                TestRule.notApplicable("second", "nothing to look at"),
                TestRule.onProject("third", Principle.WHAT_NEXT, Severity.NOTE)));
    Report report = rulebook.check(threePeople());
    assertThat(report.outcomes().map(Outcome::rule)).containsExactly("first", "second", "third");
    assertThat(report.outcomes().map(Outcome::status))
        .containsExactly(
            OutcomeStatus.PASSED, OutcomeStatus.NOT_APPLICABLE, OutcomeStatus.FINDINGS);
    assertThat(report.outcome("second").get().reason()).contains("nothing to look at");
  }

  @Test
  void aRuleThatThrowsEndsInErrorWithoutItsMessageWhileTheOthersRun() {
    Rulebook rulebook =
        Rulebook.of(
            "test",
            List.of(
                TestRule.throwing("fragile", "Ana Okafor uses a wheelchair"),
                TestRule.onProject("steady", Principle.POWER, Severity.NOTE)));
    Report report = rulebook.check(threePeople());

    Outcome error = report.outcome("fragile").get();
    assertThat(error.status()).isEqualTo(OutcomeStatus.ERROR);
    assertThat(error.reason().get())
        .contains("IllegalStateException")
        .doesNotContain("Ana")
        .doesNotContain("wheelchair");
    assertThat(report.outcome("steady").get().status()).isEqualTo(OutcomeStatus.FINDINGS);
    assertThat(report.findings().map(Finding::rule)).containsExactly("steady");
    // An error fails the check at any level, even with only a note found.
    assertThat(report.failsAt(Severity.CONCERN)).isTrue();
  }

  @Test
  void aRuleThatFailsAnAssertionOrThrowsACheckedExceptionAlsoEndsInErrorWhileTheOthersRun() {
    Rule asserting =
        new TestRule(
            TestRule.metadata("asserting", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context -> {
              throw new AssertionError("Ana Okafor");
            });
    // Vavr's Try.get() rethrows a checked cause as it is, undeclared.
    Rule sneaky =
        new TestRule(
            TestRule.metadata("sneaky", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context ->
                io.vavr.control.Try.<Outcome>failure(new java.io.IOException("Ana Okafor")).get());
    Report report =
        Rulebook.of(
                "test",
                List.of(
                    asserting,
                    sneaky,
                    TestRule.onProject("steady", Principle.POWER, Severity.NOTE)))
            .check(threePeople());
    assertThat(report.outcomes().map(o -> o.rule() + " " + o.status()))
        .containsExactly("asserting ERROR", "sneaky ERROR", "steady FINDINGS");
    assertThat(report.outcomes().flatMap(Outcome::reason)).noneMatch(r -> r.contains("Ana"));
  }

  @Test
  void aRuleThatReturnsNothingOrAnUndeclaredKindEndsInError() {
    Rule nothing =
        new TestRule(
            TestRule.metadata("nothing", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context -> null);
    Rule undeclared =
        new TestRule(
            TestRule.metadata("undeclared", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context ->
                Outcome.of(
                    "undeclared",
                    List.of(
                        Finding.builder()
                            .rule("undeclared")
                            .kind("other")
                            .principle(Principle.POWER)
                            .severity(Severity.NOTE)
                            .template(
                                org.coprod.rules.Template.of(
                                    "default", "{words}", org.coprod.rules.Param.text("words")))
                            .addArgument(org.coprod.rules.Argument.text("words", "m"))
                            .build())));
    Report report = Rulebook.of("test", List.of(nothing, undeclared)).check(threePeople());
    assertThat(report.outcomes().map(Outcome::status)).containsOnly(OutcomeStatus.ERROR);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void refusesAFormerIdThatIsAnotherRulesIdOrFormerId() {
    Rule renamed =
        new TestRule(
            TestRule.metadata("new-name", Principle.POWER, TestRule.kind(Severity.NOTE))
                .addFormerId("old-name")
                .build(),
            context -> context.passed());
    assertThatThrownBy(() -> Rulebook.of("clash", List.of(renamed, TestRule.passing("old-name"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'old-name'");
    assertThatThrownBy(
            () ->
                TestRule.metadata("same", Principle.POWER, TestRule.kind(Severity.NOTE))
                    .addFormerId("same")
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rulesThatLookAtFindingsSeeEveryFindingRaisedBeforeThemAndStaleAcknowledgementRunsLast() {
    java.util.List<Integer> seen = new java.util.ArrayList<>();
    Rule counting =
        new TestRule(
            TestRule.metadata("counting", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context -> {
              seen.add(context.otherFindings().size());
              return context.outcome(
                  List.of(
                      context
                          .finding(context.rule().kind("found").get())
                          .template(
                              org.coprod.rules.Template.of(
                                  "default", "{words}", org.coprod.rules.Param.text("words")))
                          .addArgument(org.coprod.rules.Argument.text("words", "Seen."))
                          .addSubject(context.project().id())
                          .build()));
            });
    Rule.OnFindings first = onFindings("first", seen);
    Rule.OnFindings second = onFindings("second", seen);
    Rulebook book =
        Rulebook.of(
            "order",
            List.of(first, new org.coprod.rules.standard.StaleAcknowledgement(), counting, second));
    book.check(threePeople());
    // counting saw nothing; first saw counting's; second saw counting's and first's.
    assertThat(seen).containsExactly(0, 1, 2);
    assertThat(book.check(threePeople()).outcomes().map(Outcome::rule))
        .containsExactly("first", "stale-acknowledgement", "counting", "second");
  }

  private static Rule.OnFindings onFindings(String id, java.util.List<Integer> seen) {
    RuleMetadata meta =
        TestRule.metadata(id, Principle.POWER, TestRule.kind(Severity.NOTE)).build();
    return new Rule.OnFindings() {
      @Override
      public RuleMetadata metadata() {
        return meta;
      }

      @Override
      public Outcome check(RuleContext context) {
        seen.add(context.otherFindings().size());
        return context.outcome(
            List.of(
                context
                    .finding(context.rule().kind("found").get())
                    .template(
                        org.coprod.rules.Template.of(
                            "default", "{words}", org.coprod.rules.Param.text("words")))
                    .addArgument(org.coprod.rules.Argument.text("words", "Seen."))
                    .addSubject(context.project().id())
                    .build()));
      }
    };
  }

  @Test
  void refusesTwoRulesWithOneIdAtOnce() {
    Rule one = TestRule.passing("twin");
    Rule other = TestRule.onProject("twin", Principle.RESPECT, Severity.WARNING);
    assertThatThrownBy(() -> Rulebook.of("test", List.of(one, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'twin'");
    assertThatThrownBy(() -> Rulebook.of("test", List.of(one)).plus(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'twin'");
    assertThatThrownBy(() -> Rulebook.standard().plus(new AcmeRule(), new AcmeRule()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(AcmeRule.ID);
  }

  @Test
  void theStandardRulebookIsExactlyTheBuiltInRules() {
    assertThat(Rulebook.standard().rules().map(Rule::id))
        .isEqualTo(StandardRules.all().map(Rule::id));
    assertThat(Rulebook.standard().name()).isEqualTo(Rulebook.STANDARD);
  }

  /**
   * {@link Rulebook#discover()} as an application with the test resources on its class path sees
   * it.
   */
  private static Rulebook discoverFromClassPath() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(new ClassPathLoader(previous, AcmeRule.class.getName()));
    try {
      return Rulebook.discover();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void discoversACustomRuleDeclaredAsAServiceProvider() {
    Rulebook discovered = discoverFromClassPath();
    assertThat(discovered.rules().map(Rule::id)).contains(AcmeRule.ID);
    assertThat(discovered.rules().map(Rule::id).removeAll(List.of(AcmeRule.ID)))
        .isEqualTo(Rulebook.standard().rules().map(Rule::id));

    Report report = discovered.check(threePeople());
    assertThat(report.outcome(AcmeRule.ID).get().status()).isEqualTo(OutcomeStatus.FINDINGS);
    Finding note = report.findings(AcmeRule.ID).single();
    assertThat(note.principle()).isEqualTo(Principle.PURPOSE);
    assertThat(note.severity()).isEqualTo(Severity.NOTE);
  }

  @Test
  void plusAndWithoutGiveNewRulebooksAndLeaveTheOldOneAlone() {
    Rulebook base = Rulebook.of("test", List.of(TestRule.passing("a"), TestRule.passing("b")));
    Rulebook more = base.plus(TestRule.passing("c"));
    Rulebook fewer = more.without("a", "no-such-rule");
    assertThat(base.rules().map(Rule::id)).containsExactly("a", "b");
    assertThat(more.rules().map(Rule::id)).containsExactly("a", "b", "c");
    assertThat(fewer.rules().map(Rule::id)).containsExactly("b", "c");
    assertThat(fewer.check(threePeople()).outcomes().map(Outcome::rule)).containsExactly("b", "c");
  }

  @Test
  void checksAProjectAsOfItsLastDatedEventNotTheClock() {
    Report report = Rulebook.of("test", List.of(TestRule.passing("a"))).check(threePeople());
    assertThat(report.asOf()).isEqualTo(Fixtures.day(10));
    assertThat(report.closed()).isFalse();
    assertThat(report.project().value()).isEqualTo("test");
    assertThat(report.title()).isEqualTo("Test project");
  }

  @Test
  void theSameProjectCheckedFromSeveralThreadsGivesEqualReports() throws Exception {
    Rulebook rulebook =
        discoverFromClassPath()
            .plus(
                TestRule.perContributor("each", Principle.RESOURCES, Severity.WARNING),
                TestRule.bySide("sides", Principle.POWER));
    Project p = threePeople();
    Report alone = rulebook.check(p);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      java.util.List<Callable<Report>> tasks = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        tasks.add(() -> rulebook.check(p));
      }
      for (Future<Report> f : pool.invokeAll(tasks)) {
        assertThat(f.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aChangedRulebookNeverCallsItselfByTheNameOfTheOneItStartedFrom() {
    Rulebook standard = Rulebook.standard();
    Rulebook more = standard.plus(TestRule.passing("acme/a"), TestRule.passing("acme/b"));
    Report report = more.check(threePeople());
    assertThat(report.ruleset()).isEqualTo("coprod-standard+acme/a+acme/b");
    assertThat(report.rulesetDigest()).isEqualTo(more.digest()).isNotEqualTo(standard.digest());
    assertThat(more.without("acme/a").name()).isEqualTo("coprod-standard+acme/a+acme/b-acme/a");
    // Adding or removing nothing is no change.
    assertThat(standard.plus().name()).isEqualTo(Rulebook.STANDARD);
    assertThat(standard.without("no-such-rule").name()).isEqualTo(Rulebook.STANDARD);
    assertThat(more.named("acme", "1").name()).isEqualTo("acme");
  }

  @Test
  void aStrictRulebookRethrowsARulesExceptionFromTheRulesOwnFrame() {
    Rule fragile = TestRule.throwing("fragile", "a fault");
    Rulebook strict = Rulebook.of("test", List.of(fragile)).strict();
    assertThat(strict.isStrict()).isTrue();
    assertThat(strict.named("x", "1").isStrict()).isTrue();
    assertThatThrownBy(() -> strict.check(threePeople()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a fault")
        .satisfies(
            e ->
                assertThat(e.getStackTrace()[0].getClassName())
                    .isEqualTo(TestRule.class.getName()));
    // The same rule in a rulebook that is not strict ends in ERROR and the check goes on.
    assertThat(
            Rulebook.of("test", List.of(fragile)).check(threePeople()).outcomes().head().status())
        .isEqualTo(OutcomeStatus.ERROR);
  }

  @Test
  void aStrictRulebookThrowsNamingARuleThatBreaksTheRuleApi() {
    Rule nothing =
        new TestRule(
            TestRule.metadata("nothing", Principle.POWER, TestRule.kind(Severity.NOTE)).build(),
            context -> null);
    assertThatThrownBy(() -> Rulebook.of("test", List.of(nothing)).strict().check(threePeople()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule nothing: the rule returned no outcome");
  }

  @Test
  void aCustomRuleAskingForAnUndeclaredKindIsNamedAtItsOwnFrameWithTheKindsItDeclares() {
    Rule typo = new TypoRule();
    Outcome o = Rulebook.of("test", List.of(typo)).check(threePeople()).outcomes().head();
    assertThat(o.status()).isEqualTo(OutcomeStatus.ERROR);
    assertThat(o.reason().get())
        .startsWith("the rule asked for a finding of an undeclared kind 'foud' at ")
        .contains(TypoRule.class.getName() + ".check(RulebookTest.java:")
        .endsWith("; it declares found")
        .doesNotContain("RuleContext");
    assertThatThrownBy(() -> Rulebook.of("test", List.of(typo)).strict().check(threePeople()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule acme/typo declares no kind foud");
  }

  /** A custom rule with a typo in the kind it asks for. */
  private static final class TypoRule implements Rule {
    @Override
    public RuleMetadata metadata() {
      return TestRule.metadata("acme/typo", Principle.POWER, TestRule.kind(Severity.NOTE)).build();
    }

    @Override
    public Outcome check(RuleContext context) {
      FindingKind typo = TestRule.kind("foud", Severity.NOTE);
      return context.outcome(
          List.of(context.finding(typo).addArgument(Argument.text("words", "m")).build()));
    }
  }
}
