package io.pursight.classifier.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UK NINO, Italian fiscal code, Spanish NIF/NIE, French INSEE, Swedish personnummer, VIN, MBI, SWIFT, PAN, ICD-10, VAT. */
class AlphanumericIdsTests {

	@ParameterizedTest
	@ValueSource(strings = {"AB123456C", "AB 12 34 56 C", "JG103759A", "ZR123456D"})
	void acceptsNationalInsuranceNumbers(String nino) {
		assertThat(UkNino.isValid(nino)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"BG123456C", "GB123456A", "DA123456A", "AD123456A", "AB123456E", "AB12345C", "AB1234567"})
	void rejectsNationalInsuranceNumbersWithPrefixesOrSuffixesNeverIssued(String nino) {
		assertThat(UkNino.isValid(nino)).isFalse();
	}

	@Test
	void checksTheItalianFiscalCodeCheckCharacter() {
		assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A562S")).isTrue();
		assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A562T")).isFalse();
		assertThat(ItalianFiscalCode.isValid("RSSMRA85Z10A562S")).isFalse(); // Z is no month letter
	}

	@Test
	void checksSpanishNifAndNieLetters() {
		assertThat(SpanishNif.isValid("12345678Z")).isTrue();
		assertThat(SpanishNif.isValid("X1234567L")).isTrue();
		assertThat(SpanishNif.isValid("12345678A")).isFalse();
		assertThat(SpanishNif.isValid("W1234567L")).isFalse();
	}

	@Test
	void checksTheFrenchInseeKey() {
		assertThat(FrenchInsee.isValid("184127645108946")).isTrue();
		assertThat(FrenchInsee.isValid("2 55 08 14 168 025 38")).isTrue();
		assertThat(FrenchInsee.isValid("184127645108947")).isFalse();
		assertThat(FrenchInsee.isValid("584127645108946")).isFalse(); // no such sex digit
	}

	@Test
	void checksSwedishPersonnummerDateAndLuhn() {
		assertThat(SwedishPersonnummer.isValid("811218-9876")).isTrue();
		assertThat(SwedishPersonnummer.isValid("198112189876")).isTrue();
		assertThat(SwedishPersonnummer.isValid("811218-9875")).isFalse();
		assertThat(SwedishPersonnummer.isValid("811318-9876")).isFalse();
	}

	@Test
	void checksVinStructureAndCheckDigit() {
		assertThat(Vin.hasValidCheckDigit("1M8GDM9AXKP042788")).isTrue();
		assertThat(Vin.hasValidCheckDigit("1M8GDM9A1KP042788")).isFalse();
		assertThat(Vin.hasStructure("1M8GDM9A1KP042788")).isTrue();
		assertThat(Vin.hasStructure("1M8GDM9AXKP04278O")).isFalse(); // O is not allowed
		assertThat(Vin.hasStructure("11111111111111111")).isFalse(); // no letters: a number, not a VIN
	}

	@Test
	void checksMedicareBeneficiaryIdentifierLayout() {
		assertThat(UsMbi.isValid("1EG4TE5MK73")).isTrue();
		assertThat(UsMbi.isValid("1EG4-TE5-MK73")).isTrue();
		assertThat(UsMbi.isValid("1SG4TE5MK73")).isFalse();
		assertThat(UsMbi.isValid("0EG4TE5MK73")).isFalse();
	}

	@Test
	void checksSwiftBicLayoutAndCountry() {
		assertThat(SwiftBic.isValid("DEUTDEFF")).isTrue();
		assertThat(SwiftBic.isValid("DEUTDEFF500")).isTrue();
		assertThat(SwiftBic.isValid("DEUTXQFF")).isFalse();
		assertThat(SwiftBic.isValid("deutdeff")).isFalse();
		assertThat(SwiftBic.isValid("DEUTDEF")).isFalse();
	}

	@Test
	void checksIndianPanLayoutAndHolderType() {
		assertThat(IndianPan.isValid("ABCPE1234F")).isTrue();
		assertThat(IndianPan.isValid("ABCXE1234F")).isFalse();
		assertThat(IndianPan.isValid("abcpe1234f")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = {"A00", "E11.9", "S72.001A", "C4A.0", "J45.909", "U07.1"})
	void acceptsIcd10Codes(String code) {
		assertThat(Icd10Code.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"E1.9", "123.4", "E11.", "EE1.9", "E11.12345"})
	void rejectsAlmostIcd10Codes(String code) {
		assertThat(Icd10Code.isValid(code)).isFalse();
	}

	@Test
	void checksVatNumbersWithNationalCheckDigits() {
		assertThat(VatNumber.isValid("DE136695976")).isTrue();
		assertThat(VatNumber.isValid("BE0403170701")).isTrue();
		assertThat(VatNumber.isValid("IT00743110157")).isTrue();
		assertThat(VatNumber.isValid("PL5261040828")).isTrue();
		assertThat(VatNumber.isValid("ATU12345678")).isTrue();
		assertThat(VatNumber.isValid("DE136695977")).isFalse();
		assertThat(VatNumber.hasStructure("DE136695977")).isTrue();
		assertThat(VatNumber.hasStructure("XX136695976")).isFalse();
	}
}
