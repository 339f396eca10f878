package io.pursight.access;

import java.util.EnumSet;
import java.util.Set;

import static io.pursight.access.Permission.*;

/** A member's role in one workspace, and the permissions it grants there. */
public enum Role {
	ADMIN(EnumSet.of(WORKSPACE_READ, WORKSPACE_MANAGE, MEMBER_READ, MEMBER_MANAGE, SOURCE_READ, SOURCE_WRITE,
			CATALOG_READ, AUDIT_READ, CLASSIFICATION_REVIEW, CLASSIFICATION_MANAGE)),
	STEWARD(EnumSet.of(WORKSPACE_READ, MEMBER_READ, SOURCE_READ, SOURCE_WRITE, CATALOG_READ, CLASSIFICATION_REVIEW,
			CLASSIFICATION_MANAGE)),
	/** Read-only consumer of the catalog. */
	ANALYST(EnumSet.of(WORKSPACE_READ, SOURCE_READ, CATALOG_READ)),
	/** Reads everything, including the audit log, changes nothing. */
	AUDITOR(EnumSet.of(WORKSPACE_READ, MEMBER_READ, SOURCE_READ, CATALOG_READ, AUDIT_READ));

	private final Set<Permission> permissions;

	Role(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public boolean grants(Permission permission) {
		return permissions.contains(permission);
	}

	public Set<Permission> permissions() {
		return Set.copyOf(permissions);
	}
}
