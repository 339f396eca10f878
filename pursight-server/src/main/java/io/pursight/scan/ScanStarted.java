package io.pursight.scan;

import java.time.Instant;
import java.util.List;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/** A worker took a scan run up; published in the transaction that stored it. */
public record ScanStarted(WorkspaceId workspaceId, ScanRunId runId, DataSourceId sourceId, List<ScanStep> steps,
		Instant startedAt) {
}
