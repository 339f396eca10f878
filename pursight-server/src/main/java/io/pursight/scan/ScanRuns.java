package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.pursight.access.AuditDetail;
import io.pursight.catalog.Catalog;
import io.pursight.classification.ClassificationRuns;
import io.pursight.classification.WorkspaceClassificationSettings;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.platform.JobQueue;
import io.pursight.datasource.DataSources;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.internal.ScanTaskRepository;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRuleSets;
import org.springframework.stereotype.Service;

/**
 * Queues scan runs and answers for them. A request is checked at once (the source or table must
 * exist in the workspace, the options be valid), then stored as a QUEUED run and handed to a
 * persistent job that runs its steps off the request thread ({@link ScanRunner}); whatever a step
 * refuses later (an archived or unreachable source, a run already holding it) fails the run with
 * the step's own problem. All operations are scoped to one workspace.
 */
@Service
public class ScanRuns {

	/** The db-scheduler task that executes runs; its instance id is the run's id. */
	static final String JOB = "scan-run";
	/** How often a waiting request re-reads its run, for runs finished by another replica. */
	private static final Duration RECHECK = Duration.ofMillis(500);

	private final ScanRunRepository repository;
	private final DataSources sources;
	private final Catalog catalog;
	private final JobQueue jobs;
	private final RunCompletions completions;
	private final ScanSettings settings;
	private final ScanRunEvents stored;
	private final ScanTaskRepository tasks;
	private final ScanRuleSets ruleSets;
	private final ClassificationRuns classifications;
	private final ScanPlanner planner;
	private final ScanWorkers workers;
	private final RunFinisher finisher;

	ScanRuns(ScanRunRepository repository, ScanTaskRepository tasks, DataSources sources, Catalog catalog,
			JobQueue jobs, RunCompletions completions, ScanSettings settings, ScanRunEvents stored,
			ScanRuleSets ruleSets, ClassificationRuns classifications, ScanPlanner planner, ScanWorkers workers,
			RunFinisher finisher) {
		this.repository = repository;
		this.tasks = tasks;
		this.ruleSets = ruleSets;
		this.classifications = classifications;
		this.planner = planner;
		this.workers = workers;
		this.finisher = finisher;
		this.stored = stored;
		this.sources = sources;
		this.catalog = catalog;
		this.jobs = jobs;
		this.completions = completions;
		this.settings = settings;
	}

	/**
	 * Queues a scan of the source under a rule set (its current version, or {@code version}); 404 when the
	 * workspace has no such source or rule set.
	 */
	public ScanRun scan(WorkspaceId workspace, DataSourceId source, ScanRuleSetId ruleSet, Integer version, UserId by,
			ScanTrigger trigger, UUID schedule) {
		sources.get(workspace, source);
		ScanRuleSet set = version == null ? ruleSets.get(workspace, ruleSet)
				: ruleSets.version(workspace, ruleSet, version);
		return queue(workspace, ScanRequest.of(source, set, null, by, trigger, schedule));
	}

	/** Queues a discovery of the source: a scan under the built-in metadata-only rule set. */
	public ScanRun discover(WorkspaceId workspace, DataSourceId source, UserId by) {
		return scan(workspace, source, ScanRuleSets.METADATA_ONLY, null, by, ScanTrigger.MANUAL, null);
	}

	/**
	 * Queues a classification of every cataloged table of the source: the per-table steps of the built-in full
	 * PII rule set over the catalog as it stands (no discovery first); 404 when the workspace has no such source,
	 * 400 for a sample size out of range.
	 *
	 * @param sampleSize rows per table, or null for the workspace's setting
	 */
	public ScanRun classify(WorkspaceId workspace, DataSourceId source, Integer sampleSize, UserId by) {
		checkSampleSize(sampleSize);
		sources.get(workspace, source);
		return queue(workspace, ScanRequest.ofCatalog(source, null, ruleSets.get(workspace, ScanRuleSets.FULL_PII),
				size(workspace, sampleSize), by));
	}

	/** Queues a classification of one cataloged table or view; 404 when the workspace has no such asset. */
	public ScanRun classifyTable(WorkspaceId workspace, AssetId table, Integer sampleSize, UserId by) {
		checkSampleSize(sampleSize);
		DataSourceId source = catalog.get(workspace, table).asset().sourceId();
		return queue(workspace, ScanRequest.ofCatalog(source, table, ruleSets.get(workspace, ScanRuleSets.FULL_PII),
				size(workspace, sampleSize), by));
	}

