package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Postal code layouts of many countries, and whole addresses on one line, with their near misses. */
class PostalCodesAndAddressLinesTests {
	@ParameterizedTest
	@ValueSource(strings = {"04109", "8001", "110001", "7550000", "62704-1234", "01310-100", "1100-053", "1015 CX",
			"1015CX", "113 59", "00-681", "150-0002", "M5J 2N1", "W1D 3QU", "SW1A 2AA", "EC4M 7RF", "B33 8TH", "CR2 6XH",
			"DN551PT", "D02 X285", "C1425ABC", "VLT 1117", "BS8811", "12345-67890", "D-80331", "CH-8001", "LV-1010",
			"ec4m 7rf"})
	void readsTheLayoutsOfManyCountries(String code) {
		assertThat(PostalCodes.hasLayout(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"ABCDE 12", "QWERT1", "1234567890", "12.345", "SW1A  2AA", "A1-B2", "12 34 56", "WXYZ-1234",
			"EC4M-7RF", "ABC-80331", "12", "+4930123"})
	void refusesLayoutsNoCountryUses(String code) {
		assertThat(PostalCodes.hasLayout(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"Lindenallee 7, 04109 Leipzig", "8, avenue Foch, 69006 Lyon", "77 Harbour Road, Leeds LS1 4DT",
			"1820 Maple Avenue, Springfield, IL 62704", "45 Wellington St, Toronto, ON M5J 2N1",
			"Hoża 51, 00-681 Warszawa", "Sveavägen 22, 113 59 Stockholm", "Kanalweg 31a, 76149 Karlsruhe, Germany",
			"Rua Augusta 140, 1100-053 Lisboa", "1-2-3 Jingumae, Shibuya, Tokyo 150-0002"})
	void readsWholeAddressesOnOneLine(String line) {
		assertThat(AddressLines.isOneLine(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"Invoice 123, total 4500 EUR", "Room 12, Building 204", "Lindenallee 7", "04109 Leipzig",
			"Order 77812, shipped 2026-01-15", "Size 42, colour 1234 blue, pack of 3", "Leipzig, Dresden, Berlin",
			"Batch 12, lot 4471 A, expires 2027"})
	void refusesTextsThatOnlyHaveNumbersAndCommas(String text) {
		assertThat(AddressLines.isOneLine(text)).isFalse();
	}
}
