package io.pursight.access;

import java.time.Instant;

import io.pursight.common.UserId;

/** A local user as the API shows it: never the password hash. */
public record UserView(UserId id, String username, String displayName, String email, boolean platformAdmin,
		boolean enabled, long version, Instant createdAt) {
}
