package org.coprod.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coprod.core.Fixtures.ANA;
import static org.coprod.core.Fixtures.crisisLine;
import static org.coprod.core.Fixtures.day;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money is normalised when built, so equal amounts are equal values, and written plainly. */
class MoneyTest {
  @Test
  void trailingZerosMakeNoDifference() {
    assertThat(Money.normalize(new BigDecimal("12.50"))).isEqualTo(new BigDecimal("12.5"));
    assertThat(Money.normalize(new BigDecimal("0.00"))).isEqualTo(BigDecimal.ZERO);
    assertThat(Money.normalize(new BigDecimal("-3.10"))).isEqualTo(new BigDecimal("-3.1"));
  }

  @Test
  void roundAmountsAreWrittenPlainly() {
    assertThat(Money.normalize(new BigDecimal("100.00")).toString()).isEqualTo("100");
    assertThat(Money.normalize(new BigDecimal("1E+2")).toString()).isEqualTo("100");
    assertThat(Money.normalize(new BigDecimal("20000")).toString()).isEqualTo("20000");
    assertThat(Money.normalize(new BigDecimal("0.0001")).toPlainString()).isEqualTo("0.0001");
  }

  @Test
  void everyAmountInAProjectIsNormalised() {
    Project p =
        crisisLine()
            .addResource(
                Resource.builder()
                    .id(ResourceId.of("grant"))
                    .kind(ResourceKind.MONEY)
                    .amount(new BigDecimal("1.5E+3"))
                    .unit("GBP")
                    .build())
            .build();
    Contribution paid = p.contributions().get(1);
    assertThat(paid.paid()).isEqualTo(new BigDecimal("75")).hasToString("75");
    assertThat(paid.expenses().get().claimed()).isEqualTo(new BigDecimal("12.5"));
    assertThat(p.agreements().head().payment().get().ratePerHour().get())
        .isEqualTo(new BigDecimal("25"));
    assertThat(p.resource(ResourceId.of("grant")).get().amount()).hasToString("1500");
  }

  @Test
  void valuesThatDifferOnlyInTrailingZerosAreEqual() {
    Contribution a = Fixtures.contribution(ANA, "2017-04-01", 1).withPaid(new BigDecimal("12.50"));
    Contribution b = Fixtures.contribution(ANA, "2017-04-01", 1).withPaid(new BigDecimal("12.5"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(Expenses.of(new BigDecimal("7.00"))).isEqualTo(Expenses.of(new BigDecimal("7")));
    assertThat(PaymentTerms.builder().ratePerHour(new BigDecimal("25.0")).build())
        .isEqualTo(PaymentTerms.builder().ratePerHour(new BigDecimal("25")).build());
    assertThat(crisisLine().build().contributions().get(1).paidOn().get())
        .isEqualTo(day("2017-03-20"));
  }
}
