package io.pursight.access;

import java.util.List;
import java.util.Optional;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;

/** Who belongs to which workspace, with which role. A workspace always keeps at least one ADMIN. */
public interface Memberships {

	/**
	 * Adds the user to the workspace with the role, or changes the role of an existing member,
	 * without the checks of {@link #change}: for a workspace's creator, who exists and becomes its ADMIN.
	 */
	void grant(WorkspaceId workspace, UserId user, Role role);

	/**
	 * Adds the user to the workspace with the role, or changes a member's role. 404 if there is no
	 * such user; 409 if it would demote the workspace's last ADMIN.
	 */
	void change(WorkspaceId workspace, UserId user, Role role);

	/** Removes a member: 404 if the user is not one; 409 for the workspace's last ADMIN. */
	void revoke(WorkspaceId workspace, UserId user);

	Optional<Role> roleOf(WorkspaceId workspace, UserId user);

	/** The workspaces the user is a member of; never null. */
	List<WorkspaceId> workspacesOf(UserId user);

	/** The members of the workspace with their user names, by user name. */
	PageResult<Member> members(WorkspaceId workspace, PageQuery page);
}
