package io.pursight.scan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;

import static java.util.Map.entry;

/**
 * Lifecycle of a scan run (DESIGN.md): Queued → Initializing → Running → Classifying → Validating →
 * Cataloging → Completed | Failed | Cancelled; Paused ↔ Running. Initializing discovers the source and plans the
 * run's tables; Running reads them, table by table, in parallel (the only phase that can be paused); Classifying
 * rolls sensitivity up once every table is stored (skipped when the run does not classify); Validating weighs
 * the objects that failed against the rule set's error share; Cataloging hands the source back and writes the
 * summary. A run only moves forward; Completed, Failed and Cancelled are final.
 */
public enum ScanRunState {
	QUEUED, INITIALIZING, RUNNING, PAUSED, CLASSIFYING, VALIDATING, CATALOGING, COMPLETED, FAILED, CANCELLED;

	private static final Map<ScanRunState, Set<ScanRunState>> NEXT = Map.ofEntries(
			entry(QUEUED, EnumSet.of(INITIALIZING, FAILED, CANCELLED)),
			entry(INITIALIZING, EnumSet.of(RUNNING, FAILED, CANCELLED)),
			entry(RUNNING, EnumSet.of(PAUSED, CLASSIFYING, VALIDATING, FAILED, CANCELLED)),
			entry(PAUSED, EnumSet.of(RUNNING, FAILED, CANCELLED)),
			entry(CLASSIFYING, EnumSet.of(VALIDATING, FAILED, CANCELLED)),
			entry(VALIDATING, EnumSet.of(CATALOGING, FAILED)),
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
