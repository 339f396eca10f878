package io.pursight.access;

import java.util.Collection;

/**
 * The permissions one module declares, with the built-in roles that hold each. Every module that
 * has operations registers one as a bean, next to the constants its {@link Requires} annotations
 * name; so a new module brings its permissions without editing this one. The application does
 * not start if two sets declare the same name, or if an operation requires a name none declares.
 */
public interface PermissionSet {

	/** The module's permissions; never null. */
	Collection<Permission> permissions();
}
