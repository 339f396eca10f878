package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.TextSpans.isDigit;

import io.pursight.classifier.SensitiveType;
import java.util.Set;

/**
 * Finds a street with its house number ({@link StreetsInText}) and a date with a word saying it
 * is a birth date ({@link BirthDatesInText}) inside one value. Both start from a number, so one
 * pass over the value's digits serves them.
 */
final class StreetsAndBirthDates {
	private StreetsAndBirthDates() {
	}

	/**
	 * Records in {@code findings} the first street and the first birth date of {@code value}, for
	 * the types among {@code enabled} it does not hold yet; {@code room} has
	 * {@link StreetsInText#WORD_ROOM} ints.
	 */
	static void find(String value, int today, Set<SensitiveType> enabled, int[] room, EmbeddedFindings findings) {
		boolean street = enabled.contains(SensitiveType.STREET_ADDRESS) && !findings.has(SensitiveType.STREET_ADDRESS);
		boolean birth = enabled.contains(SensitiveType.DATE_OF_BIRTH) && !findings.has(SensitiveType.DATE_OF_BIRTH);
		int read = 0;
		int len = value.length();
		for (int i = 0; i < len && (street || birth); i++) {
			if (!isDigit(value.charAt(i)) || (i > 0 && isDigit(value.charAt(i - 1)))) {
				continue;
			}
			int end = i + 1;
			while (end < len && isDigit(value.charAt(end))) {
				end++;
			}
			long span = street ? StreetsInText.atNumber(value, i, end, room) : -1;
			if (span >= 0) {
				findings.found(SensitiveType.STREET_ADDRESS, (int) (span >>> 32), (int) span, false, false, null, true);
				street = false;
			}
			span = birth ? BirthDatesInText.atNumber(value, i, end, today, read) : BirthDatesInText.NOT_A_DATE;
			if (span >= 0) {
				findings.found(SensitiveType.DATE_OF_BIRTH, (int) (span >>> 32), (int) span, true, true, null, false);
				birth = false;
			}
			read = span == BirthDatesInText.NOT_A_DATE ? read : i;
			i = end;
		}
	}
}
