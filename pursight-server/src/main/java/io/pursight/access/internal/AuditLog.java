package io.pursight.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static io.pursight.common.Timestamps.utc;

/** Reads the audit trail, newest first. */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param workspace the workspace whose events to read; null for platform-level events
	 *                  (logins, user administration)
	 */
	public PageResult<AuditEvent> find(WorkspaceId workspace, String actor, String outcome, Instant from, Instant to,
			PageQuery page) {
		SqlFilter filter = workspace == null ? SqlFilter.where("workspace_id IS NULL")
				: SqlFilter.where("workspace_id = ?", workspace.value());
		return filter.and("actor_name = ?", actor)
				.and("outcome = ?", outcome)
				.and("occurred_at >= ?", utc(from))
				.and("occurred_at < ?", utc(to))
				.page(jdbc, "audit_events", "occurred_at DESC, id", page,
						(rs, n) -> new AuditEvent(rs.getObject("id", UUID.class),
								rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
								rs.getObject("actor_id", UUID.class) == null ? null
										: new UserId(rs.getObject("actor_id", UUID.class)),
								rs.getString("actor_name"), rs.getString("action"), rs.getString("path"),
								rs.getString("client_address"), rs.getString("outcome"), rs.getInt("status"),
								rs.getString("detail")));
	}

	/**
	 * One recorded write. {@code outcome} is SUCCESS, DENIED (401/403) or FAILURE; {@code detail} says
	 * what it changed, when the module that handled it told (null otherwise), and never holds a secret.
	 */
	public record AuditEvent(UUID id, Instant occurredAt, UserId actorId, String actorName, String action, String path,
			String clientAddress, String outcome, int status, String detail) {
	}
}
