package io.pursight.datasource.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.SqlFilter;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.utc;
import static io.pursight.common.Timestamps.instant;

/**
 * Data source rows. Every query is scoped by workspace: a source of another workspace is
 * simply not found. Updates are guarded by the version column, and the moves a classification
 * run must not overlap (archive, discovery, redefinition) by its claim: they only touch a row
 * whose claim is absent or stale, in the same statement, so no check-then-act race lets one in.
 */
@Repository
public class DataSourceRepository {

	/** A claim (discovery's busy state, a classification's heartbeat) older than this was left by a crashed process. */
	public static final Duration STALE_CLAIM = Duration.ofMinutes(30);

	private static final String UNCLAIMED = "(classification_claim IS NULL OR classification_heartbeat < ?)";

	private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	DataSourceRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<StoredSource> find(WorkspaceId workspace, DataSourceId id) {
		return jdbc.sql("SELECT * FROM data_sources WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	public StoredSource get(WorkspaceId workspace, DataSourceId id) {
		return find(workspace, id).orElseThrow(() -> Problem.notFound("data source", id));
	}

	public boolean nameTaken(WorkspaceId workspace, String name, DataSourceId except) {
		return jdbc.sql("SELECT COUNT(*) FROM data_sources WHERE workspace_id = ? AND name = ? AND id <> ?")
				.params(workspace.value(), name, except.value()).query(Long.class).single() > 0;
	}

	public PageResult<StoredSource> list(WorkspaceId workspace, DataSourceState state, Engine engine, String nameContains,
			PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.and("state = ?", state == null ? null : state.name())
				.and("engine = ?", engine == null ? null : engine.name())
				.andContains("name", nameContains)
				.page(jdbc, "data_sources", "name, id", page, this::map);
	}

	/** Every source that health checks watch, across workspaces (for the scheduler only). */
	public List<StoredSource> monitored() {
		return jdbc.sql("SELECT * FROM data_sources WHERE state <> 'ARCHIVED' ORDER BY workspace_id, id").query(this::map).list();
	}

	public void insert(StoredSource s) {
		jdbc.sql("""
				INSERT INTO data_sources (id, workspace_id, name, description, engine, host, port, database_name, jdbc_url,
				    username, secret, options, state, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.id().value(), s.workspaceId().value(), s.name(), s.description(), s.engine().name(), s.host(),
						s.port(), s.database(), s.jdbcUrl(), s.username(), s.secret(), json.writeValueAsString(s.options()),
						s.state().name(), s.version(), utc(s.createdAt()), utc(s.updatedAt()))
				.update();
	}

	/**
	 * Writes the definition if the version and state still match and no classification holds the
	 * source; returns the stored row, or empty when one of those changed meanwhile.
	 */
	public Optional<StoredSource> update(StoredSource s) {
		int updated = jdbc.sql("""
				UPDATE data_sources SET name = ?, description = ?, engine = ?, host = ?, port = ?, database_name = ?,
				    jdbc_url = ?, username = ?, secret = ?, options = ?, last_error = ?, updated_at = ?,
				    version = version + 1
				WHERE workspace_id = ? AND id = ? AND version = ? AND state = ? AND """ + UNCLAIMED)
				.params(s.name(), s.description(), s.engine().name(), s.host(), s.port(), s.database(), s.jdbcUrl(),
						s.username(), s.secret(), json.writeValueAsString(s.options()), s.lastError(),
						utc(s.updatedAt()), s.workspaceId().value(), s.id().value(), s.version(), s.state().name(),
						utc(staleBefore()))
				.update();
		return updated == 0 ? Optional.empty() : Optional.of(get(s.workspaceId(), s.id()));
	}

	/**
	 * Moves the source from one state to another atomically: false when its state is no longer
	 * {@code from} (someone else moved it first). Does not change the version: state changes
	 * are the system's, not a steward's edit.
	 */
	public boolean transition(StoredSource s, DataSourceState from, DataSourceState to, String lastError,
			Instant discoveredAt) {
		from.moveTo(to);
		return jdbc.sql("""
				UPDATE data_sources SET state = ?, last_error = ?, discovered_at = COALESCE(?, discovered_at), updated_at = ?
				WHERE workspace_id = ? AND id = ? AND state = ?""")
				.params(to.name(), lastError, utc(discoveredAt), utc(Instant.now()), s.workspaceId().value(),
						s.id().value(), from.name())
				.update() == 1;
	}

	/** Like {@link #transition}, but only while no classification holds the source. */
	public boolean transitionUnclaimed(StoredSource s, DataSourceState from, DataSourceState to) {
		from.moveTo(to);
		return jdbc.sql("""
				UPDATE data_sources SET state = ?, last_error = NULL, updated_at = ?
				WHERE workspace_id = ? AND id = ? AND state = ? AND """ + UNCLAIMED)
				.params(to.name(), utc(Instant.now()), s.workspaceId().value(), s.id().value(), from.name(),
						utc(staleBefore()))
				.update() == 1;
	}

	// --- classification claims

	/**
	 * Claims the source for a classification run under {@code token}, moving a cataloged one to
	 * CLASSIFYING in the same statement: false when it is archived, being discovered, or already held
	 * by a live claim.
	 */
	public boolean claimForClassification(WorkspaceId workspace, DataSourceId id, UUID token) {
		Instant now = Instant.now();
		return jdbc.sql("""
				UPDATE data_sources SET classification_claim = ?, classification_heartbeat = ?, updated_at = ?,
				    state = CASE WHEN state IN ('CATALOGED', 'MONITORING') THEN 'CLASSIFYING' ELSE state END
				WHERE workspace_id = ? AND id = ? AND state <> 'ARCHIVED'
				  AND (state NOT IN ('SCANNING', 'CLASSIFYING', 'VALIDATING') OR updated_at < ?) AND """ + UNCLAIMED)
				.params(token, utc(now), utc(now), workspace.value(), id.value(), utc(staleBefore()),
						utc(staleBefore()))
				.update() == 1;
	}

	/** Renews a claim; false when it was lost (taken over as stale) or the source was archived since. */
	public boolean renewClassificationClaim(WorkspaceId workspace, DataSourceId id, UUID token) {
		return jdbc.sql("""
				UPDATE data_sources SET classification_heartbeat = ?
				WHERE workspace_id = ? AND id = ? AND classification_claim = ? AND state <> 'ARCHIVED'""")
				.params(utc(Instant.now()), workspace.value(), id.value(), token).update() == 1;
	}

	/** Gives the claim back, unless another run has taken it over meanwhile. */
	public void releaseClassificationClaim(WorkspaceId workspace, DataSourceId id, UUID token) {
		jdbc.sql("""
				UPDATE data_sources SET classification_claim = NULL, classification_heartbeat = NULL
				WHERE workspace_id = ? AND id = ? AND classification_claim = ?""")
				.params(workspace.value(), id.value(), token).update();
	}

	/** Whether a live (not stale) classification claim holds the source. */
	public boolean isBeingClassified(WorkspaceId workspace, DataSourceId id) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM data_sources WHERE workspace_id = ? AND id = ?
				  AND classification_claim IS NOT NULL AND classification_heartbeat >= ?""")
				.params(workspace.value(), id.value(), utc(staleBefore())).query(Long.class).single() > 0;
	}

	private static Instant staleBefore() {
		return Instant.now().minus(STALE_CLAIM);
	}

	public void recordHealth(StoredSource s, String status, long latencyMillis, String message, Instant at) {
		jdbc.sql("""
				UPDATE data_sources SET health_status = ?, health_latency_ms = ?, health_checked_at = ?
				WHERE workspace_id = ? AND id = ?""")
				.params(status, latencyMillis, utc(at), s.workspaceId().value(), s.id().value()).update();
		jdbc.sql("""
				INSERT INTO source_health_checks (id, workspace_id, source_id, checked_at, status, latency_ms, message)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), s.workspaceId().value(), s.id().value(), utc(at), status, latencyMillis,
						message == null ? null : message.substring(0, Math.min(message.length(), 2000)))
				.update();
	}

	public PageResult<HealthCheck> healthChecks(WorkspaceId workspace, DataSourceId source, PageQuery page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM source_health_checks WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).query(Long.class).single();
		List<HealthCheck> items = jdbc.sql("""
				SELECT checked_at, status, latency_ms, message FROM source_health_checks
				WHERE workspace_id = ? AND source_id = ? ORDER BY checked_at DESC LIMIT ? OFFSET ?""")
				.params(workspace.value(), source.value(), page.size(), page.offset())
				.query((rs, n) -> new HealthCheck(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
						rs.getLong(3), rs.getString(4)))
				.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** One recorded health check. */
	public record HealthCheck(Instant checkedAt, String status, long latencyMillis, String message) {
	}



	private StoredSource map(ResultSet rs, int row) throws SQLException {
		Integer port = (Integer) rs.getObject("port", Integer.class);
		Long latency = rs.getObject("health_latency_ms", Long.class);
		return new StoredSource(new DataSourceId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("name"), rs.getString("description"),
				Engine.valueOf(rs.getString("engine")), rs.getString("host"), port, rs.getString("database_name"),
				rs.getString("jdbc_url"), rs.getString("username"), rs.getString("secret"),
				json.readValue(rs.getString("options"), OPTIONS), DataSourceState.valueOf(rs.getString("state")),
				rs.getString("last_error"), rs.getString("health_status"), latency, instant(rs, "health_checked_at"),
				instant(rs, "discovered_at"), rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}
}