	/** Pauses a run that is reading its tables: its workers stop after the object each is reading. */
	public ScanRun pause(WorkspaceId workspace, ScanRunId id) {
		ScanRun run = get(workspace, id);
		ScanRun paused = stored.store(run.pause(Instant.now())).orElseThrow(() -> changedMeanwhile(run));
		AuditDetail.record("scan run " + id + " paused");
		return paused;
	}

	/** Resumes a paused run: its workers start again where it stood. */
	public ScanRun resume(WorkspaceId workspace, ScanRunId id) {
		ScanRun run = get(workspace, id);
		ScanRun resumed = stored.store(run.resume(Instant.now())).orElseThrow(() -> changedMeanwhile(run));
		workers.start(resumed, Math.max(1, tasks.unfinished(id)));
		AuditDetail.record("scan run " + id + " resumed");
		return resumed;
	}

	/**
	 * Cancels a run that has not finished: nothing more is read or stored (what was stored per object stays),
	 * and the source is handed back at once.
	 */
	public ScanRun cancel(WorkspaceId workspace, ScanRunId id) {
		ScanRun run = get(workspace, id);
		ScanRun cancelled = stored.store(run.cancel(Instant.now())).orElseThrow(() -> changedMeanwhile(run));
		finisher.handBack(cancelled, false);
		completions.finished(id);
		AuditDetail.record("scan run " + id + " cancelled in state " + run.state());
		return cancelled;
	}

	/** The run's objects by name, optionally in one state. */
	public PageResult<ScanObject> objects(WorkspaceId workspace, ScanRunId id, ScanObject.State state, PageQuery page) {
		get(workspace, id);
		return tasks.page(id, state, page);
	}

	public ScanRun get(WorkspaceId workspace, ScanRunId id) {
		return repository.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
	}

	/** Newest first, optionally of one source and in one state. */
	public PageResult<ScanRun> list(WorkspaceId workspace, DataSourceId source, ScanRunState state, PageQuery page) {
		return repository.list(workspace, source, state, page);
	}

	/**
	 * Waits for the run to finish, at most {@code pursight.scan.wait-timeout}; returns it as it stands
	 * then (finished, or still queued or running when the time is up). Never returns null.
	 */
	public ScanRun awaitEnd(WorkspaceId workspace, ScanRunId id) {
		long deadline = System.nanoTime() + settings.waitTimeout().toNanos();
		CompletableFuture<Void> end = completions.watch(id);
		try {
			while (true) {
				ScanRun run = get(workspace, id);
				long left = deadline - System.nanoTime();
				if (run.state().isFinished() || left <= 0) {
					return run;
				}
				try {
					end.get(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
				}
				catch (TimeoutException | ExecutionException e) {
					// read the run again: it may have finished elsewhere
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return get(workspace, id);
				}
			}
		}
		finally {
			completions.forget(id);
		}
	}

	private ScanRun queue(WorkspaceId workspace, ScanRequest request) {
		ScanRun run = ScanRun.queue(workspace, request, Instant.now());
		repository.insert(run, planner.rulesHash(request.rules()));
		try {
			jobs.enqueue(JOB, run.id().toString());
		}
		catch (RuntimeException e) {
			stored.store(run.fail(ScanFailure.unexpected(), Instant.now()));
			throw e;
		}
		AuditDetail.record("scan run " + run.id() + " queued: " + request.steps());
		return run;
	}

	private Integer size(WorkspaceId workspace, Integer requested) {
		return requested != null ? requested : classifications.sampleSize(workspace);
	}

	private Problem changedMeanwhile(ScanRun read) {
		ScanRun now = get(read.workspaceId(), read.id());
		return Problem.conflict("The scan run moved from " + read.state() + " to " + now.state()
				+ " meanwhile; reload it and retry.");
	}

	private static void checkSampleSize(Integer sampleSize) {
		if (sampleSize != null && (sampleSize < 1 || sampleSize > WorkspaceClassificationSettings.MAX_SAMPLE_SIZE)) {
			throw Problem.invalid("sampleSize must be between 1 and " + WorkspaceClassificationSettings.MAX_SAMPLE_SIZE
					+ " (got " + sampleSize + ").");
		}
	}
}
