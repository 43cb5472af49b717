package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScalarsProperties {
  /** The plain decimal number of the format, as a regular expression says it. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  @Property
  void decimalsMatchedByHandAreThoseOfTheRegularExpression(@ForAll("numberLike") String text) {
    assertThat(Scalars.Digits.isDecimal(text)).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Property
  void anyTextIsADecimalExactlyWhenTheRegularExpressionSaysSo(@ForAll String text) {
    assertThat(Scalars.Digits.isDecimal(text)).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Example
  void theEdgesOfAPlainDecimal() {
    for (String yes : new String[] {"0", "-0", "12.5", "1e5", "1E+5", "-3.25e-2", "007"}) {
      assertThat(Scalars.Digits.isDecimal(yes)).as(yes).isTrue();
    }
    for (String no :
        new String[] {
          "", "-", ".5", "5.", "1e", "1e+", "+1", "1.2.3", "1e5.0", " 1", "١٢", "0x10"
        }) {
      assertThat(Scalars.Digits.isDecimal(no)).as(no).isFalse();
    }
  }

  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("0123456789-+.eE x").ofMaxLength(12);
  }
}
