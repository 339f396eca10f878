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
	}

	/** Values whose structure matched the type, validated or not. */
	int structured() {
		return valid + shapeOnly + failed + unchecked;
	}

	boolean isEmpty() {
		return structured() == 0;
	}
}
