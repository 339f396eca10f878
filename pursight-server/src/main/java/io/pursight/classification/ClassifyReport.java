package io.pursight.classification;

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
 */
public record ClassifyReport(DataSourceId sourceId, int tables, int columnsClassified, int applied, int pending,
		int withdrawn, long rowsSampled, long millis) {
}
