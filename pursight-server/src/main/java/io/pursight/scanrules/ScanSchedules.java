package io.pursight.scanrules;

import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;

/**
 * The scan schedules of a workspace: a cron per source and rule set, read in a time zone. Each due slot is
 * announced as {@link ScheduledScanDue}; after downtime a schedule fires once, not once per slot it missed.
 * Another workspace's schedule is not found (404); so is a source or rule set of another workspace.
 */
public interface ScanSchedules {

	/** A new schedule; 400 for a malformed cron, unknown zone or a cron firing more often than allowed. */
	ScanSchedule create(WorkspaceId workspace, ScheduleDefinition definition);

	/** Replaces the definition; {@code expectedVersion} must be the current one (409 otherwise). */
	ScanSchedule update(WorkspaceId workspace, ScanScheduleId id, long expectedVersion, ScheduleDefinition definition);

	void delete(WorkspaceId workspace, ScanScheduleId id);

	/** Never returns null; 404 when the workspace has no such schedule. */
	ScanSchedule get(WorkspaceId workspace, ScanScheduleId id);

	/** By next run (disabled ones last), then id; {@code source} may be null. */
	PageResult<ScanSchedule> list(WorkspaceId workspace, DataSourceId source, PageQuery page);

	/**
	 * What a schedule is made of.
	 *
	 * @param timeZone an IANA id; null for UTC
	 * @param enabled  null for true
	 */
	record ScheduleDefinition(DataSourceId sourceId, ScanRuleSetId ruleSetId, String cron, String timeZone,
			Boolean enabled) {
	}
}
