package io.pursight.scanrules.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRules;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * The rows of the workspace's own rule sets and their versions, always scoped by workspace. The current
 * version is guarded by the version it was read at, so two concurrent updates never both land.
 */
@Repository
class RuleSetRepository {

	private static final String CURRENT = """
			SELECT s.id, s.created_at, s.updated_at, v.version, v.name, v.description, v.rules
			FROM scan_rule_sets s JOIN scan_rule_set_versions v ON v.rule_set_id = s.id AND v.version = s.current_version
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RuleSetRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The current version of a live rule set. */
	Optional<ScanRuleSet> find(WorkspaceId workspace, ScanRuleSetId id) {
		return jdbc.sql(CURRENT + " WHERE s.workspace_id = ? AND s.id = ? AND s.deleted = FALSE")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	/** A version of a rule set, deleted or not. */
	Optional<ScanRuleSet> findVersion(WorkspaceId workspace, ScanRuleSetId id, int version) {
		return jdbc.sql("""
				SELECT s.id, s.created_at, v.created_at AS updated_at, v.version, v.name, v.description, v.rules
				FROM scan_rule_sets s JOIN scan_rule_set_versions v ON v.rule_set_id = s.id
				WHERE s.workspace_id = ? AND s.id = ? AND v.version = ?""")
				.params(workspace.value(), id.value(), version).query(this::map).optional();
	}

	long count(WorkspaceId workspace) {
		return jdbc.sql("SELECT COUNT(*) FROM scan_rule_sets WHERE workspace_id = ? AND deleted = FALSE")
				.param(workspace.value()).query(Long.class).single();
	}

	/** Live rule sets by name (ignoring case), then id. */
	List<ScanRuleSet> list(WorkspaceId workspace, long offset, int limit) {
		return jdbc.sql(CURRENT + " WHERE s.workspace_id = ? AND s.deleted = FALSE ORDER BY s.name_key, s.id "
				+ "LIMIT ? OFFSET ?").params(workspace.value(), limit, offset).query(this::map).list();
	}

	/** Stores version 1; 409 when the name is taken. */
	void insert(WorkspaceId workspace, ScanRuleSet set, UserId author) {
		try {
			jdbc.sql("""
					INSERT INTO scan_rule_sets (id, workspace_id, name, name_key, description, current_version, deleted,
					    created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)""")
					.params(set.id().value(), workspace.value(), set.name(), key(set.name()), set.description(),
							set.version(), utc(set.createdAt()), utc(set.updatedAt()))
					.update();
		}
		catch (DuplicateKeyException e) {
			throw nameTaken(set.name());
		}
		insertVersion(set, author);
	}

	/** Makes {@code set} the current version if {@code expectedVersion} still is; false when it no longer is. */
	boolean update(WorkspaceId workspace, ScanRuleSet set, int expectedVersion, UserId author) {
		int updated;
		try {
			updated = jdbc.sql("""
					UPDATE scan_rule_sets SET name = ?, name_key = ?, description = ?, current_version = ?, updated_at = ?
					WHERE workspace_id = ? AND id = ? AND current_version = ? AND deleted = FALSE""")
					.params(set.name(), key(set.name()), set.description(), set.version(), utc(set.updatedAt()),
							workspace.value(), set.id().value(), expectedVersion)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw nameTaken(set.name());
		}
		if (updated == 1) {
			insertVersion(set, author);
		}
		return updated == 1;
	}

	/** Marks the rule set deleted and frees its name; false when there was no live one. */
	boolean delete(WorkspaceId workspace, ScanRuleSetId id, Instant now) {
		return jdbc.sql("""
				UPDATE scan_rule_sets SET deleted = TRUE, name_key = NULL, updated_at = ?
				WHERE workspace_id = ? AND id = ? AND deleted = FALSE""")
				.params(utc(now), workspace.value(), id.value()).update() == 1;
	}

	private void insertVersion(ScanRuleSet set, UserId author) {
		jdbc.sql("""
				INSERT INTO scan_rule_set_versions (rule_set_id, version, name, description, rules, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(set.id().value(), set.version(), set.name(), set.description(),
						json.writeValueAsString(set.rules()), utc(set.updatedAt()), author == null ? null : author.value())
				.update();
	}

	private ScanRuleSet map(ResultSet rs, int row) throws SQLException {
		ScanRules rules;
		try {
			rules = json.readValue(rs.getString("rules"), ScanRules.class);
		}
		catch (JacksonException e) {
			throw new IllegalStateException("Stored rules of scan rule set " + rs.getObject("id") + " cannot be read", e);
		}
		return new ScanRuleSet(new ScanRuleSetId(rs.getObject("id", java.util.UUID.class)), rs.getString("name"),
				rs.getString("description"), rs.getInt("version"), rules, false, instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	static Problem nameTaken(String name) {
		return Problem.conflict("A scan rule set named '" + name + "' already exists in this workspace; choose another name.");
	}
}
