package io.pursight.scan;

/** What started a scan run. */
public enum ScanTrigger {
	/** A user, over the API or the web application. */
	MANUAL,
	/** A schedule of the source and rule set. */
	SCHEDULE,
	/** A workflow step. */
	WORKFLOW
}
