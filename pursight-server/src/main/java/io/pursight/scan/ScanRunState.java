package io.pursight.scan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;

import static java.util.Map.entry;

/**
 * Lifecycle of a scan run (DESIGN.md): Queued → Initializing → Running → Classifying → Validating →
 * Cataloging → Completed | Failed | Cancelled; Paused ↔ Running. A run only moves forward and skips
 * the phases of steps it was not asked for (a discovery: Initializing → Running → Completed; a
 * classification: Initializing → Classifying → Cataloging → Completed). Completed, Failed and
 * Cancelled are final.
 */
public enum ScanRunState {
	QUEUED, INITIALIZING, RUNNING, PAUSED, CLASSIFYING, VALIDATING, CATALOGING, COMPLETED, FAILED, CANCELLED;

	private static final Map<ScanRunState, Set<ScanRunState>> NEXT = Map.ofEntries(
			entry(QUEUED, EnumSet.of(INITIALIZING, FAILED, CANCELLED)),
			entry(INITIALIZING, EnumSet.of(RUNNING, CLASSIFYING, FAILED, CANCELLED)),
			entry(RUNNING, EnumSet.of(PAUSED, CLASSIFYING, VALIDATING, CATALOGING, COMPLETED, FAILED, CANCELLED)),
			entry(PAUSED, EnumSet.of(RUNNING, FAILED, CANCELLED)),
			entry(CLASSIFYING, EnumSet.of(VALIDATING, CATALOGING, COMPLETED, FAILED, CANCELLED)),
			entry(VALIDATING, EnumSet.of(CATALOGING, COMPLETED, FAILED, CANCELLED)),
			entry(CATALOGING, EnumSet.of(COMPLETED, FAILED)),
			entry(COMPLETED, EnumSet.noneOf(ScanRunState.class)),
			entry(FAILED, EnumSet.noneOf(ScanRunState.class)),
			entry(CANCELLED, EnumSet.noneOf(ScanRunState.class)));

	/** The states a run has not left for good: it is waiting, working or paused. */
	public static final Set<ScanRunState> UNFINISHED = EnumSet.of(QUEUED, INITIALIZING, RUNNING, PAUSED, CLASSIFYING,
			VALIDATING, CATALOGING);

	public boolean canMoveTo(ScanRunState next) {
		return NEXT.get(this).contains(next);
	}

	/** Returns {@code next}, or throws a 409 problem naming both states. */
	public ScanRunState moveTo(ScanRunState next) {
		if (!canMoveTo(next)) {
			throw Problem.conflict("A scan run in state " + this + " cannot move to " + next
					+ (isFinished() ? ": it has finished; start a new run." : "."));
		}
		return next;
	}

	/** Completed, failed or cancelled: nothing more happens in the run. */
	public boolean isFinished() {
		return !UNFINISHED.contains(this);
	}
}
