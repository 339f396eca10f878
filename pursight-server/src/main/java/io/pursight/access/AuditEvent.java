package io.pursight.access;

import java.time.Instant;
import java.util.UUID;

import io.pursight.common.UserId;

/**
 * One recorded write. {@code detail} says what it changed, when the module that handled it told
 * ({@link AuditDetail}; null otherwise), and never holds a secret.
 */
public record AuditEvent(UUID id, Instant occurredAt, UserId actorId, String actorName, String action, String path,
		String clientAddress, AuditOutcome outcome, int status, String detail) {
}
