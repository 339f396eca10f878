package io.pursight.scan.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.WorkspaceId;
import io.pursight.scan.ScanRun;
import io.pursight.scan.ScanRunId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * Which scan runs changed since a moment, across workspaces and replicas (for live updates only):
 * the store is shared, so a run moved by any replica shows up here. Reads keys first, in
 * {@code (updated_at, id)} order so that a caller can page through ties, and the runs themselves
 * only for the keys the caller has not seen.
 */
@Repository
public class ScanRunChanges {

	private final JdbcClient jdbc;
	private final ScanRunRepository runs;

	ScanRunChanges(JdbcClient jdbc, ScanRunRepository runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** One change of a run: the run as of {@code version}, last changed at {@code updatedAt}. */
	public record Change(ScanRunId id, WorkspaceId workspaceId, long version, Instant updatedAt) {
	}

	/**
	 * Changes at or after {@code from}, or, when {@code after} is given, strictly after that change in
	 * {@code (updated_at, id)} order; oldest first, at most {@code limit}.
	 */
	public List<Change> since(Instant from, Change after, int limit) {
		String sql = "SELECT id, workspace_id, version, updated_at FROM scan_runs WHERE "
				+ (after == null ? "updated_at >= ?" : "(updated_at > ? OR (updated_at = ? AND id > ?))")
				+ " ORDER BY updated_at, id LIMIT ?";
		JdbcClient.StatementSpec query = after == null ? jdbc.sql(sql).params(utc(from), limit)
				: jdbc.sql(sql).params(utc(after.updatedAt()), utc(after.updatedAt()), after.id().value(), limit);
		return query.query((rs, n) -> new Change(new ScanRunId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getLong("version"),
				instant(rs, "updated_at"))).list();
	}

	/**
	 * The run as it is now (it may have moved on since the change was read); empty if it is gone.
	 * One query per run: {@link ScanRunRepository} keeps its row mapping to itself.
	 */
	public Optional<ScanRun> current(Change change) {
		return runs.findForJob(change.id());
	}
}
