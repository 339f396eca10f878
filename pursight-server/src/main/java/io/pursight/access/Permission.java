package io.pursight.access;

/**
 * What an endpoint requires. Platform permissions belong to platform administrators; the
 * others are granted by a member's role in the workspace named by the request path.
 */
public enum Permission {
	/** Any signed-in user; the endpoint scopes its answer to the caller. */
	AUTHENTICATED(Scope.PLATFORM),
	WORKSPACE_CREATE(Scope.PLATFORM),
	USER_MANAGE(Scope.PLATFORM),
	PLATFORM_AUDIT_READ(Scope.PLATFORM),

	WORKSPACE_READ(Scope.WORKSPACE),
	WORKSPACE_MANAGE(Scope.WORKSPACE),
	MEMBER_READ(Scope.WORKSPACE),
	MEMBER_MANAGE(Scope.WORKSPACE),
	SOURCE_READ(Scope.WORKSPACE),
	SOURCE_WRITE(Scope.WORKSPACE),
	CATALOG_READ(Scope.WORKSPACE),
	AUDIT_READ(Scope.WORKSPACE),
	/** Approve and reject suggested classifications. */
	CLASSIFICATION_REVIEW(Scope.WORKSPACE),
	/** Run classification, change its settings, custom rules and learned weights. */
	CLASSIFICATION_MANAGE(Scope.WORKSPACE);

	public enum Scope { PLATFORM, WORKSPACE }

	private final Scope scope;

	Permission(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return scope;
	}

	/**
	 * Workspace administration a platform administrator may do in any workspace, member or not
	 * (so a workspace whose last admin left can be recovered). It never includes the data.
	 */
	public boolean isWorkspaceAdministration() {
		return this == WORKSPACE_READ || this == WORKSPACE_MANAGE || this == MEMBER_READ || this == MEMBER_MANAGE;
	}
}
