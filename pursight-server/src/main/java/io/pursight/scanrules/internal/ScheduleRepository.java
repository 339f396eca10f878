package io.pursight.scanrules.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanSchedule;
import io.pursight.scanrules.ScanScheduleId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * Schedule rows. Reads for the API are scoped by workspace; every change is guarded by the version it was read
 * at, which is also what keeps two replicas from firing one slot twice.
 */
@Repository
class ScheduleRepository {

	private final JdbcClient jdbc;

	ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ScanSchedule> find(WorkspaceId workspace, ScanScheduleId id) {
		return jdbc.sql("SELECT * FROM scan_schedules WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	PageResult<ScanSchedule> list(WorkspaceId workspace, DataSourceId source, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", source == null ? null : source.value())
				.page(jdbc, "scan_schedules", "enabled DESC, next_run_at, id", page, this::map);
	}

	long countUsing(WorkspaceId workspace, ScanRuleSetId ruleSet) {
		return jdbc.sql("SELECT COUNT(*) FROM scan_schedules WHERE workspace_id = ? AND rule_set_id = ?")
				.params(workspace.value(), ruleSet.value()).query(Long.class).single();
	}

	/** Enabled schedules due at {@code now}, across workspaces, the longest due first. */
	List<Due> due(Instant now, int limit) {
		return jdbc.sql("SELECT * FROM scan_schedules WHERE enabled = TRUE AND next_run_at <= ? "
				+ "ORDER BY next_run_at, id LIMIT ?").params(utc(now), limit)
				.query((rs, row) -> new Due(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), map(rs, row)))
				.list();
	}

	void insert(WorkspaceId workspace, ScanSchedule s) {
		jdbc.sql("""
				INSERT INTO scan_schedules (id, workspace_id, source_id, rule_set_id, cron, time_zone, enabled,
				    next_run_at, last_run_at, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.id().value(), workspace.value(), s.sourceId().value(), s.ruleSetId().value(), s.cron(),
						s.timeZone(), s.enabled(), utc(s.nextRunAt()), utc(s.lastRunAt()), utc(s.createdAt()),
						utc(s.updatedAt()), s.version())
				.update();
	}

	/** Stores {@code s} (at {@code s.version()}) if the row is still at {@code s.version() - 1}. */
	boolean update(WorkspaceId workspace, ScanSchedule s) {
		return jdbc.sql("""
				UPDATE scan_schedules SET source_id = ?, rule_set_id = ?, cron = ?, time_zone = ?, enabled = ?,
				    next_run_at = ?, last_run_at = ?, updated_at = ?, version = ?
				WHERE workspace_id = ? AND id = ? AND version = ?""")
				.params(s.sourceId().value(), s.ruleSetId().value(), s.cron(), s.timeZone(), s.enabled(),
						utc(s.nextRunAt()), utc(s.lastRunAt()), utc(s.updatedAt()), s.version(), workspace.value(),
						s.id().value(), s.version() - 1)
				.update() == 1;
	}

	boolean delete(WorkspaceId workspace, ScanScheduleId id) {
		return jdbc.sql("DELETE FROM scan_schedules WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).update() == 1;
	}

	private ScanSchedule map(ResultSet rs, int row) throws SQLException {
		return new ScanSchedule(new ScanScheduleId(rs.getObject("id", UUID.class)),
				new DataSourceId(rs.getObject("source_id", UUID.class)),
				new ScanRuleSetId(rs.getObject("rule_set_id", UUID.class)), rs.getString("cron"),
				rs.getString("time_zone"), rs.getBoolean("enabled"), instant(rs, "next_run_at"),
				instant(rs, "last_run_at"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	/** A due schedule and its workspace. */
	record Due(WorkspaceId workspace, ScanSchedule schedule) {
	}
}
