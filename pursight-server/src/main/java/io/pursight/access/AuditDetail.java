package io.pursight.access;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Lets the module that handled a write tell the audit trail what it changed (field names, and old
 * → new for values that are not secret); the trail stores it with the request's audit event. Never
 * pass a secret or a value that could hold one. Outside a web request (scheduled jobs, start-up)
 * there is no audit event and the detail is dropped.
 */
public final class AuditDetail {

	/** The request attribute the audit trail reads. */
	public static final String ATTRIBUTE = AuditDetail.class.getName();

	private AuditDetail() {
	}

	/** Adds {@code detail} to the current request's audit event; several calls are joined with "; ". */
	public static void record(String detail) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null || detail == null || detail.isBlank()) {
			return;
		}
		Object earlier = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		request.setAttribute(ATTRIBUTE, earlier == null ? detail : earlier + "; " + detail,
				RequestAttributes.SCOPE_REQUEST);
	}
}
