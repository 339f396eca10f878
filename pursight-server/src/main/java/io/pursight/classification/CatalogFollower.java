package io.pursight.classification;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.pursight.catalog.Asset;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogSynchronized;
import io.pursight.classification.internal.Labels;
import io.pursight.common.AssetId;
import io.pursight.datasource.DataSources;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Labels follow the catalog: after a discovery changed a source's catalog, labels of columns that
 * disappeared leave lists and roll-ups, and labels of columns that came back return. A label that
 * tagged its column is announced as removed when the column goes and as classified when it
 * returns, so other modules (compliance, lineage) follow too.
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
	private final ApplicationEventPublisher events;

	CatalogFollower(Catalog catalog, DataSources sources, Labels labels, SensitivityRollUp rollUp,
			ApplicationEventPublisher events) {
		this.catalog = catalog;
		this.sources = sources;
		this.labels = labels;
		this.rollUp = rollUp;
		this.events = events;
	}

	/** Runs after the discovery commits, in its own transaction; at least once, and idempotent. */
	@ApplicationModuleListener(id = LISTENER_ID)
	public void catalogSynchronized(CatalogSynchronized event) {
		if (!labels.exist(event.workspaceId(), event.sourceId())) {
			return;
		}
		Set<AssetId> live = catalog.relations(event.workspaceId(), event.sourceId()).stream()
				.flatMap(relation -> relation.columns().stream()).map(Asset::id).collect(Collectors.toSet());
		Map<ClassificationId, Boolean> moved = labels.followColumns(event.workspaceId(), event.sourceId(), live);
		if (moved.isEmpty()) {
			return;
		}
		String sourceName = sources.get(event.workspaceId(), event.sourceId()).name();
		rollUp.recompute(event.workspaceId(), event.sourceId(), sourceName, Instant.now());
		labels.find(event.workspaceId(), moved.keySet()).forEach((id, label) -> {
			ClassificationStatus status = label.view().status();
			if (status.isEffective()) {
				events.publishEvent(moved.get(id) ? LabelEvents.removed(event.workspaceId(), label.view(), status)
						: LabelEvents.classified(event.workspaceId(), label.view(), status));
			}
		});
	}
}
