package io.pursight.classification;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/** A label stopped tagging a column (withdrawn by a scan or rejected by a steward); published after commit. */
public record ClassificationRemoved(WorkspaceId workspaceId, DataSourceId sourceId, AssetId columnAssetId,
		String qualifiedName, String typeId, ClassificationStatus status) {
}
