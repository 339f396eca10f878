package io.pursight.classification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.classification.RuleDefinition;
import io.pursight.classification.RuleId;
import io.pursight.classification.RuleView;
import io.pursight.classification.WorkspaceClassificationSettings;
import io.pursight.classifier.BuiltInValidator;
import io.pursight.classifier.Category;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Custom rules and classification settings of workspaces, in plain SQL. */
@Repository
public class RuleStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	RuleStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	// --- settings

	public Optional<WorkspaceClassificationSettings> settings(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM classification_settings WHERE workspace_id = ?").params(workspace.value())
				.query((rs, n) -> {
					String overrides = rs.getString("type_thresholds");
					Map<String, WorkspaceClassificationSettings.Levels> types = overrides == null ? Map.of()
							: json.readValue(overrides,
									new TypeReference<Map<String, WorkspaceClassificationSettings.Levels>>() {
									});
					double autoApply = rs.getDouble("auto_apply");
					return new WorkspaceClassificationSettings(autoApply < 0 ? null
							: new WorkspaceClassificationSettings.Levels(autoApply, rs.getDouble("review")), types,
							rs.getInt("sample_size"), rs.getBoolean("store_samples"), rs.getLong("version"));
				}).optional();
	}

	/** Saves settings if the stored version is {@code expectedVersion} (0: none stored yet); false otherwise. */
	public boolean saveSettings(WorkspaceId workspace, WorkspaceClassificationSettings s, long expectedVersion,
			Instant now) {
		String overrides = json.writeValueAsString(s.typeThresholds());
		double autoApply = s.defaults() == null ? -1 : s.defaults().autoApply();
		double review = s.defaults() == null ? -1 : s.defaults().review();
		if (expectedVersion == 0) {
			int exists = jdbc.sql("SELECT COUNT(*) FROM classification_settings WHERE workspace_id = ?")
					.params(workspace.value()).query(Integer.class).single();
			if (exists > 0) {
				return false;
			}
			jdbc.sql("""
					INSERT INTO classification_settings (workspace_id, auto_apply, review, type_thresholds, sample_size,
					    store_samples, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)""")
					.params(workspace.value(), autoApply, review, overrides, s.sampleSize(), s.storeSamples(),
							Timestamps.utc(now))
					.update();
			return true;
		}
		return jdbc.sql("""
				UPDATE classification_settings SET auto_apply = ?, review = ?, type_thresholds = ?, sample_size = ?,
				    store_samples = ?, version = version + 1, updated_at = ? WHERE workspace_id = ? AND version = ?""")
				.params(autoApply, review, overrides, s.sampleSize(), s.storeSamples(), Timestamps.utc(now),
						workspace.value(), expectedVersion)
				.update() == 1;
	}

	// --- rules

	public Optional<RuleView> find(WorkspaceId workspace, RuleId id) {
		return jdbc.sql("SELECT * FROM classification_rules WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	public PageResult<RuleView> page(WorkspaceId workspace, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value()).page(jdbc, "classification_rules", "name, id", page,
				this::map);
	}

	public List<RuleView> enabled(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM classification_rules WHERE workspace_id = ? AND enabled = TRUE ORDER BY name, id")
				.params(workspace.value()).query(this::map).list();
	}

	public boolean nameTaken(WorkspaceId workspace, String name, RuleId except) {
		return jdbc.sql("SELECT COUNT(*) FROM classification_rules WHERE workspace_id = ? AND name = ? AND id <> ?")
				.params(workspace.value(), name, except.value()).query(Integer.class).single() > 0;
	}

	public void insert(WorkspaceId workspace, RuleId id, RuleDefinition d, Instant now) {
		jdbc.sql("""
				INSERT INTO classification_rules (id, workspace_id, name, type_id, description, value_pattern,
				    column_name_pattern, dictionary, validator, min_match_ratio, category, sensitivity, auto_apply, review,
				    enabled, version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
				.params(id.value(), workspace.value(), d.name().strip(), d.typeId(), d.description(), d.valuePattern(),
						d.columnNamePattern(), d.dictionary() == null ? null : json.writeValueAsString(d.dictionary()),
						d.validator() == null ? null : d.validator().name(), d.minMatchRatio(), d.category().name(),
						d.sensitivity().name(), d.autoApply(), d.review(), d.enabled(), Timestamps.utc(now),
						Timestamps.utc(now))
				.update();
	}

	public boolean update(WorkspaceId workspace, RuleId id, long expectedVersion, RuleDefinition d, Instant now) {
		return jdbc.sql("""
				UPDATE classification_rules SET name = ?, type_id = ?, description = ?, value_pattern = ?,
				    column_name_pattern = ?, dictionary = ?, validator = ?, min_match_ratio = ?, category = ?,
				    sensitivity = ?, auto_apply = ?, review = ?, enabled = ?, version = version + 1, updated_at = ?
				WHERE workspace_id = ? AND id = ? AND version = ?""")
				.params(d.name().strip(), d.typeId(), d.description(), d.valuePattern(), d.columnNamePattern(),
						d.dictionary() == null ? null : json.writeValueAsString(d.dictionary()),
						d.validator() == null ? null : d.validator().name(), d.minMatchRatio(), d.category().name(),
						d.sensitivity().name(), d.autoApply(), d.review(), d.enabled(), Timestamps.utc(now),
						workspace.value(), id.value(), expectedVersion)
				.update() == 1;
	}

	public boolean delete(WorkspaceId workspace, RuleId id) {
		return jdbc.sql("DELETE FROM classification_rules WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).update() == 1;
	}

	private RuleView map(ResultSet rs, int n) throws SQLException {
		String dictionary = rs.getString("dictionary");
		String validator = rs.getString("validator");
		RuleDefinition d = new RuleDefinition(rs.getString("name"), rs.getString("type_id"), rs.getString("description"),
				rs.getString("value_pattern"), rs.getString("column_name_pattern"),
				dictionary == null ? null : json.readValue(dictionary, new TypeReference<List<String>>() {
				}), validator == null ? null : BuiltInValidator.valueOf(validator), rs.getDouble("min_match_ratio"),
				Category.valueOf(rs.getString("category")), Sensitivity.valueOf(rs.getString("sensitivity")),
				rs.getDouble("auto_apply"), rs.getDouble("review"), rs.getBoolean("enabled"));
		return new RuleView(new RuleId(rs.getObject("id", UUID.class)), d, rs.getLong("version"),
				Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"));
	}
}
