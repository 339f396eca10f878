package io.pursight.catalog;

import java.util.UUID;

import io.pursight.catalog.internal.AssetRepository;
import io.pursight.catalog.internal.SchemaChangeRepository;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.stereotype.Service;

/**
 * The schema drift the catalog recorded (see {@link Catalog#synchronize(WorkspaceId, DataSourceId, String,
 * SourceSnapshot, UUID)}), newest first: per asset, versioned, and per source and synchronisation.
 */
@Service
public class SchemaHistory {

	private final SchemaChangeRepository changes;
	private final AssetRepository assets;

	SchemaHistory(SchemaChangeRepository changes, AssetRepository assets) {
		this.changes = changes;
		this.assets = assets;
	}

	/**
	 * The changes of an asset, with those of its children: a table's columns, a schema's relations.
	 *
	 * @throws Problem not found when the workspace has no such asset
	 */
	public PageResult<SchemaChange> ofAsset(WorkspaceId workspace, AssetId asset, PageQuery page) {
		if (assets.detail(workspace, asset).isEmpty()) {
			throw Problem.notFound(asset);
		}
		return changes.ofAsset(workspace, asset, page);
	}

	/**
	 * The changes of a source; {@code changeSet} (one synchronisation, a scan run) and {@code kind} filter
	 * when not null.
	 *
	 * @throws Problem not found when the workspace's catalog has never seen the source (another
	 *         workspace's, or one not discovered yet)
	 */
	public PageResult<SchemaChange> ofSource(WorkspaceId workspace, DataSourceId source, UUID changeSet,
			SchemaChangeKind kind, PageQuery page) {
		if (!changes.knowsSource(workspace, source)) {
			throw Problem.notFound(source);
		}
		return changes.ofSource(workspace, source, changeSet, kind, page);
	}
}
