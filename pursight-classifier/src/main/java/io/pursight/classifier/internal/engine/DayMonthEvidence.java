package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.check.DayMonthOrder;

/**
 * What a column's numeric dates say about their day/month order. Most values (3/4/1982) fit
 * both orders; those with a number above 12 fit one only and tell the order the column is
 * written in. The column is read in the order most of them show, and the values that exist
 * only in the other order contradict it. Confined to one classification.
 */
final class DayMonthEvidence {
	private int monthFirst;
	private int dayFirst;
	private int monthFirstValid;
	private int dayFirstValid;

	/** Counts {@code times} values that all got {@code verdict}, flagged with the one order they fit. */
	void add(int verdict, int times) {
		boolean valid = Verdict.level(verdict) == Verdict.VALID;
		if (Verdict.has(verdict, Verdict.MONTH_FIRST)) {
			monthFirst += times;
			monthFirstValid += valid ? times : 0;
		} else if (Verdict.has(verdict, Verdict.DAY_FIRST)) {
			dayFirst += times;
			dayFirstValid += valid ? times : 0;
		}
	}

	/** The order the column is read in: the one more telling values show; a tie goes to day first, the wider use. */
	DayMonthOrder order() {
		return monthFirst > dayFirst ? DayMonthOrder.MONTH_FIRST : DayMonthOrder.DAY_FIRST;
	}

	/** Values counted valid that exist only in the order the column is not read in. */
	int validInMinorityOrder() {
		return order() == DayMonthOrder.MONTH_FIRST ? dayFirstValid : monthFirstValid;
	}

	/** Which order was used and why, for the explanation. */
	String describe() {
		DayMonthOrder order = order();
		int agreeing = order == DayMonthOrder.MONTH_FIRST ? monthFirst : dayFirst;
		int contradicting = order == DayMonthOrder.MONTH_FIRST ? dayFirst : monthFirst;
		String text = "dates read as " + order.layout() + " (" + agreeing + " value" + (agreeing == 1 ? "" : "s")
				+ " fit only that order";
		if (contradicting == 0) {
			return text + ")";
		}
		return text + "; " + contradicting + " fit" + (contradicting == 1 ? "s" : "") + " only "
				+ other(order).layout() + " and count" + (contradicting == 1 ? "s" : "") + " as failed)";
	}

	private static DayMonthOrder other(DayMonthOrder order) {
		return order == DayMonthOrder.MONTH_FIRST ? DayMonthOrder.DAY_FIRST : DayMonthOrder.MONTH_FIRST;
	}
}
