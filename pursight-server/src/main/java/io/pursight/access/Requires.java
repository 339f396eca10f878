package io.pursight.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an API operation needs, by name: the constant of the module that declares it,
 * like {@code @Requires(DataSourcePermissions.SOURCE_WRITE)}. Every handler method must carry it
 * (or {@link PublicEndpoint}); a handler with neither, or naming a permission that no
 * {@link PermissionSet} declares, stops the application start, and is refused if it got that far.
 * Workspace permissions are checked against the caller's role in the {@code workspaceId} path variable.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

	/** The name of a declared {@link Permission}. */
	String value();
}
