package io.pursight.scan;

import java.time.Instant;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * A scan run finished every step; published in the transaction that stored it. Objects that could
 * not be read are counted in the summary and listed among the run's objects: a run completes with them as long as
 * they stay within its rule set's error share.
 */
public record ScanCompleted(WorkspaceId workspaceId, ScanRunId runId, DataSourceId sourceId, ScanSummary summary,
		Instant finishedAt) {
}
