package io.pursight.access.web;

import java.time.Instant;

import io.pursight.access.AccessPermissions;
import io.pursight.access.AuditEvent;
import io.pursight.access.AuditLog;
import io.pursight.access.AuditOutcome;
import io.pursight.access.Requires;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Who changed what, when, from where, with which outcome")
class AuditController {

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/audit-events")
	@Requires(AccessPermissions.AUDIT_READ)
	@Operation(summary = "Audit events of a workspace, newest first (ADMIN and AUDITOR)")
	PageResult<AuditEvent> workspaceEvents(@PathVariable WorkspaceId workspaceId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) AuditOutcome outcome,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return auditLog.workspaceEvents(workspaceId, new AuditLog.Filter(actor, outcome, from, to),
				new PageQuery(page, size));
	}

	@GetMapping("/api/v1/audit-events")
	@Requires(AccessPermissions.PLATFORM_AUDIT_READ)
	@Operation(summary = "Platform-level audit events (logins, user administration), newest first")
	PageResult<AuditEvent> platformEvents(@RequestParam(required = false) String actor,
			@RequestParam(required = false) AuditOutcome outcome, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return auditLog.platformEvents(new AuditLog.Filter(actor, outcome, from, to), new PageQuery(page, size));
	}
}
