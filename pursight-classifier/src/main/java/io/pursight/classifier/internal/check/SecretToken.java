package io.pursight.classifier.internal.check;

/**
 * Recognises credentials by their issuer's published prefixes (AWS key ids, Stripe, GitHub,
 * Slack, Google, GitLab, npm, SendGrid, OpenAI-style) and PEM private keys, and measures how
 * random an otherwise anonymous token looks.
 */
public final class SecretToken {
	private static final String[] AWS_PREFIXES = {"AKIA", "ASIA", "AIDA", "AROA", "AGPA", "ANPA", "ANVA", "AIPA",
			"ABIA", "ACCA", "APKA"};
	private static final String[] API_KEY_PREFIXES = {"sk_live_", "sk_test_", "pk_live_", "pk_test_", "rk_live_",
			"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "glpat-",
			"npm_", "SG.", "sk-", "AIza", "hf_", "shpat_", "sq0atp-", "dop_v1_", "pypi-"};

	/** Per-thread character histogram; the entropy test runs on many values and should not allocate. */
	private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[128]);

	private SecretToken() {
	}

	/** AWS access key id: a known four-letter prefix and 16 upper-case letters or digits. */
	public static boolean isAwsAccessKey(CharSequence s) {
		if (s.length() != 20) {
			return false;
		}
		boolean prefix = false;
		for (String p : AWS_PREFIXES) {
			if (startsWith(s, p)) {
				prefix = true;
				break;
			}
		}
		if (!prefix) {
			return false;
		}
		for (int i = 4; i < 20; i++) {
			char c = s.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
				return false;
			}
		}
		return true;
	}

	/** A PEM block of a private key (PKCS#1, PKCS#8, OpenSSH, EC, DSA, PGP, encrypted). */
	public static boolean isPrivateKey(CharSequence s) {
		if (s.length() < 40 || !startsWith(s, "-----BEGIN ")) {
			return false;
		}
		int end = Math.min(s.length(), 60);
		String head = s.subSequence(0, end).toString();
		return head.contains("PRIVATE KEY");
	}

	/** A token with a vendor's published prefix followed by at least 16 token characters. */
	public static boolean hasKnownApiKeyPrefix(CharSequence s) {
		int len = s.length();
		if (len < 20 || len > 200) {
			return false;
		}
		for (String p : API_KEY_PREFIXES) {
			if (startsWith(s, p)) {
				for (int i = p.length(); i < len; i++) {
					if (!isTokenChar(s.charAt(i))) {
						return false;
					}
				}
				return len - p.length() >= 16;
			}
		}
		return false;
	}

	/**
	 * A random-looking token: 16-512 token characters, letters and digits mixed, and a
	 * Shannon entropy of at least 3.2 bits per character (words and ids stay below).
	 */
	public static boolean looksRandom(CharSequence s) {
		int len = s.length();
		if (len < 16 || len > 512) {
			return false;
		}
		int[] counts = COUNTS.get();
		java.util.Arrays.fill(counts, 0);
		int letters = 0;
		int digits = 0;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (!isTokenChar(c) && c != '=' && c != '+' && c != '/') {
				return false;
			}
			counts[c]++;
			if (Character.isLetter(c)) {
				letters++;
			} else if (Character.isDigit(c)) {
				digits++;
			}
		}
		if (letters == 0 || digits == 0) {
			return false;
		}
		double entropy = 0;
		for (int c : counts) {
			if (c > 0) {
				double p = (double) c / len;
				entropy -= p * Math.log(p);
			}
		}
		return entropy / Math.log(2) >= 3.2;
	}

	static boolean isTokenChar(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.';
	}

	private static boolean startsWith(CharSequence s, String prefix) {
		if (s.length() < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (s.charAt(i) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
