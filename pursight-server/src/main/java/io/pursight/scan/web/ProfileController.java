package io.pursight.scan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.access.Requires;
import io.pursight.catalog.Asset;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogPermissions;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.ColumnProfile;
import io.pursight.scan.ProfiledTable;
import io.pursight.scan.Profiles;
import io.pursight.scan.TableProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The latest profile of a cataloged table, view or column, as the last scan that profiled it stored it. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}")
@Tag(name = "Profiles", description = "What scans learnt about the values of tables and columns")
class ProfileController {

	static final String NO_PROFILE = "No profile yet: run a scan with profiling of this table or column.";

	private final Profiles profiles;
	private final Catalog catalog;

	ProfileController(Profiles profiles, Catalog catalog) {
		this.profiles = profiles;
		this.catalog = catalog;
	}

	/**
	 * The profile of one asset: for a table or view, {@code table} and its {@code columns} (in the catalog's column
	 * order); for a column, {@code column} alone.
	 */
	record AssetProfile(AssetId assetId, String assetType, DataSourceId sourceId, UUID runId, TableProfile table,
			List<ProfiledColumn> columns, ColumnProfile column) {
	}

	/** A column of a profiled table: its asset id, its name when the catalog still has it, and its profile. */
	record ProfiledColumn(AssetId columnId, String name, ColumnProfile profile) {
	}

	@GetMapping("/assets/{assetId}/profile")
	@Requires(CatalogPermissions.CATALOG_READ)
	@Operation(summary = "Get the latest profile of a table, view or column",
			description = "Counts, shares, distinct values (counted in the sample and estimated for the whole table), "
					+ "extremes, moments, lengths, frequent values and a histogram, from the sample the scan read or "
					+ "from aggregate SQL (`exact`). A column classified sensitive keeps no value of its data: "
					+ "`valuesWithheld` is true and min, max, mean, stddev, topValues and histogram are empty. "
					+ "404 until a scan with profiling has profiled the asset.")
	@ApiResponse(responseCode = "200", description = "The profile",
			content = @Content(schema = @Schema(implementation = AssetProfile.class), examples = {
					@ExampleObject(name = "table", value = ProfileExamples.TABLE),
					@ExampleObject(name = "column", value = ProfileExamples.COLUMN) }))
	@ApiResponse(responseCode = "404", description = "No such asset in this workspace, or no profile of it yet")
	AssetProfile profile(@PathVariable WorkspaceId workspaceId, @PathVariable AssetId assetId) {
		Optional<ProfiledTable> table = profiles.forTable(workspaceId, assetId);
		if (table.isPresent()) {
			return ofTable(workspaceId, table.get());
		}
		ColumnProfile column = profiles.forColumn(workspaceId, assetId)
				.orElseThrow(() -> new Problem(ProblemKind.NOT_FOUND, NO_PROFILE));
		return new AssetProfile(assetId, "COLUMN", null, null, null, List.of(), column);
	}

	private AssetProfile ofTable(WorkspaceId workspace, ProfiledTable profiled) {
		Map<AssetId, Asset> known = new HashMap<>();
		String type = "TABLE";
		try {
			var detail = catalog.get(workspace, profiled.tableId());
			type = detail.asset().type().name();
			detail.columns().forEach(c -> known.put(c.id(), c));
		}
		catch (Problem gone) {
			// the catalog no longer knows the table: its profile is shown all the same, without column names
		}
		List<ProfiledColumn> columns = new ArrayList<>();
		profiled.columns().forEach((id, p) -> columns.add(new ProfiledColumn(id,
				known.containsKey(id) ? known.get(id).name() : null, p)));
		columns.sort(Comparator.comparing((ProfiledColumn c) -> ordinal(known.get(c.columnId())))
				.thenComparing(c -> c.columnId().value()));
		return new AssetProfile(profiled.tableId(), type, profiled.sourceId(), profiled.runId(), profiled.table(),
				columns, null);
	}

	private static int ordinal(Asset column) {
		return column == null || column.ordinal() == null ? Integer.MAX_VALUE : column.ordinal();
	}
}
