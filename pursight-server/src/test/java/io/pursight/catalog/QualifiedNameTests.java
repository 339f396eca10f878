package io.pursight.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QualifiedNameTests {

	@Test
	void quotesOnlyTheSegmentsThatNeedIt() {
		assertThat(QualifiedName.of("shop", "sales", "public", "customer").child("email").value())
			.isEqualTo("shop.sales.public.customer.email");
		assertThat(QualifiedName.of("shop", "", "my schema", "a.b").child("we\"ird").value())
			.isEqualTo("shop.\"\".\"my schema\".\"a.b\".\"we\"\"ird\"");
		assertThat(QualifiedName.of("tab\there").value()).isEqualTo("\"tab\there\"");
		assertThat(QualifiedName.of("ünïcode-$_1").value()).isEqualTo("ünïcode-$_1");
	}

	@Test
	void readsBackIntoItsSegments() {
		List<String> segments = List.of("shop", "", "\"", "a.b", "x \"y\" z", "..", "plain");
		QualifiedName name = QualifiedName.of(segments.getFirst(), segments.subList(1, segments.size()).toArray(String[]::new));
		assertThat(name.segments()).isEqualTo(segments);
	}

	@Test
	void refusesToSplitNamesThatNoSegmentsCouldHaveMade() {
		for (String text : List.of("", "a..b", "a.", "\"open", "\"a\"b", "a\"b", "a b.c")) {
			assertThatIllegalArgumentException().as(text).isThrownBy(() -> new QualifiedName(text).segments())
				.withMessageStartingWith("Not a qualified name: " + text);
		}
	}

	@Test
	void keepsTheTextAsWrittenAndIsAStringInJson() {
		QualifiedName asked = new QualifiedName("\"shop\".sales");
		assertThat(asked.value()).isEqualTo("\"shop\".sales");
		assertThat(asked).isNotEqualTo(QualifiedName.of("shop", "sales"));
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.writeValueAsString(QualifiedName.of("shop", "a.b"))).isEqualTo("\"shop.\\\"a.b\\\"\"");
		assertThat(json.readValue("\"shop.\\\"a.b\\\"\"", QualifiedName.class)).isEqualTo(QualifiedName.of("shop", "a.b"));
	}
}
