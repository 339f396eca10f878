package io.pursight.access.internal;

import java.util.Map;
import java.util.UUID;

import io.pursight.access.Actor;
import io.pursight.access.Permission;
import io.pursight.access.PublicEndpoint;
import io.pursight.access.Requires;
import io.pursight.access.Role;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the permission every API operation declares, deny by default. The caller's account
 * and role are read fresh from the store on each request, so disabling a user or changing a
 * role takes effect at once. Outsiders of a workspace get 404 (its existence is not revealed);
 * members whose role lacks the permission get 403.
 */
@Component
class PermissionCheck implements HandlerInterceptor {

	static final String WORKSPACE_VARIABLE = "workspaceId";
	private static final Logger log = LoggerFactory.getLogger(PermissionCheck.class);

	private final JdbcClient jdbc;

	PermissionCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		if (method.hasMethodAnnotation(PublicEndpoint.class)) {
			return true;
		}
		Requires requires = method.getMethodAnnotation(Requires.class);
		if (requires == null) {
			log.error("Refusing {}: the operation declares no @Requires permission", method.getShortLogMessage());
			throw Problem.forbidden("This operation declares no permission and is refused by default.");
		}
		Actor actor = Actor.current()
				.orElseThrow(() -> new Problem(ProblemKind.UNAUTHENTICATED, "Log in to use this operation."));
		AuditTrail.recordActor(request, actor.id(), actor.username());
		Permission permission = requires.value();
		if (permission.scope() == Permission.Scope.PLATFORM) {
			Standing standing = standing(actor, null);
			if (permission != Permission.AUTHENTICATED && !standing.platformAdmin()) {
				throw Problem.forbidden("Only platform administrators may do this.");
			}
			return true;
		}
		UUID workspace = workspaceOf(request, method);
		Standing standing = standing(actor, workspace);
		if (standing.role() != null && standing.role().grants(permission)) {
			return true;
		}
		if (standing.platformAdmin() && permission.isWorkspaceAdministration()) {
			return true;
		}
		if (standing.role() != null) {
			throw Problem.forbidden("Your role " + standing.role() + " in this workspace does not include " + permission + ".");
		}
		throw Problem.notFound("workspace", workspace);
	}

	private UUID workspaceOf(HttpServletRequest request, HandlerMethod method) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = variables == null ? null : variables.get(WORKSPACE_VARIABLE);
		if (value == null) {
			log.error("Refusing {}: a workspace permission on a path without {{}}", method.getShortLogMessage(), WORKSPACE_VARIABLE);
			throw Problem.forbidden("This operation is misconfigured and refused by default.");
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw Problem.notFound("workspace", value);
		}
	}

	/** The account's current flags and, if a workspace is given, its role there; one query. */
	private Standing standing(Actor actor, UUID workspace) {
		Standing standing = jdbc.sql("""
				SELECT u.enabled, u.platform_admin, m.role
				FROM users u LEFT JOIN workspace_members m ON m.user_id = u.id AND m.workspace_id = ?
				WHERE u.id = ?""")
				.params(workspace, actor.id().value())
				.query((rs, n) -> new Standing(rs.getBoolean(1), rs.getBoolean(2),
						rs.getString(3) == null ? null : Role.valueOf(rs.getString(3))))
				.optional().orElse(null);
		if (standing == null || !standing.enabled()) {
			throw new Problem(ProblemKind.UNAUTHENTICATED, "This account is disabled or no longer exists.");
		}
		return standing;
	}

	private record Standing(boolean enabled, boolean platformAdmin, Role role) {
	}
}
