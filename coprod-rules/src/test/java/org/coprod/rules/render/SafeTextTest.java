package org.coprod.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SafeTextTest {
  @Test
  void printableRemovesControlCharactersAndKeepsWordsApart() {
    assertThat(SafeText.printable("\u001b[31mred\u001b[0m\u0007")).isEqualTo("[31mred[0m");
    assertThat(SafeText.printable("one\r\ntwo\tthree\u2028four")).isEqualTo("one two three four");
    assertThat(SafeText.printable("a\u0085b\u009bc\u007fd")).isEqualTo("a bcd");
    assertThat(SafeText.printable("Zoë 日本語 🙂 \u00a0")).isEqualTo("Zoë 日本語 🙂 \u00a0");
    assertThat(SafeText.printable("lone \ud800 surrogate")).isEqualTo("lone \ufffd surrogate");
  }

  @Test
  void oneLinePutsTextOnOneLineWithSingleSpaces() {
    assertThat(SafeText.oneLine("  a \n\n b\u00a0\u00a0c\t")).isEqualTo("a b c");
    assertThat(SafeText.oneLine("\u001b")).isEmpty();
  }

  @Test
  void csvCellLeadsAFormulaWithAnApostropheAndLeavesNumbersAlone() {
    assertThat(SafeText.csvCell("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
    assertThat(SafeText.csvCell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(SafeText.csvCell("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
    assertThat(SafeText.csvCell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
    assertThat(SafeText.csvCell("\t=1+1")).isEqualTo("' =1+1");
    assertThat(SafeText.csvCell("\r=1+1")).isEqualTo("' =1+1");
    assertThat(SafeText.csvCell("  =1")).isEqualTo("'  =1");
    assertThat(SafeText.csvCell("\uff1d1+1")).isEqualTo("'\uff1d1+1");
    assertThat(SafeText.csvCell("-")).isEqualTo("'-");
    for (String number : new String[] {"-0.25", "-1", "+3", "1.5E+300", "-2e-7", "0", "12.50"}) {
      assertThat(SafeText.csvCell(number)).as(number).isEqualTo(number);
    }
    for (String text : new String[] {"credit-one-sided", "2021-06-30", "a=b", "", "x@y"}) {
      assertThat(SafeText.csvCell(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void escapedWritesOutEveryControlCharacterOnOneLine() {
    assertThat(SafeText.escaped("ana\nfile.yaml:1:1: forged"))
        .isEqualTo("ana\\nfile.yaml:1:1: forged");
    assertThat(SafeText.escaped("\u001b]0;title\u0007\u001b[2J"))
        .isEqualTo("\\u001B]0;title\\u0007\\u001B[2J");
    assertThat(SafeText.escaped("\r\t\u202egnp.exe\u2029"))
        .isEqualTo("\\r\\t\\u202Egnp.exe\\u2029");
    assertThat(SafeText.escaped("plain: Zoë 🙂 \\ back")).isEqualTo("plain: Zoë 🙂 \\ back");
    assertThat(SafeText.quoted("a\u0000b")).isEqualTo("'a\\u0000b'");
  }

  @Property
  void printableTextHoldsNoControlCharacter(@ForAll String text) {
    assertThat(SafeText.printable(text).chars()).noneMatch(Character::isISOControl);
    assertThat(SafeText.oneLine(text))
        .doesNotContain("\n", "\r", "  ")
        .isEqualTo(SafeText.oneLine(text).strip());
  }

  @Property
  void anEscapedMessageIsOneLineWithoutControlCharacters(@ForAll String text) {
    String escaped = SafeText.escaped(text);
    assertThat(escaped.chars()).noneMatch(Character::isISOControl);
    assertThat(escaped).doesNotContain("\u2028", "\u2029", "\u202e");
  }

  @Property
  void noSafeCellStartsAFormulaUnlessItIsANumber(@ForAll String text) {
    String cell = SafeText.csvCell(text).stripLeading();
    if (!cell.isEmpty() && "=+-@\uff1d\uff0b\uff0d\uff20".indexOf(cell.charAt(0)) >= 0) {
      assertThat(cell).matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    }
    assertThat(cell.chars()).noneMatch(Character::isISOControl);
  }

  @Test
  void eachKindOfCharacterIsCleanedOnItsOwn() {
    assertThat(SafeText.printable("a\u0007")).isEqualTo("a");
    assertThat(SafeText.printable("a\u2028b")).isEqualTo("a b");
    assertThat(SafeText.printable("\ud800")).isEqualTo("\ufffd");
    assertThat(SafeText.printable("a\ud83d")).isEqualTo("a\ufffd");
    assertThat(SafeText.printable("\ude42a")).isEqualTo("\ufffda");
    assertThat(SafeText.printable("\ud83d\ude42")).isEqualTo("\ud83d\ude42");
    assertThat(SafeText.printable("plain")).isSameAs("plain");
  }

  @Test
  void escapesExactlyTheCharactersThatTurnTextRound() {
    for (char c : new char[] {'\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029'}) {
      assertThat(SafeText.escaped("a" + c)).as("U+%04X", (int) c).startsWith("a\\u");
    }
    for (char c : new char[] {'\u202f', '\u2065', '\u206a', '\u2027'}) {
      assertThat(SafeText.escaped("a" + c)).as("U+%04X", (int) c).isEqualTo("a" + c);
    }
  }
}
