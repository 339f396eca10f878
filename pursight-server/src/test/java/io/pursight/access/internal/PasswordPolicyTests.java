package io.pursight.access.internal;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "123456789012", "password1234", "PASSWORD1234", "Password1234!",
			"ｐａｓｓｗｏｒｄ１２３４", "p@ssw0rd2024!", "P4ssw0rd_1234", "iloveyou123456", "qwertyuiop12", "abcdef123456",
			"0987654321098", "abcabcabcabc", "passwordpassword", "1qaz2wsx3edc", "dragon19851985", "Sunshine!!!!!!",
			"correct horse battery staple", "Correct-Horse-Battery-Staple", "letmein-letmein", "zxcvbnmasdfghjkl",
			"111122223333", "monkey-123456!", "trustno1trustno1", "Administrator!1" })
	void refusesGuessablePasswordsSayingWhyAndWhatToDo(String password) {
		assertThatThrownBy(() -> POLICY.check(password, "dana")).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_REQUEST);
			assertThat(p.getMessage()).startsWith("This password is too easy to guess: ").contains("passphrase")
					.doesNotContain(password);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "dana.steward", "Dana.Steward2024", "dana.steward!!!!", "2024dana.steward",
			"ＤＡＮＡ.ＳＴＥＷＡＲＤ.1", "drawets.anad1234" })
	void refusesTheUserNameWithLittleAdded(String password) {
		assertThatThrownBy(() -> POLICY.check(password, "dana.steward")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("your user name"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "pursight2024!", "PurSight-12345", "admin-pursight", "pursightpursight" })
	void refusesTheProductNameWithLittleAdded(String password) {
		assertThatThrownBy(() -> POLICY.check(password, "dana")).isInstanceOf(Problem.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { ServerTestSupport.ADMIN_PASSWORD, ServerTestSupport.PASSWORD, "lantern orbit quietly mango",
			"velvet harbour crosses tundra", "Tr0ub4dor&3-horse-x", "kD8#mq2!Lp0z", "839201847362",
			"mon chat s'appelle Gribouille", "日本語のパスフレーズです", "pursight is where our data lives",
			"dana.steward likes long walks" })
	void acceptsPassphrasesAndRandomPasswordsWithoutCompositionRules(String password) {
		assertThatCode(() -> POLICY.check(password, "dana.steward")).doesNotThrowAnyException();
	}

	@Test
	void countsCharactersNotCodeUnitsAndBoundsTheLength() {
		assertThatThrownBy(() -> POLICY.check("short-pass1", "dana")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("at least 12 characters (it has 11)"));
		assertThatThrownBy(() -> POLICY.check(null, "dana")).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> POLICY.check("🦊🐻🐼🐨🐯🦁🐮", "dana")).as("7 characters in 14 code units")
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getMessage()).contains("it has 7"));
		String longest = "lantern orbit quietly mango ".repeat(10).substring(0, 256);
		assertThatCode(() -> POLICY.check(longest, "dana")).doesNotThrowAnyException();
		assertThatThrownBy(() -> POLICY.check(longest + "x", "dana")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.getMessage()).contains("at most 256"));
	}

	@Test
	void bundlesSeveralThousandCommonPasswords() throws Exception {
		try (var in = getClass().getClassLoader().getResourceAsStream("access/common-passwords.txt")) {
			assertThat(in).isNotNull();
			long entries = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
					.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
			assertThat(entries).isGreaterThan(3000);
		}
	}
}
