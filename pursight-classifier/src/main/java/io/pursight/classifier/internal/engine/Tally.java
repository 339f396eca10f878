package io.pursight.classifier.internal.engine;

/** Counts of the verdicts one detector gave over a column's values. Confined to one classification. */
final class Tally {
	int valid;
	int shapeOnly;
	int failed;
	int dictionary;
	/** Supporting values that are bare digit runs or short codes, which need a name that agrees. */
	int bareSupport;
	/** Values with the structure whose validator was skipped for budget. */
	int unchecked;
	/** Values of an integer column read with the leading zeros it dropped, whatever their verdict. */
	int zeroPadded;
	/** Markers of a missing value ({@link MissingValueMarkers}) that do not fit the type: left out like nulls. */
	int missing;
	/** Which day/month order the values that tell show; null until a value tells. */
	private DayMonthEvidence dayMonth;

	/** Counts {@code times} values that all got {@code verdict}. */
	void add(int verdict, int times) {
		int level = Verdict.level(verdict);
		boolean isBare = Verdict.has(verdict, Verdict.BARE);
		switch (level) {
			case Verdict.VALID -> valid += times;
			case Verdict.SHAPE -> {
				if (Verdict.has(verdict, Verdict.UNCHECKED)) {
					unchecked += times;
				} else {
					shapeOnly += times;
				}
			}
			case Verdict.FAILED -> failed += times;
			default -> {
				return;
			}
		}
		if (Verdict.has(verdict, Verdict.DICT)) {
			dictionary += times;
		}
		if (isBare && level != Verdict.FAILED) {
			bareSupport += times;
		}
		if (Verdict.has(verdict, Verdict.MONTH_FIRST | Verdict.DAY_FIRST)) {
			if (dayMonth == null) {
				dayMonth = new DayMonthEvidence();
			}
			dayMonth.add(verdict, times);
		}
	}

	/** Counts {@code times} values that got {@code verdict} once read with their leading zeros. */
	void addPadded(int verdict, int times) {
		add(verdict, times);
		zeroPadded += times;
	}

	/**
	 * Reads the whole column in the day/month order its telling values show: the values that
	 * exist only in the other order stop counting as valid and count as failed. Call once,
	 * after the last value.
	 */
	void settleDayMonthOrder() {
		if (dayMonth != null) {
			int contradicting = dayMonth.validInMinorityOrder();
			valid -= contradicting;
			failed += contradicting;
		}
	}

	/** The day/month order evidence, or null when no value told the order. */
	DayMonthEvidence dayMonth() {
		return dayMonth;
	}

	/** Values whose structure matched the type, validated or not. */
	int structured() {
		return valid + shapeOnly + failed + unchecked;
	}

	boolean isEmpty() {
		return structured() == 0;
	}
}
