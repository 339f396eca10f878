package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDateTests {

	@ParameterizedTest
	@CsvSource({"1962-02-18, 19620218", "1962-02-18 00:00:00, 19620218", "1962-02-18T00:00:00Z, 19620218",
			"18/02/1962, 19620218", "02/18/1962, 19620218", "18.02.1962, 19620218", "19620218, 19620218",
			"18 Feb 1962, 19620218", "'Feb 18, 1962', 19620218", "2000-02-29, 20000229"})
	void readsTheLayoutsDatabasesExport(String text, int packed) {
		assertThat(CalendarDate.parse(text)).isEqualTo(packed);
	}

	@ParameterizedTest
	@ValueSource(strings = {"1962-02-30", "1900-02-29", "2002-13-01", "18/02/62", "12345678", "hello world", "5467"})
	void rejectsDaysThatDoNotExistAndNonDates(String text) {
		assertThat(CalendarDate.parse(text)).isEqualTo(-1);
	}

	@Test
	void computesWholeYearsOfAge() {
		assertThat(CalendarDate.ageAt(19620218, 20260217)).isEqualTo(63);
		assertThat(CalendarDate.ageAt(19620218, 20260218)).isEqualTo(64);
	}
}
