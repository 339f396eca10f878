package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistinctValuesTests {

	private static List<String> draw(int size, int population, long seed) {
		Random random = new Random(seed);
		List<String> out = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			out.add("v" + random.nextInt(population));
		}
		return out;
	}

	@Test
	void estimatesTheDistinctValuesOfTheColumnNotOfTheSample() {
		// 60 values: a sample of 50 shows about 35 of them, a sample of 1,000 all
		DistinctValues small = DistinctValues.of(draw(50, 60, 1));
		DistinctValues large = DistinctValues.of(draw(1_000, 60, 2));
		assertThat(small.size()).isLessThan(45);
		assertThat(small.estimatedSize()).isGreaterThan(small.size() + 5);
		assertThat(large.estimatedSize()).isCloseTo(60, within(3.0));
	}

	@Test
	void takesACodeListForWhatItShows() {
		List<String> statuses = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			statuses.add(List.of("NEW", "OPEN", "SHIPPED", "CLOSED").get(i % 4));
		}
		assertThat(DistinctValues.of(statuses).estimatedSize()).isEqualTo(4);
	}

	@Test
	void neverMoreThanDoublesWhatASmallTableReadWholeShows() {
		assertThat(DistinctValues.of(List.of("a", "b", "c", "d", "e", "f")).estimatedSize()).isEqualTo(12);
	}

	@Test
	void measuresStraysAsAShareOfRows() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			values.add(i % 50 == 0 ? "stray" + i : i % 2 == 0 ? "M" : "F");
		}
		assertThat(DistinctValues.of(values).shareBeyondMostCommon(12)).isCloseTo(0.01, within(0.001));
		assertThat(DistinctValues.of(values).shareBeyondMostCommon(30)).isZero();
	}
}
