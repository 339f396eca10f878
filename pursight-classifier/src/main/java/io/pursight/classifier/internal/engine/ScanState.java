package io.pursight.classifier.internal.engine;

import java.util.List;

/**
 * Per-column working state of a classification: the reference date for plausibility
 * checks, the regions to parse national phone numbers in, and the budget of expensive
 * validations. Confined to one thread.
 */
final class ScanState {
	/** libphonenumber is ~100x costlier than the structural test, so only this many values per column are validated. */
	static final int PHONE_VALIDATIONS_PER_COLUMN = 32;
	/** Without a phone-like column name the values alone can only suggest a phone type, so libphonenumber is not run. */
	static final int PHONE_VALIDATIONS_UNNAMED = 0;
	/** National numbers are tried in this many regions at most: the hints first, then the defaults. */
	static final int PHONE_REGIONS_TRIED = 4;

	final int today;
	final List<String> regions;
	private final int phoneBudget;
	int phoneValidations;
	/** Scratch buffer for digit runs, reused value after value. */
	final int[] digits = new int[32];

	ScanState(int today, List<String> regions, boolean phoneNamed) {
		this.today = today;
		this.phoneBudget = phoneNamed ? PHONE_VALIDATIONS_PER_COLUMN : PHONE_VALIDATIONS_UNNAMED;
		this.regions = regions.size() > PHONE_REGIONS_TRIED ? regions.subList(0, PHONE_REGIONS_TRIED) : regions;
	}

	boolean mayValidatePhone() {
		return phoneValidations++ < phoneBudget;
	}
}
