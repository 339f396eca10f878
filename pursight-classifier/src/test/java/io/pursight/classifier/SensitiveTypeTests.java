package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SensitiveTypeTests {

	@Test
	void knowsEveryCanonicalTypeIdOfTheBenchmark() {
		String readme = "PERSON_NAME, EMAIL_ADDRESS, PHONE_NUMBER, STREET_ADDRESS, CITY, STATE_PROVINCE, POSTAL_CODE, "
				+ "COUNTRY, DATE_OF_BIRTH, GENDER, AGE, USERNAME, PASSWORD, IP_ADDRESS, MAC_ADDRESS, URL, GEO_COORDINATES, "
				+ "ORGANIZATION_NAME, JOB_TITLE, PHOTO, CREDIT_CARD_NUMBER, CVV, IBAN, SWIFT_BIC, BANK_ACCOUNT_NUMBER, "
				+ "US_ROUTING_NUMBER, CRYPTO_WALLET, VAT_ID, US_SSN, US_ITIN, US_PASSPORT, US_DRIVER_LICENSE, UK_NINO, "
				+ "UK_NHS_NUMBER, CA_SIN, DE_TAX_ID, ES_NIF, FR_INSEE, IT_FISCAL_CODE, IN_AADHAAR, IN_PAN, PL_PESEL, "
				+ "AU_TFN, NL_BSN, SE_PERSONNUMMER, PASSPORT_NUMBER, MEDICAL_RECORD_NUMBER, US_NPI, US_MBI, ICD10_CODE, "
				+ "AWS_ACCESS_KEY, PRIVATE_KEY, API_KEY, JWT, IMEI, VIN, LICENSE_PLATE";
		for (String id : readme.split(", ")) {
			assertThat(SensitiveType.byId(id)).as(id).isPresent();
		}
		assertThat(SensitiveType.values()).hasSize(readme.split(", ").length);
	}

	@Test
	void ordersSensitivityFromPublicToRestricted() {
		assertThat(Sensitivity.RESTRICTED.isAtLeast(Sensitivity.CONFIDENTIAL)).isTrue();
		assertThat(Sensitivity.PUBLIC.isAtLeast(Sensitivity.INTERNAL)).isFalse();
	}

	@Test
	void putsPaymentCardsInPciAndSecretsInCredentials() {
		assertThat(SensitiveType.CREDIT_CARD_NUMBER.category()).isEqualTo(Category.PCI);
		assertThat(SensitiveType.CREDIT_CARD_NUMBER.defaultSensitivity()).isEqualTo(Sensitivity.RESTRICTED);
		assertThat(SensitiveType.JWT.category()).isEqualTo(Category.CREDENTIALS);
		assertThat(SensitiveType.US_NPI.category()).isEqualTo(Category.PHI);
		assertThat(Arrays.stream(SensitiveType.values()).map(SensitiveType::displayName)).doesNotContainNull();
	}
}
