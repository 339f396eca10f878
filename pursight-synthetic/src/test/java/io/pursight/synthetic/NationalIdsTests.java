package io.pursight.synthetic;

import java.time.LocalDate;
import java.util.function.Function;

import io.pursight.classifier.BuiltInValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated national ids pass the classifier's validators (its own implementation of each scheme)
 * and, for schemes it has no validator for, the published check.
 */
class NationalIdsTests {

	private static final int DRAWS = 500;
	private final SeededRandom random = new SeededRandom(11);

	@Test
	void idsTheClassifierKnowsPassItsValidators() {
		LocalDate born = LocalDate.of(1984, 7, 23);
		for (int i = 0; i < DRAWS; i++) {
			boolean female = i % 2 == 0;
			LocalDate day = born.plusDays(i * 37L);
			assertValid(BuiltInValidator.US_SSN, NationalIds.usSsn(random));
			assertValid(BuiltInValidator.UK_NINO, NationalIds.ukNino(random));
			assertValid(BuiltInValidator.UK_NHS_NUMBER, NationalIds.ukNhsNumber(random));
			assertValid(BuiltInValidator.DE_TAX_ID, NationalIds.germanTaxId(random));
			assertValid(BuiltInValidator.FR_INSEE, NationalIds.frenchNir(female, day, random));
			assertValid(BuiltInValidator.ES_NIF, NationalIds.spanishDni(random));
			assertValid(BuiltInValidator.ES_NIF, NationalIds.spanishNie(random));
			assertValid(BuiltInValidator.IT_FISCAL_CODE,
					NationalIds.italianFiscalCode("Łukasiewicz", "Zoë", day, female, random));
			assertValid(BuiltInValidator.NL_BSN, NationalIds.dutchBsn(random));
			assertValid(BuiltInValidator.PL_PESEL, NationalIds.polishPesel(female, day, random));
			assertValid(BuiltInValidator.SE_PERSONNUMMER, NationalIds.swedishPersonnummer(female, day, random));
			assertValid(BuiltInValidator.CA_SIN, NationalIds.canadianSin(random));
			assertValid(BuiltInValidator.AU_TFN, NationalIds.australianTfn(random));
			assertValid(BuiltInValidator.IN_AADHAAR, NationalIds.indianAadhaar(random));
			assertValid(BuiltInValidator.US_NPI, NationalIds.usNpi(random));
		}
	}

	@Test
	void idsWithoutAClassifierValidatorPassTheirPublishedCheck() {
		for (int i = 0; i < DRAWS; i++) {
			String ppsn = NationalIds.irishPpsn(random);
			assertThat(ppsn).matches("\\d{7}[A-W]A?");
			assertThat(ppsn.charAt(7)).as(ppsn).isEqualTo("WABCDEFGHIJKLMNOPQRSTUV".charAt(weighted(ppsn, 8, 2) % 23));

			String nif = NationalIds.portugueseNif(random);
			assertThat(nif).matches("[1-3]\\d{8}");
			int nifRemainder = weighted(nif, 9, 2) % 11;
			assertThat(digit(nif, 8)).as(nif).isEqualTo(nifRemainder < 2 ? 0 : 11 - nifRemainder);

			String myNumber = NationalIds.japaneseMyNumber(random);
			int sum = 0;
			for (int n = 1; n <= 11; n++) {
				sum += digit(myNumber, 11 - n) * (n <= 6 ? n + 1 : n - 5);
			}
			assertThat(digit(myNumber, 11)).as(myNumber).isEqualTo(sum % 11 <= 1 ? 0 : 11 - sum % 11);

			String cpf = NationalIds.brazilianCpf(random);
			assertThat(cpf).matches("\\d{11}").doesNotMatch("(\\d)\\1{10}");
			assertThat(digit(cpf, 9)).as(cpf).isEqualTo(weighted(cpf, 10, 2) * 10 % 11 % 10);
			assertThat(digit(cpf, 10)).as(cpf).isEqualTo(weighted(cpf, 11, 2) * 10 % 11 % 10);
		}
	}

	@Test
	void theCodiceFiscaleSpellsTheNamesAndBirth() {
		String code = NationalIds.italianFiscalCode("Rossi", "Mario", LocalDate.of(1985, 12, 10), false, random);
		assertThat(code).startsWith("RSSMRA85T10");
		String hers = NationalIds.italianFiscalCode("Rossi", "Maria", LocalDate.of(1985, 12, 10), true, random);
		assertThat(hers).startsWith("RSSMRA85T50");
	}

	@Test
	void oneSeedAlwaysGivesTheSameValues() {
		Function<SeededRandom, String> draw = r -> NationalIds.germanTaxId(r) + NationalIds.brazilianCpf(r)
				+ NationalIds.frenchNir(true, LocalDate.of(1970, 1, 1), r);
		assertThat(draw.apply(new SeededRandom(5))).isEqualTo(draw.apply(new SeededRandom(5)))
				.isNotEqualTo(draw.apply(new SeededRandom(6)));
	}

	private static void assertValid(BuiltInValidator validator, String value) {
		assertThat(validator.test(value)).as("%s accepts %s", validator, value).isTrue();
	}

	/** The leading digits times the weights first, first − 1, … down to last. */
	private static int weighted(String digits, int first, int last) {
		int sum = 0;
		for (int weight = first; weight >= last; weight--) {
			sum += digit(digits, first - weight) * weight;
		}
		return sum;
	}

	private static int digit(String s, int at) {
		return s.charAt(at) - '0';
	}
}
