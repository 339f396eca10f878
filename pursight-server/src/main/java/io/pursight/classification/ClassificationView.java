package io.pursight.classification;

import java.time.Instant;
import java.util.UUID;

import io.pursight.classifier.Category;
import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import tools.jackson.databind.JsonNode;

/**
 * One label of one column as the API shows it.
 *
 * @param evidence    the facts behind the confidence (counts, name tokens, notes); never sampled values
 * @param origin      AUTO for labels a scan produced
 * @param decidedBy   the steward who approved or rejected it, or null
 */
public record ClassificationView(UUID id, DataSourceId sourceId, AssetId tableAssetId, AssetId columnAssetId,
		String schema, String table, String column, String qualifiedName, String typeId, String ruleId,
		Category category, Sensitivity sensitivity, double confidence, String explanation, JsonNode evidence,
		ClassificationStatus status, String origin, String decidedBy, Instant decidedAt, String decisionReason,
		Instant createdAt, Instant updatedAt, long version) {
}
