package io.pursight.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetQuery;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.Catalog;
import io.pursight.classification.internal.Fingerprints;
import io.pursight.classification.internal.Samples;
import io.pursight.classification.internal.Weights;
import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.ColumnStatistics;
import io.pursight.classifier.WeightAdjustment;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.TableSample;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Classification runs: a run samples each table of its scope once, runs the workspace's
 * classifier over the columns and reconciles the results with the stored labels
 * ({@link LabelReconciler}), publishing {@link ColumnClassified} / {@link ClassificationRemoved}
 * in the same transaction. {@link #run} is the unit a job executes; the other two methods are the
 * API's forms of it.
 */
@Service
public class ClassificationRuns {

	private static final int CATALOG_PAGE = PageQuery.MAX_SIZE;

	private final DataSources sources;
	private final Catalog catalog;
	private final ClassificationRules rules;
	private final Weights weights;
	private final LabelReconciler reconciler;
	private final TransactionTemplate tx;

	ClassificationRuns(DataSources sources, Catalog catalog, ClassificationRules rules, Weights weights,
			LabelReconciler reconciler, TransactionTemplate tx) {
		this.sources = sources;
		this.catalog = catalog;
		this.rules = rules;
		this.weights = weights;
		this.reconciler = reconciler;
		this.tx = tx;
	}

	/**
	 * Classifies every table of a source as the catalog knows it.
	 *
	 * @param sampleSize rows per table, or null for the workspace's setting
	 */
	public ClassifyReport classifySource(WorkspaceId workspace, DataSourceId source, Integer sampleSize) {
		return run(workspace, source, ClassificationScope.wholeSource(sampleSize));
	}

	/** Classifies one table, view or materialized view of the catalog. */
	public ClassifyReport classifyTable(WorkspaceId workspace, AssetId table, Integer sampleSize) {
		return run(workspace, relation(workspace, table).asset().sourceId(), ClassificationScope.table(table, sampleSize));
	}

	/**
	 * Runs one classification of a source. The run holds the source's {@link ClassificationClaim}
	 * from before it reads anything until its labels are stored: meanwhile the source cannot be
	 * archived, redefined or discovered, and a source archived all the same stops the run before it
	 * stores anything. Throws a problem (404, 400, 409) when the source, scope or sample size does
	 * not allow the run; never returns null.
	 */
	public ClassifyReport run(WorkspaceId workspace, DataSourceId sourceId, ClassificationScope scope) {
		DataSourceView source = sources.get(workspace, sourceId);
		List<TableToClassify> tables = switch (scope) {
			case ClassificationScope.WholeSource whole -> wholeSource(workspace, sourceId);
			case ClassificationScope.OneTable one -> oneTable(workspace, sourceId, one.table());
		};
		try (ClassificationClaim claim = sources.claimForClassification(workspace, source.id())) {
			return classify(claim, workspace, source, tables, scope.sampleSize());
		}
	}

	private List<TableToClassify> wholeSource(WorkspaceId workspace, DataSourceId source) {
		Map<AssetId, Asset> schemas = all(workspace, source, AssetType.SCHEMA).stream()
				.collect(Collectors.toMap(Asset::id, Function.identity()));
		List<AssetDetail> relations = catalog.relations(workspace, source);
		if (relations.isEmpty()) {
			throw Problem.conflict("The data source has no tables or views in the catalog: discover it first.");
		}
		return relations.stream().filter(relation -> !relation.columns().isEmpty())
				.map(relation -> new TableToClassify(schemas.get(relation.asset().parentId()), relation.asset(),
						relation.columns()))
				.toList();
	}

	private List<TableToClassify> oneTable(WorkspaceId workspace, DataSourceId source, AssetId tableId) {
		AssetDetail detail = relation(workspace, tableId);
		if (!detail.asset().sourceId().equals(source)) {
			throw Problem.invalid("Asset " + tableId + " is not a table or view of data source " + source + ".");
		}
		Asset schema = detail.asset().parentId() == null ? null : catalog.get(workspace, detail.asset().parentId()).asset();
		List<Asset> columns = detail.columns();
		return columns.isEmpty() ? List.of() : List.of(new TableToClassify(schema, detail.asset(), columns));
	}

	private AssetDetail relation(WorkspaceId workspace, AssetId tableId) {
		AssetDetail detail = catalog.get(workspace, tableId);
		if (!detail.asset().type().isRelation() || detail.asset().deleted()) {
			throw Problem.invalid("Asset " + tableId + " is not a current table or view; classify tables and views only.");
		}
		return detail;
	}

	private ClassifyReport classify(ClassificationClaim claim, WorkspaceId workspace, DataSourceView source,
			List<TableToClassify> tables, Integer requestedSize) {
		long start = System.nanoTime();
		int size = sampleSize(workspace, requestedSize);
		boolean storeSamples = rules.settings(workspace).storeSamples();
		ColumnClassifier classifier = ColumnClassifier.create(config(workspace));
		List<TableSample> samples = sources.sample(claim, tables.stream()
				.map(t -> new TableSample.Request(t.schemaName(), t.table().name(),
						t.columns().stream().map(Asset::name).toList(), t.table().rowEstimate(),
						t.table().type() == AssetType.VIEW))
				.toList(), size);
		List<ColumnResult> results = new ArrayList<>();
		List<ClassifyReport.ObjectFailure> failures = new ArrayList<>();
		long rows = 0;
		for (int i = 0; i < tables.size(); i++) {
			TableToClassify table = tables.get(i);
			TableSample sample = samples.get(i);
			if (sample.hasFailed()) {
				// no results for its columns: their stored labels stay as they are, neither confirmed nor withdrawn
				failures.add(new ClassifyReport.ObjectFailure(table.table().id(), objectName(table), "sample",
						sample.failure().sqlState(), sample.failure().message()));
				continue;
			}
			rows += sample.rowsRead();
			List<ColumnContext> contexts = new ArrayList<>();
			List<String> fingerprints = new ArrayList<>();
			List<List<String>> kept = new ArrayList<>();
			for (Asset column : table.columns()) {
				TableSample.ColumnSample values = sample.column(column.name());
				List<String> v = values == null ? List.of() : values.values();
				contexts.add(ColumnContext.builder(column.name()).table(table.table().name()).dataType(column.dataType())
						.comment(column.description()).samples(v)
						.statistics(statistics(table.table(), sample, values)).build());
				fingerprints.add(Fingerprints.of(v));
				kept.add(storeSamples ? distinct(v) : null);
			}
			List<ClassificationResult> classified = classifier.classifyTable(contexts);
			for (int c = 0; c < classified.size(); c++) {
				results.add(new ColumnResult(table, table.columns().get(c), classified.get(c), fingerprints.get(c),
						kept.get(c)));
			}
		}
		claim.confirm(); // nothing is stored for a source archived all the same
		LabelReconciler.Counts counts = tx.execute(status -> reconciler.reconcile(workspace, source, results));
		return new ClassifyReport(source.id(), tables.size() - failures.size(), results.size(), counts.applied(),
				counts.pending(), counts.withdrawn(), rows, (System.nanoTime() - start) / 1_000_000, failures.size(),
				failures);
	}

	private static String objectName(TableToClassify table) {
		String schema = table.schemaName();
		return schema == null || schema.isEmpty() ? table.table().name() : schema + "." + table.table().name();
	}

	/** At most {@link Samples#MAX_VALUES} distinct non-null values, in sampling order. */
	private static List<String> distinct(List<String> values) {
		LinkedHashSet<String> distinct = new LinkedHashSet<>();
		for (String v : values) {
			if (v != null && distinct.add(v) && distinct.size() == Samples.MAX_VALUES) {
				break;
			}
		}
		return List.copyOf(distinct);
	}

	private static ColumnStatistics statistics(Asset table, TableSample sample, TableSample.ColumnSample values) {
		long read = sample.rowsRead();
		long rowCount = table.rowEstimate() != null && table.rowEstimate() >= 0 ? Math.max(table.rowEstimate(), read) : -1;
		if (values == null || read == 0) {
			return new ColumnStatistics(rowCount, read, -1, -1);
		}
		double distinct = values.nonNullCount() == 0 ? -1 : (double) values.distinctCount() / values.nonNullCount();
		return new ColumnStatistics(rowCount, read, distinct, (double) (read - values.nonNullCount()) / read);
	}

	/** The classifier configuration of a workspace: its thresholds, learned weights and enabled custom rules. */
	private ClassifierConfig config(WorkspaceId workspace) {
		WorkspaceClassificationSettings settings = rules.settings(workspace);
		ClassifierConfig.Builder b = ClassifierConfig.builder();
		if (settings.defaults() != null) {
			b.defaultThresholds(ClassificationRules.thresholds("defaults", settings.defaults()));
		}
		settings.typeThresholds().forEach((type, levels) -> b.thresholds(type, ClassificationRules.thresholds(type, levels)));
		for (LearnedWeight w : weights.all(workspace)) {
			switch (w.kind()) {
				case RULE -> b.adjustRule(w.subjectId(), WeightAdjustment.offset(w.offset()));
				case TYPE -> b.adjustType(w.subjectId(), WeightAdjustment.offset(w.offset()));
			}
		}
		b.customRules(rules.compiledRules(workspace));
		return b.build();
	}

	private int sampleSize(WorkspaceId workspace, Integer requested) {
		if (requested == null) {
			return rules.settings(workspace).sampleSize();
		}
		if (requested < 1 || requested > WorkspaceClassificationSettings.MAX_SAMPLE_SIZE) {
			throw Problem.invalid("sampleSize must be between 1 and " + WorkspaceClassificationSettings.MAX_SAMPLE_SIZE
					+ " (got " + requested + ").");
		}
		return requested;
	}

	private List<Asset> all(WorkspaceId workspace, DataSourceId source, AssetType type) {
		List<Asset> assets = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<Asset> result = catalog.find(workspace, new AssetQuery(source, type, null, null, null, false),
					new PageQuery(page, CATALOG_PAGE));
			assets.addAll(result.items());
			if (result.items().size() < CATALOG_PAGE || assets.size() >= result.total()) {
				return assets;
			}
		}
	}
}
