package io.pursight.workspace.web;

import java.net.URI;

import io.pursight.access.Access;
import io.pursight.access.AccessPermissions;
import io.pursight.access.Actor;
import io.pursight.access.Requires;
import io.pursight.common.DisplayNames;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Versions;
import io.pursight.common.WorkspaceId;
import io.pursight.workspace.Workspace;
import io.pursight.workspace.WorkspacePermissions;
import io.pursight.workspace.WorkspaceState;
import io.pursight.workspace.Workspaces;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces")
@Tag(name = "Workspaces", description = "Tenant boundaries: nothing of one workspace is visible from another")
class WorkspaceController {

	private final Workspaces workspaces;
	private final Access access;

	WorkspaceController(Workspaces workspaces, Access access) {
		this.workspaces = workspaces;
		this.access = access;
	}

	@GetMapping
	@Requires(AccessPermissions.AUTHENTICATED)
	@Operation(summary = "List the workspaces you belong to (all of them for platform administrators)")
	PageResult<Workspace> list(@RequestParam(required = false) WorkspaceState state,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Actor actor = access.actor();
		return workspaces.visibleTo(actor.id(), actor.platformAdmin(), state, new PageQuery(page, size));
	}

	@PostMapping
	@Requires(WorkspacePermissions.WORKSPACE_CREATE)
	@Operation(summary = "Create a workspace; you become its first ADMIN")
	ResponseEntity<Workspace> create(@Valid @RequestBody NewWorkspace body) {
		Workspace created = workspaces.create(body.slug(), body.name(), body.description(), access.actor().id());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + created.id())).eTag(etag(created)).body(created);
	}

	@GetMapping("/{workspaceId}")
	@Requires(WorkspacePermissions.WORKSPACE_READ)
	@Operation(summary = "Get a workspace")
	ResponseEntity<Workspace> get(@PathVariable WorkspaceId workspaceId) {
		Workspace workspace = workspaces.get(workspaceId);
		return ResponseEntity.ok().eTag(etag(workspace)).body(workspace);
	}

	@PatchMapping("/{workspaceId}")
	@Requires(WorkspacePermissions.WORKSPACE_MANAGE)
	@Operation(summary = "Rename a workspace",
			description = "Send the ETag you read in `If-Match`; 409 if the workspace changed since, 428 without it.")
	ResponseEntity<Workspace> rename(@PathVariable WorkspaceId workspaceId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Rename body) {
		Workspace renamed = workspaces.rename(workspaceId, Versions.fromIfMatch(ifMatch), body.name(), body.description());
		return ResponseEntity.ok().eTag(etag(renamed)).body(renamed);
	}

	@PostMapping("/{workspaceId}/archive")
	@Requires(WorkspacePermissions.WORKSPACE_MANAGE)
	@Operation(summary = "Archive a workspace: it becomes read-only until restored")
	Workspace archive(@PathVariable WorkspaceId workspaceId) {
		return workspaces.archive(workspaceId);
	}

	@PostMapping("/{workspaceId}/restore")
	@Requires(WorkspacePermissions.WORKSPACE_MANAGE)
	@Operation(summary = "Restore an archived workspace")
	Workspace restore(@PathVariable WorkspaceId workspaceId) {
		return workspaces.restore(workspaceId);
	}

	private static String etag(Workspace w) {
		return "\"" + w.version() + "\"";
	}

	record NewWorkspace(
			@NotBlank @Size(max = 64) @Schema(example = "finance") String slug,
			@NotBlank @Size(max = 200) @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE)
			@Schema(example = "Finance") String name,
			@Size(max = 2000) String description) {
	}

	record Rename(@NotBlank @Size(max = 200) @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE) String name, @Size(max = 2000) String description) {
	}
}
