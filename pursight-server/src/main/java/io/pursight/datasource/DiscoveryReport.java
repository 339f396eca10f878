package io.pursight.datasource;

import io.pursight.catalog.SyncSummary;
import io.pursight.common.DataSourceId;

/**
 * The result of one discovery: what was found, what changed in the catalog, and what it cost:
 * statements sent to the source and time spent reading it and writing the catalog.
 */
public record DiscoveryReport(DataSourceId sourceId, DataSourceState state, SyncSummary catalog, int statementsSent,
		long readMillis, long writeMillis, long totalMillis) {
}
