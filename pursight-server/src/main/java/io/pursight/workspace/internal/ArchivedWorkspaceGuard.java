package io.pursight.workspace.internal;

import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.workspace.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps archived workspaces read-only: any write below an archived workspace, other than
 * restoring it, is refused with 409. Runs after the permission check, so outsiders still
 * get 404 and learn nothing about the state.
 */
@Configuration(proxyBeanMethods = false)
class ArchivedWorkspaceGuard implements HandlerInterceptor, WebMvcConfigurer {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
	/** The one write allowed on an archived workspace; not any path ending in /restore (a source's is a write). */
	private static final String RESTORE = "/api/v1/workspaces/{workspaceId}/restore";

	private final Workspaces workspaces;

	ArchivedWorkspaceGuard(Workspaces workspaces) {
		this.workspaces = workspaces;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/workspaces/*/**").order(10);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (READS.contains(request.getMethod())
				|| RESTORE.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String id = variables == null ? null : variables.get("workspaceId");
		if (id == null) {
			return true;
		}
		workspaces.find(WorkspaceId.of(id)).filter(w -> w.isArchived()).ifPresent(w -> {
			throw Problem.conflict("The workspace '" + w.name() + "' is archived and read-only: restore it first.");
		});
		return true;
	}
}
