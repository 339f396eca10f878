package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFieldsTests {

	private static List<String> pairs(String json) {
		List<String> out = new ArrayList<>();
		JsonFields.read(json, (key, from, to) -> out.add(key + "=" + json.substring(from, to)));
		return out;
	}

	@Test
	void readsStringNumberAndLiteralValuesAtAnyDepth() {
		assertThat(pairs("{\"a\": \"x\", \"n\": 12.5, \"o\": {\"b\": true, \"c\": \"q\\\"r\"}, \"l\": [1, 2]}"))
				.containsExactly("a=x", "n=12.5", "b=true", "c=q\\\"r");
	}

	@Test
	void readsArrayElementsOfObjectsButNotStringElementsAsKeys() {
		assertThat(pairs("[{\"email\": \"a@b.co\"}, {\"tags\": [\"x\", \"y\"]}]")).containsExactly("email=a@b.co");
	}

	@Test
	void stopsQuietlyOnATruncatedDocument() {
		assertThat(pairs("{\"a\": \"x\", \"b\": \"unterminated")).containsExactly("a=x");
	}

	@Test
	void recognisesDocumentsByTheirBrackets() {
		assertThat(JsonFields.isDocument("{\"a\": 1}")).isTrue();
		assertThat(JsonFields.isDocument("[{\"a\": 1}]")).isTrue();
		assertThat(JsonFields.isDocument("[1, 2, 3]")).isFalse();
		assertThat(JsonFields.isDocument("{a} and more")).isFalse();
	}
}
