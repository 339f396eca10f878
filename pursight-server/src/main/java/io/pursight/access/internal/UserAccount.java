package io.pursight.access.internal;

import java.time.Instant;

import io.pursight.common.UserId;

/** A local user. The password hash never leaves this package. */
record UserAccount(UserId id, String username, String displayName, String email, String passwordHash,
		boolean platformAdmin, boolean enabled, long version, Instant createdAt, Instant updatedAt) {
}
