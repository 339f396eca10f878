package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdsTests {

	private static boolean check(String value, BiPredicate<int[], Integer> rule) {
		int[] digits = new int[32];
		int n = DigitRun.extract(value, " -.", digits);
		return n > 0 && rule.test(digits, n);
	}

	@ParameterizedTest
	@ValueSource(strings = {"123-45-6789", "123456789", "001-01-0001", "899-99-9999", "667-12-3456"})
	void acceptsSocialSecurityNumbersWithinTheIssuingRules(String ssn) {
		assertThat(check(ssn, NationalIds::isUsSsn)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000", "078-05-1120",
			"219-09-9999", "12345678"})
	void rejectsSocialSecurityNumbersNeverIssued(String ssn) {
		assertThat(check(ssn, NationalIds::isUsSsn)).isFalse();
	}

	@Test
	void tellsItinsFromSsnsByTheirRanges() {
		assertThat(check("912-70-1234", NationalIds::isUsItin)).isTrue();
		assertThat(check("912-94-1234", NationalIds::isUsItin)).isTrue();
		assertThat(check("912-40-1234", NationalIds::isUsItin)).isFalse();
		assertThat(check("812-70-1234", NationalIds::isUsItin)).isFalse();
		assertThat(check("912-70-1234", NationalIds::isUsSsn)).isFalse();
	}

	@Test
	void checksNhsNumbersWithModulus11() {
		assertThat(check("943 476 5919", NationalIds::isNhsNumber)).isTrue();
		assertThat(check("9434765918", NationalIds::isNhsNumber)).isFalse();
		assertThat(check("0000000000", NationalIds::isNhsNumber)).isFalse();
	}

	@Test
	void checksCanadianSinsWithLuhnAndTheFirstDigit() {
		assertThat(check("130 692 544", NationalIds::isCanadianSin)).isTrue();
		assertThat(check("130 692 545", NationalIds::isCanadianSin)).isFalse();
		// the CRA's own sample 046 454 286 is Luhn-valid, but 0 and 8 are never issued to people
		assertThat(check("046 454 286", NationalIds::isCanadianSin)).isFalse();
	}

	@Test
	void checksDutchBsnWithTheElevenTest() {
		assertThat(check("111222333", NationalIds::isDutchBsn)).isTrue();
		assertThat(check("111222334", NationalIds::isDutchBsn)).isFalse();
		assertThat(check("000000000", NationalIds::isDutchBsn)).isFalse();
	}

	@Test
	void checksAustralianTfnWeights() {
		assertThat(check("123 456 782", NationalIds::isAustralianTfn)).isTrue();
		assertThat(check("123 456 789", NationalIds::isAustralianTfn)).isFalse();
	}

	@Test
	void checksPeselDateAndCheckDigit() {
		assertThat(check("44051401359", NationalIds::isPesel)).isTrue();
		assertThat(check("44051401358", NationalIds::isPesel)).isFalse();
		assertThat(check("44133401359", NationalIds::isPesel)).isFalse(); // month 13 does not exist
	}

	@Test
	void checksGermanTaxIdDigitRuleAndCheckDigit() {
		assertThat(check("86095742719", NationalIds::isGermanTaxId)).isTrue();
		assertThat(check("65929970489", NationalIds::isGermanTaxId)).isTrue();
		assertThat(check("86095742718", NationalIds::isGermanTaxId)).isFalse();
		assertThat(check("12345678901", NationalIds::isGermanTaxId)).isFalse(); // no repeated digit
		assertThat(check("06095742719", NationalIds::isGermanTaxId)).isFalse();
	}

	@Test
	void checksAadhaarWithVerhoeff() {
		assertThat(check("2341 2341 2346", NationalIds::isAadhaar)).isTrue();
		assertThat(check("498765432102", NationalIds::isAadhaar)).isTrue();
		assertThat(check("234123412345", NationalIds::isAadhaar)).isFalse();
		assertThat(check("134123412346", NationalIds::isAadhaar)).isFalse(); // never starts with 0 or 1
	}

	@Test
	void checksNpiWithThe80840Prefix() {
		assertThat(check("1234567893", NationalIds::isUsNpi)).isTrue();
		assertThat(check("1234567890", NationalIds::isUsNpi)).isFalse();
		assertThat(check("3234567893", NationalIds::isUsNpi)).isFalse();
	}

	@Test
	void checksAbaRoutingNumbers() {
		assertThat(check("011000015", NationalIds::isAbaRouting)).isTrue();
		assertThat(check("021000021", NationalIds::isAbaRouting)).isTrue();
		assertThat(check("011000016", NationalIds::isAbaRouting)).isFalse();
		assertThat(check("501000019", NationalIds::isAbaRouting)).isFalse(); // no such Federal Reserve prefix
	}

	@Test
	void checksImeiLuhnAndReportingBody() {
		assertThat(check("490154203237518", NationalIds::isImei)).isTrue();
		assertThat(check("490154203237519", NationalIds::isImei)).isFalse();
		assertThat(check("000000000000000", NationalIds::isImei)).isFalse();
	}

	@Test
	void verhoeffCatchesSingleDigitErrors() {
		assertThat(Verhoeff.isValid(new int[] {2, 3, 6, 3}, 4)).isTrue();
		assertThat(Verhoeff.isValid(new int[] {2, 3, 6, 4}, 4)).isFalse();
	}
}
