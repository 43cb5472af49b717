package org.coprod.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module table of the README, enforced on the compiled classes: data flows one way, file →
 * project → view → index → rules → report → renderer, and nothing downstream reaches back. Maven
 * already refuses cycles between modules; this also catches a dependency that slipped in through a
 * transitive path.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coprod");
  }

  @Test
  void coreDependsOnNoOtherCoprodModule() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.rules..",
            "org.coprod.io..",
            "org.coprod.jackson..",
            "org.coprod.live..",
            "org.coprod.workbook..",
            "org.coprod.testkit..",
            "org.coprod.cli..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because("coprod-core is the foundation: values, validation, views and measures")
        .check(classes);
  }

  @Test
  void rulesDependOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.io..",
            "org.coprod.jackson..",
            "org.coprod.live..",
            "org.coprod.workbook..",
            "org.coprod.testkit..",
            "org.coprod.cli..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because("rules read a view of a project, never a file")
        .check(classes);
  }

  @Test
  void ioDependsOnlyOnCoreAndRules() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.jackson..",
            "org.coprod.live..",
            "org.coprod.testkit..",
            "org.coprod.cli..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because("coprod-io reads and writes files for the command and for applications alike")
        .check(classes);
  }

  @Test
  void testkitDependsOnlyOnCoreAndRules() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.testkit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.workbook..",
            "org.coprod.cli..",
            "org.coprod.jackson..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because(
            "property tests of rules need projects in memory; io only prints a counterexample as"
                + " a project file")
        .check(classes);
  }

  @Test
  void workbooksDependOnlyOnCoreAndIo() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.workbook..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.rules..",
            "org.coprod.testkit..",
            "org.coprod.cli..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because("a workbook is one more way to keep a project file: it reads and writes projects")
        .check(classes);
  }

  @Test
  void ioDoesNotDependOnWorkbooks() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.coprod.workbook..")
        .because("workbooks are laid out in io's tables, not the other way round")
        .check(classes);
  }

  @Test
  void theCommandDependsOnNeitherTestkitNorExamples() {
    noClasses()
        .that()
        .resideInAPackage("org.coprod.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.coprod.testkit..", "org.coprod.examples..", "org.coprod.bench..")
        .because("the command is built from core, rules, io and workbook")
        .check(classes);
  }

  @Test
  void jacksonAndLiveDependOnlyOnCoreRulesAndIo() {
    noClasses()
        .that()
        .resideInAnyPackage("org.coprod.jackson..", "org.coprod.live..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.coprod.testkit..",
            "org.coprod.cli..",
            "org.coprod.examples..",
            "org.coprod.bench..")
        .because("applications embed them beside core, rules and io")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.coprod.live..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.coprod.jackson..")
        .because("the live project needs no databind")
        .check(classes);
  }
}
