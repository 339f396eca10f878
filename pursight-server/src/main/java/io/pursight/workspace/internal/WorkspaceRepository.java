package io.pursight.workspace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.WorkspaceState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores workspaces; updates are guarded by the version column (optimistic concurrency). */
@Repository
public class WorkspaceRepository {

	private final JdbcClient jdbc;

	WorkspaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Workspace> byId(WorkspaceId id) {
		return jdbc.sql("SELECT * FROM workspaces WHERE id = ?").param(id.value()).query(WorkspaceRepository::map).optional();
	}

	public Optional<Workspace> bySlug(String slug) {
		return jdbc.sql("SELECT * FROM workspaces WHERE slug = ?").param(slug).query(WorkspaceRepository::map).optional();
	}

	/** @param ids the workspaces to consider, or null for all */
	public PageResult<Workspace> list(List<WorkspaceId> ids, WorkspaceState state, PageQuery page) {
		if (ids != null && ids.isEmpty()) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		StringBuilder where = new StringBuilder("1 = 1");
		List<Object> params = new ArrayList<>();
		if (ids != null) {
			where.append(" AND id IN (").append(String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))).append(")");
			ids.forEach(id -> params.add(id.value()));
		}
		if (state != null) {
			where.append(" AND state = ?");
			params.add(state.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM workspaces WHERE " + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Workspace> items = jdbc.sql("SELECT * FROM workspaces WHERE " + where + " ORDER BY name, id LIMIT ? OFFSET ?")
				.params(pageParams).query(WorkspaceRepository::map).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	public void insert(Workspace w) {
		jdbc.sql("""
				INSERT INTO workspaces (id, slug, name, description, state, version, created_at, updated_at, archived_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(w.id().value(), w.slug(), w.name(), w.description(), w.state().name(), w.version(),
						utc(w.createdAt()), utc(w.updatedAt()), utc(w.archivedAt()))
				.update();
	}

	/** Writes the changed workspace if nobody else changed it since it was read; returns it with its new version. */
	public Workspace update(Workspace w) {
		int updated = jdbc.sql("""
				UPDATE workspaces SET name = ?, description = ?, state = ?, updated_at = ?, archived_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(w.name(), w.description(), w.state().name(), utc(w.updatedAt()), utc(w.archivedAt()),
						w.id().value(), w.version())
				.update();
		if (updated == 0) {
			Workspace current = byId(w.id()).orElseThrow(() -> Problem.notFound("workspace", w.id()));
			throw Problem.versionConflict("workspace", w.version(), current.version());
		}
		return byId(w.id()).orElseThrow();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Workspace map(ResultSet rs, int row) throws SQLException {
		return new Workspace(new WorkspaceId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), WorkspaceState.valueOf(rs.getString("state")), rs.getLong("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "archived_at"));
	}
}
