package io.pursight.scan.profile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.pursight.datasource.ExactProfile;
import io.pursight.scan.ColumnProfile;
import io.pursight.scan.ColumnProfile.Bucket;
import io.pursight.scan.ColumnProfile.ValueCount;
import io.pursight.scan.ColumnProfile.ValueKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Column profiles from samples as the drivers render them, kind by kind, and what a sensitive profile keeps. */
class ColumnProfilerTests {

	@Test
	void integersGetExtremesMomentsAndOneBucketPerCodeWhenFew() {
		ColumnProfile p = ColumnProfiler.profile("integer", list("3", "1", "2", "2", "5", null, "4", "2"), -1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(p.sampleSize()).isEqualTo(8);
		assertThat(p.nullCount()).isEqualTo(1);
		assertThat(p.nullShare()).isEqualTo(0.125);
		assertThat(p.distinctCount()).isEqualTo(5);
		assertThat(p.min()).isEqualTo("1");
		assertThat(p.max()).isEqualTo("5");
		assertThat(p.mean()).isCloseTo(19.0 / 7, within(1e-12));
		assertThat(p.stddev()).isCloseTo(stddev(3, 1, 2, 2, 5, 4, 2), within(1e-12));
		assertThat(p.histogram()).containsExactly(new Bucket("1", "2", 1), new Bucket("2", "3", 3),
				new Bucket("3", "4", 1), new Bucket("4", "5", 1), new Bucket("5", "6", 1));
		assertThat(p.topValues().get(0)).isEqualTo(new ValueCount("2", 3));
		assertThat(p.minLength()).isNull();
		assertThat(p.exact()).isFalse();
	}

	@Test
	void decimalsAreReadLocaleFreeAndNegativesOrderNumerically() {
		ColumnProfile p = ColumnProfiler.profile("numeric(10,2)", list("-10.50", "2.25", "-3.00", "100.00", "9.75"), -1,
				false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(p.min()).isEqualTo("-10.50");
		assertThat(p.max()).isEqualTo("100.00");
		assertThat(p.mean()).isCloseTo(19.7, within(1e-9));
		assertThat(p.histogram()).hasSize(5);
		assertThat(p.histogram().get(0).lower()).isEqualTo("-10.5");
		assertThat(p.histogram().get(4).upper()).isEqualTo("100");
		assertThat(p.histogram().stream().mapToLong(Bucket::count).sum()).isEqualTo(5);
	}

	@Test
	void exponentsAndNonFiniteNumbersAreNumbersButNaNStaysOutOfTheSums() {
		ColumnProfile p = ColumnProfiler.profile("double precision", list("1.5E3", "NaN", "-2e-1", "Infinity"), -1,
				false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(p.min()).isEqualTo("-2e-1");
		assertThat(p.max()).isEqualTo("1.5E3");
		assertThat(p.mean()).isCloseTo(749.9, within(1e-9));
		assertThat(p.distinctCount()).isEqualTo(4);
	}

	@Test
	void aDecimalCommaOrGarbageInANumericColumnMakesItText() {
		ColumnProfile comma = ColumnProfiler.profile(null, list("1,5", "2,5"), -1, false);
		ColumnProfile garbage = ColumnProfiler.profile("int", list("12", "7", "n/a", "0x1F", " 3"), -1, false);

		assertThat(comma.valueKind()).isEqualTo(ValueKind.TEXT);
		assertThat(garbage.valueKind()).isEqualTo(ValueKind.TEXT);
		assertThat(garbage.mean()).isNull();
		assertThat(garbage.histogram()).isEmpty();
		assertThat(garbage.min()).isEqualTo(" 3");
		assertThat(garbage.max()).isEqualTo("n/a");
		assertThat(garbage.maxLength()).isEqualTo(4);
	}

	@Test
	void undeclaredNumbersAreRecognisedFromTheirValues() {
		ColumnProfile p = ColumnProfiler.profile("my_domain", list("10", "20", "+30"), -1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(p.max()).isEqualTo("+30");
	}

	@Test
	void timestampsAsPostgresMariaDbAndH2RenderThemOrderByTimeAcrossOffsets() {
		ColumnProfile p = ColumnProfiler.profile("timestamp with time zone",
				list("2024-01-31 13:45:00+01", "2024-01-31 12:30:00Z", "2024-01-31T13:00:00.5+00:00",
						"2024-02-01 00:00:00-05:30"),
				-1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.TEMPORAL);
		assertThat(p.min()).isEqualTo("2024-01-31 12:30:00Z");
		assertThat(p.max()).isEqualTo("2024-02-01 00:00:00-05:30");
		assertThat(p.histogram().get(0).lower()).isEqualTo("2024-01-31T12:30:00Z");
		assertThat(p.histogram().get(p.histogram().size() - 1).upper()).isEqualTo("2024-02-01T05:30:00Z");
		assertThat(p.mean()).isNull();

		ColumnProfile local = ColumnProfiler.profile("datetime", list("2023-12-31 23:59:59", "2024-01-01 00:00:00.123456"),
				-1, false);
		assertThat(local.valueKind()).isEqualTo(ValueKind.TEMPORAL);
		assertThat(local.max()).isEqualTo("2024-01-01 00:00:00.123456");
	}

	@Test
	void datesGetWholeDayBucketsAndBcDatesComeFirst() {
		ColumnProfile p = ColumnProfiler.profile("DATE", list("2024-03-01", "2024-02-28", "2024-02-29", "0044-03-15 BC"),
				-1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.TEMPORAL);
		assertThat(p.min()).isEqualTo("0044-03-15 BC");
		assertThat(p.max()).isEqualTo("2024-03-01");

		ColumnProfile days = ColumnProfiler.profile("date", list("2024-02-28", "2024-02-29", "2024-03-01", "2024-03-01"),
				-1, false);
		assertThat(days.histogram()).containsExactly(new Bucket("2024-02-28", "2024-02-29", 1),
				new Bucket("2024-02-29", "2024-03-01", 1), new Bucket("2024-03-01", "2024-03-02", 2));
	}

	@Test
	void impossibleDatesAndTimesMixedWithDatesAreText() {
		assertThat(ColumnProfiler.profile("date", list("2023-02-29"), -1, false).valueKind()).isEqualTo(ValueKind.TEXT);
		assertThat(ColumnProfiler.profile(null, list("2024-01-01", "13:45:00"), -1, false).valueKind())
				.isEqualTo(ValueKind.TEXT);
		ColumnProfile times = ColumnProfiler.profile("time", list("13:45:00", "08:00", "23:59:59.999"), -1, false);
		assertThat(times.valueKind()).isEqualTo(ValueKind.TEMPORAL);
		assertThat(times.min()).isEqualTo("08:00");
	}

	@Test
	void booleansAsEachDriverWritesThem() {
		ColumnProfile pg = ColumnProfiler.profile("boolean", list("t", "f", "t", null), -1, false);
		ColumnProfile h2 = ColumnProfiler.profile("BOOLEAN", list("TRUE", "FALSE"), -1, false);
		ColumnProfile maria = ColumnProfiler.profile("tinyint(1)", list("1", "0", "1"), -1, false);
		ColumnProfile undeclared = ColumnProfiler.profile(null, list("true", "false"), -1, false);

		assertThat(List.of(pg, h2, maria, undeclared)).extracting(ColumnProfile::valueKind).containsOnly(ValueKind.BOOLEAN);
		assertThat(pg.min()).isEqualTo("f");
		assertThat(pg.max()).isEqualTo("t");
		assertThat(pg.topValues()).containsExactly(new ValueCount("t", 2), new ValueCount("f", 1));
		assertThat(maria.histogram()).isEmpty();
		assertThat(ColumnProfiler.profile("tinyint", list("true", "false"), -1, false).valueKind())
				.isEqualTo(ValueKind.BOOLEAN);
	}

	@Test
	void textLengthsCountCharactersNotUtf16Units() {
		ColumnProfile p = ColumnProfiler.profile("varchar(100)", list("Zoë", "東京", "😀😀", "abcd", "Zoë"), -1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.TEXT);
		assertThat(p.minLength()).isEqualTo(2);
		assertThat(p.maxLength()).isEqualTo(4);
		assertThat(p.meanLength()).isCloseTo(14.0 / 5, within(1e-12));
		assertThat(p.min()).isEqualTo("Zoë");
		assertThat(p.topValues().get(0)).isEqualTo(new ValueCount("Zoë", 2));
	}

	@Test
	void allNullsAndAnEmptySampleGiveCountsOnly() {
		ColumnProfile nulls = ColumnProfiler.profile("integer", list(null, null, null), 1000, false);
		ColumnProfile empty = ColumnProfiler.profile(null, List.of(), 1000, false);

		assertThat(nulls.nullShare()).isEqualTo(1.0);
		assertThat(nulls.distinctCount()).isZero();
		assertThat(nulls.distinctEstimate()).isZero();
		assertThat(nulls.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(nulls.min()).isNull();
		assertThat(nulls.histogram()).isEmpty();
		assertThat(empty.sampleSize()).isZero();
		assertThat(empty.nullShare()).isZero();
		assertThat(empty.valueKind()).isEqualTo(ValueKind.OTHER);
		assertThat(empty.topValues()).isEmpty();
	}

	@Test
	void aSingleValueIsItsOwnMinMaxAndMeanWithoutDeviation() {
		ColumnProfile p = ColumnProfiler.profile("bigint", list("42"), -1, false);

		assertThat(p.min()).isEqualTo("42");
		assertThat(p.max()).isEqualTo("42");
		assertThat(p.mean()).isEqualTo(42.0);
		assertThat(p.stddev()).isNull();
		assertThat(p.histogram()).containsExactly(new Bucket("42", "43", 1));
	}

	@Test
	void binaryKeepsCountsOnly() {
		ColumnProfile p = ColumnProfiler.profile("bytea", list("\\x0102", "\\x0102"), -1, false);

		assertThat(p.valueKind()).isEqualTo(ValueKind.BINARY);
		assertThat(p.min()).isNull();
		assertThat(p.topValues()).isEmpty();
		assertThat(p.distinctCount()).isEqualTo(1);
	}

	@Test
	void onlyRepeatedValuesAreTopValuesOnceTheyAreMoreThanFit() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			values.add("unique-" + i);
		}
		values.addAll(List.of("x", "x", "y", "y", "y"));

		ColumnProfile p = ColumnProfiler.profile("text", values, -1, false);

		assertThat(p.topValues()).containsExactly(new ValueCount("y", 3), new ValueCount("x", 2));
	}

	@Test
	void aUniqueSampleEstimatesAboutAsManyDistinctValuesAsRows() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add(Integer.toString(i * 7919));
		}

		ColumnProfile p = ColumnProfiler.profile("integer", values, 1_000_000, false);

		assertThat(p.distinctCount()).isEqualTo(1000);
		assertThat(p.distinctEstimate()).isBetween(990_000L, 1_000_000L);
	}

	@Test
	void fiveRepeatedValuesEstimateFive() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add("code-" + (i % 5));
		}

