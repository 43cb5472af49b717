package org.coprod.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** A list in one cell of a table: any text goes in and comes back the same. */
class ListCellProperties {
  private static List<String> texts(String cell) {
    return ListCell.split(cell).stream().map(ListCell.Item::text).toList();
  }

  @Property
  void anyItemsJoinedIntoACellSplitBackToThemselves(
      @ForAll @NotEmpty @Size(max = 6)
          List<@StringLength(max = 12) @Chars({';', '"', ' ', 'a', 'b', '\t'}) String> items) {
    assertThat(texts(ListCell.join(items))).isEqualTo(items);
  }

  @Example
  void onlyItemsThatNeedQuotesGetThem() {
    assertThat(ListCell.join(List.of("carer-1", "large print; audio", "the \"quiet\" room", "")))
        .isEqualTo("carer-1;\"large print; audio\";\"the \"\"quiet\"\" room\";\"\"");
    assertThat(texts("\"large print; audio\" ; hybrid"))
        .containsExactly("large print; audio", "hybrid");
  }

  @Example
  void aCellTypedWithoutQuotesReadsAsBefore() {
    assertThat(texts("carer-1; carer-2;")).containsExactly("carer-1", "carer-2");
    assertThat(texts("a;;b")).containsExactly("a", "", "b");
    // a quote typed inside an item, not around it, is part of the item
    assertThat(texts("the \"quiet\" room;hybrid")).containsExactly("the \"quiet\" room", "hybrid");
    assertThat(texts("\"open;hybrid")).containsExactly("\"open", "hybrid");
    assertThat(ListCell.split("a;;b").get(1).quoted()).isFalse();
  }
}
