package io.pursight.classification;

import io.pursight.classifier.Category;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/** A column gained a label that tags it (applied by a scan or approved by a steward); published after commit. */
public record ColumnClassified(WorkspaceId workspaceId, DataSourceId sourceId, AssetId columnAssetId,
		String qualifiedName, String typeId, Category category, Sensitivity sensitivity, double confidence,
		ClassificationStatus status) {
}
