package io.pursight.workspace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.SqlFilter;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.pursight.common.Timestamps.utc;
import static io.pursight.common.Timestamps.instant;

/** Stores workspaces; updates are guarded by the version column (optimistic concurrency). */
@Repository
class WorkspaceRepository {

	private final JdbcClient jdbc;

	WorkspaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Workspace> byId(WorkspaceId id) {
		return jdbc.sql("SELECT * FROM workspaces WHERE id = ?").param(id.value()).query(WorkspaceRepository::map).optional();
	}

	Optional<Workspace> bySlug(String slug) {
		return jdbc.sql("SELECT * FROM workspaces WHERE slug = ?").param(slug).query(WorkspaceRepository::map).optional();
	}

	/** @param ids the workspaces to consider, or null for all */
	PageResult<Workspace> list(List<WorkspaceId> ids, WorkspaceState state, PageQuery page) {
		SqlFilter filter = SqlFilter.where("1 = 1");
		if (ids != null) {
			filter.andIn("id", ids.stream().map(WorkspaceId::value).toList());
		}
		return filter.and("state = ?", state == null ? null : state.name())
				.page(jdbc, "workspaces", "name, id", page, WorkspaceRepository::map);
	}

	void insert(Workspace w) {
		jdbc.sql("""
				INSERT INTO workspaces (id, slug, name, description, state, version, created_at, updated_at, archived_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(w.id().value(), w.slug(), w.name(), w.description(), w.state().name(), w.version(),
						utc(w.createdAt()), utc(w.updatedAt()), utc(w.archivedAt()))
				.update();
	}

	/** Writes the changed workspace if nobody else changed it since it was read; returns it with its new version. */
	Workspace update(Workspace w) {
		int updated = jdbc.sql("""
				UPDATE workspaces SET name = ?, description = ?, state = ?, updated_at = ?, archived_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(w.name(), w.description(), w.state().name(), utc(w.updatedAt()), utc(w.archivedAt()),
						w.id().value(), w.version())
				.update();
		if (updated == 0) {
			Workspace current = byId(w.id()).orElseThrow(() -> Problem.notFound(w.id()));
			throw Problem.versionConflict("workspace", w.version(), current.version());
		}
		return byId(w.id()).orElseThrow();
	}

	private static Workspace map(ResultSet rs, int row) throws SQLException {
		return new Workspace(new WorkspaceId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), WorkspaceState.valueOf(rs.getString("state")), rs.getLong("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "archived_at"));
	}
}
