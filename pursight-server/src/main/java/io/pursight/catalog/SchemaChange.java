package io.pursight.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * One detected change of a source's schema. {@code changeSet} is the synchronisation (the scan run) that
 * detected it; {@code assetVersion} counts the synchronisations that changed the asset, from 1, so an
 * asset's history reads as versions. {@code parentId} is the relation of a column, the schema of a
 * relation. {@code before} and {@code after} describe what changed (null for what did not exist): a
 * column's type, a name, a relation's keys... {@code assetId}, {@code assetType} and {@code assetVersion}
 * are null for a {@link SchemaChangeKind#BASELINE} marker, which concerns the whole source.
 */
public record SchemaChange(UUID id, DataSourceId sourceId, UUID changeSet, AssetId assetId, AssetId parentId,
		AssetType assetType, QualifiedName qualifiedName, SchemaChangeKind kind, Map<String, Object> before,
		Map<String, Object> after, Instant detectedAt, Long assetVersion) {
}
