package io.pursight.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetQuery;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.Catalog;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.SourceReader;
import io.pursight.datasource.TableSample;
import io.pursight.scan.internal.ScanTaskRepository;
import io.pursight.scan.internal.ScanTaskRepository.Fingerprint;
import io.pursight.scan.internal.ScanTaskRepository.Planned;
import io.pursight.scanrules.ObjectKind;
import io.pursight.scanrules.ScanRules;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides which objects a run reads: the catalog's current tables, views and materialized views of the source
 * (or the one asked for) that the rules select, each with the columns the rules select. An incremental run
 * marks as skipped the objects whose structure (selected columns, their types and nullability), row estimate
 * and change marker (the engine's count of modified rows, where it keeps one) are all as the last completed
 * run with the same rules saw them. Where the engine keeps no change marker (H2, and views everywhere), only
 * structure and row estimate are compared: a change that keeps both is missed until a full scan.
 */
@Component
class ScanPlanner {

	/** Members of the rules that change how a run goes, not what it finds: they do not part incremental history. */
	private static final List<String> NOT_IN_HASH = List.of("incremental", "maxParallelism", "tableTimeout",
			"maxErrorShare");

	private final Catalog catalog;
	private final DataSources sources;
	private final ScanTaskRepository tasks;
	private final JsonMapper json;

	ScanPlanner(Catalog catalog, DataSources sources, ScanTaskRepository tasks, JsonMapper json) {
		this.catalog = catalog;
		this.sources = sources;
		this.tasks = tasks;
		this.json = json;
	}

	/** The objects of the run, in catalog order, each marked skipped or not. */
	List<Planned> plan(ScanRun run, ClassificationClaim claim, SourceReader reader) {
		WorkspaceId workspace = run.workspaceId();
		ScanRequest request = run.request();
		ScanRules rules = request.rules();
		Map<AssetId, Asset> schemas = schemas(workspace, request.sourceId());
		List<AssetDetail> relations = relations(workspace, request);
		List<Planned> planned = new ArrayList<>();
		List<AssetDetail> selected = new ArrayList<>();
		List<String> schemaOf = new ArrayList<>();
		List<String> schemaNames = schemas.values().stream().map(Asset::name).distinct().toList();
		Map<String, String> markers = reader.changeMarkers(schemaNames);
		Map<AssetId, Fingerprint> last = rules.incremental()
				? tasks.lastScanned(request.sourceId().value(), rulesHash(rules)) : Map.of();
		for (AssetDetail relation : relations) {
			Asset table = relation.asset();
			Asset schema = table.parentId() == null ? null : schemas.get(table.parentId());
			String schemaName = schema == null ? null : schema.name();
			ObjectKind kind = ObjectKind.of(table.type());
			if (!rules.selectsSchema(schemaName) || !rules.selectsTable(schemaName, table.name(), kind)) {
				continue;
			}
			if (!selectedColumns(rules, schemaName, relation).isEmpty()) {
				selected.add(relation);
				schemaOf.add(schemaName);
			}
		}
		// sizes come from the engine's catalog, never from reading the tables; only profiles report them
		List<Long> sizes = request.includes(ScanStep.PROFILE) ? sources.sizes(claim, IntStream.range(0, selected.size())
				.mapToObj(i -> new TableSample.Request(schemaOf.get(i), selected.get(i).asset().name(), List.of(),
						selected.get(i).asset().rowEstimate(), selected.get(i).asset().type() == AssetType.VIEW))
				.toList()) : null;
		for (int i = 0; i < selected.size(); i++) {
			Asset table = selected.get(i).asset();
			String schemaName = schemaOf.get(i);
			String hash = structureHash(selectedColumns(rules, schemaName, selected.get(i)));
			String marker = markers.get(schemaName + "." + table.name());
			Fingerprint before = last.get(table.id());
			boolean unchanged = before != null && before.structureHash().equals(hash)
					&& Objects.equals(before.rowEstimate(), table.rowEstimate())
					&& Objects.equals(before.changeMarker(), marker);
			planned.add(new Planned(table.id(), schemaName, table.name(), ObjectKind.of(table.type()).name(), hash,
					table.rowEstimate(), sizes == null ? null : sizes.get(i), marker, unchanged));
		}
		return planned;
	}

	/** The columns of a relation the rules select, in column order. */
	static List<Asset> selectedColumns(ScanRules rules, String schema, AssetDetail relation) {
		return relation.columns().stream()
				.filter(c -> rules.selectsColumn(schema, relation.asset().name(), c.name())).toList();
	}

	/**
	 * A digest of the rules members that decide what a run finds: runs with the same hash give comparable
	 * results, so an incremental run may trust the last one's for an unchanged object.
	 */
	String rulesHash(ScanRules rules) {
		ObjectNode tree = (ObjectNode) json.valueToTree(rules);
		NOT_IN_HASH.forEach(tree::remove);
		return sha256(tree.toString());
	}

	private List<AssetDetail> relations(WorkspaceId workspace, ScanRequest request) {
		if (request.tableAssetId() != null) {
			AssetDetail detail = catalog.get(workspace, request.tableAssetId());
			if (!detail.asset().type().isRelation() || detail.asset().deleted()
					|| !detail.asset().sourceId().equals(request.sourceId())) {
				throw Problem.invalid("Asset " + request.tableAssetId() + " is not a current table or view of the "
						+ "source; scan tables and views only.");
			}
			return List.of(detail);
		}
		List<AssetDetail> relations = catalog.relations(workspace, request.sourceId());
		if (relations.isEmpty()) {
			throw Problem.conflict("The data source has no tables or views in the catalog: discover it first.");
		}
		return relations;
	}

	private Map<AssetId, Asset> schemas(WorkspaceId workspace, DataSourceId source) {
		Map<AssetId, Asset> schemas = new HashMap<>();
		int size = PageQuery.MAX_SIZE;
		for (int page = 0;; page++) {
			PageResult<Asset> result = catalog.find(workspace,
					new AssetQuery(source, AssetType.SCHEMA, null, null, null, false), new PageQuery(page, size));
			result.items().forEach(a -> schemas.put(a.id(), a));
			if (result.items().size() < size || schemas.size() >= result.total()) {
				return schemas;
			}
		}
	}

	private static String structureHash(List<Asset> columns) {
		StringBuilder text = new StringBuilder();
		for (Asset c : columns) {
			text.append(c.name()).append('\u0000').append(c.dataType()).append('\u0000').append(c.nullable())
					.append('\u0001');
		}
		return sha256(text.toString());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM has SHA-256", e);
		}
	}
}
