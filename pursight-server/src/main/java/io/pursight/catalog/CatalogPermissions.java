package io.pursight.catalog;

import java.util.List;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

import static io.pursight.access.Role.ADMIN;
import static io.pursight.access.Role.ANALYST;
import static io.pursight.access.Role.AUDITOR;
import static io.pursight.access.Role.STEWARD;

/** The permissions of the catalog, and the built-in roles that hold them. */
@Component
public final class CatalogPermissions implements PermissionSet {

	/** Browse and search a workspace's assets and what is known about them (labels, rules). */
	public static final String CATALOG_READ = "CATALOG_READ";

	@Override
	public List<Permission> permissions() {
		return List.of(Permission.workspace(CATALOG_READ, ADMIN, STEWARD, ANALYST, AUDITOR));
	}
}
