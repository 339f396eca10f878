package io.pursight.scanrules;

import io.pursight.common.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamePatternTests {

	@Test
	void aGlobMatchesTheWholeNameIgnoringCase() {
		NamePattern sales = NamePattern.glob("sales_*");

		assertThat(sales.matches("sales_2024")).isTrue();
		assertThat(sales.matches("SALES_eu")).isTrue();
		assertThat(sales.matches("sales_")).isTrue();
		assertThat(sales.matches("old_sales_2024")).isFalse();
		assertThat(sales.matches("sales")).isFalse();
		assertThat(sales.matches(null)).isFalse();
	}

	@Test
	void aGlobKnowsSingleCharactersAndSets() {
		assertThat(NamePattern.glob("t?").matches("t1")).isTrue();
		assertThat(NamePattern.glob("t?").matches("t12")).isFalse();
		assertThat(NamePattern.glob("log_[abc]").matches("log_B")).isTrue();
		assertThat(NamePattern.glob("log_[abc]").matches("log_d")).isFalse();
		assertThat(NamePattern.glob("v[0-9]").matches("v7")).isTrue();
		assertThat(NamePattern.glob("v[!0-9]").matches("v7")).isFalse();
		assertThat(NamePattern.glob("v[!0-9]").matches("vx")).isTrue();
	}

	@Test
	void aGlobTakesRegexCharactersLiterally() {
		NamePattern dotted = NamePattern.glob("public.orders");

		assertThat(dotted.matches("public.orders")).isTrue();
		assertThat(dotted.matches("publicXorders")).isFalse();
		assertThat(NamePattern.glob("a+b").matches("a+b")).isTrue();
		assertThat(NamePattern.glob("a+b").matches("aab")).isFalse();
		assertThat(NamePattern.glob("we(ird)$").matches("we(ird)$")).isTrue();
	}

	@Test
	void aRegexMatchesTheWholeNameIgnoringCase() {
		NamePattern temp = NamePattern.regex(".*_(tmp|bak)");

		assertThat(temp.matches("orders_TMP")).isTrue();
		assertThat(temp.matches("orders_bak")).isTrue();
		assertThat(temp.matches("orders_bak_2")).isFalse();
	}

	@Test
	void aMalformedPatternIsRefusedNamingIt() {
		assertThatThrownBy(() -> NamePattern.regex("orders_(")).isInstanceOf(Problem.class)
				.hasMessageContaining("'orders_('");
		assertThatThrownBy(() -> NamePattern.glob("log_[abc")).isInstanceOf(Problem.class)
				.hasMessageContaining("'log_[abc'").hasMessageContaining("never closed");
		assertThatThrownBy(() -> NamePattern.glob(" ")).isInstanceOf(Problem.class).hasMessageContaining("empty");
	}

	@Test
	void rejectsRegexThatBacktracksCatastrophically() {
		for (String nested : new String[] { "(a+)+", "(\\w*)*b", "((ab)+c)+", "(x{2,})+", "(a|b+)*" }) {
			assertThatThrownBy(() -> NamePattern.regex(nested)).as(nested).isInstanceOf(Problem.class)
					.hasMessageContaining("repeats a group that itself repeats");
		}
		assertThat(NamePattern.regex("(ab)+").matches("abab")).isTrue();
		assertThat(NamePattern.regex("(a+)?b").matches("aab")).isTrue();
		assertThat(NamePattern.regex("[(a+)]+").matches("a+")).isTrue();
		assertThat(NamePattern.regex("\\(a+\\)+").matches("(aa))")).isTrue();
	}

	@Test
	void refusesOverlongPatterns() {
		String longest = "a".repeat(NamePattern.MAX_LENGTH);

		assertThat(NamePattern.regex(longest).matches(longest)).isTrue();
		assertThatThrownBy(() -> NamePattern.regex(longest + "a")).isInstanceOf(Problem.class)
				.hasMessageContaining("at most 500");
	}
}
