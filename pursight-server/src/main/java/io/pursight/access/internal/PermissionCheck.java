package io.pursight.access.internal;

import java.util.Map;

import io.pursight.access.Actor;
import io.pursight.access.Permission;
import io.pursight.access.PublicEndpoint;
import io.pursight.access.Requires;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the permission every API operation declares, deny by default, through
 * {@link AccessControl}. An operation without a declaration, or naming an undeclared permission,
 * does not pass the start ({@link RequiresVerifier}); should one get this far it is refused.
 */
@Component
class PermissionCheck implements HandlerInterceptor {

	static final String WORKSPACE_VARIABLE = "workspaceId";
	private static final Logger log = LoggerFactory.getLogger(PermissionCheck.class);

	private final AccessControl access;
	private final PermissionCatalog catalog;

	PermissionCheck(AccessControl access, PermissionCatalog catalog) {
		this.access = access;
		this.catalog = catalog;
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
		Actor actor = access.actor();
		AuditTrail.recordActor(actor.id(), actor.username());
		Permission permission = catalog.find(requires.value()).orElse(null);
		if (permission == null) {
			log.error("Refusing {}: no module declares the permission {}", method.getShortLogMessage(), requires.value());
			throw Problem.forbidden("This operation is misconfigured and refused by default.");
		}
		access.check(actor, permission, permission.scope().inWorkspace() ? workspaceOf(request, method) : null);
		return true;
	}

	private static WorkspaceId workspaceOf(HttpServletRequest request, HandlerMethod method) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = variables == null ? null : variables.get(WORKSPACE_VARIABLE);
		if (value == null) {
			log.error("Refusing {}: a workspace permission on a path without {{}}", method.getShortLogMessage(), WORKSPACE_VARIABLE);
			throw Problem.forbidden("This operation is misconfigured and refused by default.");
		}
		try {
			return WorkspaceId.of(value);
		}
		catch (IllegalArgumentException e) {
			// no workspace can have such an id: the answer of any workspace the caller cannot see
			throw Problem.notFound(WorkspaceId.KIND, value);
		}
	}
}
