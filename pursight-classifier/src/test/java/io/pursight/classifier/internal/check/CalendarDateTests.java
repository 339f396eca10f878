package io.pursight.classifier.internal.check;

import static io.pursight.classifier.internal.check.DayMonthOrder.DAY_FIRST;
import static io.pursight.classifier.internal.check.DayMonthOrder.MONTH_FIRST;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarDateTests {
	private static final int THIS_YEAR = 2026;

	@ParameterizedTest
	@CsvSource({"1962-02-18, 19620218", "1962-02-18 00:00:00, 19620218", "1962-02-18T00:00:00Z, 19620218",
			"18/02/1962, 19620218", "02/18/1962, 19620218", "18.02.1962, 19620218", "19620218, 19620218",
			"18 Feb 1962, 19620218", "'Feb 18, 1962', 19620218", "2000-02-29, 20000229"})
	void readsTheLayoutsDatabasesExport(String text, int packed) {
		assertThat(CalendarDate.parse(text)).isEqualTo(packed);
	}

	@ParameterizedTest
	@CsvSource({"1982-03-29, 19820329", "1982-3-9, 19820309", "1982/03/29, 19820329", "1982.03.29, 19820329",
			"1982-03-29 14:05, 19820329", "1982-03-29T14:05:00.000+02:00, 19820329", "3/29/1982, 19820329",
			"03/29/1982, 19820329", "3/9/1982, 19820309", "03/09/1982, 19820309", "3-29-1982, 19820329",
			"3.29.1982, 19820329", "3/29/82, 19820329", "3/29/1982 10:30 PM, 19820329",
			"'Mar 29, 1982', 19820329", "'March 29th, 1982', 19820329", "29 March 1982, 19820329",
			"29-Mar-82, 19820329", "29-MAR-1982, 19820329", "'Mon, 29 Mar 1982 10:00:00 GMT', 19820329",
			"29. März 1982, 19820329", "29. Maerz 1982, 19820329", "29 mars 1982, 19820329",
			"1er avril 1982, 19820401", "15 août 1982, 19820815", "29 de marzo de 1982, 19820329",
			"29 de março de 1982, 19820329", "29 marzo 1982, 19820329", "29 maart 1982, 19820329",
			"3 juil. 1982, 19820703", "3 juin 1982, 19820603", "7 Sept 1982, 19820907", "'Dec 5, 22', 20221205"})
	void readsDatesWrittenAsTextMonthFirst(String text, int packed) {
		assertThat(CalendarDate.parse(text, MONTH_FIRST, THIS_YEAR)).isEqualTo(packed);
	}

	@ParameterizedTest
	@CsvSource({"29/3/1982, 19820329", "29/03/1982, 19820329", "9/3/1982, 19820309", "29.3.1982, 19820329",
			"29-03-1982, 19820329", "29.03.82, 19820329", "1982-03-29, 19820329", "29 March 1982, 19820329"})
	void readsDatesWrittenAsTextDayFirst(String text, int packed) {
		assertThat(CalendarDate.parse(text, DAY_FIRST, THIS_YEAR)).isEqualTo(packed);
	}

	@Test
	void readsADateThatFitsBothOrdersInTheOrderAsked() {
		assertThat(CalendarDate.parse("3/4/1982", MONTH_FIRST, THIS_YEAR)).isEqualTo(19820304);
		assertThat(CalendarDate.parse("3/4/1982", DAY_FIRST, THIS_YEAR)).isEqualTo(19820403);
	}

	@Test
	void refusesADateThatExistsOnlyInTheOtherOrder() {
		assertThat(CalendarDate.parse("3/29/1982", DAY_FIRST, THIS_YEAR)).isEqualTo(-1);
		assertThat(CalendarDate.parse("29/3/1982", MONTH_FIRST, THIS_YEAR)).isEqualTo(-1);
	}

	@ParameterizedTest
	@CsvSource({"3/29/82, 19820329", "3/29/26, 20260329", "3/29/27, 19270329", "3/29/00, 20000329",
			"3/29/99, 19990329"})
	void putsTwoDigitYearsInTheCenturyEndingThisYear(String text, int packed) {
		assertThat(CalendarDate.parse(text, MONTH_FIRST, THIS_YEAR)).isEqualTo(packed);
	}

	@Test
	void refusesTwoDigitYearsUnlessTheCallerSaysWhichCentury() {
		assertThat(CalendarDate.parse("3/29/82", MONTH_FIRST, CalendarDate.NO_TWO_DIGIT_YEARS)).isEqualTo(-1);
		assertThat(CalendarDate.parse("29-Mar-82", MONTH_FIRST, CalendarDate.NO_TWO_DIGIT_YEARS)).isEqualTo(-1);
	}

	@ParameterizedTest
	@ValueSource(strings = {"1962-02-30", "1900-02-29", "2002-13-01", "18/02/62", "12345678", "hello world", "5467",
			"2/30/1982", "31/4/1982", "13/13/1982", "30 Feb 1982"})
	void rejectsDaysThatDoNotExistAndNonDates(String text) {
		assertThat(CalendarDate.parse(text)).isEqualTo(-1);
	}

	@ParameterizedTest
	@ValueSource(strings = {"1.2.3", "10.0.1", "2.0.0", "1.2.3.4", "10.0.0.1", "192.168.1.10", "10.10.10.10",
			"555-1234", "555-123-4567", "12-345-6789", "(555) 123-4567", "12.99", "1,299.99", "$12.50", "3/4", "1/2",
			"3/4-5/6", "12-34-56", "AB-12-34", "SKU-3-4-1982", "3/29/1982/7", "3/29/1982x", "29 Marble 1982",
			"3 jui 1982", "March 1982", "Mar 29", "1982", "4 out of 5", "29/3/123456789", "3/29/1982 and more"})
	void doesNotTakeVersionsAddressesPricesRangesOrCodesForDates(String text) {
		assertThat(CalendarDate.parse(text, MONTH_FIRST, THIS_YEAR)).isEqualTo(-1);
		assertThat(CalendarDate.parse(text, DAY_FIRST, THIS_YEAR)).isEqualTo(-1);
	}

	@Test
	void computesWholeYearsOfAge() {
		assertThat(CalendarDate.ageAt(19620218, 20260217)).isEqualTo(63);
		assertThat(CalendarDate.ageAt(19620218, 20260218)).isEqualTo(64);
	}
}
