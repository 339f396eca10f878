package io.pursight.classification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.pursight.classification.ClassificationId;
import io.pursight.classification.ClassificationStatus;
import io.pursight.classification.ClassificationView;
import io.pursight.classification.LabelMatch;
import io.pursight.classification.LabelOrigin;
import io.pursight.classification.LabelledColumn;
import io.pursight.classification.RuleId;
import io.pursight.classifier.Category;
import io.pursight.classifier.Occurrence;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Timestamps;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Column labels in plain SQL; every query is scoped to a workspace. */
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

	/** A stored label with what only the store needs: the fingerprint of the data it was found in. */
	public record Stored(ClassificationView view, String fingerprint) {

		public Key key() {
			return new Key(view.column().columnAssetId(), view.match().typeId());
		}
	}

	/** A column has at most one label per type. */
	public record Key(AssetId column, String typeId) {
	}

	/**
	 * A label to insert, or a scan's new result for a stored one.
	 *
	 * @param schemaAssetId the schema the column's table is in, or null for engines without schemas
	 */
	public record NewLabel(ClassificationId id, LabelledColumn column, AssetId schemaAssetId, LabelMatch match,
			ClassificationStatus status, String fingerprint) {
	}

	/** A steward's decision on a label read at {@code version}. */
	public record Decision(ClassificationId id, long version, ClassificationStatus status, UserId by, String byName,
			String reason) {
	}

	public Optional<Stored> find(WorkspaceId workspace, ClassificationId id) {
		return jdbc.sql("SELECT * FROM column_classifications WHERE workspace_id = ? AND id = ?")
				.params(workspace.value(), id.value()).query(this::map).optional();
	}

	/** The labels of the given ids that exist in the workspace. */
	public Map<ClassificationId, Stored> find(WorkspaceId workspace, Collection<ClassificationId> ids) {
		Map<ClassificationId, Stored> labels = new HashMap<>();
		inChunks(workspace, "id", ids, ClassificationId::value).forEach(s -> labels.put(s.view().id(), s));
		return labels;
	}

	/** Labels of the given columns, by column and type. */
	public Map<Key, Stored> forColumns(WorkspaceId workspace, Collection<AssetId> columns) {
		Map<Key, Stored> labels = new HashMap<>();
		inChunks(workspace, "column_asset_id", columns, AssetId::value).forEach(s -> labels.put(s.key(), s));
		return labels;
	}

	private <T> List<Stored> inChunks(WorkspaceId workspace, String column, Collection<T> values,
			Function<T, UUID> uuid) {
		List<UUID> all = values.stream().map(uuid).toList();
		List<Stored> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IN_CHUNK) {
			List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
			// no workspace_id in the WHERE: H2 would then read the workspace's labels through its index
			// instead of looking the ids up; the ids are global, and another workspace's rows are dropped here
			String sql = "SELECT * FROM column_classifications WHERE " + column + " IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
			jdbc.sql(sql).params(List.copyOf(chunk)).query((ResultSet rs) -> {
				if (workspace.value().equals(rs.getObject("workspace_id", UUID.class))) {
					found.add(map(rs, 0));
				}
			});
		}
		return found;
	}

	public void insert(WorkspaceId workspace, NewLabel l, Instant now) {
		LabelledColumn c = l.column();
		LabelMatch m = l.match();
		jdbc.sql("""
				INSERT INTO column_classifications (id, workspace_id, source_id, schema_asset_id, table_asset_id,
				    column_asset_id, schema_name, table_name, column_name, qualified_name, type_id, rule_id, category,
				    sensitivity, confidence, explanation, evidence, occurrence, status, origin, fingerprint, created_at, updated_at,
				    version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(l.id().value(), workspace.value(), c.sourceId().value(),
						l.schemaAssetId() == null ? null : l.schemaAssetId().value(), c.tableAssetId().value(),
						c.columnAssetId().value(), c.schema(), c.table(), c.column(), c.qualifiedName(), m.typeId(),
						ruleId(m), m.category().name(), m.sensitivity().name(), m.confidence(), cut(m.explanation()),
						evidence(m), m.occurrence().name(), l.status().name(), LabelOrigin.AUTO.name(), l.fingerprint(), Timestamps.utc(now),
						Timestamps.utc(now))
				.update();
	}

	/** Applies a scan's result to an automatic label (a null status keeps the status). */
	public void rescanned(ClassificationId id, ClassificationStatus status, NewLabel result, Instant now) {
		LabelMatch m = result.match();
		jdbc.sql("""
				UPDATE column_classifications SET status = COALESCE(?, status), confidence = ?, explanation = ?,
				    evidence = ?, occurrence = ?, category = ?, sensitivity = ?, rule_id = ?, fingerprint = ?,
				    updated_at = ?, column_deleted = FALSE, version = version + 1
				WHERE id = ?""")
				.params(status == null ? null : status.name(), m.confidence(), cut(m.explanation()), evidence(m),
						m.occurrence().name(),
						m.category().name(), m.sensitivity().name(), ruleId(m), result.fingerprint(),
						Timestamps.utc(now), id.value())
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
	 * Idempotent. Returns the labels that changed, each with whether its column is now gone.
	 */
	public Map<ClassificationId, Boolean> followColumns(WorkspaceId workspace, DataSourceId source,
			Set<AssetId> liveColumns) {
		Map<ClassificationId, Boolean> changes = new HashMap<>();
		jdbc.sql("SELECT id, column_asset_id, column_deleted FROM column_classifications WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).query(rs -> {
					boolean deleted = !liveColumns.contains(new AssetId(rs.getObject("column_asset_id", UUID.class)));
					if (deleted != rs.getBoolean("column_deleted")) {
						changes.put(new ClassificationId(rs.getObject("id", UUID.class)), deleted);
					}
				});
		if (!changes.isEmpty()) {
			jdbcTemplate.batchUpdate("UPDATE column_classifications SET column_deleted = ? WHERE id = ?",
					changes.entrySet().stream().map(c -> new Object[] { c.getValue(), c.getKey().value() }).toList());
		}
		return changes;
	}

	/** The automatic labels (applied or pending) a custom rule produced. */
	public List<Stored> automaticOfRule(WorkspaceId workspace, RuleId rule) {
		return jdbc.sql("SELECT * FROM column_classifications WHERE workspace_id = ? AND rule_id = ? "
				+ "AND status IN ('APPLIED', 'PENDING_REVIEW')").params(workspace.value(), rule.toString())
				.query(this::map).list();
	}

	/** Marks an automatic label withdrawn. */
	public void withdraw(ClassificationId id, Instant now) {
		jdbc.sql("UPDATE column_classifications SET status = 'WITHDRAWN', updated_at = ?, version = version + 1 WHERE id = ?")
				.params(Timestamps.utc(now), id.value()).update();
	}

	/**
	 * Records stewards' decisions in one batch; each applies only if its label is still at the
	 * version it was read at. Returns, in order, whether each applied.
	 */
	public boolean[] decide(List<Decision> decisions, Instant now) {
		List<Object[]> rows = decisions.stream()
				.map(d -> new Object[] { d.status().name(), d.by().value(), d.byName(), Timestamps.utc(now), d.reason(),
						Timestamps.utc(now), d.id().value(), d.version() })
				.toList();
		int[] counts = jdbcTemplate.batchUpdate("""
				UPDATE column_classifications SET status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
				    decision_reason = ?, updated_at = ?, version = version + 1
				WHERE id = ? AND version = ?""", rows);
		boolean[] applied = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			applied[i] = counts[i] == 1;
		}
		return applied;
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

	private Stored map(ResultSet rs, int n) throws SQLException {
		String evidence = rs.getString("evidence");
		String ruleId = rs.getString("rule_id");
		LabelledColumn column = new LabelledColumn(new DataSourceId(rs.getObject("source_id", UUID.class)),
				new AssetId(rs.getObject("table_asset_id", UUID.class)),
				new AssetId(rs.getObject("column_asset_id", UUID.class)), rs.getString("schema_name"),
				rs.getString("table_name"), rs.getString("column_name"), rs.getString("qualified_name"));
		LabelMatch match = new LabelMatch(rs.getString("type_id"), ruleId == null ? null : RuleId.of(ruleId),
				Category.valueOf(rs.getString("category")), Sensitivity.valueOf(rs.getString("sensitivity")),
				rs.getDouble("confidence"), rs.getString("explanation"), evidence == null ? null : json.readTree(evidence),
				Occurrence.valueOf(rs.getString("occurrence")));
		boolean decided = rs.getObject("decided_by", UUID.class) != null;
		ClassificationView view = new ClassificationView(new ClassificationId(rs.getObject("id", UUID.class)), column,
				match, ClassificationStatus.valueOf(rs.getString("status")), LabelOrigin.valueOf(rs.getString("origin")),
				decided ? rs.getString("decided_by_name") : null, Timestamps.instant(rs, "decided_at"),
				rs.getString("decision_reason"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "updated_at"), rs.getLong("version"));
		return new Stored(view, rs.getString("fingerprint"));
	}

	private static String ruleId(LabelMatch m) {
		return m.ruleId() == null ? null : m.ruleId().toString();
	}

	private String evidence(LabelMatch m) {
		return m.evidence() == null ? null : json.writeValueAsString(m.evidence());
	}

	private static String cut(String text) {
		return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
	}
}
