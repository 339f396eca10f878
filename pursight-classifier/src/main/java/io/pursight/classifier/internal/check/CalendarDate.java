package io.pursight.classifier.internal.check;

import java.time.LocalDate;

/**
 * Reads calendar dates in the layouts databases and exports produce (ISO with or without a
 * time part, day-first and month-first with / . -, compact yyyyMMdd, "18 Feb 1962",
 * "Feb 18, 1962") into a packed {@code yyyymmdd} int, without allocating.
 */
public final class CalendarDate {
	private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec"};

	private CalendarDate() {
	}

	/** Packed yyyymmdd of the date {@code s} starts with, or -1 when it is not a date. */
	public static int parse(CharSequence s) {
		int len = s.length();
		if (len < 8) {
			return -1;
		}
		if (digitsAt(s, 0, 4)) {
			if (len >= 10 && isDateSeparator(s.charAt(4)) && s.charAt(7) == s.charAt(4) && digitsAt(s, 5, 2)
					&& digitsAt(s, 8, 2) && (len == 10 || isTimeStart(s.charAt(10)))) {
				return pack(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
			}
			if (len == 8 && digitsAt(s, 4, 4)) {
				int year = num(s, 0, 4);
				return year >= 1850 && year <= 2100 ? pack(year, num(s, 4, 2), num(s, 6, 2)) : -1;
			}
			return -1;
		}
		if (len >= 10 && digitsAt(s, 0, 2) && isDateSeparator(s.charAt(2)) && s.charAt(5) == s.charAt(2)
				&& digitsAt(s, 3, 2) && digitsAt(s, 6, 4) && (len == 10 || isTimeStart(s.charAt(10)))) {
			int a = num(s, 0, 2);
			int b = num(s, 3, 2);
			int year = num(s, 6, 4);
			int dayFirst = pack(year, b, a);
			return dayFirst >= 0 ? dayFirst : pack(year, a, b);
		}
		return parseWithMonthName(s);
	}

	/** True for an existing calendar day (Gregorian). */
	public static boolean isValidDate(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1) {
			return false;
		}
		int max = switch (month) {
			case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
		return day <= max;
	}

	/** Packs a date, or returns -1 when it does not exist. */
	public static int pack(int year, int month, int day) {
		return year >= 1 && isValidDate(year, month, day) ? year * 10000 + month * 100 + day : -1;
	}

	public static int pack(LocalDate date) {
		return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
	}

	/** Whole years between a packed birth date and a packed reference date. */
	public static int ageAt(int birth, int today) {
		return (today - birth) / 10000;
	}

	private static int parseWithMonthName(CharSequence s) {
		int len = s.length();
		if (len > 30) {
			return -1;
		}
		int day = -1;
		int month = -1;
		int year = -1;
		int i = 0;
		while (i < len) {
			char c = s.charAt(i);
			if (Character.isDigit(c)) {
				int start = i;
				while (i < len && Character.isDigit(s.charAt(i))) {
					i++;
				}
				int v = num(s, start, i - start);
				if (i - start == 4 && year < 0) {
					year = v;
				} else if (i - start <= 2 && day < 0) {
					day = v;
				} else {
					return -1;
				}
			} else if (Character.isLetter(c)) {
				int start = i;
				while (i < len && Character.isLetter(s.charAt(i))) {
					i++;
				}
				if (month >= 0 || i - start < 3) {
					return -1;
				}
				month = monthOf(s, start, i - start);
				if (month < 0) {
					return -1;
				}
			} else if (c == ' ' || c == ',' || c == '-' || c == '.' || c == '/') {
				i++;
			} else {
				return -1;
			}
		}
		return year > 0 && month > 0 && day > 0 ? pack(year, month, day) : -1;
	}

	private static int monthOf(CharSequence s, int start, int length) {
		for (int m = 0; m < 12; m++) {
			String name = MONTHS[m];
			boolean same = true;
			for (int k = 0; k < 3; k++) {
				if (Character.toLowerCase(s.charAt(start + k)) != name.charAt(k)) {
					same = false;
					break;
				}
			}
			if (same) {
				return m + 1;
			}
		}
		return -1;
	}

	private static boolean isDateSeparator(char c) {
		return c == '-' || c == '/' || c == '.';
	}

	private static boolean isTimeStart(char c) {
		return c == ' ' || c == 'T';
	}

	private static boolean digitsAt(CharSequence s, int from, int count) {
		if (from + count > s.length()) {
			return false;
		}
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static int num(CharSequence s, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			v = v * 10 + (s.charAt(i) - '0');
		}
		return v;
	}
}
