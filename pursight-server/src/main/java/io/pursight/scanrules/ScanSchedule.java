package io.pursight.scanrules;

import java.time.Instant;

import io.pursight.common.DataSourceId;

/**
 * When a source is scanned with a rule set: a cron expression read in an IANA time zone. {@code nextRunAt} is
 * the next slot (null while disabled); {@code lastRunAt} when a slot last fired.
 *
 * @param cron     five fields (minute hour day-of-month month day-of-week) or {@code @hourly}, {@code @daily},
 *                 {@code @weekly}, {@code @monthly}
 * @param timeZone an IANA id such as {@code Europe/Berlin}
 */
public record ScanSchedule(ScanScheduleId id, DataSourceId sourceId, ScanRuleSetId ruleSetId, String cron,
		String timeZone, boolean enabled, Instant nextRunAt, Instant lastRunAt, Instant createdAt, Instant updatedAt,
		long version) {
}
