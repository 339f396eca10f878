package io.pursight.access.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pursight.access.Permission;
import io.pursight.access.PermissionSet;
import org.springframework.stereotype.Component;

/**
 * Every permission the modules declare, by name, gathered once at start from their
 * {@link PermissionSet}s. Two declarations of one name stop the start: an operation's
 * {@code @Requires} must mean one thing. Immutable once built.
 */
@Component
class PermissionCatalog {

	private final Map<String, Permission> byName;

	PermissionCatalog(List<PermissionSet> sets) {
		Map<String, Permission> permissions = new LinkedHashMap<>();
		Map<String, String> declaredBy = new LinkedHashMap<>();
		for (PermissionSet set : sets) {
			String module = set.getClass().getName();
			for (Permission permission : set.permissions()) {
				String earlier = declaredBy.putIfAbsent(permission.name(), module);
				if (earlier != null) {
					throw new IllegalStateException("The permission " + permission.name() + " is declared twice, by "
							+ earlier + " and by " + module + ": give one of them another name.");
				}
				permissions.put(permission.name(), permission);
			}
		}
		this.byName = Map.copyOf(permissions);
	}

	/** The permission declared with this name. */
	Optional<Permission> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** The permission declared with this name; an undeclared name is a programming error. */
	Permission get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("No module declares the permission '" + name
				+ "': declare it in the module's PermissionSet."));
	}

	Collection<Permission> all() {
		return byName.values();
	}
}
