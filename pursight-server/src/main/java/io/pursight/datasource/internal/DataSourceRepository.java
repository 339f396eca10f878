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
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.Engine;
import io.pursight.datasource.HealthCheckView;
import io.pursight.datasource.HealthStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * Data source rows. Every query is scoped by workspace: a source of another workspace is
 * simply not found. Updates are guarded by the version column, and the moves a classification
 * run must not overlap (archive, discovery, redefinition) by its claim: they only touch a row
 * whose claim is absent or stale, in the same statement, so no check-then-act race lets one in.
 */
@Repository
class DataSourceRepository {

	/** A claim (discovery's busy state, a classification's heartbeat) older than this was left by a crashed process. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(30);

	private static final String UNCLAIMED = "(classification_claim IS NULL OR classification_heartbeat < ?)";

	private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	DataSourceRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<DataSource> find(WorkspaceId workspace, DataSourceId id) {
		return jdbc.sql("SELECT * FROM data_sources WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	DataSource get(WorkspaceId workspace, DataSourceId id) {
		return find(workspace, id).orElseThrow(() -> Problem.notFound(id));
	}

	boolean nameTaken(WorkspaceId workspace, String name, DataSourceId except) {
		return jdbc.sql("SELECT COUNT(*) FROM data_sources WHERE workspace_id = ? AND name = ? AND id <> ?")
				.params(workspace.value(), name, except.value()).query(Long.class).single() > 0;
	}

	PageResult<DataSource> list(WorkspaceId workspace, DataSourceState state, Engine engine, String nameContains,
			PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.and("state = ?", state == null ? null : state.name())
				.and("engine = ?", engine == null ? null : engine.name())
				.andContains("name", nameContains)
				.page(jdbc, "data_sources", "name, id", page, this::map);
	}

	/** Every source that health checks watch, across workspaces (for the scheduler only). */
	List<DataSource> monitored() {
		return jdbc.sql("SELECT * FROM data_sources WHERE state <> 'ARCHIVED' ORDER BY workspace_id, id").query(this::map).list();
	}

	void insert(DataSource s) {
		DataSource.Definition d = s.definition();
		jdbc.sql("""
				INSERT INTO data_sources (id, workspace_id, name, description, engine, host, port, database_name, jdbc_url,
				    username, secret, options, state, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(s.id().value(), s.workspaceId().value(), d.name(), d.description(), d.engine().name(), d.host(),
						d.port(), d.database(), d.jdbcUrl(), d.username(), s.sealedPassword(),
						json.writeValueAsString(d.options()), s.state().name(), s.version(), utc(s.createdAt()),
						utc(s.updatedAt()))
				.update();
	}

	/**
	 * Writes the definition if the version and state still match and no classification holds the
	 * source; returns the stored row, or empty when one of those changed meanwhile.
	 */
	Optional<DataSource> update(DataSource s) {
		DataSource.Definition d = s.definition();
		int updated = jdbc.sql("""
				UPDATE data_sources SET name = ?, description = ?, engine = ?, host = ?, port = ?, database_name = ?,
				    jdbc_url = ?, username = ?, secret = ?, options = ?, last_error = ?, updated_at = ?,
				    version = version + 1
				WHERE workspace_id = ? AND id = ? AND version = ? AND state = ? AND """ + UNCLAIMED)
				.params(d.name(), d.description(), d.engine().name(), d.host(), d.port(), d.database(), d.jdbcUrl(),
						d.username(), s.sealedPassword(), json.writeValueAsString(d.options()), s.lastError(),
						utc(s.updatedAt()), s.workspaceId().value(), s.id().value(), s.version(), s.state().name(),
						utc(staleBefore()))
				.update();
		return updated == 0 ? Optional.empty() : Optional.of(get(s.workspaceId(), s.id()));
	}

	/**
	 * Writes a step of the lifecycle ({@code from} as read, {@code to} as the aggregate made it) atomically:
	 * false when the state is no longer the one read (someone else moved it first). Does not change the
	 * version: state changes are the system's, not a steward's edit.
	 */
	boolean move(DataSource from, DataSource to) {
		return jdbc.sql("""
				UPDATE data_sources SET state = ?, last_error = ?, discovered_at = COALESCE(?, discovered_at), updated_at = ?
				WHERE workspace_id = ? AND id = ? AND state = ?""")
				.params(to.state().name(), to.lastError(), utc(to.discoveredAt()), utc(to.updatedAt()),
						from.workspaceId().value(), from.id().value(), from.state().name())
				.update() == 1;
	}

	/** Like {@link #move}, but only while no classification holds the source. */
	boolean moveUnclaimed(DataSource from, DataSource to) {
		return jdbc.sql("""
				UPDATE data_sources SET state = ?, last_error = ?, updated_at = ?
				WHERE workspace_id = ? AND id = ? AND state = ? AND """ + UNCLAIMED)
				.params(to.state().name(), to.lastError(), utc(to.updatedAt()), from.workspaceId().value(),
						from.id().value(), from.state().name(), utc(staleBefore()))
				.update() == 1;
	}

	// --- discovery holders

	/** Records which change set (a scan run) the discovery that just moved the source to SCANNING belongs to. */
	void holdDiscovery(WorkspaceId workspace, DataSourceId id, UUID changeSet) {
		jdbc.sql("UPDATE data_sources SET discovery_holder = ? WHERE workspace_id = ? AND id = ? AND state = 'SCANNING'")
				.params(changeSet, workspace.value(), id.value()).update();
	}

	/** Whether the source is still SCANNING for a discovery of {@code changeSet}, which was interrupted if it asks. */
	boolean isDiscoveryHeldBy(WorkspaceId workspace, DataSourceId id, UUID changeSet) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM data_sources
				WHERE workspace_id = ? AND id = ? AND state = 'SCANNING' AND discovery_holder = ?""")
				.params(workspace.value(), id.value(), changeSet).query(Long.class).single() > 0;
	}

