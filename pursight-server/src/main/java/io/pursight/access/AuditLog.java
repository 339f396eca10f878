package io.pursight.access;

import java.time.Instant;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;

/** Reads the audit trail of every write to the API, newest first. */
public interface AuditLog {

	/** The events of one workspace. */
	PageResult<AuditEvent> workspaceEvents(WorkspaceId workspace, Filter filter, PageQuery page);

	/** The events outside any workspace: logins, user administration, workspace creation. */
	PageResult<AuditEvent> platformEvents(Filter filter, PageQuery page);

	/**
	 * Which events to read; every criterion may be null (not filtered by it).
	 *
	 * @param actor the actor's name as recorded
	 * @param from  inclusive
	 * @param to    exclusive
	 */
	record Filter(String actor, AuditOutcome outcome, Instant from, Instant to) {
	}
}
