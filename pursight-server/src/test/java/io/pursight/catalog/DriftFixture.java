package io.pursight.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.WorkspaceId;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;

/**
 * Hand-built snapshots of one registered source, synchronised straight into the catalog, one change set
 * each: the drift tests compare what the catalog recorded with what the snapshots say changed.
 */
final class DriftFixture {

	static final String DATABASE = "db";
	static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);

	final WorkspaceId workspace;
	final DataSourceId source;
	final String sourceName;
	private final Catalog catalog;
	private final SchemaHistory history;

	private DriftFixture(WorkspaceId workspace, DataSourceId source, String sourceName, Catalog catalog,
			SchemaHistory history) {
		this.workspace = workspace;
		this.source = source;
		this.sourceName = sourceName;
		this.catalog = catalog;
		this.history = history;
	}

	/** A source registered in the workspace (never connected to: its catalog comes from the snapshots). */
	static DriftFixture register(Api admin, String workspace, Catalog catalog, SchemaHistory history) {
		String name = Databases.randomName("drift");
		String id = admin.post("/api/v1/workspaces/" + workspace + "/sources", Map.of("name", name, "engine",
				"POSTGRESQL", "host", "127.0.0.1", "port", 5432, "database", "postgres", "username", "postgres",
				"password", "")).id();
		return new DriftFixture(new WorkspaceId(UUID.fromString(workspace)), new DataSourceId(UUID.fromString(id)), name,
				catalog, history);
	}

	SyncSummary sync(SourceSnapshot.Schema... schemas) {
		return catalog.synchronize(workspace, source, sourceName, new SourceSnapshot(DATABASE, List.of(schemas)),
				UUID.randomUUID());
	}

	/** The changes one synchronisation recorded, as "KIND qualified.name after the database". */
	List<String> changes(SyncSummary summary) {
		List<String> found = new ArrayList<>();
		history.ofSource(workspace, source, summary.drift().changeSet(), null, ALL).items()
				.forEach(change -> found.add(change.kind() + " " + local(change.qualifiedName())));
		return found;
	}

	List<SchemaChange> recorded(SyncSummary summary, SchemaChangeKind kind) {
		return history.ofSource(workspace, source, summary.drift().changeSet(), kind, ALL).items();
	}

	/** The live asset of that name ("schema.table" or "schema.table.column"). */
	Asset asset(String local) {
		QualifiedName name = new QualifiedName(sourceName + "." + DATABASE + "." + local);
		return catalog.find(workspace, new AssetQuery(source, null, null, null, name, false), ALL).items().stream()
				.findFirst().orElseThrow(() -> new AssertionError("no asset " + name));
	}

	AssetId id(String local) {
		return asset(local).id();
	}

	private String local(QualifiedName name) {
		int prefix = sourceName.length() + DATABASE.length() + 2; // "<source>.<database>."
		return name.value().length() < prefix ? "" : name.value().substring(prefix);
	}

	static SourceSnapshot.Schema schema(String name, SourceSnapshot.Table... tables) {
		return new SourceSnapshot.Schema(name, List.of(tables));
	}

	static SourceSnapshot.Table table(String name, SourceSnapshot.Column... columns) {
		return relation(name, AssetType.TABLE, null, null, columns);
	}

	static SourceSnapshot.Table relation(String name, AssetType type, String definition,
			SourceSnapshot.PrimaryKey primaryKey, SourceSnapshot.Column... columns) {
		return new SourceSnapshot.Table(name, type, null, definition, null, List.of(columns), primaryKey, List.of(),
				List.of());
	}

	static SourceSnapshot.Column column(String name, int ordinal, String dataType) {
		return column(name, ordinal, dataType, null, true, null);
	}

	static SourceSnapshot.Column column(String name, int ordinal, String dataType, Integer length, boolean nullable,
			String defaultValue) {
		return new SourceSnapshot.Column(name, ordinal, dataType, length, null, null, nullable, defaultValue, null);
	}
}
