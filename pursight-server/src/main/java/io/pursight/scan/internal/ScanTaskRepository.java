package io.pursight.scan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.ScanObject;
import io.pursight.scan.ScanRunId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * The objects of scan runs ({@code scan_tasks}). Workers claim an object with a guarded update (only a PENDING
 * row whose next attempt has come moves to RUNNING, under the worker's name), so two workers, on one replica
 * or two, never read the same object at once; a revived worker takes back the rows its crashed predecessor
 * held ({@link #releaseHeldBy}).
 */
@Repository
public class ScanTaskRepository {

	/** An object as a run plans it, with what the next incremental run will compare. */
	public record Planned(AssetId table, String schema, String name, String kind, String structureHash,
			Long rowEstimate, Long sizeBytes, String changeMarker, boolean skipped) {
	}

	/** What an incremental run compares: the object as its last scan saw it. */
	public record Fingerprint(String structureHash, Long rowEstimate, String changeMarker) {
	}

	/** Sums over a run's objects. */
	public record Totals(int scanned, int skipped, int failed, long columns, long rows, int applied, int pending,
			int withdrawn) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final JsonMapper json;

	ScanTaskRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.json = json;
	}

	public boolean isPlanned(ScanRunId run) {
		return jdbc.sql("SELECT COUNT(*) FROM scan_tasks WHERE run_id = ?").param(run.value()).query(Long.class)
				.single() > 0;
	}

	/** Stores the planned objects of a run in one batch. */
	public void plan(ScanRunId run, WorkspaceId workspace, UUID source, List<Planned> objects, Instant now) {
		batch.batchUpdate("""
				INSERT INTO scan_tasks (id, run_id, workspace_id, source_id, table_asset_id, schema_name, table_name, kind,
				    state, attempts, next_attempt_at, structure_hash, row_estimate, change_marker, columns_done,
				    rows_sampled, applied, pending, withdrawn, finished_at, size_bytes)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)""", objects, 500, (ps, o) -> {
			ps.setObject(1, UUID.randomUUID());
			ps.setObject(2, run.value());
			ps.setObject(3, workspace.value());
			ps.setObject(4, source);
			ps.setObject(5, o.table().value());
			ps.setString(6, o.schema());
			ps.setString(7, o.name());
			ps.setString(8, o.kind());
			ps.setString(9, (o.skipped() ? ScanObject.State.SKIPPED : ScanObject.State.PENDING).name());
			ps.setObject(10, utc(now));
			ps.setString(11, o.structureHash());
			ps.setObject(12, o.rowEstimate());
			ps.setString(13, o.changeMarker());
			ps.setObject(14, o.skipped() ? utc(now) : null);
			ps.setObject(15, o.sizeBytes());
		});
	}

	/**
	 * Claims the next object of the run whose attempt is due for {@code worker}; empty when none is due now.
	 * A lost race for one row moves on to the next candidate.
	 */
	public Optional<ScanObject> claimNext(ScanRunId run, String worker, String process, Instant now) {
		List<UUID> candidates = jdbc.sql("""
				SELECT id FROM scan_tasks WHERE run_id = ? AND state = 'PENDING' AND next_attempt_at <= ? LIMIT 8""")
				// no ORDER BY: H2 would read and sort every pending object on each claim (quadratic in the run);
				// any due object will do: a retry waits for its time through next_attempt_at, not through the order
				.params(run.value(), utc(now)).query(UUID.class).list();
		for (UUID id : candidates) {
			int claimed = jdbc.sql("""
					UPDATE scan_tasks SET state = 'RUNNING', worker = ?, processed_by = ?, attempts = attempts + 1,
					    started_at = COALESCE(started_at, ?)
					WHERE id = ? AND state = 'PENDING'""").params(worker, process, utc(now), id).update();
			if (claimed == 1) {
				return find(id);
			}
		}
		return Optional.empty();
	}

	/** Gives back the objects a crashed predecessor of {@code worker} was reading; returns how many. */
	public int releaseHeldBy(String worker) {
		return jdbc.sql("UPDATE scan_tasks SET state = 'PENDING', worker = NULL WHERE worker = ? AND state = 'RUNNING'")
				.param(worker).update();
	}

	// The outcomes below are stored only while `worker` still holds the object: a worker that stalled so long
	// that its execution was revived elsewhere (which took the object back) gets false and must store nothing.

	/** The object's attempt failed in a way the source may get over: it is read again at {@code next}. */
	public boolean retryAt(UUID task, String worker, Instant next, ScanObject.Error error) {
		return jdbc.sql("""
				UPDATE scan_tasks SET state = 'PENDING', worker = NULL, next_attempt_at = ?, error = ?
				WHERE id = ? AND state = 'RUNNING' AND worker = ?""")
				.params(utc(next), json.writeValueAsString(error), task, worker).update() == 1;
	}

	public boolean failed(UUID task, String worker, ScanObject.Error error, Instant now) {
		return jdbc.sql("""
				UPDATE scan_tasks SET state = 'FAILED', worker = NULL, error = ?, finished_at = ?
				WHERE id = ? AND state = 'RUNNING' AND worker = ?""")
				.params(json.writeValueAsString(error), utc(now), task, worker).update() == 1;
	}

	public boolean scanned(UUID task, String worker, int columns, long rows, int applied, int pending, int withdrawn,
			Instant now) {
		return jdbc.sql("""
				UPDATE scan_tasks SET state = 'SCANNED', worker = NULL, error = NULL, columns_done = ?, rows_sampled = ?,
				    applied = ?, pending = ?, withdrawn = ?, finished_at = ?
				WHERE id = ? AND state = 'RUNNING' AND worker = ?""")
				.params(columns, rows, applied, pending, withdrawn, utc(now), task, worker).update() == 1;
	}

	/** The labels storing a scanned object changed, in the transaction that stored it. */
	public void counted(UUID task, int applied, int pending, int withdrawn) {
		jdbc.sql("UPDATE scan_tasks SET applied = ?, pending = ?, withdrawn = ? WHERE id = ?")
				.params(applied, pending, withdrawn, task).update();
	}

	/** Objects of the run not finished yet: pending (due or waiting for a retry) or being read. */
	public int unfinished(ScanRunId run) {
		return jdbc.sql("SELECT COUNT(*) FROM scan_tasks WHERE run_id = ? AND state IN ('PENDING', 'RUNNING')")
				.param(run.value()).query(Integer.class).single();
	}

	/** When the earliest pending object of the run is due, or empty when none is pending. */
	public Optional<Instant> nextDue(ScanRunId run) {
		return jdbc.sql("SELECT MIN(next_attempt_at) AS due FROM scan_tasks WHERE run_id = ? AND state = 'PENDING'")
				.param(run.value()).query((rs, n) -> Optional.ofNullable(instant(rs, "due"))).single();
	}

	public Totals totals(ScanRunId run) {
		return jdbc.sql("""
				SELECT SUM(CASE WHEN state = 'SCANNED' THEN 1 ELSE 0 END) AS scanned,
				       SUM(CASE WHEN state = 'SKIPPED' THEN 1 ELSE 0 END) AS skipped,
				       SUM(CASE WHEN state = 'FAILED' THEN 1 ELSE 0 END) AS failed,
				       SUM(columns_done) AS cols, SUM(rows_sampled) AS rows_read, SUM(applied) AS applied,
				       SUM(pending) AS pending, SUM(withdrawn) AS withdrawn
				FROM scan_tasks WHERE run_id = ?""").param(run.value())
				.query((rs, n) -> new Totals(rs.getInt("scanned"), rs.getInt("skipped"), rs.getInt("failed"),
						rs.getLong("cols"), rs.getLong("rows_read"), rs.getInt("applied"), rs.getInt("pending"),
						rs.getInt("withdrawn")))
				.single();
	}

	/** The run's failed objects, at most {@code limit}, by name. */
	public List<ScanObject> failed(ScanRunId run, int limit) {
		return jdbc.sql("SELECT * FROM scan_tasks WHERE run_id = ? AND state = 'FAILED' ORDER BY schema_name, table_name "
				+ "LIMIT ?").params(run.value(), limit).query(this::map).list();
	}

	/** A run's objects by name, optionally in one state; the run must be the workspace's (checked by the caller). */
	public PageResult<ScanObject> page(ScanRunId run, ScanObject.State state, PageQuery page) {
		return SqlFilter.where("run_id = ?", run.value()).and("state = ?", state == null ? null : state.name())
				.page(jdbc, "scan_tasks", "schema_name, table_name, id", page, this::map);
	}

	/**
	 * Each object of the source as the last completed run with the same rules hash saw it (scanned, or skipped
	 * because it had not changed since): what an incremental run compares with.
	 */
	public Map<AssetId, Fingerprint> lastScanned(UUID source, String rulesHash) {
		Map<AssetId, Fingerprint> seen = new HashMap<>();
		jdbc.sql("""
				SELECT t.table_asset_id, t.structure_hash, t.row_estimate, t.change_marker FROM scan_tasks t
				WHERE t.run_id = (SELECT r.id FROM scan_runs r WHERE r.source_id = ? AND r.state = 'COMPLETED'
				                  AND r.rules_hash = ? ORDER BY r.finished_at DESC, r.id LIMIT 1)
				  AND t.state IN ('SCANNED', 'SKIPPED')""").params(source, rulesHash)
				.query((ResultSet rs) -> {
					seen.put(new AssetId(rs.getObject(1, UUID.class)), new Fingerprint(rs.getString(2),
							rs.getObject(3, Long.class), rs.getString(4)));
				});
		return seen;
	}

	private Optional<ScanObject> find(UUID id) {
		return jdbc.sql("SELECT * FROM scan_tasks WHERE id = ?").param(id).query(this::map).optional();
	}

	private ScanObject map(ResultSet rs, int row) throws SQLException {
		String error = rs.getString("error");
		return new ScanObject(rs.getObject("id", UUID.class), new AssetId(rs.getObject("table_asset_id", UUID.class)),
				rs.getString("schema_name"), rs.getString("table_name"), rs.getString("kind"),
				rs.getObject("size_bytes", Long.class),
				ScanObject.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getInt("columns_done"),
				rs.getLong("rows_sampled"), rs.getInt("applied"), rs.getInt("pending"), rs.getInt("withdrawn"),
				error == null ? null : json.readValue(error, ScanObject.Error.class), instant(rs, "started_at"),
				instant(rs, "finished_at"));
	}
}
