package io.pursight.access.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.pursight.access.AccessPermissions;
import io.pursight.access.Permission;
import io.pursight.access.PublicEndpoint;
import io.pursight.access.Requires;
import io.pursight.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** An operation whose access is not declared properly stops the start, before anyone can call it. */
class RequiresVerifierTests {

	private static final String WS = "/api/v1/workspaces/{workspaceId}";

	private final PermissionCatalog catalog = new PermissionCatalog(List.of(new AccessPermissions(),
			() -> List.of(Permission.workspace("SOURCE_WRITE", Role.ADMIN, Role.STEWARD))));

	@Test
	void aTypoInTheRequiredPermissionIsAMistake() {
		List<String> mistakes = RequiresVerifier.mistakes(handler(WS + "/sources", "typo"), catalog);

		assertThat(mistakes).singleElement().asString()
				.contains(Handlers.class.getName() + "#typo")
				.contains("requires 'SOURCE_WIRTE', which no module declares");
	}

	@Test
	void anOperationWithoutADeclarationIsAMistake() {
		assertThat(RequiresVerifier.mistakes(handler(WS + "/sources", "undeclared"), catalog)).singleElement()
				.asString().contains("has neither @Requires nor @PublicEndpoint");
	}

	@Test
	void aWorkspacePermissionOnAPathWithoutAWorkspaceIsAMistake() {
		// checked against which workspace? none: it would be refused for everyone, or worse, guessed
		assertThat(RequiresVerifier.mistakes(handler("/api/v1/sources", "writesSources"), catalog)).singleElement()
				.asString().contains("on a path without {workspaceId}");
	}

	@Test
	void declaredOperationsPublicOnesAndPagesOutsideTheApiPass() {
		Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
		handlers.putAll(handler(WS + "/sources", "writesSources"));
		handlers.putAll(handler("/api/v1/users/me", "signedIn"));
		handlers.putAll(handler("/api/v1/auth/login", "login"));
		handlers.putAll(handler("/error", "undeclared"));

		assertThat(RequiresVerifier.mistakes(handlers, catalog)).isEmpty();
	}

	@Test
	void theApplicationDoesNotStartWithAnOperationRequiringAnUndeclaredPermission() {
		new WebApplicationContextRunner()
				.withInitializer(context -> context.getEnvironment().setActiveProfiles(TypoController.PROFILE))
				.withUserConfiguration(Mvc.class, TypoController.class)
				.withBean(AccessPermissions.class)
				.withBean(PermissionCatalog.class)
				.withBean(RequiresVerifier.class)
				.run(context -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
							.hasMessageContaining("API operations with undeclared access")
							.hasMessageContaining(TypoController.class.getName() + "#read")
							.hasMessageContaining("'CATALOG_RAED', which no module declares");
				});
	}

	@Test
	void theApplicationStartsWhenEveryOperationRequiresADeclaredPermission() {
		new WebApplicationContextRunner()
				.withUserConfiguration(Mvc.class)
				.withBean(AccessPermissions.class)
				.withBean(PermissionCatalog.class)
				.withBean(RequiresVerifier.class)
				.run(context -> assertThat(context).hasNotFailed());
	}

	private static Map<RequestMappingInfo, HandlerMethod> handler(String path, String method) {
		return Map.of(RequestMappingInfo.paths(path).build(),
				new HandlerMethod(new Handlers(), ReflectionUtils.findMethod(Handlers.class, method)));
	}

	static class Handlers {

		@Requires("SOURCE_WIRTE")
		void typo() {
		}

		void undeclared() {
		}

		@Requires("SOURCE_WRITE")
		void writesSources() {
		}

		@Requires(AccessPermissions.AUTHENTICATED)
		void signedIn() {
		}

		@PublicEndpoint
		void login() {
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class Mvc {
	}

	/** Only in its own profile: the application's component scan must not find it. */
	@RestController
	@Profile(TypoController.PROFILE)
	static class TypoController {

		static final String PROFILE = "requires-verifier-tests";

		@GetMapping("/api/v1/workspaces/{workspaceId}/typo")
		@Requires("CATALOG_RAED")
		String read() {
			return "";
		}
	}
}
