package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;

import io.pursight.common.ProblemKind;
import io.pursight.platform.JobQueue;
import io.pursight.scan.internal.ScanRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fails the runs that would otherwise stay unfinished forever: unchanged for
 * {@code pursight.scan.stale-run-after}, not paused, and with no job execution (starter or worker) left to run
 * them (lost between being stored and queued, or whose jobs ended without ending them). A run with an execution
 * still stored is left to db-scheduler, which runs it, or revives it when its replica died, and the run goes on
 * where it stood ({@link ScanRunner}, {@link ScanWorkers}).
 */
class StaleRuns {

	private static final Logger log = LoggerFactory.getLogger(StaleRuns.class);
	/** Runs looked at per check; more wait for the next one. */
	private static final int BATCH = 100;

	private final ScanRunRepository repository;
	private final ScanRunEvents stored;
	private final JobQueue jobs;
	private final ScanWorkers workers;
	private final RunCompletions completions;
	private final ScanSettings settings;

	StaleRuns(ScanRunRepository repository, ScanRunEvents stored, JobQueue jobs, ScanWorkers workers,
			RunCompletions completions, ScanSettings settings) {
		this.workers = workers;
		this.repository = repository;
		this.stored = stored;
		this.jobs = jobs;
		this.completions = completions;
		this.settings = settings;
	}

	/** Returns how many runs were failed. */
	int failAbandoned() {
		Instant now = Instant.now();
		int failed = 0;
		for (ScanRun run : repository.unfinishedSince(now.minus(settings.staleRunAfter()), BATCH)) {
			if (run.state() == ScanRunState.PAUSED || jobs.isPending(ScanRuns.JOB, run.id().toString())
					|| workers.anyPending(run)) {
				continue;
			}
			ScanFailure stale = ScanFailure.of(ProblemKind.INTERNAL, "The run stayed " + run.state()
					+ " for more than " + describe(settings.staleRunAfter()) + " with no job left to run it "
					+ "(the server stopped before it could); nothing more happens in this run. Start a new run.");
			if (stored.store(run.fail(stale, now)).isPresent()) {
				log.warn("Scan run {} abandoned in state {}; failed it", run.id(), run.state());
				completions.finished(run.id());
				failed++;
			}
		}
		return failed;
	}

	private static String describe(Duration duration) {
		return duration.toMinutes() > 0 ? duration.toMinutes() + " minutes" : duration.toSeconds() + " seconds";
	}
}
