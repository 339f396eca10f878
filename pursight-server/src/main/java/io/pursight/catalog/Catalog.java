package io.pursight.catalog;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.pursight.catalog.internal.AssetRepository;
import io.pursight.catalog.internal.SnapshotSync;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog's entry point: keeps it in step with discoveries and answers browsing queries. */
@Service
public class Catalog {

	private final SnapshotSync sync;
	private final AssetRepository assets;
	private final ApplicationEventPublisher events;

	Catalog(SnapshotSync sync, AssetRepository assets, ApplicationEventPublisher events) {
		this.sync = sync;
		this.assets = assets;
		this.events = events;
	}

	/**
	 * {@link #synchronize(WorkspaceId, DataSourceId, String, SourceSnapshot, UUID)} under a change set of its
	 * own, for callers that run no scan run.
	 */
	@Transactional
	public SyncSummary synchronize(WorkspaceId workspace, DataSourceId source, String sourceName, SourceSnapshot snapshot) {
		return synchronize(workspace, source, sourceName, snapshot, UUID.randomUUID());
	}

	/**
	 * Makes the catalog of one source match a snapshot, in one transaction: new assets are
	 * added, changed ones updated, missing ones marked deleted; an asset keeps its id for as
	 * long as its position (database, schema, table, column) does, and through a rename the
	 * catalog recognises (a best-effort guess, see {@link SchemaChangeKind#RENAMED}). A change
	 * publishes {@link CatalogSynchronized}.
	 *
	 * <p>The schema drift this snapshot shows against the catalog (objects and columns added,
	 * removed, renamed; types, nullability, defaults, kinds, view definitions, keys changed) is
	 * recorded under {@code changeSet}, the id of the scan run that read the snapshot, and read
	 * back through {@link SchemaHistory}; when there is any, {@link SchemaChanged} is published
	 * once, with its counts. A source's first synchronisation records a baseline instead.
	 *
	 * @param changeSet identifies this synchronisation in the history; must not be null
	 */
	@Transactional
	public SyncSummary synchronize(WorkspaceId workspace, DataSourceId source, String sourceName, SourceSnapshot snapshot,
			UUID changeSet) {
		Objects.requireNonNull(changeSet, "changeSet");
		SyncSummary summary = sync.apply(workspace, source, sourceName, snapshot, changeSet);
		if (summary.created() + summary.updated() + summary.deleted() > 0) {
			events.publishEvent(new CatalogSynchronized(workspace, source, summary));
		}
		DriftSummary drift = summary.drift();
		if (drift.total() > 0) {
			events.publishEvent(new SchemaChanged(workspace, source, changeSet, drift.added(), drift.removed(),
					drift.renamed(), drift.changed(), drift.detectedAt()));
		}
		return summary;
	}

	public PageResult<Asset> find(WorkspaceId workspace, AssetQuery query, PageQuery page) {
		return assets.find(workspace, query, page);
	}

	/** Any asset; a table or view comes with its columns (in order), keys and indexes. */
	public AssetDetail get(WorkspaceId workspace, AssetId id) {
		return assets.detail(workspace, id).orElseThrow(() -> Problem.notFound(id));
	}

	/** The current tables and views of a source, each with its current columns, keys and indexes. */
	public List<AssetDetail> relations(WorkspaceId workspace, DataSourceId source) {
		return assets.relations(workspace, source);
	}
}
