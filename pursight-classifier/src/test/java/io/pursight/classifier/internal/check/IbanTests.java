package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTests {

	@ParameterizedTest
	@ValueSource(strings = {"DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "de89 3704 0044 0532 0130 00",
			"GB82WEST12345698765432", "FR1420041010050500013M02606", "NL91ABNA0417164300", "BE68539007547034",
			"ES9121000418450200051332", "IT60X0542811101000000123456", "CH9300762011623852957", "NO9386011117947"})
	void acceptsValidIbansWithSpacesAndLowerCase(String iban) {
		assertThat(Iban.isValid(iban)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"DE89370400440532013001", "DE8937040044053201300", "XX89370400440532013000",
			"GB82WEST1234569876543", "NL91ABNA041716430", "DE89-3704-0044-0532-0130-00-", "1234567890123456"})
	void rejectsWrongCheckDigitsLengthsAndCountries(String iban) {
		assertThat(Iban.isValid(iban)).isFalse();
	}
}
