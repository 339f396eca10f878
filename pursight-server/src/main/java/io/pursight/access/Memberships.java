package io.pursight.access;

import java.util.List;
import java.util.Optional;

import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;

/** Who belongs to which workspace, with which role. */
public interface Memberships {

	/** Adds the user to the workspace with the role, or changes the role of an existing member. */
	void grant(WorkspaceId workspace, UserId user, Role role);

	Optional<Role> roleOf(WorkspaceId workspace, UserId user);

	/** The workspaces the user is a member of; never null. */
	List<WorkspaceId> workspacesOf(UserId user);
}
