package io.pursight.classifier.internal.check;

/** Web addresses: a scheme with "//" and a host, or a bare "www." host; no whitespace. */
public final class WebUrl {
	private static final String[] SCHEMES = {"http://", "https://", "ftp://", "ftps://", "sftp://", "ws://", "wss://",
			"file://"};

	private WebUrl() {
	}

	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len < 8 || len > 4096) {
			return false;
		}
		int hostStart = -1;
		for (String scheme : SCHEMES) {
			if (startsWithIgnoreCase(s, scheme)) {
				hostStart = scheme.length();
				break;
			}
		}
		boolean bareWww = false;
		if (hostStart < 0) {
			if (!startsWithIgnoreCase(s, "www.")) {
				return false;
			}
			hostStart = 0;
			bareWww = true;
		}
		int hostEnd = hostStart;
		while (hostEnd < len) {
			char c = s.charAt(hostEnd);
			if (c == '/' || c == ':' || c == '?' || c == '#') {
				break;
			}
			if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == '[' || c == ']')) {
				return false;
			}
			hostEnd++;
		}
		if (hostEnd == hostStart && !startsWithIgnoreCase(s, "file://")) {
			return false;
		}
		for (int i = hostEnd; i < len; i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || c == '"' || c == '<' || c == '>') {
				return false;
			}
		}
		// a bare "www." host needs a name and a top-level domain after it: www.example.org, not www.example
		return !bareWww || (EmailAddress.isDomain(s, 4, hostEnd) && EmailAddress.isDomain(s, 0, hostEnd));
	}

	private static boolean startsWithIgnoreCase(CharSequence s, String prefix) {
		if (s.length() < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (Character.toLowerCase(s.charAt(i)) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
