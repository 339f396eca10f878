package io.pursight.classifier.internal.check;

/** IPv4 (dotted quad, optional /prefix) and IPv6 (RFC 4291 text forms, optional zone and /prefix). */
public final class IpAddress {
	private IpAddress() {
	}

	public static boolean isValid(CharSequence s) {
		return isIpv4(s, 0, s.length(), true) || isIpv6(s);
	}

	/** True for a dotted quad whose every group has two digits, which is also how French phone numbers are written. */
	public static boolean isTwoDigitQuad(CharSequence s) {
		return s.length() == 11 && s.charAt(2) == '.' && s.charAt(5) == '.' && s.charAt(8) == '.';
	}

	static boolean isIpv4(CharSequence s, int from, int to, boolean allowPrefix) {
		int len = to - from;
		if (len < 7 || len > 18) {
			return false;
		}
		int groups = 0;
		int value = 0;
		int digits = 0;
		for (int i = from; i <= to; i++) {
			char c = i < to ? s.charAt(i) : '.';
			if (c >= '0' && c <= '9') {
				if (digits > 0 && value == 0) {
					return false; // no leading zeros
				}
				value = value * 10 + (c - '0');
				digits++;
				if (value > 255) {
					return false;
				}
			} else if (c == '.' || (c == '/' && allowPrefix && groups == 3)) {
				if (digits == 0) {
					return false;
				}
				groups++;
				value = 0;
				digits = 0;
				if (c == '/') {
					return groups == 4 && prefixLength(s, i + 1, to, 32);
				}
				if (groups == 4) {
					return i == to;
				}
			} else {
				return false;
			}
		}
		return false;
	}

	static boolean isIpv6(CharSequence s) {
		int len = s.length();
		if (len < 2 || len > 50) {
			return false;
		}
		int end = len;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c == '%' || c == '/') {
				if (c == '/' && !prefixLength(s, i + 1, len, 128)) {
					return false;
				}
				end = i;
				break;
			}
		}
		int groups = 0;
		boolean compressed = false;
		int groupLength = 0;
		int colons = 0;
		for (int i = 0; i < end; i++) {
			char c = s.charAt(i);
			if (c == ':') {
				colons++;
				if (i + 1 < end && s.charAt(i + 1) == ':') {
					if (compressed) {
						return false;
					}
					compressed = true;
					if (groupLength > 0) {
						groups++;
					}
					groupLength = 0;
					i++;
					colons++;
					continue;
				}
				if (groupLength == 0) {
					return false; // a single ':' must follow a group; ":::" and a leading ':' are invalid
				}
				groups++;
				groupLength = 0;
			} else if (isHex(c)) {
				groupLength++;
				if (groupLength > 4) {
					return false;
				}
			} else if (c == '.') {
				// embedded IPv4 in the last 32 bits
				int start = i - groupLength;
				return isIpv4(s, start, end, false) && (compressed ? groups <= 5 : groups == 6);
			} else {
				return false;
			}
		}
		if (groupLength > 0) {
			groups++;
		} else if (!(end >= 2 && s.charAt(end - 1) == ':' && s.charAt(end - 2) == ':')) {
			return false;
		}
		return colons >= 2 && (compressed ? groups <= 7 : groups == 8);
	}

	private static boolean prefixLength(CharSequence s, int from, int to, int max) {
		if (from >= to || to - from > 3) {
			return false;
		}
		int v = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			v = v * 10 + (c - '0');
		}
		return v <= max;
	}

	static boolean isHex(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}
}
