package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = {"+55 (12) 3923-5555", "+1 (514) 721-4711", "(171) 555-7788", "030-0074321",
			"0921-12 34 65", "91.24.45.40", "+44 20 7946 0958", "(503) 555-9831 x123", "+49 30 12345678 ext. 42"})
	void recognisesPhoneNumbersWrittenInManyCountries(String phone) {
		assertThat(PhoneNumbers.shape(phone)).isEqualTo(PhoneNumbers.FORMATTED);
	}

	@ParameterizedTest
	@ValueSource(strings = {"5467", "1962-02-18", "18.02.1962", "192.168.100.1", "1234567.89", "12-3456", "(555",
			"ab 123 4567"})
	void doesNotTakeExtensionsDatesAddressesOrAmountsForPhones(String value) {
		assertThat(PhoneNumbers.shape(value)).isEqualTo(PhoneNumbers.NONE);
	}

	@Test
	void treatsBareDigitRunsAsBare() {
		assertThat(PhoneNumbers.shape("4155550132")).isEqualTo(PhoneNumbers.BARE);
	}

	@Test
	void validatesInternationalNumbersAndNationalOnesInTheGivenRegions() {
		assertThat(PhoneNumbers.isValid("+44 20 7946 0958", List.of())).isTrue();
		assertThat(PhoneNumbers.isValid("020 7946 0958", List.of("GB"))).isTrue();
		assertThat(PhoneNumbers.isValid("020 7946 0958", List.of("US"))).isFalse();
		assertThat(PhoneNumbers.isValid("+1 000 000 0000", List.of())).isFalse();
	}
}
