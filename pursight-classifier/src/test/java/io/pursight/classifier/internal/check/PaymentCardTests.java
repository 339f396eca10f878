package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardTests {

	@ParameterizedTest
	@ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5500000000000004",
			"2223000048400011", "340000000000009", "3782 822463 10005", "6011000000000004", "3530111333300000",
			"30569309025904", "6200000000000005"})
	void acceptsLuhnValidNumbersOfKnownIssuers(String pan) {
		assertThat(PaymentCard.isValid(pan)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"4111111111111112", "1234567812345678", "0000000000000000", "9111111111111111",
			"41111111111", "4111 1111 1111 1111 1111 1", "4111_1111_1111_1111", " 4111111111111111",
			"34000000000000"})
	void rejectsFailedChecksumsUnknownIssuersAndWrongLengths(String pan) {
		assertThat(PaymentCard.isValid(pan)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"79927398713", "4111111111111111", "0"})
	void luhnAcceptsTheTextbookNumbers(String digits) {
		assertThat(Luhn.isValid(digits)).isEqualTo(digits.length() > 1);
	}
}
