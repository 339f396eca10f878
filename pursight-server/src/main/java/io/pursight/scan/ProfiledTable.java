package io.pursight.scan;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * The latest profile of a table or view and of its profiled columns, as one scan stored them.
 *
 * @param runId   the scan run that profiled it, or null when stored outside a run
 * @param columns the columns' profiles by column asset id
 */
public record ProfiledTable(AssetId tableId, DataSourceId sourceId, UUID runId, TableProfile table,
		Map<AssetId, ColumnProfile> columns) {

	public ProfiledTable {
		Objects.requireNonNull(tableId, "tableId");
		Objects.requireNonNull(table, "table");
		columns = Map.copyOf(columns);
	}
}
