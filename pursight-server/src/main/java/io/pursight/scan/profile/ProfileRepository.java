package io.pursight.scan.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.ColumnProfile;
import io.pursight.scan.ProfiledTable;
import io.pursight.scan.TableProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;
import static io.pursight.common.Timestamps.utc;

/**
 * The latest table and column profiles. Every read is scoped by workspace: another workspace's profile is simply
 * not there. A column profile's body is the JSON of {@link ColumnProfile}.
 */
@Repository
public class ProfileRepository {

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final JsonMapper json;

	ProfileRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
	}

	/**
	 * Replaces the table's profile and its columns' profiles: the columns of the table's older profile go, so
	 * that a table's profile is always the figures of one read.
	 */
	public void replace(WorkspaceId workspace, DataSourceId source, UUID runId, AssetId table, TableProfile profile,
			Map<AssetId, ColumnProfile> columns) {
		UUID ws = workspace.value();
		jdbc.sql("DELETE FROM column_profiles WHERE workspace_id = ? AND table_asset_id = ?").params(ws, table.value())
				.update();
		jdbc.sql("DELETE FROM table_profiles WHERE workspace_id = ? AND table_asset_id = ?").params(ws, table.value())
				.update();
		jdbc.sql("""
				INSERT INTO table_profiles (workspace_id, table_asset_id, source_id, scan_run_id, row_count,
				    row_count_exact, size_bytes, sampled_rows, profiled_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(ws, table.value(), source.value(), runId, profile.rowCount(), profile.rowCountExact(),
						profile.sizeBytes(), profile.sampledRows(), utc(profile.profiledAt()))
				.update();
		if (columns.isEmpty()) {
			return;
		}
		List<Object[]> stale = columns.keySet().stream().map(c -> new Object[] { ws, c.value() }).toList();
		// a column moved to this table (it cannot today, asset ids follow positions) must not keep two rows
		jdbcTemplate.batchUpdate("DELETE FROM column_profiles WHERE workspace_id = ? AND column_asset_id = ?", stale);
		List<Object[]> rows = new ArrayList<>(columns.size());
		columns.forEach((column, p) -> rows.add(new Object[] { ws, column.value(), table.value(), source.value(), runId,
				json.writeValueAsString(p), p.valuesWithheld(), utc(profile.profiledAt()) }));
		jdbcTemplate.batchUpdate("""
				INSERT INTO column_profiles (workspace_id, column_asset_id, table_asset_id, source_id, scan_run_id, body,
				    values_withheld, profiled_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public Optional<ProfiledTable> table(WorkspaceId workspace, AssetId table) {
		record Row(DataSourceId source, UUID runId, TableProfile profile) {
		}
		Optional<Row> row = jdbc.sql("SELECT * FROM table_profiles WHERE workspace_id = ? AND table_asset_id = ?")
				.params(workspace.value(), table.value())
				.query((rs, n) -> new Row(new DataSourceId(rs.getObject("source_id", UUID.class)),
						rs.getObject("scan_run_id", UUID.class), tableProfile(rs)))
				.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Map<AssetId, ColumnProfile> columns = new HashMap<>();
		jdbc.sql("SELECT column_asset_id, body FROM column_profiles WHERE workspace_id = ? AND table_asset_id = ?")
				.params(workspace.value(), table.value())
				.query(rs -> {
					columns.put(new AssetId(rs.getObject("column_asset_id", UUID.class)), body(rs));
				});
		return Optional.of(new ProfiledTable(table, row.get().source(), row.get().runId(), row.get().profile(), columns));
	}

	public Optional<ColumnProfile> column(WorkspaceId workspace, AssetId column) {
		return jdbc.sql("SELECT body FROM column_profiles WHERE workspace_id = ? AND column_asset_id = ?")
				.params(workspace.value(), column.value()).query((rs, row) -> body(rs)).optional();
	}

	/**
	 * Rewrites a column's stored profile without any value of the data; false when it has none or holds none
	 * already. Guarded by the body read, so a profile stored meanwhile by a scan is not overwritten with old figures.
	 */
	public boolean withholdValues(WorkspaceId workspace, AssetId column) {
		Optional<String> stored = jdbc
				.sql("SELECT body FROM column_profiles WHERE workspace_id = ? AND column_asset_id = ? "
						+ "AND values_withheld = FALSE")
				.params(workspace.value(), column.value()).query(String.class).optional();
		if (stored.isEmpty()) {
			return false;
		}
		ColumnProfile redacted = json.readValue(stored.get(), ColumnProfile.class).withoutValues();
		return jdbc.sql("UPDATE column_profiles SET body = ?, values_withheld = TRUE WHERE workspace_id = ? "
				+ "AND column_asset_id = ? AND values_withheld = FALSE AND body = ?")
				.params(json.writeValueAsString(redacted), workspace.value(), column.value(), stored.get())
				.update() == 1;
	}

	private ColumnProfile body(ResultSet rs) throws SQLException {
		return json.readValue(rs.getString("body"), ColumnProfile.class);
	}

	private static TableProfile tableProfile(ResultSet rs) throws SQLException {
		Instant at = instant(rs, "profiled_at");
		long size = rs.getLong("size_bytes");
		Long sizeBytes = rs.wasNull() ? null : size;
		return new TableProfile(rs.getLong("row_count"), rs.getBoolean("row_count_exact"), sizeBytes,
				rs.getLong("sampled_rows"), at);
	}
}
