package io.pursight.classifier.internal.check;

import java.util.HashMap;
import java.util.Map;

/** International Bank Account Numbers: per-country length from the IBAN registry and the ISO 7064 mod-97 check. */
public final class Iban {
	private static final Map<String, Integer> LENGTHS = new HashMap<>();

	static {
		String registry = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
				+ "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 "
				+ "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 "
				+ "NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 "
				+ "ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 AX18 GF27 GP27 MQ27 RE27 PF27 TF27 YT27 NC27 PM27 "
				+ "WF27 BL27 MF27";
		for (String entry : registry.split(" ")) {
			LENGTHS.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
		}
	}

	private Iban() {
	}

	/** True for a valid IBAN; spaces between groups and lower case are accepted. */
	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len < 15 || len > 42) {
			return false;
		}
		char[] compact = new char[34];
		int n = 0;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c == ' ' || c == '-') {
				if (i == 0 || i == len - 1) {
					return false;
				}
				continue;
			}
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - 32);
			}
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) || n == compact.length) {
				return false;
			}
			compact[n++] = c;
		}
		if (n < 15 || !isLetter(compact[0]) || !isLetter(compact[1]) || !isDigit(compact[2]) || !isDigit(compact[3])) {
			return false;
		}
		Integer expected = LENGTHS.get(new String(compact, 0, 2));
		if (expected == null || expected != n) {
			return false;
		}
		return mod97(compact, n) == 1;
	}

	/** Country code of a structurally valid IBAN. */
	public static boolean knowsCountry(String code) {
		return LENGTHS.containsKey(code);
	}

	private static int mod97(char[] c, int n) {
		int rem = 0;
		for (int k = 0; k < n; k++) {
			char ch = c[(k + 4) % n]; // move the first four characters to the end
			if (isDigit(ch)) {
				rem = (rem * 10 + (ch - '0')) % 97;
			} else {
				rem = (rem * 100 + (ch - 'A' + 10)) % 97;
			}
		}
		return rem;
	}

	private static boolean isLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
