package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.ValueProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Login handles built from a person's name the ways organisations build them, and words that are not. */
class LoginHandlesTests {
	private static final Lexicon LEXICON = Dictionaries.shipped().lexicon;

	private static boolean builtFromName(String handle) {
		return LoginHandles.isBuiltFromName(new ValueProfile().reset(handle).folded(), LEXICON);
	}

	@ParameterizedTest
	@ValueSource(strings = {"maria.lopez", "mlopez", "lopezm", "lopezmar", "marialopez", "maria_l42", "MLopez",
			"priya.nair@corp.example", "CORP\\tanakah", "akowalczyk"})
	void recognisesHandlesBuiltFromAName(String handle) {
		assertThat(builtFromName(handle)).as(handle).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"system", "webhook", "customer", "merchant", "admin", "schedule", "annual", "evaluate",
			"support", "billing-api", "svc-backup", "x7", "a1b2c3"})
	void refusesRolesSourcesAndWordsThatMerelyStartWithAName(String handle) {
		assertThat(builtFromName(handle)).as(handle).isFalse();
	}
}
