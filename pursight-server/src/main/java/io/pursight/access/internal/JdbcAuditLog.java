package io.pursight.access.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.pursight.access.AuditEvent;
import io.pursight.access.AuditLog;
import io.pursight.access.AuditOutcome;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import static io.pursight.common.Timestamps.utc;

/** Reads the audit trail that {@link AuditTrail} writes to {@code audit_events}. */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PageResult<AuditEvent> workspaceEvents(WorkspaceId workspace, Filter filter, PageQuery page) {
		return find(SqlFilter.where("workspace_id = ?", workspace.value()), filter, page);
	}

	@Override
	public PageResult<AuditEvent> platformEvents(Filter filter, PageQuery page) {
		return find(SqlFilter.where("workspace_id IS NULL"), filter, page);
	}

	private PageResult<AuditEvent> find(SqlFilter where, Filter filter, PageQuery page) {
		return where.and("actor_name = ?", filter.actor())
				.and("outcome = ?", filter.outcome() == null ? null : filter.outcome().name())
				.and("occurred_at >= ?", utc(filter.from()))
				.and("occurred_at < ?", utc(filter.to()))
				.page(jdbc, "audit_events", "occurred_at DESC, id", page,
						(rs, n) -> new AuditEvent(rs.getObject("id", UUID.class),
								rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
								rs.getObject("actor_id", UUID.class) == null ? null
										: new UserId(rs.getObject("actor_id", UUID.class)),
								rs.getString("actor_name"), rs.getString("action"), rs.getString("path"),
								rs.getString("client_address"), AuditOutcome.valueOf(rs.getString("outcome")),
								rs.getInt("status"), rs.getString("detail")));
	}
}
