package io.pursight.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an API operation needs. Every handler method must carry it (or
 * {@link PublicEndpoint}); a handler with neither is refused, so forgetting it fails closed.
 * Workspace permissions are checked against the caller's role in the {@code workspaceId} path variable.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {
	Permission value();
}
