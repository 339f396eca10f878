package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltInValidatorTests {

	@Test
	void offersTheStructuralChecksToCustomRules() {
		assertThat(BuiltInValidator.LUHN.test("79927398713")).isTrue();
		assertThat(BuiltInValidator.IBAN.test(" DE89 3704 0044 0532 0130 00 ")).isTrue();
		assertThat(BuiltInValidator.US_SSN.test("123-45-6789")).isTrue();
		assertThat(BuiltInValidator.UK_NHS_NUMBER.test("943 476 5919")).isTrue();
		assertThat(BuiltInValidator.IN_AADHAAR.test("2341 2341 2346")).isTrue();
		assertThat(BuiltInValidator.NL_BSN.test("111222333")).isTrue();
		assertThat(BuiltInValidator.VIN.test("1M8GDM9AXKP042788")).isTrue();
		assertThat(BuiltInValidator.EMAIL.test("a@example.com")).isTrue();
		assertThat(BuiltInValidator.LUHN.test("79927398710")).isFalse();
		assertThat(BuiltInValidator.IBAN.test(null)).isFalse();
		assertThat(BuiltInValidator.US_SSN.test("")).isFalse();
		assertThat(BuiltInValidator.LUHN.displayName()).isEqualTo("Luhn check");
	}
}
