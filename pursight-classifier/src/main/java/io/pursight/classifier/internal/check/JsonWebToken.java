package io.pursight.classifier.internal.check;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** JSON Web Tokens (compact JWS): three base64url parts whose header decodes to a JSON object naming an "alg". */
public final class JsonWebToken {
	private JsonWebToken() {
	}

	public static boolean isValid(CharSequence s) {
		int len = s.length();
		// every JWT header starts with '{"' which base64url-encodes to "eyJ"
		if (len < 20 || s.charAt(0) != 'e' || s.charAt(1) != 'y' || s.charAt(2) != 'J') {
			return false;
		}
		int firstDot = -1;
		int secondDot = -1;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c == '.') {
				if (firstDot < 0) {
					firstDot = i;
				} else if (secondDot < 0) {
					secondDot = i;
				} else {
					return false;
				}
			} else if (!isBase64Url(c)) {
				return false;
			}
		}
		if (firstDot < 4 || secondDot < firstDot + 2) {
			return false;
		}
		try {
			String header = new String(Base64.getUrlDecoder().decode(s.subSequence(0, firstDot).toString()),
					StandardCharsets.UTF_8).trim();
			return header.startsWith("{") && header.endsWith("}") && header.contains("\"alg\"");
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	static boolean isBase64Url(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}
}
