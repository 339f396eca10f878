package io.pursight.classifier.internal.check;

/**
 * Which of the first two numbers of a date like 3/4/1982 is the month: the United States
 * write the month first, most of the rest of the world the day. A value alone often cannot
 * tell (both numbers at most 12), so a column decides from the values that can.
 */
public enum DayMonthOrder {
	MONTH_FIRST("month/day/year"), DAY_FIRST("day/month/year");

	private final String layout;

	DayMonthOrder(String layout) {
		this.layout = layout;
	}

	/** The layout in words, such as "month/day/year", for explanations. */
	public String layout() {
		return layout;
	}
}
