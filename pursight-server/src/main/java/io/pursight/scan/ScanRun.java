package io.pursight.scan;

import java.time.Instant;
import java.util.Objects;

import io.pursight.classification.ClassifyReport;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DiscoveryReport;

/**
 * One scan run: what was asked, where it stands in its lifecycle ({@link ScanRunState}), what each
 * finished step reported and, when it failed, why. Transitions are checked here and refused with a
 * 409 problem; each returns the changed run, which the caller stores under the version it read.
 *
 * @param createdAt  when it was requested (queued)
 * @param startedAt  when a worker took it up; null while queued
 * @param finishedAt when it completed, failed or was cancelled
 */
public record ScanRun(ScanRunId id, WorkspaceId workspaceId, ScanRequest request, ScanRunState state,
		StepReports reports, ScanFailure error, Instant createdAt, Instant startedAt, Instant finishedAt,
		Instant updatedAt, long version) {

	public ScanRun {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(state, "state");
		reports = reports == null ? StepReports.NONE : reports;
	}

	/** A new run, waiting for a worker. */
	static ScanRun queue(WorkspaceId workspace, ScanRequest request, Instant now) {
		return new ScanRun(ScanRunId.random(), workspace, request, ScanRunState.QUEUED, StepReports.NONE, null, now,
				null, null, now, 0);
	}

	/** A worker took the run up. */
	ScanRun start(Instant now) {
		return new ScanRun(id, workspaceId, request, state.moveTo(ScanRunState.INITIALIZING), reports, error, createdAt,
				now, finishedAt, now, version);
	}

	/** The run begins one of its steps: discovery runs as RUNNING, classification as CLASSIFYING. */
	ScanRun begin(ScanStep step, Instant now) {
		if (!request.includes(step)) {
			throw Problem.conflict("This scan run was not asked to " + step.name().toLowerCase() + ".");
		}
		return moveTo(step == ScanStep.DISCOVER ? ScanRunState.RUNNING : ScanRunState.CLASSIFYING, now);
	}

	ScanRun discovered(DiscoveryReport report, Instant now) {
		requireState(ScanRunState.RUNNING, "a discovery report");
		return new ScanRun(id, workspaceId, request, state, reports.with(report), error, createdAt, startedAt,
				finishedAt, now, version);
	}

	ScanRun classified(ClassifyReport report, Instant now) {
		requireState(ScanRunState.CLASSIFYING, "a classification report");
		return new ScanRun(id, workspaceId, request, state, reports.with(report), error, createdAt, startedAt,
				finishedAt, now, version);
	}

	/** What the steps found is being settled in the catalog: the source leaves its scan states. */
	ScanRun catalog(Instant now) {
		return moveTo(ScanRunState.CATALOGING, now);
	}

	ScanRun complete(Instant now) {
		return finish(ScanRunState.COMPLETED, null, now);
	}

	ScanRun fail(ScanFailure failure, Instant now) {
		return finish(ScanRunState.FAILED, Objects.requireNonNull(failure, "failure"), now);
	}

	private ScanRun moveTo(ScanRunState next, Instant now) {
		return new ScanRun(id, workspaceId, request, state.moveTo(next), reports, error, createdAt, startedAt,
				finishedAt, now, version);
	}

	private ScanRun finish(ScanRunState end, ScanFailure failure, Instant now) {
		return new ScanRun(id, workspaceId, request, state.moveTo(end), reports, failure, createdAt, startedAt, now,
				now, version);
	}

	private void requireState(ScanRunState expected, String what) {
		if (state != expected) {
			throw Problem.conflict("A scan run in state " + state + " cannot record " + what + ".");
		}
	}
}
