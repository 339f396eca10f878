package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A payment token stands in for a card number (a card scheme's network token, a vault's card token):
 * it is no credential, though "token" alone names one. Access, session and API tokens stay credentials.
 */
class PaymentTokenNameTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());
	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static ClassificationResult classify(String table, String column, String comment, List<String> values) {
		return ENGINE.classify(ColumnContext.builder(column).table(table).dataType("varchar(64)").comment(comment)
				.samples(values).build());
	}

	/** Random tokens behind a prefix, as vaults and gateways issue them. */
	private static List<String> tokens(String prefix, int length, long seed) {
		Random random = new Random(seed);
		return IntStream.range(0, 300).mapToObj(i -> {
			StringBuilder s = new StringBuilder(prefix);
			for (int k = 0; k < length; k++) {
				s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			return s.toString();
		}).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = {"card_token", "networkToken", "payment_token", "pan_token", "token_pan", "tokenized_pan",
			"cc_token", "paymentMethodToken", "card_vault_token", "credit_card_token"})
	void aPaymentTokenIsNoCredential(String column) {
		ClassificationResult r = classify("wallet_cards", column, "", tokens("vt_", 26, column.hashCode()));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isNotEqualTo(Decision.APPLY)
				.isNotEqualTo(Decision.REVIEW);
		assertThat(r.decision(SensitiveType.JWT)).as(r.toString()).isNotEqualTo(Decision.APPLY);
		assertThat(r.decision(SensitiveType.CREDIT_CARD_NUMBER)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void theExplanationSaysWhatTheNameNames() {
		ClassificationResult r = classify("wallet_cards", "network_token", "", tokens("nt_", 24, 1));
		assertThat(r.match(SensitiveType.API_KEY).orElseThrow().explanation())
				.contains("'network token' names a payment token");
	}

	@Test
	void aCommentThatSaysPaymentTokenIsReadAlike() {
		ClassificationResult r = classify("wallet_cards", "tok", "network token issued by the card scheme",
				tokens("nt_", 24, 2));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isNotEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"access_token", "sessionToken", "api_token", "refresh_token", "auth_token", "token",
			"personal_access_token"})
	void credentialTokensStayCredentials(String column) {
		ClassificationResult r = classify("oauth_grants", column, "", tokens("", 40, column.hashCode()));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void aVendorsSecretKeyUnderAPaymentTokenNameIsStillAnApiKey() {
		ClassificationResult r = classify("wallet_cards", "payment_token", "", tokens("sk_live_", 24, 3));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@ParameterizedTest
	@ValueSource(strings = {"cards", "payment_cards", "CustomerCard", "card_vault", "payment_methods"})
	void aBareTokenOfATableOfCardsIsACardToken(String table) {
		ClassificationResult r = classify(table, "token", "", tokens("tkn_", 24, table.hashCode()));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isNotEqualTo(Decision.APPLY)
				.isNotEqualTo(Decision.REVIEW);
		assertThat(r.match(SensitiveType.API_KEY).map(m -> m.explanation()).orElse(""))
				.satisfiesAnyOf(e -> assertThat(e).isEmpty(), e -> assertThat(e).contains("names a payment token"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"api_clients", "sessions", "oauth_grants", "card_readers_config"})
	void aBareTokenOfAnyOtherTableStaysACredential(String table) {
		ClassificationResult r = classify(table, "token", "", tokens("", 40, table.hashCode()));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isEqualTo(Decision.APPLY);
	}

	@Test
	void aCredentialNamedInFullInATableOfCardsStaysACredential() {
		ClassificationResult r = classify("cards", "access_token", "", tokens("", 40, 9));
		assertThat(r.decision(SensitiveType.API_KEY)).as(r.toString()).isEqualTo(Decision.APPLY);
	}
}
