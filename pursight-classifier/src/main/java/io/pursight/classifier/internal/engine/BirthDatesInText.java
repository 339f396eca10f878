package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.TextSpans.isDigit;

import io.pursight.classifier.internal.check.CalendarDate;
import io.pursight.classifier.internal.check.DayMonthOrder;

/**
 * Finds a date of birth inside prose: a date right after a word saying it is one ("DOB
 * 03/14/1961", "born on 14 March 1961", "geb. 14.03.1961", "née le 14 mars 1961", "nacido el
 * 14/03/1961"). Notes hold many dates (visits, shipments, appointments), so a date without
 * such a word is never taken for a birth date; with one, it must be a day someone alive was
 * born on.
 */
final class BirthDatesInText {
	/** Words that say the date after them is a birth date, accents folded. */
	private static final WordSet CUES = WordSet.of("dob", "born", "birth", "birthday", "birthdate", "geb", "geboren",
			"geburtsdatum", "ne", "nee", "naissance", "nacido", "nacida", "nacimiento", "nato", "nata", "nascita",
			"geboortedatum", "fodelsedatum", "fodt", "fodd");
	/** Small words between the cue and the date: "born on", "né le", "geboren am", "nacido el". */
	private static final WordSet LINKS = WordSet.of("on", "le", "am", "el", "il", "op", "the", "of", "de", "den", "date",
			"datum", "is", "was");
	/** Characters after the cue within which the date must start. */
	private static final int REACH = 24;
	/** Characters before a date in which the word saying it is a birth date is looked for. */
	private static final int LOOK_BACK = 48;
	private static final int EARLIEST_YEAR = 1880;
	/** What {@link #atNumber} returns for a number that cannot be part of a date. */
	static final long NOT_A_DATE = -2;

	private BirthDatesInText() {
	}

	/** The first birth date in {@code text} plausible on {@code today} (packed yyyymmdd), as {@code start << 32 | end}, or -1. */
	static long find(String text, int today) {
		int len = text.length();
		int read = 0;
		for (int i = 0; i < len; i++) {
			if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
				int end = i;
				while (end < len && isDigit(text.charAt(end))) {
					end++;
				}
				long date = atNumber(text, i, end, today, read);
				if (date >= 0) {
					return date;
				}
				read = date == NOT_A_DATE ? read : i;
				i = end;
			}
		}
		return -1;
	}

	/**
	 * The birth date around the digits [start, end) of {@code text}, as {@code start << 32 | end},
	 * or -1. Dates are far rarer than words, so the words are read only before a number that can
	 * be part of a birth date: a year since 1880 (1961-03-14, 14 March 1961) or a day or month
	 * followed by a separator and more digits (03/14/61). The words before {@code read} were read
	 * for an earlier date of the same text and are not read again: a date has several numbers.
	 *
	 * @return the span; {@link #NOT_A_DATE} when the number cannot be part of a date, so that no
	 *         word was read; -1 when the words before it were read and name no birth date
	 */
	static long atNumber(String text, int start, int end, int today, int read) {
		int len = text.length();
		if (start > 0 && TextSpans.isAlnum(text.charAt(start - 1))) {
			return NOT_A_DATE;
		}
		boolean candidate;
		if (end - start == 4) {
			int year = Integer.parseInt(text, start, end, 10);
			candidate = year >= EARLIEST_YEAR && year <= today / 10000;
		} else {
			char next = end < len ? text.charAt(end) : ' ';
			candidate = end - start <= 2 && end + 1 < len && (next == '/' || next == '.' || next == '-')
					&& isDigit(text.charAt(end + 1));
		}
		return candidate ? cueBefore(text, Math.max(read, start - LOOK_BACK), start, today) : NOT_A_DATE;
	}

	/** The birth date after a cue word among the words from {@code from} to {@code at}, or -1. */
	private static long cueBefore(String text, int from, int at, int today) {
		int i = from;
		while (i > 0 && NamesInText.isLetter(text.charAt(i - 1))) {
			i--;
		}
		while (i < at) {
			char c = text.charAt(i);
			if (!NamesInText.isLetter(c)) {
				i++;
				continue;
			}
			int start = i;
			int segment = 0;
			while (i < at) {
				char ch = text.charAt(i);
				if (NamesInText.isLetter(ch)) {
					segment++;
				} else if (ch == '.' && segment == 1 && i + 1 < at && NamesInText.isLetter(text.charAt(i + 1))) {
					segment = 0; // D.O.B reads as one word
				} else {
					break;
				}
				i++;
			}
			if (i - start >= 2 && i - start <= 14 && isCue(text, start, i)) {
				long date = dateAfter(text, i, today);
				if (date >= 0) {
					return date;
				}
			}
		}
		return -1;
	}

	private static boolean isCue(String text, int start, int end) {
		if (end - start == 5 && text.regionMatches(true, start, "d.o.b", 0, 5)) {
			return true;
		}
		if ((end - start == 4) && Character.isUpperCase(text.charAt(start + 1))
				&& (text.regionMatches(true, start, "nato", 0, 4) || text.regionMatches(true, start, "nata", 0, 4))) {
			return false; // NATO
		}
		return CUES.contains(text, start, end);
	}

	/** The birth date starting within a few characters after {@code from}, skipping small linking words. */
	private static long dateAfter(String text, int from, int today) {
		int len = text.length();
		int i = from;
		int limit = Math.min(len, from + REACH);
		while (i < limit) {
			char c = text.charAt(i);
			if (isDigit(c)) {
				break;
			}
			if (NamesInText.isLetter(c)) {
				int s = i;
				while (i < len && NamesInText.isLetter(text.charAt(i))) {
					i++;
				}
				if (!LINKS.contains(text, s, i)) {
					i = s; // a month name starts the date, or the words go on about something else
					break;
				}
			} else if (c == ' ' || c == ':' || c == '.' || c == ',' || c == '-' || c == '(' || c == '=') {
				i++;
			} else {
				return -1;
			}
		}
		if (i >= limit) {
			return -1;
		}
		return date(text, i, today);
	}

	/** The longest date of up to five words starting at {@code start}, when it is a plausible birth date. */
	private static long date(String text, int start, int today) {
		int len = text.length();
		int[] ends = new int[5];
		int n = 0;
		int i = start;
		while (n < ends.length && i < len) {
			int s = i;
			while (i < len && (Character.isLetterOrDigit(text.charAt(i)))) {
				i++;
			}
			if (i == s) {
				break;
			}
			ends[n++] = i;
			while (i < len && (text.charAt(i) == ' ' || text.charAt(i) == '.' || text.charAt(i) == '/'
					|| text.charAt(i) == '-' || text.charAt(i) == ',') && i - ends[n - 1] < 3) {
				i++;
			}
		}
		int thisYear = today / 10000;
		for (int k = n - 1; k >= 0; k--) {
			String candidate = text.substring(start, ends[k]);
			int date = CalendarDate.parse(candidate, DayMonthOrder.DAY_FIRST, thisYear);
			if (date < 0) {
				date = CalendarDate.parse(candidate, DayMonthOrder.MONTH_FIRST, thisYear);
			}
			if (date >= 0) {
				return date <= today && CalendarDate.ageAt(date, today) <= 120 ? (long) start << 32 | ends[k] : -1;
			}
		}
		return -1;
	}
}
