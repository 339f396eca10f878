package io.pursight.datasource.internal;

import java.time.Instant;
import java.util.Map;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.Engine;

/** A data source row. {@code secret} is the sealed password and never leaves the module. */
public record StoredSource(DataSourceId id, WorkspaceId workspaceId, String name, String description, Engine engine,
		String host, Integer port, String database, String jdbcUrl, String username, String secret,
		Map<String, String> options, DataSourceState state, String lastError, String healthStatus, Long healthLatency,
		Instant healthCheckedAt, Instant discoveredAt, long version, Instant createdAt, Instant updatedAt) {

	public DataSourceView view() {
		return new DataSourceView(id, workspaceId, name, description, engine, host, port, database, jdbcUrl, username,
				secret != null, options, state, lastError,
				new DataSourceView.Health(healthStatus, healthLatency, healthCheckedAt), discoveredAt, version, createdAt,
				updatedAt);
	}
}
