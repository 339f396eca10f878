package io.pursight.scan;

import java.time.Instant;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * One object of a scan run is finished: scanned (its labels and profile stored in the same transaction),
 * or failed for good after its retries. Published in the transaction that stored the outcome.
 *
 * @param object    the object's name as its source knows it, {@code schema.table}
 * @param columns   columns classified or profiled; 0 when it failed
 * @param applied   labels applied automatically
 * @param pending   labels waiting for review
 */
public record TableScanned(WorkspaceId workspaceId, ScanRunId runId, DataSourceId sourceId, AssetId tableAssetId,
		String object, ScanObject.State outcome, int columns, int applied, int pending, Instant at) {
}
