package io.pursight.classifier.internal.check;

/** IEEE 802 MAC addresses: six hex pairs with ':' or '-', or Cisco's three dotted quads. */
public final class MacAddress {
	private MacAddress() {
	}

	/** Written with separators, the way MAC addresses are unmistakable. */
	public static boolean isFormatted(CharSequence s) {
		int len = s.length();
		if (len == 17) {
			char sep = s.charAt(2);
			if (sep != ':' && sep != '-') {
				return false;
			}
			for (int i = 0; i < 17; i++) {
				char c = s.charAt(i);
				if (i % 3 == 2 ? c != sep : !IpAddress.isHex(c)) {
					return false;
				}
			}
			return true;
		}
		if (len == 14) {
			for (int i = 0; i < 14; i++) {
				char c = s.charAt(i);
				if (i % 5 == 4 ? c != '.' : !IpAddress.isHex(c)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/** Twelve bare hex digits: a MAC address only if the column says so. */
	public static boolean isBare(CharSequence s) {
		if (s.length() != 12) {
			return false;
		}
		int letters = 0;
		for (int i = 0; i < 12; i++) {
			char c = s.charAt(i);
			if (!IpAddress.isHex(c)) {
				return false;
			}
			if (c > '9') {
				letters++;
			}
		}
		return letters > 0;
	}
}
