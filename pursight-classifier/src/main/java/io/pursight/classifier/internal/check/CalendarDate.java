package io.pursight.classifier.internal.check;

import java.time.LocalDate;

/**
 * Reads calendar dates written as text into a packed {@code yyyymmdd} int, without
 * allocating: ISO (1982-03-29, 1982/3/29) with or without a time part, compact yyyyMMdd,
 * day-first and month-first numbers with / . - and with or without leading zeros (29.3.1982,
 * 03/29/1982), two-digit years when the caller says which century they fall in, and month
 * names or abbreviations in the main European languages ("29 March 1982", "Mar 29th, 1982",
 * "29-Mar-82", "29. März 1982", "29 de marzo de 1982"). Days that do not exist are no dates.
 */
public final class CalendarDate {
	/** Pass as {@code latestYear} to refuse two-digit years. */
	public static final int NO_TWO_DIGIT_YEARS = 0;

	private static final int MAX_LENGTH = 40;

	private CalendarDate() {
	}

	/**
	 * Packed yyyymmdd of the date {@code s} holds, or -1: a numeric date whose day and month
	 * could be either way round is read day first. Two-digit years are refused.
	 */
	public static int parse(CharSequence s) {
		int dayFirst = parse(s, DayMonthOrder.DAY_FIRST, NO_TWO_DIGIT_YEARS);
		return dayFirst >= 0 ? dayFirst : parse(s, DayMonthOrder.MONTH_FIRST, NO_TWO_DIGIT_YEARS);
	}

