package io.pursight.scan;

import java.time.Instant;
import java.util.Objects;

import io.pursight.classification.ClassifyReport;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DiscoveryReport;

/**
 * One scan run: what was asked, where it stands in its lifecycle ({@link ScanRunState}), how far it has come,
 * what each finished step reported, its summary once finished and, when it failed, why. Transitions are checked
 * here and refused with a 409 problem; each returns the changed run, which the caller stores under the version
 * it read. The progress counters are kept by the store (each table adds to them in its own transaction) and
 * are never written back from here.
 *
 * @param createdAt  when it was requested (queued)
 * @param startedAt  when a worker took it up; null while queued
 * @param finishedAt when it completed, failed or was cancelled
 */
public record ScanRun(ScanRunId id, WorkspaceId workspaceId, ScanRequest request, ScanRunState state,
		ScanProgress progress, StepReports reports, ScanSummary summary, ScanFailure error, Instant createdAt,
		Instant startedAt, Instant finishedAt, Instant updatedAt, long version) {

	public ScanRun {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(state, "state");
		progress = progress == null ? ScanProgress.NONE : progress;
		reports = reports == null ? StepReports.NONE : reports;
	}

	/** A new run, waiting for a worker. */
	static ScanRun queue(WorkspaceId workspace, ScanRequest request, Instant now) {
		return new ScanRun(ScanRunId.random(), workspace, request, ScanRunState.QUEUED, ScanProgress.NONE,
				StepReports.NONE, null, null, now, null, null, now, 0);
	}

	/** A worker took the run up: it discovers and plans. */
	ScanRun start(Instant now) {
		return new ScanRun(id, workspaceId, request, state.moveTo(ScanRunState.INITIALIZING), progress, reports, summary,
				error, createdAt, now, finishedAt, now, version);
	}

	ScanRun discovered(DiscoveryReport report, Instant now) {
		requireState(ScanRunState.INITIALIZING, "a discovery report");
		return with(state, reports.with(report), summary, error, finishedAt, now);
	}

	/** The tables are planned: workers read them now. */
	ScanRun running(Instant now) {
		return moveTo(ScanRunState.RUNNING, now);
	}

	ScanRun pause(Instant now) {
		if (state != ScanRunState.RUNNING) {
			throw Problem.conflict("Only a run that is reading its tables (RUNNING) can be paused; this one is " + state
					+ ".");
		}
		return moveTo(ScanRunState.PAUSED, now);
	}

	ScanRun resume(Instant now) {
		if (state != ScanRunState.PAUSED) {
			throw Problem.conflict("Only a paused run can be resumed; this one is " + state + ".");
		}
		return moveTo(ScanRunState.RUNNING, now);
	}

	ScanRun cancel(Instant now) {
		if (!state.canMoveTo(ScanRunState.CANCELLED)) {
			throw Problem.conflict("A scan run in state " + state + " cannot be cancelled"
					+ (state.isFinished() ? ": it has finished." : ": it is finishing; it ends in a moment."));
		}
		return with(ScanRunState.CANCELLED, reports, summary, error, now, now);
	}

	/** Every table is stored: the sensitivity roll-up follows. */
	ScanRun classifying(Instant now) {
		return moveTo(ScanRunState.CLASSIFYING, now);
	}

	ScanRun validating(ClassifyReport report, Instant now) {
		return with(state.moveTo(ScanRunState.VALIDATING), report == null ? reports : reports.with(report), summary,
				error, finishedAt, now);
	}

	/** What the run found is being settled: the source leaves its scan states. */
	ScanRun catalog(Instant now) {
		return moveTo(ScanRunState.CATALOGING, now);
	}

	ScanRun complete(ScanSummary done, Instant now) {
		return with(state.moveTo(ScanRunState.COMPLETED), reports, done, null, now, now);
	}

	ScanRun fail(ScanFailure failure, Instant now) {
		return with(state.moveTo(ScanRunState.FAILED), reports, summary, Objects.requireNonNull(failure, "failure"), now,
				now);
	}

	/** Failed with what it did so far kept as its summary. */
	ScanRun fail(ScanFailure failure, ScanSummary sofar, Instant now) {
		return with(state.moveTo(ScanRunState.FAILED), reports, sofar, Objects.requireNonNull(failure, "failure"), now,
				now);
	}

	private ScanRun moveTo(ScanRunState next, Instant now) {
		return with(state.moveTo(next), reports, summary, error, finishedAt, now);
	}

	private ScanRun with(ScanRunState next, StepReports r, ScanSummary s, ScanFailure e, Instant finished, Instant now) {
		return new ScanRun(id, workspaceId, request, next, progress, r, s, e, createdAt, startedAt, finished, now,
				version);
	}

	private void requireState(ScanRunState expected, String what) {
		if (state != expected) {
			throw Problem.conflict("A scan run in state " + state + " cannot record " + what + ".");
		}
	}
}
