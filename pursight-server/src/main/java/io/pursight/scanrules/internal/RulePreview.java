package io.pursight.scanrules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.scanrules.ObjectKind;
import io.pursight.scanrules.ScanPreview;
import io.pursight.scanrules.ScanPreview.Excluded;
import io.pursight.scanrules.ScanPreview.Reason;
import io.pursight.scanrules.ScanPreview.Selected;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRules;
import org.springframework.stereotype.Component;

/**
 * Applies a rule set to the catalog of a source, without touching the source: which objects a scan would read,
 * which columns of each, and why the others are left out.
 */
@Component
class RulePreview {

	static final int MAX_LIMIT = 1_000;

	private final Catalog catalog;
	private final DataSources sources;

	RulePreview(Catalog catalog, DataSources sources) {
		this.catalog = catalog;
		this.sources = sources;
	}

	ScanPreview preview(WorkspaceId workspace, ScanRuleSet set, DataSourceId sourceId, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Problem.invalid("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ").");
		}
		DataSourceView source = sources.get(workspace, sourceId);
		if (source.discoveredAt() == null) {
			throw Problem.conflict("The source '" + source.name() + "' has never been discovered, so its catalog is "
					+ "empty: discover it first (POST …/sources/" + sourceId + "/discover), then preview again.");
		}
		Map<AssetId, String> schemas = schemaNames(workspace, sourceId);
		List<AssetDetail> relations = new ArrayList<>(catalog.relations(workspace, sourceId));
		relations.sort(Comparator.comparing((AssetDetail r) -> schemaOf(schemas, r.asset()))
				.thenComparing(r -> r.asset().name()));
		ScanRules rules = set.rules();
		List<Selected> selected = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		int selectedCount = 0;
		int excludedCount = 0;
		int selectedColumns = 0;
		for (AssetDetail relation : relations) {
			Asset asset = relation.asset();
			String schema = schemaOf(schemas, asset);
			ObjectKind kind = ObjectKind.of(asset.type());
			Reason reason = reason(rules, schema, asset.name(), kind);
			if (reason != null) {
				if (excludedCount++ < limit) {
					excluded.add(new Excluded(asset.id(), schema, asset.name(), kind, reason,
							detail(reason, rules, kind, schema, asset.name())));
				}
				continue;
			}
			List<String> leftOut = relation.columns().stream()
					.filter(c -> !rules.selectsColumn(schema, asset.name(), c.name())).map(Asset::name).toList();
			int read = relation.columns().size() - leftOut.size();
			selectedColumns += read;
			if (selectedCount++ < limit) {
				selected.add(new Selected(asset.id(), schema, asset.name(), kind, relation.columns().size(), read, leftOut));
			}
		}
		return new ScanPreview(sourceId, set.id(), set.version(), relations.size(), selectedCount, excludedCount,
				selectedColumns, selected, excluded, selectedCount > selected.size() || excludedCount > excluded.size());
	}

	/** Why the rules leave an object out, or null when they read it. */
	static Reason reason(ScanRules rules, String schema, String name, ObjectKind kind) {
		if (!rules.objectKinds().contains(kind)) {
			return Reason.KIND;
		}
		if (!rules.selectsSchema(schema)) {
			return Reason.SCHEMA;
		}
		if (!rules.tablePatternsKeep(schema, name)) {
			return Reason.TABLE_PATTERN;
		}
		return null;
	}

	/** Names the pattern that left the object out, or the include list it matched none of. */
	private static String detail(Reason reason, ScanRules rules, ObjectKind kind, String schema, String name) {
		return switch (reason) {
			case KIND -> kind + " is not among the object kinds " + rules.objectKinds().stream().sorted().toList();
			case SCHEMA -> rules.excludeSchemas().stream().filter(p -> p.matches(schema)).findFirst()
					.map(p -> "schema '" + schema + "' matches excludeSchemas " + p)
					.orElse("schema '" + schema + "' matches none of includeSchemas " + rules.includeSchemas());
			case TABLE_PATTERN -> rules.excludeTables().stream()
					.filter(p -> p.matches(name) || p.matches(schema + "." + name)).findFirst()
					.map(p -> "'" + schema + "." + name + "' matches excludeTables " + p)
					.orElse("'" + schema + "." + name + "' matches none of includeTables " + rules.includeTables());
		};
	}

	private Map<AssetId, String> schemaNames(WorkspaceId workspace, DataSourceId source) {
		Map<AssetId, String> names = new HashMap<>();
		AssetQuery query = new AssetQuery(source, AssetType.SCHEMA, null, null, null, false);
		for (int page = 0;; page++) {
			PageResult<Asset> schemas = catalog.find(workspace, query, new PageQuery(page, PageQuery.MAX_SIZE));
			schemas.items().forEach(s -> names.put(s.id(), s.name()));
			if ((long) (page + 1) * PageQuery.MAX_SIZE >= schemas.total()) {
				return names;
			}
		}
	}

	private static String schemaOf(Map<AssetId, String> schemas, Asset relation) {
		return relation.parentId() == null ? "" : schemas.getOrDefault(relation.parentId(), "");
	}
}
