package io.pursight.classification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.pursight.classification.ClassificationStatus;
import io.pursight.classification.ClassificationView;
import io.pursight.classification.SensitivityLevel;
import io.pursight.classifier.Category;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Column labels and the sensitivity roll-up, in plain SQL; every query is scoped to a workspace. */
@Repository
public class Labels {

	private static final int IN_CHUNK = 500;

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final JsonMapper json;

	Labels(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
	}

	/** A stored label with what only the store needs: the schema asset and the data fingerprint. */
	public record Stored(ClassificationView view, AssetId schemaAssetId, String fingerprint) {
	}

	/** A label to insert. */
	public record NewLabel(UUID id, WorkspaceId workspace, DataSourceId source, AssetId schemaAssetId,
			AssetId tableAssetId, AssetId columnAssetId, String schema, String table, String column,
			String qualifiedName, String typeId, String ruleId, Category category, Sensitivity sensitivity,
			double confidence, String explanation, String evidenceJson, ClassificationStatus status,
			String fingerprint) {
	}

	public Optional<Stored> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM column_classifications WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id).query(this::map).optional();
	}

	/** Labels of the given columns, by column id and type id. */
	public Map<String, Stored> forColumns(WorkspaceId workspace, Collection<AssetId> columns) {
		Map<String, Stored> labels = new HashMap<>();
		List<UUID> ids = columns.stream().map(AssetId::value).toList();
		for (int from = 0; from < ids.size(); from += IN_CHUNK) {
			List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
			StringBuilder sql = new StringBuilder("SELECT * FROM column_classifications WHERE workspace_id = ? AND column_asset_id IN (");
			sql.append(String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))).append(")");
			List<Object> params = new ArrayList<>();
			params.add(workspace.value());
			params.addAll(chunk);
			for (Stored s : jdbc.sql(sql.toString()).params(params).query(this::map).list()) {
				labels.put(key(s.view().columnAssetId(), s.view().typeId()), s);
			}
		}
		return labels;
	}

	public static String key(AssetId column, String typeId) {
		return column + "/" + typeId;
	}

	public void insert(NewLabel l, Instant now) {
		jdbc.sql("""
				INSERT INTO column_classifications (id, workspace_id, source_id, schema_asset_id, table_asset_id,
				    column_asset_id, schema_name, table_name, column_name, qualified_name, type_id, rule_id, category,
				    sensitivity, confidence, explanation, evidence, status, origin, fingerprint, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AUTO', ?, ?, ?, 0)""")
				.params(l.id(), l.workspace().value(), l.source().value(),
						l.schemaAssetId() == null ? null : l.schemaAssetId().value(), l.tableAssetId().value(),
						l.columnAssetId().value(), l.schema(), l.table(), l.column(), l.qualifiedName(), l.typeId(),
						l.ruleId(), l.category().name(), l.sensitivity().name(), l.confidence(), cut(l.explanation()),
						l.evidenceJson(), l.status().name(), l.fingerprint(), Timestamps.utc(now), Timestamps.utc(now))
				.update();
	}

	/** Applies a scan's result to an automatic label (a null status keeps the status). */
	public void rescanned(UUID id, ClassificationStatus status, NewLabel result, Instant now) {
		jdbc.sql("""
				UPDATE column_classifications SET status = COALESCE(?, status), confidence = ?, explanation = ?,
				    evidence = ?, category = ?, sensitivity = ?, rule_id = ?, fingerprint = ?, updated_at = ?,
				    column_deleted = FALSE, version = version + 1
				WHERE id = ?""")
				.params(status == null ? null : status.name(), result.confidence(), cut(result.explanation()),
						result.evidenceJson(), result.category().name(), result.sensitivity().name(), result.ruleId(),
						result.fingerprint(), Timestamps.utc(now), id)
				.update();
	}

	/** Whether the source has any label at all. */
	public boolean exist(WorkspaceId workspace, DataSourceId source) {
		return jdbc.sql("SELECT COUNT(*) FROM column_classifications WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).query(Long.class).single() > 0;
	}

	/**
	 * Brings the labels of a source in line with its catalog: labels of columns missing from
	 * {@code liveColumns} leave lists and roll-ups, those of columns that came back return.
	 * Idempotent. Returns whether any label changed.
	 */
	public boolean followColumns(WorkspaceId workspace, DataSourceId source, Set<AssetId> liveColumns) {
		List<Object[]> changes = new ArrayList<>();
		jdbc.sql("SELECT id, column_asset_id, column_deleted FROM column_classifications WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).query(rs -> {
					boolean deleted = !liveColumns.contains(new AssetId(rs.getObject("column_asset_id", UUID.class)));
					if (deleted != rs.getBoolean("column_deleted")) {
						changes.add(new Object[] { deleted, rs.getObject("id", UUID.class) });
					}
				});
		if (!changes.isEmpty()) {
			jdbcTemplate.batchUpdate("UPDATE column_classifications SET column_deleted = ? WHERE id = ?", changes);
		}
		return !changes.isEmpty();
	}

	/** The automatic labels (applied or pending) a custom rule produced. */
	public List<Stored> automaticOfRule(WorkspaceId workspace, UUID ruleId) {
		return jdbc.sql("SELECT * FROM column_classifications WHERE workspace_id = ? AND rule_id = ? "
				+ "AND status IN ('APPLIED', 'PENDING_REVIEW')").params(workspace.value(), ruleId.toString())
				.query(this::map).list();
	}

	/** Marks an automatic label withdrawn. */
	public void withdraw(UUID id, Instant now) {
		jdbc.sql("UPDATE column_classifications SET status = 'WITHDRAWN', updated_at = ?, version = version + 1 WHERE id = ?")
				.params(Timestamps.utc(now), id).update();
	}

	/** Records a steward's decision; false when the label changed meanwhile. */
	public boolean decide(Stored label, ClassificationStatus status, UUID userId, String username, String reason,
			Instant now) {
		return jdbc.sql("""
				UPDATE column_classifications SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
				    decision_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""")
				.params(status.name(), userId, username, Timestamps.utc(now), reason, Timestamps.utc(now),
						label.view().id(), label.view().version())
				.update() == 1;
	}

	public PageResult<ClassificationView> page(WorkspaceId workspace, Collection<ClassificationStatus> statuses,
			String typeId, DataSourceId source, AssetId column, Collection<Sensitivity> sensitivities, PageQuery page) {
		SqlFilter filter = SqlFilter.where("workspace_id = ? AND column_deleted = FALSE", workspace.value())
				.and("type_id = ?", typeId)
				.and("source_id = ?", source == null ? null : source.value())
				.and("column_asset_id = ?", column == null ? null : column.value());
		if (statuses != null) {
			filter.andIn("status", statuses.stream().map(Enum::name).toList());
		}
		if (sensitivities != null) {
			filter.andIn("sensitivity", sensitivities.stream().map(Enum::name).toList());
		}
		return filter.page(jdbc, "column_classifications", "qualified_name, type_id, id", page, this::map)
				.map(Stored::view);
	}

	// --- roll-up

	/** Recomputes the roll-up of one source from its effective labels: column → table → schema → source. */
	public void rollUp(WorkspaceId workspace, DataSourceId source, String sourceName, Instant now) {
		record Row(UUID schemaId, String schema, UUID tableId, String table, UUID columnId, String qualifiedName,
				Sensitivity sensitivity) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT schema_asset_id, schema_name, table_asset_id, table_name, column_asset_id, qualified_name, sensitivity
				FROM column_classifications WHERE workspace_id = ? AND source_id = ? AND status IN ('APPLIED', 'APPROVED')
				    AND column_deleted = FALSE""")
				.params(workspace.value(), source.value())
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
						rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), Sensitivity.valueOf(rs.getString(7))))
				.list();
		Map<UUID, Object[]> levels = new java.util.LinkedHashMap<>();
		for (Row r : rows) {
			merge(levels, r.columnId(), "COLUMN", r.qualifiedName(), r.sensitivity());
			merge(levels, r.tableId(), "TABLE", r.schema() == null ? r.table() : r.schema() + "." + r.table(), r.sensitivity());
			if (r.schemaId() != null) {
				merge(levels, r.schemaId(), "SCHEMA", r.schema(), r.sensitivity());
			}
			merge(levels, source.value(), "SOURCE", sourceName, r.sensitivity());
		}
		jdbc.sql("DELETE FROM sensitivity_rollups WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).update();
		for (var e : levels.entrySet()) {
			Object[] v = e.getValue();
			jdbc.sql("""
					INSERT INTO sensitivity_rollups (workspace_id, source_id, asset_id, level, name, sensitivity, labels, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(workspace.value(), source.value(), e.getKey(), v[0], v[1], ((Sensitivity) v[2]).name(), v[3],
							Timestamps.utc(now))
					.update();
		}
	}

	private static void merge(Map<UUID, Object[]> levels, UUID id, String level, String name, Sensitivity s) {
		Object[] v = levels.computeIfAbsent(id, k -> new Object[] { level, name, s, 0 });
		if (s.isAtLeast((Sensitivity) v[2])) {
			v[2] = s;
		}
		v[3] = (Integer) v[3] + 1;
	}

	public PageResult<SensitivityLevel> rollups(WorkspaceId workspace, DataSourceId source, String level, PageQuery page) {
		SqlFilter filter = SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", source.value()).and("level = ?", level);
		return filter.page(jdbc, "sensitivity_rollups", "level, name, asset_id", page,
				(rs, n) -> new SensitivityLevel(new DataSourceId(rs.getObject("source_id", UUID.class)),
						new AssetId(rs.getObject("asset_id", UUID.class)), rs.getString("level"), rs.getString("name"),
						Sensitivity.valueOf(rs.getString("sensitivity")), rs.getInt("labels")));
	}

	private Stored map(ResultSet rs, int n) throws SQLException {
		UUID schemaId = rs.getObject("schema_asset_id", UUID.class);
		String evidence = rs.getString("evidence");
		JsonNode evidenceNode = evidence == null ? null : json.readTree(evidence);
		UUID decidedBy = rs.getObject("decided_by", UUID.class);
		ClassificationView view = new ClassificationView(rs.getObject("id", UUID.class),
				new DataSourceId(rs.getObject("source_id", UUID.class)),
				new AssetId(rs.getObject("table_asset_id", UUID.class)),
				new AssetId(rs.getObject("column_asset_id", UUID.class)), rs.getString("schema_name"),
				rs.getString("table_name"), rs.getString("column_name"), rs.getString("qualified_name"),
				rs.getString("type_id"), rs.getString("rule_id"), Category.valueOf(rs.getString("category")),
				Sensitivity.valueOf(rs.getString("sensitivity")), rs.getDouble("confidence"), rs.getString("explanation"),
				evidenceNode, ClassificationStatus.valueOf(rs.getString("status")), rs.getString("origin"),
				decidedBy == null ? null : rs.getString("decided_by_name"), Timestamps.instant(rs, "decided_at"),
				rs.getString("decision_reason"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "updated_at"), rs.getLong("version"));
		return new Stored(view, schemaId == null ? null : new AssetId(schemaId), rs.getString("fingerprint"));
	}

	static EnumSet<Sensitivity> atLeast(Sensitivity min) {
		EnumSet<Sensitivity> set = EnumSet.noneOf(Sensitivity.class);
		for (Sensitivity s : Sensitivity.values()) {
			if (s.isAtLeast(min)) {
				set.add(s);
			}
		}
		return set;
	}

	private static String cut(String text) {
		return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
	}
}
