package io.pursight.access.internal;

import java.util.Optional;
import java.util.UUID;

import io.pursight.access.Access;
import io.pursight.access.Actor;
import io.pursight.access.Permission;
import io.pursight.access.Role;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Decides whether an actor holds a permission, deny by default. The account's flags and its role
 * in the workspace are read fresh from the store on each check (one query), so disabling a user
 * or changing a role takes effect at once. Outsiders of a workspace get 404 (its existence is
 * not revealed); members whose role lacks the permission get 403.
 */
@Service
class AccessControl implements Access {

	private final JdbcClient jdbc;
	private final PermissionCatalog catalog;

	AccessControl(JdbcClient jdbc, PermissionCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	public Optional<Actor> currentActor() {
		return Actor.current();
	}

	@Override
	public Actor actor() {
		return Actor.current().orElseThrow(() -> new Problem(ProblemKind.UNAUTHENTICATED, "Log in to use this operation."));
	}

	@Override
	public Actor require(String permission) {
		Permission declared = catalog.get(permission);
		if (declared.scope().inWorkspace()) {
			throw new IllegalArgumentException(permission + " is held in a workspace: name the workspace to check it in");
		}
		Actor actor = actor();
		check(actor, declared, null);
		return actor;
	}

	@Override
	public Actor require(String permission, WorkspaceId workspace) {
		Permission declared = catalog.get(permission);
		Actor actor = actor();
		check(actor, declared, workspace);
		return actor;
	}

	/**
	 * Refuses the actor unless it holds the permission.
	 *
	 * @param workspace where a workspace permission is checked; ignored for the others
	 */
	void check(Actor actor, Permission permission, WorkspaceId workspace) {
		if (!permission.scope().inWorkspace()) {
			Standing standing = standing(actor, null);
			if (permission.scope() == Permission.Scope.PLATFORM && !standing.platformAdmin()) {
				throw Problem.forbidden("Only platform administrators may do this.");
			}
			return;
		}
		Standing standing = standing(actor, workspace);
		if (standing.role() != null && permission.isGrantedTo(standing.role())) {
			return;
		}
		if (standing.platformAdmin() && permission.scope() == Permission.Scope.WORKSPACE_ADMINISTRATION) {
			return;
		}
		if (standing.role() != null) {
			throw Problem.forbidden("Your role " + standing.role() + " in this workspace does not include " + permission + ".");
		}
		throw Problem.notFound(workspace);
	}

	/** The account's current flags and, if a workspace is given, its role there; 401 if it is disabled or gone. */
	private Standing standing(Actor actor, WorkspaceId workspace) {
		UUID workspaceId = workspace == null ? null : workspace.value();
		Standing standing = jdbc.sql("""
				SELECT u.enabled, u.platform_admin, m.role
				FROM users u LEFT JOIN workspace_members m ON m.user_id = u.id AND m.workspace_id = ?
				WHERE u.id = ?""")
				.params(workspaceId, actor.id().value())
				.query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2),
						rs.getString(3) == null ? null : Role.valueOf(rs.getString(3))))
				.optional().orElse(null);
		if (standing == null || !standing.enabled()) {
			throw new Problem(ProblemKind.UNAUTHENTICATED, "This account is disabled or no longer exists.");
		}
		return standing;
	}

	private record Standing(boolean enabled, boolean platformAdmin, Role role) {
	}
}
