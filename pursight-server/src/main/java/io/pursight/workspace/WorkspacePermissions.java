package io.pursight.workspace;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.ANALYST;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;

/** The permissions of workspaces: creating them, and reading and administering one. */
@Component
public final class WorkspacePermissions implements PermissionSet {

	/** Create a workspace (the creator becomes its first ADMIN). */
	public static final String WORKSPACE_CREATE = "WORKSPACE_CREATE";
	/** See a workspace's name, description and state. */
	public static final String WORKSPACE_READ = "WORKSPACE_READ";
	/** Rename, archive and restore a workspace. */
	public static final String WORKSPACE_MANAGE = "WORKSPACE_MANAGE";

	@Override
	public List<Permission> permissions() {
		return List.of(
				Permission.platform(WORKSPACE_CREATE),
				Permission.workspaceAdministration(WORKSPACE_READ, ADMIN, STEWARD, ANALYST, AUDITOR),
				Permission.workspaceAdministration(WORKSPACE_MANAGE, ADMIN));
	}
}