		assertThat(ColumnProfiler.profile("varchar(10)", values, 1_000_000, false).distinctEstimate()).isEqualTo(5);
	}

	@Test
	void theEstimateScalesToNonNullRowsAndNeverExceedsThem() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add(i % 2 == 0 ? null : "v" + i);
		}

		ColumnProfile p = ColumnProfiler.profile("text", values, 10_000, false);

		assertThat(p.distinctEstimate()).isEqualTo(5000);
		assertThat(ColumnProfiler.profile("text", values, -1, false).distinctEstimate()).isEqualTo(500);
	}

	@Test
	void theEstimatorMovesBetweenItsExtremes() {
		// half the sampled values once, the other half in pairs: between d and N
		long estimate = DistinctEstimator.estimate(1000, 750, 500, 100_000);
		assertThat(estimate).isGreaterThan(750).isLessThan(100_000);
		assertThat(DistinctEstimator.estimate(1000, 1000, 1000, 1000)).isEqualTo(1000);
		assertThat(DistinctEstimator.estimate(0, 0, 0, 100)).isZero();
	}

	@Test
	void aSensitiveProfileHoldsNoSampledValueAnywhereInItsJson() {
		JsonMapper json = JsonMapper.builder().build();
		List<String> emails = list("anna.keller@example.org", "anna.keller@example.org", "bob.stone@example.net",
				"claire.dubois@example.com", null);
		List<String> salaries = list("98765.43", "123456.78", "98765.43", "87654.32");
		List<String> births = list("1971-04-23", "1985-11-02", "1971-04-23");

		for (var column : List.of(List.of("varchar(200)", emails), List.of("numeric(12,2)", salaries),
				List.of("date", births))) {
			@SuppressWarnings("unchecked")
			List<String> values = (List<String>) column.get(1);
			ColumnProfile p = ColumnProfiler.profile((String) column.get(0), values, 5000, true);
			String text = json.writeValueAsString(p);

			assertThat(p.valuesWithheld()).isTrue();
			for (String value : values) {
				if (value != null) {
					assertThat(text).doesNotContain(value);
				}
			}
			assertThat(p.min()).isNull();
			assertThat(p.max()).isNull();
			assertThat(p.mean()).isNull();
			assertThat(p.topValues()).isEmpty();
			assertThat(p.histogram()).isEmpty();
			assertThat(p.distinctCount()).isPositive();
		}
		assertThat(ColumnProfiler.profile("varchar(200)", emails, 5000, true).maxLength()).isEqualTo(25);
	}

	@Test
	void exactFiguresBecomeAnExactProfileAndTheSensitiveRuleStillHolds() {
		ExactProfile.Column figures = new ExactProfile.Column("amount", "NUMERIC", 90, 42L, "-1.50", "99.00", 12.5, 3.25,
				null, null, null);

		ColumnProfile p = ColumnProfiler.fromExact("numeric(5,2)", figures, 100, false);
		ColumnProfile sensitive = ColumnProfiler.fromExact(null, figures, 100, true);

		assertThat(p.exact()).isTrue();
		assertThat(p.nullCount()).isEqualTo(10);
		assertThat(p.nullShare()).isEqualTo(0.1);
		assertThat(p.distinctCount()).isEqualTo(42);
		assertThat(p.distinctEstimate()).isEqualTo(42);
		assertThat(p.min()).isEqualTo("-1.50");
		assertThat(p.mean()).isEqualTo(12.5);
		assertThat(sensitive.valueKind()).isEqualTo(ValueKind.NUMBER);
		assertThat(sensitive.min()).isNull();
		assertThat(sensitive.max()).isNull();
		assertThat(sensitive.mean()).isNull();
	}

	@Test
	void declaredTypesOfTheThreeEnginesMapToKinds() {
		assertThat(DeclaredKinds.of("int(10) unsigned")).isEqualTo(ValueKind.NUMBER);
		assertThat(DeclaredKinds.of("CHARACTER VARYING(255)")).isEqualTo(ValueKind.TEXT);
		assertThat(DeclaredKinds.of("timestamp(6) with time zone")).isEqualTo(ValueKind.TEMPORAL);
		assertThat(DeclaredKinds.of("DOUBLE PRECISION")).isEqualTo(ValueKind.NUMBER);
		assertThat(DeclaredKinds.of("_int4")).isEqualTo(ValueKind.OTHER);
		assertThat(DeclaredKinds.of("INTEGER ARRAY")).isEqualTo(ValueKind.OTHER);
		assertThat(DeclaredKinds.of("BINARY VARYING(16)")).isEqualTo(ValueKind.BINARY);
		assertThat(DeclaredKinds.of("bit(1)")).isEqualTo(ValueKind.BOOLEAN);
		assertThat(DeclaredKinds.of("geometry")).isNull();
	}

	@Test
	void aThousandRowSampleOfTenColumnsTakesWellUnderAMillisecondPerColumn() {
		List<List<String>> columns = new ArrayList<>();
		for (int c = 0; c < 10; c++) {
			List<String> values = new ArrayList<>(1000);
			for (int i = 0; i < 1000; i++) {
				values.add(switch (c % 3) {
					case 0 -> Integer.toString((i * 31 + c) % 700);
					case 1 -> "2024-0" + (1 + i % 9) + "-1" + (i % 10) + " 12:00:00";
					default -> "customer-" + (i % 400) + "@example.org";
				});
			}
			columns.add(values);
		}
		String[] types = { "integer", "timestamp", "varchar(100)" };
		for (int warm = 0; warm < 200; warm++) {
			profileAll(columns, types);
		}
		// the best of several batches, in this thread's CPU time: other processes on a shared machine add wall time
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int rounds = 20;
		double best = Double.MAX_VALUE;
		for (int batch = 0; batch < 10; batch++) {
			long start = threads.getCurrentThreadCpuTime();
			for (int r = 0; r < rounds; r++) {
				profileAll(columns, types);
			}
			best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1000.0 / rounds / columns.size());
		}
		assertThat(best).as("µs of CPU per column").isLessThan(1000);
	}

	private static void profileAll(List<List<String>> columns, String[] types) {
		for (int c = 0; c < columns.size(); c++) {
			ColumnProfiler.profile(types[c % 3], columns.get(c), 1_000_000, false);
		}
	}

	private static List<String> list(String... values) {
		return Arrays.asList(values);
	}

	private static double stddev(double... xs) {
		double mean = Arrays.stream(xs).average().orElseThrow();
		double sum = Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum();
		return Math.sqrt(sum / (xs.length - 1));
	}
}
