package io.pursight.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission an operation can require, as the module that owns it declares it (in its
 * {@link PermissionSet}): a name unique in the application, where it applies, and which built-in
 * roles hold it. Operations name it by its name in {@link Requires}.
 *
 * @param name      upper-case letters, digits and underscores, starting with a letter; never null
 * @param scope     who can hold it; never null
 * @param grantedTo the workspace roles that hold it (empty for platform and signed-in permissions); never null
 */
public record Permission(String name, Scope scope, Set<Role> grantedTo) {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,62}");

	/** Where a permission applies, and so how a caller comes to hold it. */
	public enum Scope {
		/** Any signed-in user; the operation scopes its answer to the caller. */
		SIGNED_IN,
		/** Platform administrators only. */
		PLATFORM,
		/** Members of the workspace named by the path whose role holds it. */
		WORKSPACE,
		/**
		 * Like {@link #WORKSPACE}, and a platform administrator in any workspace, member or not, so
		 * that a workspace whose last ADMIN left can be recovered. Never for a workspace's data.
		 */
		WORKSPACE_ADMINISTRATION;

		/** Whether a caller holds it only in a workspace (the operation's path names one). */
		public boolean inWorkspace() {
			return this == WORKSPACE || this == WORKSPACE_ADMINISTRATION;
		}
	}

	public Permission {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(scope, "scope");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Permission name '" + name + "' must be 1-63 upper-case letters, digits "
					+ "or underscores, starting with a letter (like SOURCE_READ)");
		}
		grantedTo = grantedTo.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(grantedTo));
		if (!scope.inWorkspace() && !grantedTo.isEmpty()) {
			throw new IllegalArgumentException("Permission " + name + " is a " + scope + " permission: workspace roles "
					+ "cannot hold it, so it must not name any (it names " + grantedTo + ")");
		}
	}

	/** A permission any signed-in user holds. */
	public static Permission signedIn(String name) {
		return new Permission(name, Scope.SIGNED_IN, Set.of());
	}

	/** A permission only platform administrators hold. */
	public static Permission platform(String name) {
		return new Permission(name, Scope.PLATFORM, Set.of());
	}

	/** A permission the members of a workspace hold through one of these roles. */
	public static Permission workspace(String name, Role... grantedTo) {
		return new Permission(name, Scope.WORKSPACE, Set.copyOf(List.of(grantedTo)));
	}

	/** Administration of a workspace: held through these roles, and by platform administrators in any workspace. */
	public static Permission workspaceAdministration(String name, Role... grantedTo) {
		return new Permission(name, Scope.WORKSPACE_ADMINISTRATION, Set.copyOf(List.of(grantedTo)));
	}

	/** Whether a member with this role holds the permission in the workspace. */
	public boolean isGrantedTo(Role role) {
		return grantedTo.contains(role);
	}

	@Override
	public String toString() {
		return name;
	}
}
