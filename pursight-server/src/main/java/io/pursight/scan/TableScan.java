package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.Catalog;
import io.pursight.classification.ClassificationRuns;
import io.pursight.classification.TableClassification;
import io.pursight.classification.TableClassifier;
import io.pursight.classification.TableLabels;
import io.pursight.common.AssetId;
import io.pursight.common.Problem;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.SampleSpec;
import io.pursight.datasource.SourceReader;
import io.pursight.datasource.TableSample;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.profile.ColumnProfiler;
import io.pursight.scan.internal.ScanTaskRepository;
import io.pursight.scanrules.ScanRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans one object of a run for one worker: reads its sample once, classifies and profiles its columns from it,
 * and stores everything (labels, profile, the object's outcome, the run's progress, {@link TableScanned}) in one
 * transaction, so the catalog never shows half a table. A failure the source may get over (a lock, a timeout, a
 * dropped connection) is retried later with a growing pause; any other failure, or the last retry, costs this
 * object only: it is recorded with its step, SQL state and message and logged at WARN.
 */
class TableScan {

	private static final Logger log = LoggerFactory.getLogger(TableScan.class);
	/** SQL states worth another attempt: connection trouble, lock and resource waits, cancelled statements. */
	private static final List<String> TRANSIENT = List.of("08", "40", "53", "57014", "55P03", "HYT00", "HYT01", "70100");

	private final Catalog catalog;
	private final DataSources sources;
	private final Profiles profiles;
	private final ClassificationRuns classifications;
	private final ScanTaskRepository tasks;
	private final ScanRunRepository runs;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final ScanSettings settings;
	private final String worker;
	private final ScanRun run;
	private final DataSourceView source;
	private final ClassificationClaim claim;
	private final SourceReader reader;
	private final TableClassifier classifier;
	private final Map<AssetId, Asset> schemas = new HashMap<>();

	TableScan(Scanning scanning, String worker, ScanRun run, DataSourceView source, ClassificationClaim claim,
			SourceReader reader, TableClassifier classifier) {
		this.worker = worker;
		this.catalog = scanning.catalog();
		this.sources = scanning.sources();
		this.profiles = scanning.profiles();
		this.classifications = scanning.classifications();
		this.tasks = scanning.tasks();
		this.runs = scanning.runs();
		this.events = scanning.events();
		this.tx = scanning.tx();
		this.settings = scanning.settings();
		this.run = run;
		this.source = source;
		this.claim = claim;
		this.reader = reader;
		this.classifier = classifier;
	}

	/** The beans a table scan works with, gathered so a worker can make one per run. */
	record Scanning(Catalog catalog, DataSources sources, ClassificationRuns classifications, Profiles profiles,
			ScanTaskRepository tasks, ScanRunRepository runs, ApplicationEventPublisher events, TransactionTemplate tx,
			ScanSettings settings) {
	}

	void scan(ScanObject object) {
		ScanRules rules = run.request().rules();
		AssetDetail detail;
		try {
			detail = catalog.get(run.workspaceId(), object.tableAssetId());
		}
		catch (Problem gone) {
			fail(object, new ScanObject.Error("plan", null, "The object left the catalog after the run was planned; "
					+ "the next discovery settles it."), false);
			return;
		}
		Asset table = detail.asset();
		List<Asset> columns = ScanPlanner.selectedColumns(rules, object.schema(), detail);
		TableSample.Request request = new TableSample.Request(object.schema(), table.name(),
				columns.stream().map(Asset::name).toList(), table.rowEstimate(), table.type() == AssetType.VIEW);
		TableSample sample = reader.sample(request, spec(rules));
		if (sample.hasFailed()) {
			fail(object, new ScanObject.Error("sample", sample.failure().sqlState(), sample.failure().message()),
					isTransient(sample.failure().sqlState()));
			return;
		}
		ExactProfile exact = null;
		if (run.request().includes(ScanStep.PROFILE) && rules.exactProfile()) {
			exact = sources.exactProfile(claim, request);
			if (exact.hasFailed()) {
				fail(object, new ScanObject.Error("profile", exact.failure().sqlState(), exact.failure().message()),
						isTransient(exact.failure().sqlState()));
				return;
			}
		}
		TableClassification classified;
		try {
			classified = classifier == null ? null : classifier.classify(schema(table), table, columns, sample);
		}
		catch (RuntimeException e) {
			log.error("Classifying {} of data source {} failed", object.qualifiedName(), source.id(), e);
			fail(object, new ScanObject.Error("classify", null, "Classifying this object failed unexpectedly; the "
					+ "error was logged. Report it if it persists."), false);
			return;
		}
		store(object, table, columns, sample, exact, classified);
	}

