package io.pursight.classifier.internal.check;

/**
 * Geographic positions: "lat, lon" pairs in decimal degrees (also with ° and N/S/E/W),
 * WKT {@code POINT(lon lat)}, and single decimal-degree values for latitude/longitude columns.
 */
public final class GeoCoordinates {
	private GeoCoordinates() {
	}

	/** A latitude/longitude pair in range, each with at least two decimals. */
	public static boolean isPair(CharSequence s) {
		int len = s.length();
		if (len < 7 || len > 60) {
			return false;
		}
		String v = s.toString().trim();
		boolean wkt = false;
		if (v.regionMatches(true, 0, "POINT", 0, 5)) {
			int open = v.indexOf('(');
			int close = v.lastIndexOf(')');
			if (open < 0 || close < open) {
				return false;
			}
			v = v.substring(open + 1, close).trim();
			wkt = true;
		}
		// split at the one comma or semicolon, or else at the run of spaces, between the two numbers
		int cut = -1;
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c == ',' || c == ';') {
				if (cut >= 0 && v.charAt(cut) != ' ') {
					return false;
				}
				cut = i;
			} else if (c == ' ' && cut < 0) {
				cut = i;
			}
		}
		if (cut <= 0 || cut >= v.length() - 1) {
			return false;
		}
		String first = v.substring(0, cut).trim();
		String second = v.substring(cut + 1).trim();
		if (first.isEmpty() || second.isEmpty() || second.indexOf(' ') >= 0 && !endsWithHemisphere(second)) {
			return false;
		}
		double lat = wkt ? degrees(second, 'N', 'S') : degrees(first, 'N', 'S');
		double lon = wkt ? degrees(first, 'E', 'W') : degrees(second, 'E', 'W');
		if (Double.isNaN(lat) || Double.isNaN(lon) || decimals(first) < 2 || decimals(second) < 2) {
			return false;
		}
		return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat == 0 && lon == 0);
	}

	private static boolean endsWithHemisphere(String part) {
		char last = Character.toUpperCase(part.charAt(part.length() - 1));
		return last == 'N' || last == 'S' || last == 'E' || last == 'W';
	}

	/** A single decimal-degree value in [-180, 180] with at least three decimals. */
	public static boolean isSingleDegree(CharSequence s) {
		int len = s.length();
		if (len < 5 || len > 16) {
			return false;
		}
		String v = s.toString();
		double d = degrees(v, 'N', 'S');
		if (Double.isNaN(d)) {
			d = degrees(v, 'E', 'W');
		}
		return !Double.isNaN(d) && Math.abs(d) <= 180 && decimals(v) >= 3;
	}

	private static double degrees(String part, char positive, char negative) {
		String p = part.trim();
		double sign = 1;
		if (!p.isEmpty()) {
			char last = Character.toUpperCase(p.charAt(p.length() - 1));
			if (last == positive || last == negative) {
				sign = last == negative ? -1 : 1;
				p = p.substring(0, p.length() - 1).trim();
			}
		}
		if (p.endsWith("°")) {
			p = p.substring(0, p.length() - 1);
		}
		if (p.isEmpty() || p.length() > 14) {
			return Double.NaN;
		}
		for (int i = 0; i < p.length(); i++) {
			char c = p.charAt(i);
			if (!(Character.isDigit(c) || c == '.' || (i == 0 && (c == '-' || c == '+')))) {
				return Double.NaN;
			}
		}
		try {
			return sign * Double.parseDouble(p);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static int decimals(String part) {
		int dot = part.indexOf('.');
		if (dot < 0) {
			return 0;
		}
		int n = 0;
		for (int i = dot + 1; i < part.length() && Character.isDigit(part.charAt(i)); i++) {
			n++;
		}
		return n;
	}
}
