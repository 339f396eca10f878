package io.pursight.scan;

import java.time.Instant;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/** A scan run failed, with the problem its step raised; published in the transaction that stored it. */
public record ScanFailed(WorkspaceId workspaceId, ScanRunId runId, DataSourceId sourceId, ScanFailure failure,
		Instant finishedAt) {
}
