package io.pursight.classification;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import io.pursight.catalog.Asset;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogSynchronized;
import io.pursight.classification.internal.Labels;
import io.pursight.common.AssetId;
import io.pursight.datasource.DataSources;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Labels follow the catalog: after a discovery changed a source's catalog, labels of columns that
 * disappeared leave lists and roll-ups, and labels of columns that came back return.
 */
@Component
class CatalogFollower {

	/**
	 * The id the event publication registry knows this listener by. It was first declared on
	 * {@code Classifications}; publications still waiting under that id must reach it after an upgrade.
	 */
	static final String LISTENER_ID = "io.pursight.classification.Classifications.catalogSynchronized("
			+ "io.pursight.catalog.CatalogSynchronized)";

	private final Catalog catalog;
	private final DataSources sources;
	private final Labels labels;
	private final SensitivityRollUp rollUp;

	CatalogFollower(Catalog catalog, DataSources sources, Labels labels, SensitivityRollUp rollUp) {
		this.catalog = catalog;
		this.sources = sources;
		this.labels = labels;
		this.rollUp = rollUp;
	}

	/** Runs after the discovery commits, in its own transaction; at least once, and idempotent. */
	@ApplicationModuleListener(id = LISTENER_ID)
	public void catalogSynchronized(CatalogSynchronized event) {
		if (!labels.exist(event.workspaceId(), event.sourceId())) {
			return;
		}
		Set<AssetId> live = catalog.relations(event.workspaceId(), event.sourceId()).stream()
				.flatMap(relation -> relation.columns().stream()).map(Asset::id).collect(Collectors.toSet());
		if (labels.followColumns(event.workspaceId(), event.sourceId(), live)) {
			String sourceName = sources.get(event.workspaceId(), event.sourceId()).name();
			rollUp.recompute(event.workspaceId(), event.sourceId(), sourceName, Instant.now());
		}
	}
}
