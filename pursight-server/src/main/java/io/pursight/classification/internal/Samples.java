package io.pursight.classification.internal;

import java.time.Instant;
import java.util.Optional;

import io.pursight.common.AssetId;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sampled values stored per column, only for workspaces that enabled sample storage: at most
 * {@value #MAX_VALUES} distinct values as a JSON array, replaced by every scan.
 */
@Repository
public class Samples {

	public static final int MAX_VALUES = 20;

	private final JdbcClient jdbc;

	Samples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A column's stored values (JSON array text) and when they were captured. */
	public record Stored(AssetId columnAssetId, String valuesJson, Instant capturedAt) {
	}

	/** Replaces the column's stored values. */
	public void replace(WorkspaceId workspace, AssetId column, String valuesJson, Instant now) {
		jdbc.sql("DELETE FROM column_samples WHERE column_asset_id = ?").params(column.value()).update();
		jdbc.sql("INSERT INTO column_samples (column_asset_id, workspace_id, sample_values, captured_at) VALUES (?, ?, ?, ?)")
				.params(column.value(), workspace.value(), valuesJson, Timestamps.utc(now))
				.update();
	}

	/** Forgets the column's stored values. */
	public void delete(WorkspaceId workspace, AssetId column) {
		jdbc.sql("DELETE FROM column_samples WHERE workspace_id = ? AND column_asset_id = ?")
				.params(workspace.value(), column.value()).update();
	}

	/** Forgets every stored value of the workspace; returns the columns affected. */
	public int deleteAll(WorkspaceId workspace) {
		return jdbc.sql("DELETE FROM column_samples WHERE workspace_id = ?").params(workspace.value()).update();
	}

	public Optional<Stored> find(WorkspaceId workspace, AssetId column) {
		return jdbc.sql("SELECT * FROM column_samples WHERE workspace_id = ? AND column_asset_id = ?")
				.params(workspace.value(), column.value())
				.query((rs, n) -> new Stored(column, rs.getString("sample_values"), Timestamps.instant(rs, "captured_at")))
				.optional();
	}
}
