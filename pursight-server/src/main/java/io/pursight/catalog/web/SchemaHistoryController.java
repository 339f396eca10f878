package io.pursight.catalog.web;

import java.util.List;
import java.util.UUID;

import io.pursight.access.Requires;
import io.pursight.catalog.CatalogPermissions;
import io.pursight.catalog.SchemaChange;
import io.pursight.catalog.SchemaChangeKind;
import io.pursight.catalog.SchemaHistory;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Catalog", description = "Discovered schemas, tables, views and columns")
class SchemaHistoryController {

	private static final String KINDS = "Kinds: `ADDED`, `REMOVED`, `RENAMED` (a best-effort guess: same type, "
			+ "nullability and position for a column, same kind and columns for a relation; the asset keeps its id), "
			+ "`KIND_CHANGED`, `TYPE_CHANGED`, `NULLABILITY_CHANGED`, `DEFAULT_CHANGED`, `DEFINITION_CHANGED`, "
			+ "`KEYS_CHANGED`, and `BASELINE`: a source's first discovery records that one marker, not every asset as added. "
			+ "A change is listed at the highest asset it concerns: a dropped table is one change, not one per column.";

	private final SchemaHistory history;

	/**
	 * The shape of {@code PageResult<SchemaChange>} for the OpenAPI document only: an annotation cannot
	 * name a generic type, and a response with examples but no schema would lose it.
	 */
	@Schema(name = "SchemaChangePage")
	record SchemaChangePage(List<SchemaChange> items, int page, int size, long total) {
	}

	SchemaHistoryController(SchemaHistory history) {
		this.history = history;
	}

	@GetMapping("/assets/{assetId}/schema-changes")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Schema changes of an asset, newest first",
			description = "The asset's versioned history (`assetVersion` counts the discoveries that changed it), "
					+ "with that of its children: a table's columns, a schema's relations. " + KINDS)
	@ApiResponse(responseCode = "200", description = "A page of changes",
			content = @Content(schema = @Schema(implementation = SchemaChangePage.class), examples = @ExampleObject(name = "column changes", value = SchemaChangeExamples.OF_ASSET)))
	PageResult<SchemaChange> ofAsset(@PathVariable WorkspaceId workspaceId, @PathVariable AssetId assetId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return history.ofAsset(workspaceId, assetId, new PageQuery(page, size));
	}

	@GetMapping("/sources/{sourceId}/schema-changes")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Schema changes of a source, newest first",
			description = "Filter by `changeSet` (the scan run whose discovery found the changes) and `kind`. "
					+ "Not found for a source this workspace's catalog has never seen. " + KINDS)
	@ApiResponse(responseCode = "200", description = "A page of changes",
			content = @Content(schema = @Schema(implementation = SchemaChangePage.class), examples = @ExampleObject(name = "one discovery", value = SchemaChangeExamples.OF_SOURCE)))
	PageResult<SchemaChange> ofSource(@PathVariable WorkspaceId workspaceId, @PathVariable DataSourceId sourceId,
			@RequestParam(required = false) @Parameter(description = "The scan run that found the changes") UUID changeSet,
			@RequestParam(required = false) SchemaChangeKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return history.ofSource(workspaceId, sourceId, changeSet, kind, new PageQuery(page, size));
	}
}
