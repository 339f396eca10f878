package io.pursight.access.web;

import io.pursight.access.AccessPermissions;
import io.pursight.access.Member;
import io.pursight.access.Memberships;
import io.pursight.access.Requires;
import io.pursight.access.Role;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workspaces/{workspaceId}/members")
@Tag(name = "Members", description = "Who belongs to a workspace, with which role")
class MemberController {

	private final Memberships memberships;

	MemberController(Memberships memberships) {
		this.memberships = memberships;
	}

	@GetMapping
	@Requires(AccessPermissions.MEMBER_READ)
	@Operation(summary = "List the members of a workspace")
	PageResult<Member> list(@PathVariable WorkspaceId workspaceId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return memberships.members(workspaceId, new PageQuery(page, size));
	}

	@PutMapping("/{userId}")
	@Requires(AccessPermissions.MEMBER_MANAGE)
	@Operation(summary = "Add a member or change a member's role")
	ResponseEntity<Void> put(@PathVariable WorkspaceId workspaceId, @PathVariable UserId userId,
			@Valid @RequestBody Membership membership) {
		memberships.change(workspaceId, userId, membership.role());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/{userId}")
	@Requires(AccessPermissions.MEMBER_MANAGE)
	@Operation(summary = "Remove a member")
	ResponseEntity<Void> remove(@PathVariable WorkspaceId workspaceId, @PathVariable UserId userId) {
		memberships.revoke(workspaceId, userId);
		return ResponseEntity.noContent().build();
	}

	record Membership(@NotNull Role role) {
	}
}
