package io.pursight.access.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pursight.access.AuditDetail;
import io.pursight.access.AuditOutcome;
import io.pursight.common.UserId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import static io.pursight.common.Timestamps.utc;

/**
 * Records every write to the API (who, what, when, from where, outcome) after the response is
 * decided, including refused and failed ones. It sits in front of the security filters so that
 * anonymous attempts are recorded too, and writes in its own transaction so a rolled-back
 * change still leaves its trace. Request bodies are never recorded: they may hold secrets; what a
 * write changed is recorded only as the handling module words it ({@link AuditDetail}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditTrail extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
	private static final Pattern WORKSPACE_PATH = Pattern.compile("^/api/v1/workspaces/([0-9a-fA-F-]{36})(/.*)?$");
	private static final String ACTOR_ID = AuditTrail.class.getName() + ".actorId";
	private static final String ACTOR_NAME = AuditTrail.class.getName() + ".actorName";

	private final JdbcClient jdbc;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Tells the trail who acts in the current request; called once the caller is known (token
	 * checked, or login attempted). Outside a request it does nothing.
	 *
	 * @param id null for a login attempt, whose name may be no account's
	 */
	static void recordActor(UserId id, String name) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ACTOR_ID, id == null ? null : id.value(), RequestAttributes.SCOPE_REQUEST);
			request.setAttribute(ACTOR_NAME, name, RequestAttributes.SCOPE_REQUEST);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean completed = false;
		try {
			chain.doFilter(request, response);
			completed = true;
		}
		finally {
			record(request, completed ? response.getStatus() : 500);
		}
	}

	private void record(HttpServletRequest request, int status) {
		try {
			String path = truncate(request.getRequestURI(), 1000);
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			String action = request.getMethod() + " " + (pattern != null ? pattern : path);
			jdbc.sql("""
					INSERT INTO audit_events (id, workspace_id, occurred_at, actor_id, actor_name, action, method, path,
					                          client_address, outcome, status, detail)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), workspaceOf(path), utc(Instant.now()), request.getAttribute(ACTOR_ID),
							truncate((String) request.getAttribute(ACTOR_NAME), 100), truncate(action, 300),
							request.getMethod(), path, truncate(request.getRemoteAddr(), 64), AuditOutcome.of(status).name(), status,
							truncate((String) request.getAttribute(AuditDetail.ATTRIBUTE), 2000))
					.update();
		}
		catch (RuntimeException e) {
			log.error("Could not record audit event for {} {}", request.getMethod(), request.getRequestURI(), e);
		}
	}

	private static UUID workspaceOf(String path) {
		Matcher m = WORKSPACE_PATH.matcher(path);
		if (!m.matches()) {
			return null;
		}
		try {
			return UUID.fromString(m.group(1));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
