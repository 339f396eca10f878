package io.pursight.catalog;

import java.time.Instant;
import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * A synchronisation found schema drift in a source: {@code added}, {@code removed} and {@code renamed}
 * count those changes, {@code changed} every other kind (type, nullability, keys...). Published once per
 * synchronisation, in its transaction, only when it recorded at least one change; the details are read
 * from {@link SchemaHistory#ofSource} with {@code changeSet}.
 */
public record SchemaChanged(WorkspaceId workspaceId, DataSourceId sourceId, UUID changeSet, int added, int removed,
		int renamed, int changed, Instant detectedAt) {
}