	private void store(ScanObject object, Asset table, List<Asset> columns, TableSample sample, ExactProfile exact,
			TableClassification classified) {
		Instant now = Instant.now();
		long rows = sample.rowsRead();
		tx.executeWithoutResult(status -> {
			claim.confirm(); // nothing is stored for a source archived or taken over meanwhile
			if (!tasks.scanned(object.id(), worker, columns.size(), rows, 0, 0, 0, now)) {
				throw new Superseded(); // rolls back: another worker holds the object now
			}
			TableLabels labels = classified == null ? new TableLabels(0, 0, 0, Set.of())
					: classifications.store(run.workspaceId(), source, classified);
			if (run.request().includes(ScanStep.PROFILE)) {
				Set<AssetId> sensitive = classified != null ? labels.sensitiveColumns()
						: classifications.sensitive(run.workspaceId(), columns.stream().map(Asset::id).toList());
				profile(object, table, columns, sample, exact, sensitive, now);
			}
			tasks.counted(object.id(), labels.applied(), labels.pending(), labels.withdrawn());
			runs.progressed(run.id(), 1, 0, columns.size(), rows, 0, now);
			events.publishEvent(new TableScanned(run.workspaceId(), run.id(), source.id(), object.tableAssetId(),
					object.qualifiedName(), ScanObject.State.SCANNED, columns.size(), labels.applied(), labels.pending(),
					now));
		});
	}

	/**
	 * Profiles the object's columns from the sample just read (or from the exact figures when the rules ask for
	 * them) and stores the profiles; a sensitive column's profile keeps no value of it.
	 */
	private void profile(ScanObject object, Asset table, List<Asset> columns, TableSample sample, ExactProfile exact,
			Set<AssetId> sensitive, Instant now) {
		Map<AssetId, ColumnProfile> profiled = new HashMap<>();
		long estimate = table.rowEstimate() == null || table.rowEstimate() < 0 ? -1
				: Math.max(table.rowEstimate(), sample.rowsRead());
		TableProfile profile;
		if (exact != null) {
			for (int c = 0; c < columns.size() && c < exact.columns().size(); c++) {
				Asset column = columns.get(c);
				profiled.put(column.id(), ColumnProfiler.fromExact(column.dataType(), exact.columns().get(c),
						exact.rowCount(), sensitive.contains(column.id())));
			}
			profile = new TableProfile(exact.rowCount(), true, exact.sizeBytes(), exact.rowCount(), now);
		}
		else {
			for (Asset column : columns) {
				TableSample.ColumnSample values = sample.column(column.name());
				if (values != null) {
					profiled.put(column.id(), ColumnProfiler.profile(column.dataType(), values.values().size(),
							values.counts(), estimate, sensitive.contains(column.id())));
				}
			}
			profile = new TableProfile(estimate < 0 ? sample.rowsRead() : estimate, false, object.sizeBytes(),
					sample.rowsRead(), now);
		}
		profiles.store(run.workspaceId(), source.id(), run.id().value(), table.id(), profile, profiled);
	}

	/** Retries the object later when the failure may pass and attempts are left; else records it as failed. */
	private void fail(ScanObject object, ScanObject.Error error, boolean retryable) {
		Instant now = Instant.now();
		if (retryable && object.attempts() < settings.maxAttempts()) {
			Duration pause = settings.retryBackoff().multipliedBy(1L << Math.min(10, 2 * (object.attempts() - 1)));
			log.info("Scanning {} of data source {} failed (attempt {}, SQL state {}); retrying in {} s",
					object.qualifiedName(), source.id(), object.attempts(), error.sqlState(), pause.toSeconds());
			tx.executeWithoutResult(status -> {
				if (tasks.retryAt(object.id(), worker, now.plus(pause), error)) {
					runs.progressed(run.id(), 0, 0, 0, 0, 1, now);
				}
			});
			return;
		}
		log.warn("Scanning {} of data source {} failed at step {} (SQL state {}) after {} attempt(s): {}",
				object.qualifiedName(), source.id(), error.step(), error.sqlState(), object.attempts(), error.message());
		tx.executeWithoutResult(status -> {
			if (!tasks.failed(object.id(), worker, error, now)) {
				return; // another worker holds the object now
			}
			runs.progressed(run.id(), 1, 1, 0, 0, 1, now);
			events.publishEvent(new TableScanned(run.workspaceId(), run.id(), source.id(), object.tableAssetId(),
					object.qualifiedName(), ScanObject.State.FAILED, 0, 0, 0, now));
		});
	}

	private SampleSpec spec(ScanRules rules) {
		SampleSpec.Mode mode = switch (rules.sampling()) {
			case RANDOM -> SampleSpec.Mode.RANDOM;
			case FIRST_N -> SampleSpec.Mode.FIRST_N;
			case PERCENTAGE -> SampleSpec.Mode.PERCENTAGE;
		};
		return new SampleSpec(run.request().rowsPerTable(), mode, rules.samplePercent(), rules.tableTimeout());
	}

	private Asset schema(Asset table) {
		return table.parentId() == null ? null
				: schemas.computeIfAbsent(table.parentId(), id -> catalog.get(run.workspaceId(), id).asset());
	}

	/**
	 * The object was taken from this worker while it read it (it stalled past the heartbeats, and its execution
	 * was revived elsewhere): what it would store is rolled back.
	 */
	static final class Superseded extends RuntimeException {
		Superseded() {
			super("another worker holds the object now", null, false, false);
		}
	}

	static boolean isTransient(String sqlState) {
		return sqlState != null && TRANSIENT.stream().anyMatch(sqlState::startsWith);
	}
}
