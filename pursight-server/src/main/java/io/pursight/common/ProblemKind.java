package io.pursight.common;

/** The stable problem types of the API (RFC 9457 {@code type} = {@code urn:pursight:problem:<slug>}). */
public enum ProblemKind {
	INVALID_REQUEST(400, "invalid-request", "Invalid request"),
	UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
	FORBIDDEN(403, "forbidden", "Not permitted"),
	NOT_FOUND(404, "not-found", "Not found"),
	METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
	NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
	CONFLICT(409, "conflict", "Conflict"),
	VERSION_CONFLICT(409, "version-conflict", "Modified by someone else"),
	PRECONDITION_REQUIRED(428, "precondition-required", "Version required"),
	PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
	UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
	SOURCE_UNREACHABLE(422, "source-unreachable", "Data source unreachable"),
	TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
	INTERNAL(500, "internal", "Internal error");

	private final int status;
	private final String slug;
	private final String title;

	ProblemKind(int status, String slug, String title) {
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	/**
	 * The kind for an HTTP error status that arose outside the application (the servlet
	 * container, a filter): the kind with that status, else a generic one of its class.
	 */
	public static ProblemKind forStatus(int status) {
		for (ProblemKind kind : values()) {
			if (kind.status == status && kind != VERSION_CONFLICT && kind != SOURCE_UNREACHABLE) {
				return kind;
			}
		}
		return status >= 500 ? INTERNAL : INVALID_REQUEST;
	}

	public int status() {
		return status;
	}

	public String type() {
		return "urn:pursight:problem:" + slug;
	}

	public String title() {
		return title;
	}
}
