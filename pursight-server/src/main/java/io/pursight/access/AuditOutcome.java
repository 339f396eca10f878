package io.pursight.access;

/** How a recorded write ended. */
public enum AuditOutcome {
	/** Any status below 400. */
	SUCCESS,
	/** 401 or 403: refused by access control. */
	DENIED,
	/** Any other error. */
	FAILURE;

	/** The outcome of a response status. */
	public static AuditOutcome of(int status) {
		if (status < 400) {
			return SUCCESS;
		}
		return status == 401 || status == 403 ? DENIED : FAILURE;
	}
}
