package io.pursight.access;

import java.util.Optional;

import io.pursight.common.WorkspaceId;

/**
 * Access control as other modules use it: who the current request acts for, and whether it may
 * do something. The checks answer exactly as the one in front of every API operation does:
 * 401 for an anonymous caller or a disabled account, 404 of the workspace for a non-member (its
 * existence is not revealed), 403 for a member whose role lacks the permission. The account and
 * role are read from the store on every check, so a change takes effect at once.
 */
public interface Access {

	/** The actor of the current request; empty outside a request or for an anonymous one. */
	Optional<Actor> currentActor();

	/** The actor of the current request; a 401 problem if there is none. */
	Actor actor();

	/**
	 * Refuses the current actor unless it holds the platform or signed-in permission.
	 *
	 * @param permission the name of a declared permission that is not a workspace permission
	 * @return the actor, who holds it
	 * @throws IllegalArgumentException for an undeclared name or a workspace permission (a programming error)
	 */
	Actor require(String permission);

	/**
	 * Refuses the current actor unless it holds the permission in the workspace.
	 *
	 * @param permission the name of a declared permission
	 * @param workspace  must not be null
	 * @return the actor, who holds it
	 * @throws IllegalArgumentException for an undeclared name (a programming error)
	 */
	Actor require(String permission, WorkspaceId workspace);
}
