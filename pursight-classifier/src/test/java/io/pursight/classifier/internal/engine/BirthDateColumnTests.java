package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Birth dates written as text, in the orders and layouts people use, read by the whole engine. */
class BirthDateColumnTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.builder()
			.clock(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)).build());

	private static ClassificationResult classify(String column, List<String> values) {
		return ENGINE.classify(ColumnContext.builder(column).table("people").dataType("varchar(20)").samples(values)
				.build());
	}

	/** {@code count} birth dates between 1940 and 2005 in the layout {@code format} writes. */
	private static List<String> birthDates(int count, long seed, Function<LocalDate, String> format) {
		Random random = new Random(seed);
		List<String> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(format.apply(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365))));
		}
		return out;
	}

	private static String usShort(LocalDate d) {
		return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
	}

	private static String germanShort(LocalDate d) {
		return d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
	}

	@Test
	void appliesDateOfBirthToUsDatesWithoutLeadingZeros() {
		TypeMatch m = classify("birthday", birthDates(300, 7, BirthDateColumnTests::usShort))
				.match(SensitiveType.DATE_OF_BIRTH).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
		assertThat(m.evidence().validatorsPassed()).isEqualTo(300);
		assertThat(m.explanation()).contains("dates read as month/day/year");
		assertThat(m.evidence().notes()).anyMatch(n -> n.contains("month/day/year"));
	}

	@Test
	void readsDayFirstColumnsDayFirst() {
		TypeMatch m = classify("geburtsdatum", birthDates(200, 11, BirthDateColumnTests::germanShort))
				.match(SensitiveType.DATE_OF_BIRTH).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
		assertThat(m.explanation()).contains("dates read as day/month/year");
	}

	@Test
	void appliesToTwoDigitYearsAndMonthNames() {
		List<String> values = new ArrayList<>(birthDates(60, 3, d -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/"
				+ String.format("%02d", d.getYear() % 100)));
		values.addAll(List.of("29 March 1982", "Mar 29, 1982", "29-Mar-82", "29. März 1982", "29 mars 1982",
				"1982-03-29", "03/29/1982 00:00"));
		assertThat(classify("date_of_birth", values).decision(SensitiveType.DATE_OF_BIRTH)).isEqualTo(Decision.APPLY);
	}

	@Test
	void countsValuesInTheMinorityOrderAsFailed() {
		List<String> values = new ArrayList<>(birthDates(200, 5, BirthDateColumnTests::usShort));
		values.addAll(List.of("29/3/1982", "30/4/1975", "13/1/1990", "25/12/1961"));
		TypeMatch m = classify("birthday", values).match(SensitiveType.DATE_OF_BIRTH).orElseThrow();
		assertThat(m.explanation()).contains("dates read as month/day/year")
				.contains("4 fit only day/month/year and count as failed");
		assertThat(m.evidence().validatorsFailed()).isEqualTo(4);
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}

	@Test
	void aColumnMixingOrdersEvenlyIsContradicted() {
		List<String> values = new ArrayList<>();
		for (int day = 13; day <= 28; day++) {
			for (int month = 1; month <= 12; month += 3) {
				values.add(month + "/" + day + "/1980");
				values.add(day + "/" + month + "/1981");
			}
		}
		TypeMatch m = classify("birthday", values).match(SensitiveType.DATE_OF_BIRTH).orElseThrow();
		assertThat(m.decision()).isNotEqualTo(Decision.APPLY);
		assertThat(m.evidence().validatorsFailed()).isEqualTo(values.size() / 2);
	}

	@Test
	void doesNotTakeVersionsAddressesOrImpossibleDatesForBirthDates() {
		List<String> versions = new ArrayList<>();
		List<String> impossible = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			versions.add((i % 5) + "." + (i % 7) + "." + (i % 9));
			versions.add("10.0." + (i % 4) + "." + i);
			impossible.add("2/" + (30 + i % 2) + "/" + (1950 + i));
		}
		assertThat(classify("birthday", versions).decision(SensitiveType.DATE_OF_BIRTH)).isNotEqualTo(Decision.APPLY);
		assertThat(classify("birthday", impossible).decision(SensitiveType.DATE_OF_BIRTH)).isNotEqualTo(Decision.APPLY);
	}
}
