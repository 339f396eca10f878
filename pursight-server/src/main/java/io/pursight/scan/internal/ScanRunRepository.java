package io.pursight.scan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.ScanFailure;
import io.pursight.scan.ScanProgress;
import io.pursight.scan.ScanSummary;
import io.pursight.scan.ScanTrigger;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRules;
import io.pursight.scan.ScanRequest;
import io.pursight.scan.ScanRun;
import io.pursight.scan.ScanRunId;
import io.pursight.scan.ScanRunState;
import io.pursight.scan.ScanStep;
import io.pursight.scan.StepReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * Scan run rows. Reads for the API are scoped by workspace: another workspace's run is simply not
 * found. Every change is guarded by the version the run was read at, so two workers never both
 * move one run (the loser gets empty and stops).
 */
@Repository
public class ScanRunRepository {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ScanRunRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<ScanRun> find(WorkspaceId workspace, ScanRunId id) {
		return jdbc.sql("SELECT * FROM scan_runs WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	/** The run of a job execution, whatever its workspace (for the scheduler only: the job names the run). */
	public Optional<ScanRun> findForJob(ScanRunId id) {
		return jdbc.sql("SELECT * FROM scan_runs WHERE id = ?").params(id.value()).query(this::map).optional();
	}

	/** The run's state alone, for a worker's check between objects; empty if the run is gone. */
	public Optional<ScanRunState> state(ScanRunId id) {
		return jdbc.sql("SELECT state FROM scan_runs WHERE id = ?").params(id.value()).query(String.class).optional()
				.map(ScanRunState::valueOf);
	}

	/** Newest first. */
	public PageResult<ScanRun> list(WorkspaceId workspace, DataSourceId source, ScanRunState state, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", source == null ? null : source.value())
				.and("state = ?", state == null ? null : state.name())
				.page(jdbc, "scan_runs", "created_at DESC, id DESC", page, this::map);
	}

	/** Whether the schedule already queued a run for its slot (or a later one): a redelivered slot is one run. */
	public boolean hasRunOfSchedule(UUID schedule, Instant slot) {
		return jdbc.sql("SELECT COUNT(*) FROM scan_runs WHERE schedule_id = ? AND created_at >= ?")
				.params(schedule, utc(slot)).query(Long.class).single() > 0;
	}

	/** Unfinished runs last changed before {@code before}, oldest first, across workspaces (for the stale-run check). */
	public List<ScanRun> unfinishedSince(Instant before, int limit) {
		String unfinished = ScanRunState.UNFINISHED.stream().map(s -> "'" + s.name() + "'")
				.collect(Collectors.joining(", "));
		return jdbc.sql("SELECT * FROM scan_runs WHERE state IN (" + unfinished + ") AND updated_at < ? "
				+ "ORDER BY updated_at LIMIT ?").params(utc(before), limit).query(this::map).list();
	}

	public void insert(ScanRun run, String rulesHash) {
		ScanRequest request = run.request();
		jdbc.sql("""
				INSERT INTO scan_runs (id, workspace_id, source_id, table_asset_id, steps, sample_size, state, reports,
				    error, requested_by, created_at, started_at, finished_at, updated_at, version, rule_set_id,
				    rule_set_version, rule_set_name, rules, rules_hash, trigger_kind, schedule_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(run.id().value(), run.workspaceId().value(), request.sourceId().value(),
						request.tableAssetId() == null ? null : request.tableAssetId().value(),
						request.steps().stream().map(Enum::name).collect(Collectors.joining(",")),
						request.sampleSize(), run.state().name(), json.writeValueAsString(run.reports()),
						run.error() == null ? null : json.writeValueAsString(run.error()),
						request.requestedBy() == null ? null : request.requestedBy().value(), utc(run.createdAt()),
						utc(run.startedAt()), utc(run.finishedAt()), utc(run.updatedAt()), run.version(),
						request.ruleSet() == null ? null : request.ruleSet().id().value(),
						request.ruleSet() == null ? null : request.ruleSet().version(),
						request.ruleSet() == null ? null : request.ruleSet().name(),
						request.rules() == null ? null : json.writeValueAsString(request.rules()), rulesHash,
						request.trigger().name(), request.scheduleId())
				.update();
	}

	/**
	 * The planned objects are stored: the run's totals start from them, objects skipped as unchanged counting as
	 * done at once. Runs in the transaction that stores the plan.
	 */
	public void planned(ScanRunId run, int total, int skipped) {
		jdbc.sql("""
				UPDATE scan_runs SET objects_total = ?, objects_done = ?, objects_skipped = ?, objects_failed = 0,
				    columns_done = 0, rows_sampled = 0
				WHERE id = ?""").params(total, skipped, skipped, run.value()).update();
	}

	/**
	 * Adds one object's outcome to the run's progress, in the transaction that stores the object; never
	 * guarded by the run's version (workers add concurrently; state moves are guarded, counters are not).
	 */
	public void progressed(ScanRunId run, int done, int failed, long columns, long rows, int errors, Instant now) {
		jdbc.sql("""
				UPDATE scan_runs SET objects_done = objects_done + ?, objects_failed = objects_failed + ?,
				    columns_done = columns_done + ?, rows_sampled = rows_sampled + ?, errors = errors + ?, updated_at = ?
				WHERE id = ?""").params(done, failed, columns, rows, errors, utc(now), run.value()).update();
	}

	/**
	 * Stores a changed run if it is still at the version it was read at; returns it at its new
	 * version, or empty when someone else changed it meanwhile.
	 */
	public Optional<ScanRun> update(ScanRun run) {
		int updated = jdbc.sql("""
				UPDATE scan_runs SET state = ?, reports = ?, summary = ?, error = ?, started_at = ?, finished_at = ?,
				    updated_at = ?, version = version + 1,
				    reading_since = CASE WHEN reading_since IS NULL AND ? = 'RUNNING' THEN ? ELSE reading_since END
				WHERE id = ? AND version = ?""")
				.params(run.state().name(), json.writeValueAsString(run.reports()),
						run.summary() == null ? null : json.writeValueAsString(run.summary()),
						run.error() == null ? null : json.writeValueAsString(run.error()), utc(run.startedAt()),
						utc(run.finishedAt()), utc(run.updatedAt()), run.state().name(), utc(run.updatedAt()),
						run.id().value(), run.version())
				.update();
		return updated == 0 ? Optional.empty()
				: Optional.of(new ScanRun(run.id(), run.workspaceId(), run.request(), run.state(), run.progress(),
						run.reports(), run.summary(), run.error(), run.createdAt(), run.startedAt(), run.finishedAt(),
						run.updatedAt(), run.version() + 1));
	}

	private ScanRun map(ResultSet rs, int row) throws SQLException {
		UUID table = rs.getObject("table_asset_id", UUID.class);
		UUID requestedBy = rs.getObject("requested_by", UUID.class);
		List<ScanStep> steps = Arrays.stream(rs.getString("steps").split(",")).map(ScanStep::valueOf).toList();
		UUID ruleSet = rs.getObject("rule_set_id", UUID.class);
		String rules = rs.getString("rules");
		ScanRequest request = new ScanRequest(new DataSourceId(rs.getObject("source_id", UUID.class)),
				table == null ? null : new AssetId(table), steps, rs.getObject("sample_size", Integer.class),
				requestedBy == null ? null : new UserId(requestedBy),
				ruleSet == null ? null : new ScanRequest.RuleSetRef(new ScanRuleSetId(ruleSet),
						rs.getInt("rule_set_version"), rs.getString("rule_set_name")),
				rules == null ? null : json.readValue(rules, ScanRules.class),
				ScanTrigger.valueOf(rs.getString("trigger_kind")), rs.getObject("schedule_id", UUID.class));
		String error = rs.getString("error");
		String summary = rs.getString("summary");
		ScanRunState state = ScanRunState.valueOf(rs.getString("state"));
		ScanProgress progress = new ScanProgress(rs.getInt("objects_total"), rs.getInt("objects_done"),
				rs.getInt("objects_failed"), rs.getInt("objects_skipped"), rs.getLong("columns_done"),
				rs.getLong("rows_sampled"), rs.getInt("errors"), null)
				.withEta(instant(rs, "reading_since"), Instant.now(), state == ScanRunState.RUNNING);
		return new ScanRun(new ScanRunId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), request, state, progress,
				json.readValue(rs.getString("reports"), StepReports.class),
				summary == null ? null : json.readValue(summary, ScanSummary.class),
				error == null ? null : json.readValue(error, ScanFailure.class), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}
}
