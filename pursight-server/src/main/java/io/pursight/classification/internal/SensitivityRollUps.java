package io.pursight.classification.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.pursight.classification.RollUpLevel;
import io.pursight.classification.SensitivityLevel;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sensitivity roll-up of a source, computed in the database in two statements whatever the
 * number of labels: the highest sensitivity of the effective labels (applied or approved, of
 * columns still in the catalog) per column, table, schema and the source itself, and how many
 * labels each counts. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
 */
@Repository
public class SensitivityRollUps {

	/** Sensitivities are stored by name; their order (least to most restrictive) is the enum's. */
	private static final String RANK = Arrays.stream(Sensitivity.values())
			.map(s -> "WHEN '" + s.name() + "' THEN " + s.ordinal())
			.collect(Collectors.joining(" ", "CASE sensitivity ", " END"));

	private static final String NAME_OF_RANK = Arrays.stream(Sensitivity.values())
			.map(s -> "WHEN " + s.ordinal() + " THEN '" + s.name() + "'")
			.collect(Collectors.joining(" ", "CASE highest ", " END"));

	private static final String EFFECTIVE = "(SELECT column_asset_id, table_asset_id, schema_asset_id, qualified_name, "
			+ "schema_name, table_name, " + RANK + " AS sensitivity_rank FROM column_classifications "
			+ "WHERE workspace_id = :workspace AND source_id = :source AND status IN ('APPLIED', 'APPROVED') "
			+ "AND column_deleted = FALSE) effective";

	// the name of an asset is the same on all its labels; MIN picks one without a GROUP BY on it
	private static final String RECOMPUTE = """
			INSERT INTO sensitivity_rollups (workspace_id, source_id, asset_id, level, name, sensitivity, labels, updated_at)
			SELECT CAST(:workspace AS UUID), CAST(:source AS UUID), asset_id, level, name, %s, labels,
			    CAST(:now AS TIMESTAMP WITH TIME ZONE) FROM (
			    SELECT column_asset_id AS asset_id, 'COLUMN' AS level, MIN(qualified_name) AS name, MAX(sensitivity_rank) AS highest,
			        COUNT(*) AS labels FROM %s GROUP BY column_asset_id
			    UNION ALL
			    SELECT table_asset_id, 'TABLE', MIN(CASE WHEN schema_name IS NULL THEN table_name
			        ELSE schema_name || '.' || table_name END), MAX(sensitivity_rank), COUNT(*) FROM %s GROUP BY table_asset_id
			    UNION ALL
			    SELECT schema_asset_id, 'SCHEMA', MIN(schema_name), MAX(sensitivity_rank), COUNT(*) FROM %s
			        WHERE schema_asset_id IS NOT NULL GROUP BY schema_asset_id
			    UNION ALL
			    SELECT CAST(:source AS UUID), 'SOURCE', CAST(:sourceName AS VARCHAR(2300)), MAX(sensitivity_rank), COUNT(*) FROM %s
			        HAVING COUNT(*) > 0
			) levels""".formatted(NAME_OF_RANK, EFFECTIVE, EFFECTIVE, EFFECTIVE, EFFECTIVE);

	private final JdbcClient jdbc;

	SensitivityRollUps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the roll-up of one source with one computed from its labels as they are now. */
	public void recompute(WorkspaceId workspace, DataSourceId source, String sourceName, Instant now) {
		jdbc.sql("DELETE FROM sensitivity_rollups WHERE workspace_id = ? AND source_id = ?")
				.params(workspace.value(), source.value()).update();
		jdbc.sql(RECOMPUTE).param("workspace", workspace.value()).param("source", source.value())
				.param("sourceName", sourceName).param("now", Timestamps.utc(now)).update();
	}

	public PageResult<SensitivityLevel> page(WorkspaceId workspace, DataSourceId source, RollUpLevel level,
			PageQuery page) {
		SqlFilter filter = SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", source.value()).and("level = ?", level == null ? null : level.name());
		return filter.page(jdbc, "sensitivity_rollups", "level, name, asset_id", page,
				(rs, n) -> new SensitivityLevel(new DataSourceId(rs.getObject("source_id", UUID.class)),
						new AssetId(rs.getObject("asset_id", UUID.class)), RollUpLevel.valueOf(rs.getString("level")),
						rs.getString("name"), Sensitivity.valueOf(rs.getString("sensitivity")), rs.getInt("labels")));
	}
}
