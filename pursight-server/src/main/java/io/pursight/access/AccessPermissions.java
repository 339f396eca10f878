package io.pursight.access;

import java.util.List;

import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;

/** The permissions of access itself: accounts, memberships and the audit log. */
@Component
public final class AccessPermissions implements PermissionSet {

	/** Any signed-in user; the operation scopes its answer to the caller. */
	public static final String AUTHENTICATED = "AUTHENTICATED";
	/** Create, disable, delete users and reset their passwords. */
	public static final String USER_MANAGE = "USER_MANAGE";
	/** Read the platform-level audit events (logins, user administration). */
	public static final String PLATFORM_AUDIT_READ = "PLATFORM_AUDIT_READ";
	/** See who belongs to a workspace. */
	public static final String MEMBER_READ = "MEMBER_READ";
	/** Add members, change their roles, remove them. */
	public static final String MEMBER_MANAGE = "MEMBER_MANAGE";
	/** Read a workspace's audit events. */
	public static final String AUDIT_READ = "AUDIT_READ";

	@Override
	public List<Permission> permissions() {
		return List.of(
				Permission.signedIn(AUTHENTICATED),
				Permission.platform(USER_MANAGE),
				Permission.platform(PLATFORM_AUDIT_READ),
				Permission.workspaceAdministration(MEMBER_READ, ADMIN, STEWARD, AUDITOR),
				Permission.workspaceAdministration(MEMBER_MANAGE, ADMIN),
				Permission.workspace(AUDIT_READ, ADMIN, AUDITOR));
	}
}
