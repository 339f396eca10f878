package io.pursight.classifier.internal.check;

/**
 * Month names of English, German, French, Spanish, Italian, Portuguese and Dutch, matched
 * with their abbreviations (any prefix of three letters or more) without allocating.
 */
final class MonthNames {
	/** One row per month; accents folded to ASCII, as {@link #fold} folds the text. */
	private static final String[][] NAMES = {
			{"january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"},
			{"february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
			{"march", "marz", "maerz", "mars", "marzo", "marco", "maart"},
			{"april", "avril", "abril", "aprile"},
			{"may", "mai", "mayo", "maggio", "maio", "mei"},
			{"june", "juni", "juin", "junio", "giugno", "junho"},
			{"july", "juli", "juillet", "julio", "luglio", "julho"},
			{"august", "aout", "agosto", "augustus"},
			{"september", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
			{"october", "oktober", "octobre", "octubre", "ottobre", "outubro"},
			{"november", "novembre", "noviembre", "novembro"},
			{"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro"}};
	private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday"};

	private MonthNames() {
	}

	/**
	 * The month (1-12) the letters {@code s[start, start+length)} name, or -1. A prefix that
	 * starts the names of two months ("jui": juin or juillet) names neither.
	 */
	static int monthOf(CharSequence s, int start, int length) {
		if (length < 3) {
			return -1;
		}
		int found = -1;
		for (int m = 0; m < 12; m++) {
			for (String name : NAMES[m]) {
				if (startsName(s, start, length, name)) {
					if (found >= 0) {
						return -1;
					}
					found = m + 1;
					break;
				}
			}
		}
		return found;
	}

	/** True when the letters are an English weekday or its abbreviation ("Mon", "Tues"), which dates may lead with. */
	static boolean isWeekday(CharSequence s, int start, int length) {
		if (length < 3) {
			return false;
		}
		for (String name : WEEKDAYS) {
			if (startsName(s, start, length, name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsName(CharSequence s, int start, int length, String name) {
		if (length > name.length()) {
			return false;
		}
		for (int k = 0; k < length; k++) {
			if (fold(s.charAt(start + k)) != name.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** Lower case without the accents month names carry (März, février, août, março). */
	static char fold(char c) {
		char l = Character.toLowerCase(c);
		return switch (l) {
			case 'à', 'á', 'â', 'ä', 'ã' -> 'a';
			case 'é', 'è', 'ê', 'ë' -> 'e';
			case 'í', 'î', 'ï' -> 'i';
			case 'ó', 'ô', 'ö', 'õ' -> 'o';
			case 'ú', 'û', 'ü', 'ù' -> 'u';
			case 'ç' -> 'c';
			default -> l;
		};
	}
}
