package io.pursight.synthetic;

import io.pursight.classifier.BuiltInValidator;
import io.pursight.synthetic.PaymentCards.Brand;
import org.apache.commons.validator.routines.IBANValidator;
import org.apache.commons.validator.routines.checkdigit.EAN13CheckDigit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cards, accounts, serials and company ids pass independent validators: the classifier's and commons-validator's. */
class GeneratedValuesTests {

	private static final int DRAWS = 500;
	private final SeededRandom random = new SeededRandom(3);

	@Test
	void cardNumbersOfEveryBrandPassTheCardCheck() {
		for (int i = 0; i < DRAWS; i++) {
			for (Brand brand : Brand.values()) {
				String number = PaymentCards.number(brand, random);
				assertThat(BuiltInValidator.PAYMENT_CARD.test(number)).as("%s %s", brand, number).isTrue();
				assertThat(BuiltInValidator.PAYMENT_CARD.test(PaymentCards.embossed(number, ' '))).as(number).isTrue();
			}
		}
		assertThat(PaymentCards.embossed("378282246310005", '-')).isEqualTo("3782-822463-10005");
	}

	@Test
	void ibansOfEveryCountryPassTheMod97CheckAndHaveTheCountrysLength() {
		for (int i = 0; i < DRAWS; i++) {
			for (String country : BankAccounts.IBAN_COUNTRIES) {
				String iban = BankAccounts.iban(country, random);
				assertThat(IBANValidator.getInstance().isValid(iban)).as(iban).isTrue();
				assertThat(BuiltInValidator.IBAN.test(BankAccounts.printed(iban))).as(iban).isTrue();
			}
		}
		assertThatThrownBy(() -> BankAccounts.iban("US", random)).hasMessageContaining("known");
	}

	@Test
	void nationalBankChecksInsideTheIbanHold() {
		for (int i = 0; i < DRAWS; i++) {
			String fr = BankAccounts.iban("FR", random).substring(4);
			long weighted = 89 * Long.parseLong(fr.substring(0, 5)) + 15 * Long.parseLong(fr.substring(5, 10))
					+ 3 * Long.parseLong(fr.substring(10, 21));
			assertThat(Long.parseLong(fr.substring(21))).as("RIB key of %s", fr).isEqualTo(97 - weighted % 97);

			String be = BankAccounts.iban("BE", random).substring(4);
			long remainder = Long.parseLong(be.substring(0, 10)) % 97;
			assertThat(Long.parseLong(be.substring(10))).as(be).isEqualTo(remainder == 0 ? 97 : remainder);
		}
	}

	@Test
	void routingNumbersPassTheAbaCheck() {
		for (int i = 0; i < DRAWS; i++) {
			String routing = BankAccounts.abaRouting(random);
			assertThat(BuiltInValidator.US_ROUTING_NUMBER.test(routing)).as(routing).isTrue();
		}
	}

	@Test
	void serialsPassTheirChecks() {
		for (int i = 0; i < DRAWS; i++) {
			String vin = Serials.vin(random);
			assertThat(BuiltInValidator.VIN.test(vin)).as(vin).isTrue();
			String imei = Serials.imei(random);
			assertThat(BuiltInValidator.IMEI.test(imei)).as(imei).isTrue();
			String ean = Serials.ean13("400", random);
			assertThat(ean).hasSize(13).startsWith("400");
			assertThat(EAN13CheckDigit.EAN13_CHECK_DIGIT.isValid(ean)).as(ean).isTrue();
		}
	}

	@Test
	void vatNumbersAndWalletsPassTheClassifiersChecks() {
		for (int i = 0; i < DRAWS; i++) {
			for (String country : CompanyIds.VAT_COUNTRIES) {
				String vat = CompanyIds.vatNumber(country, random);
				assertThat(BuiltInValidator.VAT_ID.test(vat)).as(vat).isTrue();
			}
			String wallet = CryptoAddresses.bitcoin(random);
			assertThat(wallet).startsWith("1");
			assertThat(BuiltInValidator.CRYPTO_WALLET.test(wallet)).as(wallet).isTrue();
		}
	}

	@Test
	void groupingCoversTheWholeValue() {
		assertThat(Grouping.grouped("AB123456C", ' ', 2, 2, 2, 2, 1)).isEqualTo("AB 12 34 56 C");
		assertThat(Grouping.inGroupsOf("DE89370400440532013000", 4, ' ')).isEqualTo("DE89 3704 0044 0532 0130 00");
		assertThatThrownBy(() -> Grouping.grouped("12345", '-', 2, 2)).isInstanceOf(IllegalArgumentException.class);
	}
}
