package io.pursight.scan;

import java.time.Instant;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * A scan run finished every step; published in the transaction that stored it. Objects that could
 * not be read are in the run's reports: a run completes with them.
 */
public record ScanCompleted(WorkspaceId workspaceId, ScanRunId runId, DataSourceId sourceId, Instant finishedAt) {
}
