package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.TextSpans.isDigit;

import io.pursight.classifier.internal.check.CalendarDate;
import io.pursight.classifier.internal.check.DayMonthOrder;
import io.pursight.classifier.internal.text.AccentFolder;
import java.util.Set;

/**
 * Finds a date of birth inside prose: a date right after a word saying it is one ("DOB
 * 03/14/1961", "born on 14 March 1961", "geb. 14.03.1961", "née le 14 mars 1961", "nacido el
 * 14/03/1961"). Notes hold many dates (visits, shipments, appointments), so a date without
 * such a word is never taken for a birth date; with one, it must be a day someone alive was
 * born on.
 */
final class BirthDatesInText {
	/** Words that say the date after them is a birth date, accents folded. */
	private static final Set<String> CUES = Set.of("dob", "born", "birth", "birthday", "birthdate", "geb", "geboren",
			"geburtsdatum", "ne", "nee", "naissance", "nacido", "nacida", "nacimiento", "nato", "nata", "nascita",
			"geboortedatum", "fodelsedatum", "fodt", "fodd");
	/** Small words between the cue and the date: "born on", "né le", "geboren am", "nacido el". */
	private static final Set<String> LINKS = Set.of("on", "le", "am", "el", "il", "op", "the", "of", "de", "den", "date",
			"datum", "is", "was");
	/** Characters after the cue within which the date must start. */
	private static final int REACH = 24;
	/** Digits a text needs to hold a full date at all. */
	private static final int MIN_DIGITS = 4;

	private BirthDatesInText() {
	}

	/** The first birth date in {@code text} plausible on {@code today} (packed yyyymmdd), as {@code start << 32 | end}, or -1. */
	static long find(String text, int today) {
		int len = text.length();
		int digits = 0;
		for (int i = 0; i < len && digits < MIN_DIGITS; i++) {
			digits += isDigit(text.charAt(i)) ? 1 : 0;
		}
		if (digits < MIN_DIGITS) {
			return -1;
		}
		int i = 0;
		while (i < len) {
			char c = text.charAt(i);
			if (!NamesInText.isLetter(c)) {
				i++;
				continue;
			}
			int start = i;
			int segment = 0;
			while (i < len) {
				char ch = text.charAt(i);
				if (NamesInText.isLetter(ch)) {
					segment++;
				} else if (ch == '.' && segment == 1 && i + 1 < len && NamesInText.isLetter(text.charAt(i + 1))) {
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
		char first = (char) (text.charAt(start) | 0x20);
		if ("bdgnf".indexOf(first) < 0 && text.charAt(start) < 128) {
			return false; // most words start with another letter: no folding for them
		}
		String word = AccentFolder.fold(text.substring(start, end)).replace(" ", "");
		if ((word.equals("nato") || word.equals("nata")) && Character.isUpperCase(text.charAt(start + 1))) {
			return false; // NATO
		}
		return CUES.contains(word);
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
				String word = AccentFolder.fold(text.substring(s, i));
				if (!LINKS.contains(word)) {
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
