package io.pursight.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.pursight.access.Permission;
import io.pursight.access.PublicEndpoint;
import io.pursight.access.Requires;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stops the start when an API operation's access is not declared properly: a handler under
 * {@code /api} with neither {@link Requires} nor {@link PublicEndpoint}, one that requires a
 * permission no module declares (a typo, or a module that forgot its {@link io.pursight.access.PermissionSet}),
 * or a workspace permission on a path without {@code {workspaceId}}. {@link PermissionCheck}
 * refuses such operations anyway; this makes the mistake visible before anyone calls them.
 */
@Component
class RequiresVerifier implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;
	private final PermissionCatalog catalog;

	RequiresVerifier(ObjectProvider<RequestMappingHandlerMapping> mappings, PermissionCatalog catalog) {
		this.mappings = mappings;
		this.catalog = catalog;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> mistakes = new ArrayList<>();
		mappings.orderedStream().forEach(mapping -> mistakes.addAll(mistakes(mapping.getHandlerMethods(), catalog)));
		if (!mistakes.isEmpty()) {
			throw new IllegalStateException("API operations with undeclared access (see io.pursight.access.Requires):\n  "
					+ String.join("\n  ", new TreeSet<>(mistakes)));
		}
	}

	/** What is wrong with the handlers' declarations, one line each; empty when nothing is. */
	static List<String> mistakes(Map<RequestMappingInfo, HandlerMethod> handlers, PermissionCatalog catalog) {
		List<String> mistakes = new ArrayList<>();
		handlers.forEach((info, method) -> {
			List<String> apiPatterns = info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).toList();
			if (apiPatterns.isEmpty() || method.hasMethodAnnotation(PublicEndpoint.class)) {
				return;
			}
			String handler = method.getBeanType().getName() + "#" + method.getMethod().getName() + " (" + info + ")";
			Requires requires = method.getMethodAnnotation(Requires.class);
			if (requires == null) {
				mistakes.add(handler + " has neither @Requires nor @PublicEndpoint");
				return;
			}
			Optional<Permission> permission = catalog.find(requires.value());
			if (permission.isEmpty()) {
				mistakes.add(handler + " requires '" + requires.value() + "', which no module declares: use a constant "
						+ "of the module's PermissionSet, or declare the permission there");
				return;
			}
			boolean unnamedWorkspace = apiPatterns.stream()
					.anyMatch(p -> !p.contains("{" + PermissionCheck.WORKSPACE_VARIABLE + "}"));
			if (permission.get().scope().inWorkspace() && unnamedWorkspace) {
				mistakes.add(handler + " requires the workspace permission " + requires.value() + " on a path without {"
						+ PermissionCheck.WORKSPACE_VARIABLE + "}");
			}
		});
		return mistakes;
	}
}
