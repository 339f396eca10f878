package io.pursight.scan;

import java.time.Instant;
import java.util.List;

import io.pursight.common.Problem;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.datasource.SourceReader;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.internal.ScanTaskRepository;
import io.pursight.scan.internal.ScanTaskRepository.Planned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one run, in the job that {@link ScanRuns} queued: takes it from QUEUED (once: the move is guarded by
 * the run's version) to INITIALIZING, discovers the source when asked (the catalog and its schema history are
 * written there, under the run's id), claims the source for reading, plans the objects ({@link ScanPlanner})
 * and hands them to the run's workers ({@link ScanWorkers}) as it moves to RUNNING. A run with nothing to read
 * is finished at once.
 *
 * <p>After a crash the job runs again and picks up where the run stands: a run still initializing starts over
 * (discovery is idempotent: assets keep their ids; a plan already stored is kept), a running one gets its
 * workers back. A step's problem fails the run with that problem.
 */
@Component
class ScanRunner {

	private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

	private final ScanRunRepository repository;
	private final ScanTaskRepository tasks;
	private final DataSources sources;
	private final ScanPlanner planner;
	private final ScanWorkers workers;
	private final RunFinisher finisher;
	private final RunCompletions completions;
	private final ScanRunEvents stored;
	private final TransactionTemplate tx;

	ScanRunner(ScanRunRepository repository, ScanTaskRepository tasks, DataSources sources, ScanPlanner planner,
			ScanWorkers workers, RunFinisher finisher, RunCompletions completions, ScanRunEvents stored,
			TransactionTemplate tx) {
		this.repository = repository;
		this.tasks = tasks;
		this.sources = sources;
		this.planner = planner;
		this.workers = workers;
		this.finisher = finisher;
		this.completions = completions;
		this.stored = stored;
		this.tx = tx;
	}

	void run(ScanRunId id) {
		ScanRun run = repository.findForJob(id).orElse(null);
		if (run == null || run.state().isFinished()) {
			return; // finished meanwhile (for instance cancelled): nothing left to do
		}
		if (run.request().rules() == null) {
			log.warn("Scan run {} was stored by an older version, without rules, and left {}; failing it", id,
					run.state());
			finisher.abort(id, ScanFailure.interrupted());
			return;
		}
		try {
			switch (run.state()) {
				case QUEUED -> initialize(store(run.start(Instant.now())));
				case INITIALIZING -> {
					log.info("Scan run {} was interrupted while initializing; it starts over", id);
					initialize(run);
				}
				case RUNNING -> workers.start(run, Math.max(1, tasks.unfinished(id)));
				default -> {
					// paused (resume starts the workers) or finishing (its finisher ends it)
				}
			}
		}
		catch (TakenOver e) {
			log.info("Scan run {} was changed by another worker; this one stops", id);
		}
	}

	private void initialize(ScanRun started) {
		ScanRun run = started;
		try {
			if (run.request().includes(ScanStep.DISCOVER) && run.reports().discover() == null) {
				DiscoveryReport report = sources.discover(run.workspaceId(), run.request().sourceId(), run.id().value());
				run = store(run.discovered(report, Instant.now()));
			}
			if (!run.request().readsTables()) {
				run = store(run.running(Instant.now()));
				finisher.finish(run.id());
				return;
			}
			ClassificationClaim claim = sources.claimForClassification(run.workspaceId(), run.request().sourceId(),
					run.id().value());
			int pending;
			try (SourceReader reader = sources.reader(claim)) {
				pending = plan(run, claim, reader);
			}
			run = store(run.running(Instant.now()));
			if (pending == 0) {
				finisher.finish(run.id());
			}
			else {
				workers.start(run, pending);
			}
		}
		catch (TakenOver e) {
			throw e;
		}
		catch (Problem refused) {
			log.info("Scan run {} failed: {}", run.id(), refused.getMessage());
			finisher.abort(run.id(), ScanFailure.of(refused));
		}
		catch (RuntimeException e) {
			log.error("Scan run {} failed", run.id(), e);
			finisher.abort(run.id(), ScanFailure.unexpected());
		}
	}

	/** Stores the run's plan (once: a plan stored before a crash stands); returns the objects left to read. */
	private int plan(ScanRun run, ClassificationClaim claim, SourceReader reader) {
		if (tasks.isPlanned(run.id())) {
			return tasks.unfinished(run.id());
		}
		List<Planned> objects = planner.plan(run, claim, reader);
		int skipped = (int) objects.stream().filter(Planned::skipped).count();
		tx.executeWithoutResult(status -> {
			tasks.plan(run.id(), run.workspaceId(), run.request().sourceId().value(), objects, Instant.now());
			repository.planned(run.id(), objects.size(), skipped);
		});
		log.info("Scan run {} planned {} object(s) of source {}, {} unchanged", run.id(), objects.size(),
				run.request().sourceId(), skipped);
		return objects.size() - skipped;
	}

	private ScanRun store(ScanRun changed) {
		ScanRun run = stored.store(changed).orElseThrow(TakenOver::new);
		if (run.state().isFinished()) {
			completions.finished(run.id());
		}
		return run;
	}

	/** The run was changed by someone else since this worker read it (cancelled, say): this one must stop. */
	private static final class TakenOver extends RuntimeException {
		TakenOver() {
			super(null, null, false, false);
		}
	}
}
