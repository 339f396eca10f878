package io.pursight.scanrules;

import java.time.Instant;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * A schedule's slot came: the scan module queues a run of {@code sourceId} with the current version of
 * {@code ruleSetId}. Published once per fired slot, in the transaction that moves the schedule on, and
 * delivered at least once; after downtime only one event is published for all the slots missed, with the
 * earliest missed slot as {@code slot}.
 */
public record ScheduledScanDue(WorkspaceId workspaceId, ScanScheduleId scheduleId, DataSourceId sourceId,
		ScanRuleSetId ruleSetId, Instant slot) {
}
