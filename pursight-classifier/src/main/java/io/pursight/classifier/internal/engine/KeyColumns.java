package io.pursight.classifier.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a column named as the key of a thing ({@code acct_id}, {@code debtorAcctId},
 * {@code patient_id}) holds surrogate keys or the thing's own identifier. The name alone cannot
 * tell: {@code account_id} may hold the bank's account numbers as well as the row numbers of an
 * accounts table. Keys show in the declared type and the values:
 * <ul>
 * <li>an integer column: identifiers such as account numbers keep their leading zeros and their
 * width as text, keys are counted in integers;</li>
 * <li>values crowded into a narrow band of their magnitude (100 010 to 108 990): keys are counted
 * up from a base, where account or record numbers spread over the digits of their width;</li>
 * <li>short values, most under {@value #SHORT_DIGITS} digits: the identifiers that take a key's name
 * (account, record, member numbers) are mostly longer.</li>
 * </ul>
 * Repeated values say nothing here: a foreign key repeats, and so does an account number in a table
 * of transfers. Two signs make the column a key, and the name no longer names the type; one sign
 * keeps the type in review. Shares and the declared type only, so every sample reads alike.
 */
final class KeyColumns {
	/** Values of at most this many digits are short for the identifiers that take a key's name. */
	static final int SHORT_DIGITS = 7;
	/** A spread of values (largest minus smallest) under this share of the largest is a narrow band. */
	static final double NARROW = 0.25;
	/** Share of digit values needed before the values say anything. */
	private static final double MOSTLY = 0.8;
	/** Distinct digit values needed before their spread says anything. */
	private static final int SPREAD_SAMPLE = 10;

	/**
	 * What the declared type and values say about a key-named column.
	 *
	 * @param signs how many signs of a key there are (0 to 3)
	 * @param why   the signs, as the explanation says them; empty when none
	 */
	record Reading(int signs, String why) {
		static final Reading NONE = new Reading(0, "");

		boolean isKey() {
			return signs >= 2;
		}
	}

	private KeyColumns() {
	}

	/** How a column whose name ends in a key word reads; {@link Reading#NONE} when the name is no key's. */
	static Reading read(NameFinding name, ColumnFacts facts) {
		if (name.key() == null || !name.isPositive()) {
			return Reading.NONE;
		}
		List<String> signs = new ArrayList<>();
		if (isIntegerType(facts.dataType())) {
			signs.add("declared " + facts.dataType().toLowerCase(Locale.ROOT));
		}
		int digitValues = 0;
		int shortValues = 0;
		long min = Long.MAX_VALUE;
		long max = 0;
		for (String v : facts.values()) {
			int digits = leadingDigits(v);
			if (digits == 0 || digits != v.length() || digits > 18) {
				continue;
			}
			digitValues++;
			shortValues += digits <= SHORT_DIGITS ? 1 : 0;
			long value = Long.parseLong(v);
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		int n = facts.values().size();
		if (n > 0 && digitValues >= MOSTLY * n) {
			double spread = max == 0 ? 1 : (double) (max - min) / max;
			if (facts.distinct() >= SPREAD_SAMPLE && spread < NARROW) {
				signs.add(String.format(Locale.ROOT, "values crowd a narrow band (a spread of %.0f%% of their size)"
						+ " as keys counted up from a base do", spread * 100));
			}
			if (shortValues * 2 > digitValues) {
				signs.add("most values have " + SHORT_DIGITS + " digits or fewer");
			}
		}
		return signs.isEmpty() ? Reading.NONE : new Reading(signs.size(), String.join(", ", signs));
	}

	/** Integer types as JDBC metadata names them: int, int4, bigint, smallint, integer, serial... */
	static boolean isIntegerType(String dataType) {
		String t = dataType.toLowerCase(Locale.ROOT);
		return DataFamily.of(dataType) == DataFamily.NUMERIC && (t.contains("int") || t.contains("serial"));
	}

	private static int leadingDigits(String v) {
		int i = 0;
		while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
			i++;
		}
		return i;
	}
}
