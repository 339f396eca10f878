package io.pursight.scan;

import io.pursight.classification.ClassifyReport;
import io.pursight.datasource.DiscoveryReport;

/**
 * What each step of a run reported, exactly as the synchronous endpoints answer it; null for a step
 * that was not requested or has not finished.
 */
public record StepReports(DiscoveryReport discover, ClassifyReport classify) {

	static final StepReports NONE = new StepReports(null, null);

	StepReports with(DiscoveryReport report) {
		return new StepReports(report, classify);
	}

	StepReports with(ClassifyReport report) {
		return new StepReports(discover, report);
	}

	/** The report of one step, or null. */
	public Object of(ScanStep step) {
		return switch (step) {
			case DISCOVER -> discover;
			case CLASSIFY, PROFILE -> classify;
		};
	}
}
