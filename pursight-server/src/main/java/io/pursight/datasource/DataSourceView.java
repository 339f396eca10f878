package io.pursight.datasource;

import java.time.Instant;
import java.util.Map;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/** A data source as the API shows it: everything but the password, of which only its presence is told. */
public record DataSourceView(DataSourceId id, WorkspaceId workspaceId, String name, String description, Engine engine,
		String host, Integer port, String database, String jdbcUrl, String username, boolean passwordSet,
		Map<String, String> options, DataSourceState state, String lastError, Health health, Instant discoveredAt,
		long version, Instant createdAt, Instant updatedAt) {

	/** The latest health check; all null when none has run yet. */
	public record Health(HealthStatus status, Long latencyMillis, Instant checkedAt) {

		/** No check has run yet. */
		public static final Health UNKNOWN = new Health(null, null, null);
	}
}
