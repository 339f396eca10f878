package io.pursight.access;

import java.time.Instant;

import io.pursight.common.UserId;

/** A member of a workspace as the API shows it. */
public record Member(UserId userId, String username, String displayName, Role role, Instant since) {
}
