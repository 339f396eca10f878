package io.pursight.catalog;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * The catalog of a source changed after a discovery: assets were added, updated or marked
 * deleted ({@code summary} counts them). Published in the transaction that changed it.
 */
public record CatalogSynchronized(WorkspaceId workspaceId, DataSourceId sourceId, SyncSummary summary) {
}
