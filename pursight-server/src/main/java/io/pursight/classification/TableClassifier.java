package io.pursight.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.pursight.catalog.Asset;
import io.pursight.classification.internal.Fingerprints;
import io.pursight.classification.internal.Samples;
import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.ColumnStatistics;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.ValueCounts;

/**
 * A workspace's classifier (its thresholds, learned weights and, when asked, custom rules), restricted to the
 * types a scan asked for, ready to classify the tables of one scan from the samples the scan read. Pure
 * computation: nothing is stored; {@link ClassificationRuns#store} does that. Not thread-safe: one per worker.
 */
public final class TableClassifier {

	private final ColumnClassifier classifier;
	private final boolean storeSamples;
	private final Set<String> types;

	TableClassifier(ColumnClassifier classifier, boolean storeSamples, Set<String> types) {
		this.classifier = classifier;
		this.storeSamples = storeSamples;
		this.types = Set.copyOf(types);
	}

	/**
	 * Classifies the columns of one table from its sample (which must have been read: a failed sample has no
	 * values to classify).
	 *
	 * @param schema the table's schema, null for engines without schemas
	 */
	public TableClassification classify(Asset schema, Asset table, List<Asset> columns, TableSample sample) {
		if (sample.hasFailed()) {
			throw new IllegalArgumentException("a failed sample has nothing to classify");
		}
		TableToClassify target = new TableToClassify(schema, table, columns);
		List<ColumnContext> contexts = new ArrayList<>(columns.size());
		List<String> fingerprints = new ArrayList<>(columns.size());
		List<List<String>> kept = new ArrayList<>(columns.size());
		for (Asset column : columns) {
			TableSample.ColumnSample values = sample.column(column.name());
			List<String> v = values == null ? List.of() : values.values();
			contexts.add(ColumnContext.builder(column.name()).table(table.name()).dataType(column.dataType())
					.comment(column.description()).samples(v).statistics(statistics(table, sample, values)).build());
			ValueCounts counts = values == null ? ValueCounts.of(List.of()) : values.counts();
			fingerprints.add(Fingerprints.of(counts));
			kept.add(storeSamples ? counts.first(Samples.MAX_VALUES) : null);
		}
		List<ClassificationResult> classified = classifier.classifyTable(contexts);
		List<ColumnResult> results = new ArrayList<>(classified.size());
		for (int c = 0; c < classified.size(); c++) {
			results.add(new ColumnResult(target, columns.get(c), classified.get(c), fingerprints.get(c), kept.get(c)));
		}
		return new TableClassification(table.id(), results, sample.rowsRead(), types);
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
}
