package io.pursight.datasource;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.ANALYST;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;

/** The permissions of data sources, and the built-in roles that hold them. */
@Component
public final class DataSourcePermissions implements PermissionSet {

	/** See a workspace's sources, their state and health; never their secrets. */
	public static final String SOURCE_READ = "SOURCE_READ";
	/** Register, change, test, discover and remove sources. */
	public static final String SOURCE_WRITE = "SOURCE_WRITE";

	@Override
	public List<Permission> permissions() {
		return List.of(
				Permission.workspace(SOURCE_READ, ADMIN, STEWARD, ANALYST, AUDITOR),
				Permission.workspace(SOURCE_WRITE, ADMIN, STEWARD));
	}
}