	// --- classification claims

	/**
	 * Claims the source for a classification run under {@code token}, moving a cataloged one to
	 * CLASSIFYING in the same statement: false when it is archived, being discovered, or already held
	 * by a live claim.
	 */
	boolean claimForClassification(WorkspaceId workspace, DataSourceId id, UUID token) {
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
	boolean renewClassificationClaim(WorkspaceId workspace, DataSourceId id, UUID token) {
		return jdbc.sql("""
				UPDATE data_sources SET classification_heartbeat = ?
				WHERE workspace_id = ? AND id = ? AND classification_claim = ? AND state <> 'ARCHIVED'""")
				.params(utc(Instant.now()), workspace.value(), id.value(), token).update() == 1;
	}

	/** Whether the claim still holds (without renewing it, so without locking the source's row). */
	boolean holdsClassificationClaim(WorkspaceId workspace, DataSourceId id, UUID token) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM data_sources
				WHERE workspace_id = ? AND id = ? AND classification_claim = ? AND state <> 'ARCHIVED'""")
				.params(workspace.value(), id.value(), token).query(Long.class).single() > 0;
	}

	/** Gives the claim back, unless another run has taken it over meanwhile. */
	void releaseClassificationClaim(WorkspaceId workspace, DataSourceId id, UUID token) {
		jdbc.sql("""
				UPDATE data_sources SET classification_claim = NULL, classification_heartbeat = NULL
				WHERE workspace_id = ? AND id = ? AND classification_claim = ?""")
				.params(workspace.value(), id.value(), token).update();
	}

	/** Whether a live (not stale) classification claim holds the source. */
	boolean isBeingClassified(WorkspaceId workspace, DataSourceId id) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM data_sources WHERE workspace_id = ? AND id = ?
				  AND classification_claim IS NOT NULL AND classification_heartbeat >= ?""")
				.params(workspace.value(), id.value(), utc(staleBefore())).query(Long.class).single() > 0;
	}

	private static Instant staleBefore() {
		return Instant.now().minus(STALE_CLAIM);
	}

	// --- health

	/** Stores the latest health of a checked source and adds it to the history; {@code message} never holds a secret. */
	void recordHealth(DataSource checked, String message) {
		DataSourceView.Health health = checked.health();
		jdbc.sql("""
				UPDATE data_sources SET health_status = ?, health_latency_ms = ?, health_checked_at = ?
				WHERE workspace_id = ? AND id = ?""")
				.params(health.status().name(), health.latencyMillis(), utc(health.checkedAt()),
						checked.workspaceId().value(), checked.id().value()).update();
		jdbc.sql("""
				INSERT INTO source_health_checks (id, workspace_id, source_id, checked_at, status, latency_ms, message)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), checked.workspaceId().value(), checked.id().value(),
						utc(health.checkedAt()), health.status().name(), health.latencyMillis(),
						message == null ? null : message.substring(0, Math.min(message.length(), 2000)))
				.update();
	}

	PageResult<HealthCheckView> healthChecks(WorkspaceId workspace, DataSourceId source, PageQuery page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM source_health_checks WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).query(Long.class).single();
		List<HealthCheckView> items = jdbc.sql("""
				SELECT checked_at, status, latency_ms, message FROM source_health_checks
				WHERE workspace_id = ? AND source_id = ? ORDER BY checked_at DESC LIMIT ? OFFSET ?""")
				.params(workspace.value(), source.value(), page.size(), page.offset())
				.query((rs, n) -> new HealthCheckView(rs.getObject(1, OffsetDateTime.class).toInstant(),
						HealthStatus.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
				.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	private DataSource map(ResultSet rs, int row) throws SQLException {
		DataSource.Definition definition = new DataSource.Definition(rs.getString("name"), rs.getString("description"),
				Engine.valueOf(rs.getString("engine")), rs.getString("host"), rs.getObject("port", Integer.class),
				rs.getString("database_name"), rs.getString("jdbc_url"), rs.getString("username"),
				json.readValue(rs.getString("options"), OPTIONS));
		String status = rs.getString("health_status");
		DataSourceView.Health health = new DataSourceView.Health(status == null ? null : HealthStatus.valueOf(status),
				rs.getObject("health_latency_ms", Long.class), instant(rs, "health_checked_at"));
		return new DataSource(new DataSourceId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), definition, rs.getString("secret"),
				DataSourceState.valueOf(rs.getString("state")), rs.getString("last_error"), health,
				instant(rs, "discovered_at"), rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}
}
