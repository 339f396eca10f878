package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReaderTests {

	@Test
	@SuppressWarnings("unchecked")
	void readsObjectsArraysStringsNumbersAndLiterals() {
		Object parsed = JsonReader.parse("{\"a\": \"x\\u00e9\", \"b\": [1, 2.5, true, null], \"c\": {}}");
		assertThat(parsed).isInstanceOf(Map.class);
		Map<?, ?> map = (Map<?, ?>) parsed;
		assertThat(map.get("a")).isEqualTo("xé");
		assertThat((List<Object>) map.get("b")).containsExactly(1.0, 2.5, true, null);
		assertThat((Map<?, ?>) map.get("c")).isEmpty();
	}

	@Test
	void rejectsBrokenDocuments() {
		assertThatThrownBy(() -> JsonReader.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> JsonReader.parse("[1, 2] x")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void matchesPascalCaseColumnsToSnakeCaseLabels() {
		assertThat(DatasetLabels.key("Customer", "FirstName")).isEqualTo(DatasetLabels.key("customer", "first_name"));
	}
}
