package io.pursight.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
		StringBuilder where = new StringBuilder(workspace == null ? "workspace_id IS NULL" : "workspace_id = ?");
		List<Object> params = new ArrayList<>();
		if (workspace != null) {
			params.add(workspace.value());
		}
		if (actor != null) {
			where.append(" AND actor_name = ?");
			params.add(actor);
		}
		if (outcome != null) {
			where.append(" AND outcome = ?");
			params.add(outcome);
		}
		if (from != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Users.utc(from));
		}
		if (to != null) {
			where.append(" AND occurred_at < ?");
			params.add(Users.utc(to));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE " + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AuditEvent> items = jdbc.sql("SELECT * FROM audit_events WHERE " + where
				+ " ORDER BY occurred_at DESC, id LIMIT ? OFFSET ?")
				.params(pageParams)
				.query((rs, n) -> new AuditEvent(rs.getObject("id", UUID.class),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						rs.getObject("actor_id", UUID.class) == null ? null : new UserId(rs.getObject("actor_id", UUID.class)),
						rs.getString("actor_name"), rs.getString("action"), rs.getString("path"),
						rs.getString("client_address"), rs.getString("outcome"), rs.getInt("status")))
				.list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}

	/** One recorded write. {@code outcome} is SUCCESS, DENIED (401/403) or FAILURE. */
	public record AuditEvent(UUID id, Instant occurredAt, UserId actorId, String actorName, String action, String path,
			String clientAddress, String outcome, int status) {
	}
}
