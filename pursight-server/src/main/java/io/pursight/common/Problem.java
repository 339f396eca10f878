package io.pursight.common;

import java.time.Duration;
import java.util.Map;

/**
 * A failure the client can act on, rendered as an RFC 9457 problem detail. The detail must
 * say what to do; it never carries secrets or stack traces.
 */
public class Problem extends RuntimeException {

	/** The property of a {@link ProblemKind#TOO_MANY_REQUESTS} problem that becomes its {@code Retry-After} header. */
	public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

	private final ProblemKind kind;
	private final Map<String, Object> properties;

	public Problem(ProblemKind kind, String detail) {
		this(kind, detail, Map.of());
	}

	public Problem(ProblemKind kind, String detail, Map<String, Object> properties) {
		super(detail, null, false, false);
		this.kind = kind;
		this.properties = Map.copyOf(properties);
	}

	public ProblemKind kind() {
		return kind;
	}

	/** Extra members of the problem document (for example {@code errorCode}). */
	public Map<String, Object> properties() {
		return properties;
	}

	public static Problem invalid(String detail) {
		return new Problem(ProblemKind.INVALID_REQUEST, detail);
	}

	/** Nothing that {@code id} names exists where the caller may see it (404); never returns null. */
	public static Problem notFound(Identifier id) {
		return notFound(id.kind(), id);
	}

	/**
	 * No thing of {@code kind} exists that is known by {@code id}, the id of another thing: a
	 * member by its user's id, the samples of a label by the label's id.
	 */
	public static Problem notFound(Identifier.Kind kind, Identifier id) {
		return notFound(kind, id.value().toString());
	}

	/** No thing of {@code kind} has the id as the client wrote it, which does not even parse. */
	public static Problem notFound(Identifier.Kind kind, String id) {
		// outsiders of a workspace get the workspace's answer too, so that they learn nothing of it
		String scope = switch (kind.scope()) {
			case IN_WORKSPACE -> " in this workspace";
			case TENANT -> " that you are a member of";
			case PLATFORM -> "";
		};
		return new Problem(ProblemKind.NOT_FOUND, "No " + kind.noun() + " with id " + id + " exists" + scope + ".");
	}

	public static Problem conflict(String detail) {
		return new Problem(ProblemKind.CONFLICT, detail);
	}

	public static Problem forbidden(String detail) {
		return new Problem(ProblemKind.FORBIDDEN, detail);
	}

	/** Refused for now; the response carries {@code Retry-After} in whole seconds. */
	public static Problem tooManyRequests(String detail, Duration retryAfter) {
		return new Problem(ProblemKind.TOO_MANY_REQUESTS, detail, Map.of(RETRY_AFTER_SECONDS, retryAfter.toSeconds()));
	}

	public static Problem versionConflict(String what, long expected, long actual) {
		return new Problem(ProblemKind.VERSION_CONFLICT,
				"The " + what + " was changed by someone else (your version " + expected + ", current " + actual
						+ "). Reload it and apply your change again.",
				Map.of("currentVersion", actual));
	}
}
