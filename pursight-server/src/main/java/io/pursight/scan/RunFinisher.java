package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.pursight.catalog.SyncSummary;
import io.pursight.classification.ClassificationRuns;
import io.pursight.classification.ClassifyReport;
import io.pursight.common.ProblemKind;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.internal.ScanTaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends runs. {@link #finish} takes a run whose objects are all done through Classifying (the sensitivity
 * roll-up, once), Validating (the failed objects against the rules' error share) and Cataloging (the source
 * back to CATALOGED, the summary) to Completed, or to Failed past the error share; the first move is guarded by
 * the run's version, so when several workers find the run done at once only one finishes it. {@link #abort}
 * ends a run whose source failed as a whole. Both hand the source back.
 */
@Component
class RunFinisher {

	/** Failed objects listed in the run's report; the rest are among its objects. */
	private static final int FAILURES_LISTED = 100;
	private static final Logger log = LoggerFactory.getLogger(RunFinisher.class);

	private final ScanRunRepository runs;
	private final ScanTaskRepository tasks;
	private final DataSources sources;
	private final ClassificationRuns classifications;
	private final ScanRunEvents stored;
	private final RunCompletions completions;

	RunFinisher(ScanRunRepository runs, ScanTaskRepository tasks, DataSources sources,
			ClassificationRuns classifications, ScanRunEvents stored, RunCompletions completions) {
		this.runs = runs;
		this.tasks = tasks;
		this.sources = sources;
		this.classifications = classifications;
		this.stored = stored;
		this.completions = completions;
	}

	/** Finishes the run if it is reading tables and none is left; does nothing otherwise. */
	void finish(ScanRunId id) {
		ScanRun run = runs.findForJob(id).orElse(null);
		if (run == null || run.state() != ScanRunState.RUNNING || tasks.unfinished(id) > 0) {
			return;
		}
		try {
			boolean classify = run.request().includes(ScanStep.CLASSIFY);
			if (classify) {
				run = stored.store(run.classifying(Instant.now())).orElse(null);
				if (run == null) {
					return; // another worker finishes it, or it was cancelled meanwhile
				}
				classifications.rollUp(run.workspaceId(), run.request().sourceId());
			}
			ScanTaskRepository.Totals totals = tasks.totals(id);
			ScanRun validating = stored.store(run.validating(report(run, totals), Instant.now())).orElse(null);
			if (validating == null) {
				return;
			}
			handBack(validating, classify);
			int total = totals.scanned() + totals.skipped() + totals.failed();
			double share = total == 0 ? 0 : (double) totals.failed() / total;
			if (share > validating.request().rules().maxErrorShare()) {
				ScanFailure failure = ScanFailure.of(ProblemKind.CONFLICT, String.format(Locale.ROOT,
						"%d of %d objects could not be scanned (%.0f%%), more than the rule set allows (%.0f%%). The "
								+ "other objects' results are stored; see the run's failed objects for why and what to do.",
						totals.failed(), total, share * 100, validating.request().rules().maxErrorShare() * 100),
						Map.of("objectsFailed", totals.failed(), "objectsTotal", total));
				end(validating.fail(failure, summary(validating, totals), Instant.now()));
				return;
			}
			ScanRun cataloging = store(validating.catalog(Instant.now()));
			end(cataloging.complete(summary(cataloging, totals), Instant.now()));
		}
		catch (RuntimeException e) {
			log.error("Finishing scan run {} failed", id, e);
			abort(id, ScanFailure.unexpected());
		}
	}

	/** Fails an unfinished run (its source failed as a whole, or was lost) and hands its source back. */
	void abort(ScanRunId id, ScanFailure failure) {
		ScanRun run = runs.findForJob(id).orElse(null);
		if (run == null || run.state().isFinished()) {
			return;
		}
		handBack(run, false);
		ScanTaskRepository.Totals totals = tasks.totals(id);
		stored.store(run.fail(failure, summary(run, totals), Instant.now()))
				.ifPresent(failed -> completions.finished(id));
	}

	/**
	 * Gives the source's claim back and moves the source back to CATALOGED: via CLASSIFIED when the run stored its
	 * labels to the end ({@code classified}), straight back when it stopped short.
	 */
	void handBack(ScanRun run, boolean classified) {
		sources.releaseClassification(run.workspaceId(), run.request().sourceId(), run.id().value());
		if (classified) {
			sources.advanceClassification(run.workspaceId(), run.request().sourceId(), DataSourceState.CLASSIFYING,
					DataSourceState.CLASSIFIED);
		}
		for (DataSourceState from : new DataSourceState[] { DataSourceState.CLASSIFYING, DataSourceState.CLASSIFIED }) {
			sources.advanceClassification(run.workspaceId(), run.request().sourceId(), from, DataSourceState.CATALOGED);
		}
	}

	private void end(ScanRun finished) {
		store(finished);
		completions.finished(finished.id());
	}

	private ScanRun store(ScanRun changed) {
		return stored.store(changed).orElseThrow(() -> new IllegalStateException("scan run " + changed.id()
				+ " changed while it was being finished"));
	}

	/** The objects' outcome as the classification endpoint has always answered it. */
	private ClassifyReport report(ScanRun run, ScanTaskRepository.Totals totals) {
		long millis = run.startedAt() == null ? 0 : Duration.between(run.startedAt(), Instant.now()).toMillis();
		return new ClassifyReport(run.request().sourceId(), totals.scanned(), (int) totals.columns(), totals.applied(),
				totals.pending(), totals.withdrawn(), totals.rows(), millis, totals.failed(),
				tasks.failed(run.id(), FAILURES_LISTED).stream()
						.map(o -> new ClassifyReport.ObjectFailure(o.tableAssetId(), o.qualifiedName(), o.error().step(),
								o.error().sqlState(), o.error().message()))
						.toList());
	}

	private static ScanSummary summary(ScanRun run, ScanTaskRepository.Totals totals) {
		DiscoveryReport discovery = run.reports().discover();
		SyncSummary sync = discovery == null ? null : discovery.catalog();
		long millis = run.startedAt() == null ? 0 : Duration.between(run.startedAt(), Instant.now()).toMillis();
		return new ScanSummary(sync == null ? 0 : sync.created(), sync == null ? 0 : sync.updated(),
				sync == null ? 0 : sync.deleted(), totals.applied(), totals.pending(), totals.withdrawn(),
				totals.scanned(), totals.skipped(), totals.failed(), totals.columns(), totals.rows(), millis);
	}
}
