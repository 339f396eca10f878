package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.SensitiveType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How column names are split and read: longest phrase wins, the head decides, attributes negate. */
class NameReadingTests {
	private static final NameVocabulary VOCABULARY = BuiltInVocabulary.VOCABULARY;
	private static final ColumnWords WORDS = BuiltInVocabulary.WORDS;

	private static Map<SensitiveType, NameFinding> read(String column) {
		return VOCABULARY.read(WORDS.ofIdentifier(column), NameContext.NONE, "column name", true);
	}

	@Test
	void splitsSnakeCamelPascalAndRunTogetherNames() {
		assertThat(WORDS.ofIdentifier("BillingPostalCode")).containsExactly("billing", "postal", "code");
		assertThat(WORDS.ofIdentifier("customer_first_name")).containsExactly("customer", "first", "name");
		assertThat(WORDS.ofIdentifier("HTTPServerIP")).containsExactly("http", "server", "ip");
		assertThat(WORDS.ofIdentifier("billingcity")).containsExactly("billing", "city");
		assertThat(WORDS.ofIdentifier("address2")).containsExactly("address");
		assertThat(WORDS.ofIdentifier("Phones")).containsExactly("phone");
	}

	@Test
	void letsTheLongestPhraseWin() {
		assertThat(read("email_address")).containsKey(SensitiveType.EMAIL_ADDRESS)
				.doesNotContainKey(SensitiveType.STREET_ADDRESS);
		assertThat(read("ip_address")).containsKey(SensitiveType.IP_ADDRESS).doesNotContainKey(SensitiveType.STREET_ADDRESS);
	}

	@Test
	void negatesAPhraseFollowedByAnAttributeWord() {
		assertThat(read("email_verified").get(SensitiveType.EMAIL_ADDRESS).isPositive()).isFalse();
		assertThat(read("city_id").get(SensitiveType.CITY).isPositive()).isFalse();
		assertThat(read("phone_ext").get(SensitiveType.PHONE_NUMBER).isPositive()).isFalse();
		assertThat(read("card_expiry").get(SensitiveType.CREDIT_CARD_NUMBER).isPositive()).isFalse();
		assertThat(read("is_email").get(SensitiveType.EMAIL_ADDRESS).isPositive()).isFalse();
	}

	@Test
	void keepsIdentifierSuffixesOnIdentifierTypes() {
		assertThat(read("nhs_id").get(SensitiveType.UK_NHS_NUMBER).isPositive()).isTrue();
		assertThat(read("ssn_number").get(SensitiveType.US_SSN).isPositive()).isTrue();
		assertThat(read("country_name").get(SensitiveType.COUNTRY).isPositive()).isTrue();
	}

	@Test
	void readsTheHeadOfACompoundName() {
		Map<SensitiveType, NameFinding> f = read("billing_address_city");
		assertThat(f.get(SensitiveType.CITY).isPositive()).isTrue();
		assertThat(f.get(SensitiveType.STREET_ADDRESS).isPositive()).isFalse();
	}

	@Test
	void givesGenericWordsNoWeight() {
		assertThat(read("academic_year_code")).isEmpty();
		assertThat(read("number")).isEmpty();
	}
}
