package io.pursight.scan;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.pursight.classification.TableClassifier;
import io.pursight.common.Problem;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.SourceReader;
import io.pursight.platform.JobQueue;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.internal.ScanTaskRepository;
import io.pursight.scanrules.ScanRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The workers of running scans. A run has up to its rules' {@code maxParallelism} workers, each a persistent
 * db-scheduler execution ({@value #JOB}, instance {@code <run id>/<n>}) that any replica may pick up: so a run's
 * objects are read by as many connections at once as its rules allow, spread over the replicas, and each
 * object by one worker only (the claim of {@link ScanTaskRepository#claimNext} is guarded). A worker keeps one
 * reader (one connection) and one classifier, and takes objects until none is left; the last worker to find
 * nothing left finishes the run ({@link RunFinisher}). It stops within one object when the run is paused or
 * cancelled. A worker that dies with its replica is revived by db-scheduler and first takes back the objects it
 * was reading. On shutdown a worker stops after its object and leaves its execution to be picked up again.
 */
@Component
class ScanWorkers {

	static final String JOB = "scan-worker";
	/** Names this process in the objects it reads, for the operators (and the test that two replicas share). */
	static final String PROCESS = ProcessHandle.current().pid() + "@" + host();
	/** Longest pause between two looks at a run whose remaining objects wait for their retry. */
	private static final Duration IDLE = Duration.ofSeconds(1);
	private static final Logger log = LoggerFactory.getLogger(ScanWorkers.class);

	private final ScanRunRepository runs;
	private final ScanTaskRepository tasks;
	private final DataSources sources;
	private final RunFinisher finisher;
	private final JobQueue jobs;
	private final TableScan.Scanning scanning;

	/** {@code @Lazy}: the job queue is the scheduler, which needs the tasks that run the workers first. */
	ScanWorkers(ScanRunRepository runs, ScanTaskRepository tasks, DataSources sources, RunFinisher finisher,
			@Lazy JobQueue jobs, TableScan.Scanning scanning) {
		this.runs = runs;
		this.tasks = tasks;
		this.sources = sources;
		this.finisher = finisher;
		this.jobs = jobs;
		this.scanning = scanning;
	}

	/** Starts the run's workers (those not running already); as many as its rules allow and it has objects. */
	void start(ScanRun run, int objects) {
		int workers = Math.max(1, Math.min(run.request().rules().maxParallelism(), objects));
		for (int n = 0; n < workers; n++) {
			jobs.enqueue(JOB, run.id() + "/" + n);
		}
	}

	/** Whether some worker execution of the run is still stored (due, running, or waiting to be revived). */
	boolean anyPending(ScanRun run) {
		int most = run.request().rules() == null ? 0 : run.request().rules().maxParallelism();
		for (int n = 0; n < most; n++) {
			if (jobs.isPending(JOB, run.id() + "/" + n)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Runs one worker execution.
	 *
	 * @param stopping whether this replica is shutting down
	 * @throws Stopping when the replica shuts down with objects left, so that the execution stays stored
	 */
	void work(String instance, BooleanSupplier stopping) {
		ScanRunId id = ScanRunId.of(instance.substring(0, instance.indexOf('/')));
		ScanRun run = runs.findForJob(id).orElse(null);
		if (run == null || run.state() != ScanRunState.RUNNING) {
			return; // paused (resuming starts the workers again), cancelled or finished
		}
		int released = tasks.releaseHeldBy(instance);
		if (released > 0) {
			log.info("Scan worker {} took back {} object(s) its predecessor was reading when it stopped", instance,
					released);
		}
		ClassificationClaim claim;
		try {
			claim = sources.claimForClassification(run.workspaceId(), run.request().sourceId(), id.value());
		}
		catch (Problem lost) {
			finisher.abort(id, ScanFailure.of(lost));
			return;
		}
		ScanRules rules = run.request().rules();
		DataSourceView source = sources.get(run.workspaceId(), run.request().sourceId());
		TableClassifier classifier = run.request().includes(ScanStep.CLASSIFY)
				? scanning.classifications().classifier(run.workspaceId(), rules.classificationTypes(), rules.customRules())
				: null;
		try (SourceReader reader = sources.reader(claim)) {
			loop(run, instance, new TableScan(scanning, instance, run, source, claim, reader, classifier), claim,
					stopping);
		}
		finally {
			// an object left midway (the run was cancelled or lost its source) is not being read any more
			tasks.releaseHeldBy(instance);
		}
	}

	private void loop(ScanRun run, String instance, TableScan scan, ClassificationClaim claim,
			BooleanSupplier stopping) {
		int unreachable = 0;
		while (true) {
			if (stopping.getAsBoolean()) {
				throw new Stopping();
			}
			if (runs.state(run.id()).orElse(null) != ScanRunState.RUNNING) {
				return;
			}
			Optional<ScanObject> next = tasks.claimNext(run.id(), instance, PROCESS, Instant.now());
			if (next.isPresent()) {
				try {
					scan.scan(next.get());
					unreachable = 0;
				}
				catch (TableScan.Superseded lost) {
					log.warn("Scan worker {} stalled while reading {}; another worker took it over and this one "
							+ "stored nothing", instance, next.get().qualifiedName());
				}
				catch (Problem problem) {
					unreachable = sourceFailed(run, instance, next.get(), claim, problem, unreachable);
					if (unreachable < 0) {
						return;
					}
				}
				continue;
			}
			if (tasks.unfinished(run.id()) == 0) {
				finisher.finish(run.id());
				return;
			}
			Optional<Instant> due = tasks.nextDue(run.id());
			if (due.isEmpty()) {
				return; // the rest is being read by other workers: the last of them finishes the run
			}
			pause(Duration.between(Instant.now(), due.get()));
		}
	}

	/**
	 * The source, not the object, failed (it stopped answering, or the claim was lost). The object goes back for a
	 * retry; after as many failures in a row as an object may have attempts, the run fails: the source is gone.
	 * Returns the new count of failures in a row, or -1 when the run was stopped.
	 */
	private int sourceFailed(ScanRun run, String instance, ScanObject object, ClassificationClaim claim,
			Problem problem, int before) {
		try {
			claim.confirm();
		}
		catch (Problem lost) {
			finisher.abort(run.id(), ScanFailure.of(lost));
			return -1;
		}
		int inARow = before + 1;
		if (inARow >= scanning.settings().maxAttempts()) {
			log.warn("Scan run {} stops: data source {} failed {} times in a row: {}", run.id(),
					run.request().sourceId(), inARow, problem.getMessage());
			finisher.abort(run.id(), ScanFailure.of(problem));
			return -1;
		}
		tasks.retryAt(object.id(), instance, Instant.now().plus(scanning.settings().retryBackoff()),
				new ScanObject.Error("sample", null, problem.getMessage()));
		pause(scanning.settings().retryBackoff());
		return inARow;
	}

	private static void pause(Duration wait) {
		long millis = Math.max(10, Math.min(IDLE.toMillis(), wait.toMillis()));
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Stopping();
		}
	}

	private static String host() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "localhost";
		}
	}

	/** The replica is shutting down: the worker's execution must stay stored, to go on after the restart. */
	static final class Stopping extends RuntimeException {
		Stopping() {
			super("the replica is shutting down; the worker goes on after the restart", null, false, false);
		}
	}
}
