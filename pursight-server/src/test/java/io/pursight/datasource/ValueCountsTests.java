package io.pursight.datasource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueCountsTests {

	@Test
	void countsEachDistinctNonNullValueInTheOrderFirstRead() {
		ValueCounts counts = ValueCounts.of(Arrays.asList("b", null, "a", "b", null, "c", "b"));

		assertThat(counts.size()).isEqualTo(3);
		assertThat(counts.total()).isEqualTo(5);
		assertThat(List.of(counts.value(0), counts.value(1), counts.value(2))).containsExactly("b", "a", "c");
		assertThat(List.of(counts.count(0), counts.count(1), counts.count(2))).containsExactly(3, 1, 1);
		assertThat(counts.first(2)).containsExactly("b", "a");
		assertThat(counts.first(10)).containsExactly("b", "a", "c");
		assertThatThrownBy(() -> counts.value(3)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void manyDistinctValuesAndNoneAtAll() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add("v" + i % 400);
		}
		ValueCounts counts = ValueCounts.of(values);
		assertThat(counts.size()).isEqualTo(400);
		assertThat(counts.total()).isEqualTo(1000);
		assertThat(counts.value(399)).isEqualTo("v399");
		assertThat(counts.count(0)).isEqualTo(3);
		assertThat(counts.count(399)).isEqualTo(2);

		ValueCounts none = ValueCounts.of(Arrays.asList(null, null));
		assertThat(none.size()).isZero();
		assertThat(none.total()).isZero();
		assertThat(none.first(5)).isEmpty();
	}
}
