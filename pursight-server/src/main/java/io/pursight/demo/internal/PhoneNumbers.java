package io.pursight.demo.internal;

import io.pursight.synthetic.SeededRandom;

/**
 * Expands a phone number layout: {@code #} becomes a random digit, {@code @} the area code and
 * {@code {a|b|c}} one of the choices; everything else is copied as written.
 */
final class PhoneNumbers {

	private PhoneNumbers() {
	}

	static String expand(String layout, String areaCode, SeededRandom random) {
		var out = new StringBuilder(layout.length() + 4);
		for (int i = 0; i < layout.length(); i++) {
			char c = layout.charAt(i);
			switch (c) {
				case '#' -> out.append(random.digit());
				case '@' -> out.append(areaCode);
				case '{' -> {
					int end = layout.indexOf('}', i);
					out.append(random.pick(layout.substring(i + 1, end).split("\\|")));
					i = end;
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
