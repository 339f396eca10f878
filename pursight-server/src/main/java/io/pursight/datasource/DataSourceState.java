package io.pursight.datasource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;

import static java.util.Map.entry;

/**
 * Lifecycle of a data source (DESIGN.md): Registered → Connected | Failed → Scanning → Scanned
 * → (Classifying → Classified → Validating → Validated) → Cataloged → Monitoring; Archived.
 * Connectivity once cataloged is tracked by health checks, not by falling back to Failed. A
 * cataloged source is classified again (Classifying → Classified → Cataloged); a classification
 * that stops goes back to Cataloged, the catalog being as it was, and one whose claim lapsed may be
 * archived.
 */
public enum DataSourceState {
	REGISTERED, CONNECTED, FAILED, SCANNING, SCANNED, CLASSIFYING, CLASSIFIED, VALIDATING, VALIDATED, CATALOGED,
	MONITORING, ARCHIVED;

	private static final Map<DataSourceState, Set<DataSourceState>> NEXT = Map.ofEntries(
			entry(REGISTERED, EnumSet.of(CONNECTED, FAILED, SCANNING, ARCHIVED)),
			entry(CONNECTED, EnumSet.of(CONNECTED, FAILED, SCANNING, ARCHIVED)),
			entry(FAILED, EnumSet.of(CONNECTED, FAILED, SCANNING, ARCHIVED)),
			entry(SCANNING, EnumSet.of(SCANNED, FAILED)),
			entry(SCANNED, EnumSet.of(CLASSIFYING, CATALOGED, FAILED)),
			entry(CLASSIFYING, EnumSet.of(CLASSIFIED, CATALOGED, FAILED, ARCHIVED)),
			entry(CLASSIFIED, EnumSet.of(VALIDATING, CATALOGED, FAILED)),
			entry(VALIDATING, EnumSet.of(VALIDATED, FAILED)),
			entry(VALIDATED, EnumSet.of(CATALOGED, FAILED)),
			entry(CATALOGED, EnumSet.of(MONITORING, SCANNING, CLASSIFYING, FAILED, ARCHIVED)),
			entry(MONITORING, EnumSet.of(MONITORING, SCANNING, CLASSIFYING, FAILED, ARCHIVED)),
			entry(ARCHIVED, EnumSet.of(REGISTERED)));

	public boolean canMoveTo(DataSourceState next) {
		return NEXT.get(this).contains(next);
	}

	/** Returns {@code next}, or throws a 409 problem naming both states. */
	public DataSourceState moveTo(DataSourceState next) {
		if (!canMoveTo(next)) {
			throw Problem.conflict("A data source in state " + this + " cannot move to " + next + ".");
		}
		return next;
	}

	/** Whether the source has been discovered into the catalog at least once and is in use. */
	public boolean isCataloged() {
		return this == CATALOGED || this == MONITORING;
	}

	public boolean isBusy() {
		return this == SCANNING || this == CLASSIFYING || this == VALIDATING;
	}
}
