package io.pursight.catalog.web;

import io.pursight.access.Requires;
import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetQuery;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogPermissions;
import io.pursight.catalog.QualifiedName;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/assets")
@Tag(name = "Catalog", description = "Discovered schemas, tables, views and columns")
class CatalogController {

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Find assets",
			description = "Browse the hierarchy with `parentId` (schemas of a source: `sourceId` + `type=SCHEMA`), "
					+ "or filter by source, type and part of the name. Ordered by qualified name.")
	PageResult<Asset> find(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) DataSourceId sourceId, @RequestParam(required = false) AssetType type,
			@RequestParam(required = false) @Parameter(description = "Part of the name, case-insensitive") String name,
			@RequestParam(required = false) AssetId parentId,
			@RequestParam(required = false) @Parameter(description = "Exact qualified name") String qualifiedName,
			@RequestParam(defaultValue = "false") boolean includeDeleted,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return catalog.find(workspaceId, new AssetQuery(sourceId, type, name, parentId,
				qualifiedName == null ? null : new QualifiedName(qualifiedName), includeDeleted), new PageQuery(page, size));
	}

	@GetMapping("/{assetId}")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Get an asset; tables and views come with their columns, keys and indexes")
	AssetDetail get(@PathVariable WorkspaceId workspaceId, @PathVariable AssetId assetId) {
		return catalog.get(workspaceId, assetId);
	}
}
