package io.pursight.synthetic;

/** Writes a compact identifier the way people print it: in groups, with a separator between them. */
public final class Grouping {

	private Grouping() {
	}

	/** {@code value} cut into groups of the given sizes, e.g. 4-6-5 for an American Express number. */
	public static String grouped(String value, char separator, int... sizes) {
		var out = new StringBuilder(value.length() + sizes.length);
		int from = 0;
		for (int size : sizes) {
			if (from > 0) {
				out.append(separator);
			}
			out.append(value, from, from + size);
			from += size;
		}
		if (from != value.length()) {
			throw new IllegalArgumentException("groups of " + java.util.Arrays.toString(sizes) + " do not cover " + value);
		}
		return out.toString();
	}

	/** {@code value} in groups of {@code size}, the last one shorter if need be (IBANs in fours). */
	public static String inGroupsOf(String value, int size, char separator) {
		var out = new StringBuilder(value.length() + value.length() / size);
		for (int from = 0; from < value.length(); from += size) {
			if (from > 0) {
				out.append(separator);
			}
			out.append(value, from, Math.min(value.length(), from + size));
		}
		return out.toString();
	}
}
