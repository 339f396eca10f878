package io.pursight.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pursight.common.Problem;
import org.springframework.stereotype.Component;

/**
 * Decides whether a password may be used, the NIST SP 800-63B way: 12 to 256 characters, no
 * rules about character classes, and not easily guessed. Refused, without regard to case: the
 * commonly used passwords of the bundled list (also with digits or symbols around them, in
 * simple l33t, or with separators), the user name or the product name with little added, runs
 * of neighbouring keys or consecutive letters and digits, and a few characters repeated.
 * Immutable and thread-safe once built.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 256;
	private static final String COMMON_PASSWORDS = "access/common-passwords.txt";
	private static final String PRODUCT = "pursight";
	private static final String ADVICE = " Choose another one: a passphrase of three or four unrelated words is easy to "
			+ "remember and hard to guess, and no digits or symbols are required.";
	/** Alphabet, digits (wrapping round) and keyboard rows and columns; checked forwards and backwards. */
	private static final List<String> RUNS = List.of("abcdefghijklmnopqrstuvwxyzabc", "0123456789012345678901234567890",
			"`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiop",
			"yxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn", "789456123", "147258369", "159357", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
			"qazwsxedcrfvtgbyhnujmikolp", "zaqxswcdevfrbgtnhymjukilop", "!@#$%^&*()_+");

	private final Set<String> common;

	PasswordPolicy() {
		this(load());
	}

	PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/**
	 * Refuses a password that may not be used, with the reason and what to do instead.
	 *
	 * @param username the account's user name (context: a password must not be built on it); may be null
	 * @throws Problem (400) when the password is refused
	 */
	void check(String password, String username) {
		int length = password == null ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw Problem.invalid("The password must have at least " + MIN_LENGTH + " characters (it has " + length
					+ "). A passphrase of three or four unrelated words is long enough and easy to remember.");
		}
		if (length > MAX_LENGTH) {
			throw Problem.invalid("The password must have at most " + MAX_LENGTH + " characters (it has " + length + ").");
		}
		String folded = fold(password);
		String weakness = weakness(folded);
		if (weakness == null) {
			weakness = basedOn(folded, username == null ? null : fold(username), "your user name");
		}
		if (weakness == null) {
			weakness = basedOn(folded, PRODUCT, "the product name");
		}
		if (weakness != null) {
			throw Problem.invalid("This password is too easy to guess: " + weakness + "." + ADVICE);
		}
	}

	/** Why a folded password (or part of one) is guessable; null if it is not. */
	private String weakness(String p) {
		if (p.codePoints().distinct().count() < 5) {
			return "it uses fewer than 5 different characters";
		}
		if (common.contains(p)) {
			return "it is one of the most commonly used passwords, which attackers try first";
		}
		if (isRun(p)) {
			return "it is a run of consecutive letters or digits or of neighbouring keys (like 123456 or qwerty)";
		}
		String unit = repeatedUnit(p);
		if (unit != null && (p.length() / unit.length() > 2 || weakness(unit) != null || common.contains(unit))) {
			return "it repeats a short or common pattern";
		}
		String core = core(p);
		if (!core.equals(p) && !core.isEmpty()) {
			for (String variant : variants(core)) {
				if (common.contains(variant)) {
					return "it is a commonly used password with only digits or symbols added";
				}
			}
		}
		for (String variant : variants(p)) {
			if (!variant.equals(p) && common.contains(variant)) {
				return "it is a commonly used password written with look-alike characters or separators";
			}
		}
		return null;
	}

	/** Why the password is built on a context word (user name, product name); null if it is not. */
	private String basedOn(String p, String word, String what) {
		if (word == null || word.isBlank()) {
			return null;
		}
		if (!p.contains(word) && !p.contains(new StringBuilder(word).reverse())) {
			return null;
		}
		String rest = p.replace(word, "").replace(new StringBuilder(word).reverse(), "");
		if (rest.length() < 8 || weakness(rest) != null) {
			return "it is " + what + " with little added";
		}
		return null;
	}

	/** Whether the whole password is made of runs (3 or more characters; the last may be 2). */
	private static boolean isRun(String p) {
		int at = 0;
		while (at < p.length()) {
			int longest = 0;
			for (int end = p.length(); end > at + longest; end--) {
				if (isInRun(p.substring(at, end))) {
					longest = end - at;
					break;
				}
			}
			boolean last = at + longest == p.length();
			if (longest < 3 && !(last && longest == 2)) {
				return false;
			}
			at += longest;
		}
		return true;
	}

	private static boolean isInRun(String part) {
		String reversed = new StringBuilder(part).reverse().toString();
		for (String run : RUNS) {
			if (run.contains(part) || run.contains(reversed)) {
				return true;
			}
		}
		return false;
	}

	/** The shortest string the password is two or more copies of; null if there is none. */
	private static String repeatedUnit(String p) {
		for (int size = 1; size <= p.length() / 2; size++) {
			if (p.length() % size == 0 && p.substring(size).equals(p.substring(0, p.length() - size))) {
				return p.substring(0, size);
			}
		}
		return null;
	}

	/** The password without the digits, symbols and spaces at its ends. */
	private static String core(String p) {
		int start = 0;
		int end = p.length();
		while (start < end && !Character.isLetter(p.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(p.charAt(end - 1))) {
			end--;
		}
		return p.substring(start, end);
	}

	/** The spellings a common password hides behind: l33t digits and symbols, separators between words. */
	private static Set<String> variants(String p) {
		Set<String> variants = new HashSet<>();
		for (char one : new char[] { 'i', 'l' }) {
			String plain = p.replace('@', 'a').replace('4', 'a').replace('3', 'e').replace('0', 'o').replace('$', 's')
					.replace('5', 's').replace('7', 't').replace('!', 'i').replace('1', one);
			variants.add(plain);
			variants.add(plain.replaceAll("[\\s._\\-+*]", ""));
		}
		variants.add(p.replaceAll("[\\s._\\-+*]", ""));
		return variants;
	}

	/** Compatibility-normalised and in lower case, so that case and full-width forms do not make a password new. */
	private static String fold(String value) {
		return Normalizer.normalize(Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
				Normalizer.Form.NFKC);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("the list of common passwords (" + COMMON_PASSWORDS + ") is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String password = line.strip();
				if (!password.isEmpty() && !password.startsWith("#")) {
					passwords.add(fold(password));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
		}
		return passwords;
	}
}