	/**
	 * Packed yyyymmdd of the date {@code s} holds when numeric dates are read in {@code order},
	 * or -1. A two-digit year stands for the latest year ending in those digits that is not after
	 * {@code latestYear} (82 is 1982 and 25 is 2025 for 2026), or is refused when
	 * {@code latestYear} is {@link #NO_TWO_DIGIT_YEARS}. Dates with a month name read the same
	 * in either order.
	 */
	public static int parse(CharSequence s, DayMonthOrder order, int latestYear) {
		int len = s.length();
		if (len < 6 || len > MAX_LENGTH) {
			return -1;
		}
		if (isDigit(s.charAt(0))) {
			int numeric = parseNumeric(s, order, latestYear);
			if (numeric >= 0) {
				return numeric;
			}
		}
		return parseWithMonthName(s, latestYear);
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

	/** yyyyMMdd, or three numbers with one separator repeated: year first (ISO) or year last. */
	private static int parseNumeric(CharSequence s, DayMonthOrder order, int latestYear) {
		int len = s.length();
		int aEnd = digitRunEnd(s, 0);
		if (aEnd == 8 && len == 8) {
			int year = num(s, 0, 4);
			return year >= 1850 && year <= 2100 ? pack(year, num(s, 4, 2), num(s, 6, 2)) : -1;
		}
		if (aEnd == 3 || aEnd > 4 || aEnd >= len || !isDateSeparator(s.charAt(aEnd))) {
			return -1;
		}
		char separator = s.charAt(aEnd);
		int bEnd = digitRunEnd(s, aEnd + 1);
		int bLength = bEnd - aEnd - 1;
		if (bLength < 1 || bLength > 2 || bEnd >= len || s.charAt(bEnd) != separator) {
			return -1;
		}
		int cEnd = digitRunEnd(s, bEnd + 1);
		int cLength = cEnd - bEnd - 1;
		if (cLength < 1 || cLength > 4 || !endsOrTimeFollows(s, cEnd)) {
			return -1;
		}
		int a = num(s, 0, aEnd);
		int b = num(s, aEnd + 1, bLength);
		int c = num(s, bEnd + 1, cLength);
		if (aEnd == 4) {
			return cLength <= 2 ? pack(a, b, c) : -1;
		}
		int year = fullYear(c, cLength, latestYear);
		if (year < 0) {
			return -1;
		}
		return order == DayMonthOrder.MONTH_FIRST ? pack(year, a, b) : pack(year, b, a);
	}

	/**
	 * Numbers and words separated by spaces, commas, dashes, dots or slashes: one month name,
	 * a day (with an ordinal ending such as 29th or 1er), a year, optionally a leading weekday,
	 * the linking words of Spanish, Portuguese and English ("de", "of") and a trailing time.
	 */
	private static int parseWithMonthName(CharSequence s, int latestYear) {
		int len = s.length();
		int day = -1;
		int month = -1;
		int year = -1;
		int i = 0;
		boolean started = false;
		while (i < len) {
			char c = s.charAt(i);
			if (isDigit(c)) {
				int start = i;
				i = digitRunEnd(s, i);
				int n = i - start;
				if (i < len && s.charAt(i) == ':') {
					break; // a time of day follows a complete date
				}
				if (n > 4) {
					return -1;
				}
				int v = num(s, start, n);
				if (n == 4 && year < 0) {
					year = v;
				} else if (n <= 2 && day < 0) {
					day = v;
					i = afterOrdinalEnding(s, i);
				} else if (n == 2 && year < 0 && month > 0) {
					year = fullYear(v, 2, latestYear);
					if (year < 0) {
						return -1;
					}
				} else {
					return -1;
				}
			} else if (Character.isLetter(c)) {
				int start = i;
				i = letterRunEnd(s, i);
				int n = i - start;
				int m = month < 0 ? MonthNames.monthOf(s, start, n) : -1;
				if (m > 0) {
					month = m;
				} else if (!isLinkingWord(s, start, n) && (started || !MonthNames.isWeekday(s, start, n))) {
					return -1;
				}
			} else if (c == ' ' || c == ',' || c == '-' || c == '.' || c == '/') {
				i++;
			} else {
				return -1;
			}
			started = true;
		}
		return year > 0 && month > 0 && day > 0 ? pack(year, month, day) : -1;
	}

	/** The four-digit year of a year written with {@code digits} digits, or -1 when it cannot be read. */
	private static int fullYear(int year, int digits, int latestYear) {
		if (digits == 4) {
			return year;
		}
		if (digits != 2 || latestYear == NO_TWO_DIGIT_YEARS) {
			return -1;
		}
		return latestYear - Math.floorMod(latestYear - year, 100);
	}

	/** Skips "st", "nd", "rd", "th" or French "er" right after a day number. */
	private static int afterOrdinalEnding(CharSequence s, int at) {
		if (at + 2 > s.length() || (at + 2 < s.length() && Character.isLetter(s.charAt(at + 2)))) {
			return at;
		}
		char a = Character.toLowerCase(s.charAt(at));
		char b = Character.toLowerCase(s.charAt(at + 1));
		boolean ordinal = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
				|| (a == 't' && b == 'h') || (a == 'e' && b == 'r');
		return ordinal ? at + 2 : at;
	}

	private static boolean isLinkingWord(CharSequence s, int start, int length) {
		if (length == 2) {
			char a = Character.toLowerCase(s.charAt(start));
			char b = Character.toLowerCase(s.charAt(start + 1));
			return (a == 'd' && b == 'e') || (a == 'o' && b == 'f');
		}
		return length == 3 && Character.toLowerCase(s.charAt(start)) == 'd'
				&& Character.toLowerCase(s.charAt(start + 1)) == 'e' && Character.toLowerCase(s.charAt(start + 2)) == 'l';
	}

	/** The end of the text, or a space or T before a time of day ("10:30", "T00:00:00Z"). */
	private static boolean endsOrTimeFollows(CharSequence s, int at) {
		int len = s.length();
		if (at == len) {
			return true;
		}
		char c = s.charAt(at);
		if (c != ' ' && c != 'T') {
			return false;
		}
		int hourEnd = digitRunEnd(s, at + 1);
		int hourDigits = hourEnd - at - 1;
		return hourDigits >= 1 && hourDigits <= 2 && hourEnd < len && s.charAt(hourEnd) == ':';
	}

	private static boolean isDateSeparator(char c) {
		return c == '-' || c == '/' || c == '.';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int digitRunEnd(CharSequence s, int from) {
		int i = from;
		while (i < s.length() && isDigit(s.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int letterRunEnd(CharSequence s, int from) {
		int i = from;
		while (i < s.length() && Character.isLetter(s.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The number of {@code count} digits from {@code from}; at most four digits are read, so it cannot overflow. */
	private static int num(CharSequence s, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			v = v * 10 + (s.charAt(i) - '0');
		}
		return v;
	}
}
