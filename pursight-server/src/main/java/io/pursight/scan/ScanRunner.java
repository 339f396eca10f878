package io.pursight.scan;

import java.time.Instant;

import io.pursight.classification.ClassificationRuns;
import io.pursight.classification.ClassifyReport;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.scan.internal.ScanRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Executes one run, in the job that {@link ScanRuns} queued: takes it from QUEUED (once: the move is
 * guarded by the run's version), runs its steps through the datasource and classification modules,
 * stores each step's report, and ends it COMPLETED or FAILED with the step's problem.
 *
 * <p>The source moves with the steps. Discovery takes it through SCANNING → SCANNED → CATALOGED
 * itself; classification's claim moves a cataloged source to CLASSIFYING, and this runner moves it
 * on to CLASSIFIED once the labels are stored and to CATALOGED when the run catalogs, or back to
 * CATALOGED when the classification stopped.
 *
 * <p>After a crash: a run still QUEUED when its job is picked up again simply runs (queued runs
 * survive restarts); a run found already started was interrupted midway and is failed, never
 * resumed: its steps may have half-held the source, whose own stale-claim rules release it.
 */
@Component
class ScanRunner {

	private static final Logger log = LoggerFactory.getLogger(ScanRunner.class);

	private final ScanRunRepository repository;
	private final DataSources sources;
	private final ClassificationRuns classifications;
	private final RunCompletions completions;
	private final ScanRunEvents stored;

	ScanRunner(ScanRunRepository repository, DataSources sources, ClassificationRuns classifications,
			RunCompletions completions, ScanRunEvents stored) {
		this.repository = repository;
		this.sources = sources;
		this.classifications = classifications;
		this.completions = completions;
		this.stored = stored;
	}

	void run(ScanRunId id) {
		ScanRun run = repository.findForJob(id).orElse(null);
		if (run == null || run.state().isFinished()) {
			return; // finished meanwhile (for instance failed as stale): nothing left to do
		}
		try {
			if (run.state() != ScanRunState.QUEUED) {
				log.warn("Scan run {} was interrupted in state {}; failing it", id, run.state());
				store(run.fail(ScanFailure.interrupted(), Instant.now()));
				return;
			}
			execute(store(run.start(Instant.now())));
		}
		catch (TakenOver e) {
			log.info("Scan run {} was changed by another worker; this one stops", id);
		}
		finally {
			completions.finished(id);
		}
	}

	private void execute(ScanRun started) {
		ScanRun run = started;
		boolean classifying = false;
		try {
			for (ScanStep step : run.request().steps()) {
				run = store(run.begin(step, Instant.now()));
				if (step == ScanStep.DISCOVER) {
					DiscoveryReport report = sources.discover(run.workspaceId(), run.request().sourceId());
					run = store(run.discovered(report, Instant.now()));
				}
				else {
					classifying = true;
					ClassifyReport report = classify(run);
					sources.advanceClassification(run.workspaceId(), run.request().sourceId(),
							DataSourceState.CLASSIFYING, DataSourceState.CLASSIFIED);
					run = store(run.classified(report, Instant.now()));
				}
			}
			if (classifying) {
				run = store(run.catalog(Instant.now()));
				sources.advanceClassification(run.workspaceId(), run.request().sourceId(), DataSourceState.CLASSIFIED,
						DataSourceState.CATALOGED);
			}
			store(run.complete(Instant.now()));
		}
		catch (TakenOver e) {
			throw e;
		}
		catch (Problem refused) {
			log.info("Scan run {} failed: {}", run.id(), refused.getMessage());
			end(run, ScanFailure.of(refused), classifying);
		}
		catch (RuntimeException e) {
			log.error("Scan run {} failed", run.id(), e);
			end(run, ScanFailure.unexpected(), classifying);
		}
	}

	private ClassifyReport classify(ScanRun run) {
		WorkspaceId workspace = run.workspaceId();
		ScanRequest request = run.request();
		return request.tableAssetId() == null
				? classifications.classifySource(workspace, request.sourceId(), request.sampleSize())
				: classifications.classifyTable(workspace, request.tableAssetId(), request.sampleSize());
	}

	/** Fails the run; a source this run was classifying goes back to CATALOGED (another run's hold is left alone). */
	private void end(ScanRun run, ScanFailure failure, boolean classifying) {
		if (classifying) {
			try {
				for (DataSourceState from : new DataSourceState[] { DataSourceState.CLASSIFYING, DataSourceState.CLASSIFIED }) {
					sources.advanceClassification(run.workspaceId(), run.request().sourceId(), from,
							DataSourceState.CATALOGED);
				}
			}
			catch (RuntimeException e) {
				log.warn("Scan run {} could not return its source to CATALOGED: {}", run.id(), e.getMessage());
			}
		}
		store(run.fail(failure, Instant.now()));
	}

	private ScanRun store(ScanRun changed) {
		return stored.store(changed).orElseThrow(TakenOver::new);
	}

	/** The run was changed by someone else since this worker read it: this worker must stop. */
	private static final class TakenOver extends RuntimeException {
		TakenOver() {
			super(null, null, false, false);
		}
	}
}
