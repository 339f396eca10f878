package io.pursight.classification;

import java.util.List;
import java.util.Objects;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * What one classification run did.
 *
 * @param tables            tables, views and materialized views sampled
 * @param columnsClassified columns sampled and classified
 * @param applied           labels applied automatically in this run
 * @param pending           labels now waiting for review
 * @param withdrawn         automatic labels this run no longer supports
 * @param rowsSampled       rows read over all tables
 * @param millis            wall time of the run
 * @param objectsFailed     tables, views and materialized views that could not be read; their labels were left as
 *                          they were
 * @param failures          one entry per object that could not be read; empty when none failed, never null
 */
public record ClassifyReport(DataSourceId sourceId, int tables, int columnsClassified, int applied, int pending,
		int withdrawn, long rowsSampled, long millis, int objectsFailed, List<ObjectFailure> failures) {

	public ClassifyReport {
		// a report stored before failures were recorded has none
		failures = failures == null ? List.of() : List.copyOf(failures);
	}

	/** A report of a run in which every object was read. */
	public ClassifyReport(DataSourceId sourceId, int tables, int columnsClassified, int applied, int pending,
			int withdrawn, long rowsSampled, long millis) {
		this(sourceId, tables, columnsClassified, applied, pending, withdrawn, rowsSampled, millis, 0, List.of());
	}

	/**
	 * One object a step could not process; the rest of the run went on without it.
	 *
	 * @param assetId  the table, view or materialized view in the catalog
	 * @param object   its name as the source knows it, {@code schema.table}
	 * @param step     the step that failed on it: {@code sample}
	 * @param sqlState the SQL state the source answered, or null
	 * @param message  what happened and what to do about it; never a value of the object
	 */
	public record ObjectFailure(AssetId assetId, String object, String step, String sqlState, String message) {
		public ObjectFailure {
			Objects.requireNonNull(object, "object");
			Objects.requireNonNull(step, "step");
			Objects.requireNonNull(message, "message");
		}
	}
}
