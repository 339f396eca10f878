package io.pursight.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorization that cannot go stale: every operation of the OpenAPI document is called
 * anonymously and as a member of another workspace, with the ids of real objects of a victim
 * workspace. New endpoints are covered the moment they are documented.
 */
class AuthorizationCoverageIntegrationTests extends ServerTestSupport {

	private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/login", "POST /api/v1/auth/refresh");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private Map<String, String> victim;
	private List<String> secrets;

	@BeforeEach
	void createVictimWorkspaceWithData() {
		String workspace = createWorkspace("victim");
		String sourceName = Databases.randomName("victim_source");
		Api.Response source = admin.post("/api/v1/workspaces/" + workspace + "/sources",
				Map.of("name", sourceName, "engine", "POSTGRESQL", "host", "127.0.0.1", "port", 5432,
						"database", "postgres", "username", "postgres", "password", "victim-secret"));
		assertThat(source.status()).isEqualTo(201);
		String adminId = userId(admin);
		victim = Map.of("workspaceId", workspace, "sourceId", source.id(), "userId", adminId,
				"assetId", java.util.UUID.randomUUID().toString());
		secrets = List.of(workspace, source.id(), sourceName, "victim-secret");
	}

	@Test
	void everyHandlerDeclaresItsPermission() {
		List<String> undeclared = new ArrayList<>();
		List<String> outsideTheApi = new ArrayList<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (!isApi(method)) {
				return;
			}
			if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/"))) {
				outsideTheApi.addAll(info.getPatternValues());
			}
			else if (!method.hasMethodAnnotation(Requires.class) && !method.hasMethodAnnotation(PublicEndpoint.class)) {
				undeclared.add(info + " -> " + method.getShortLogMessage());
			}
		});
		assertThat(undeclared).isEmpty();
		assertThat(outsideTheApi).as("only the error page lives outside /api, where permissions are checked")
				.containsExactly("/error");
	}

	@Test
	void noOperationAnswersAnonymousCallers() {
		for (Operation op : operations()) {
			Api.Response r = anonymous().send(op.method(), op.path(victim), op.body(), Map.of());
			if (PUBLIC.contains(op.key())) {
				assertThat(r.status()).as(op.key()).isBetween(400, 401);
			}
			else {
				assertThat(r.status()).as(op.key() + " anonymously: " + r).isEqualTo(401);
			}
			assertNoVictimData(op, r);
		}
	}

	@Test
	void noOperationRevealsAnotherWorkspaceToItsOutsiders() {
		String own = createWorkspace("outsider");
		Api outsider = member(own, "ADMIN");
		int covered = 0;
		for (Operation op : operations()) {
			if (PUBLIC.contains(op.key())) {
				continue;
			}
			Api.Response r = outsider.send(op.method(), op.path(victim), op.body(), Map.of());
			if (op.path.contains("{workspaceId}")) {
				assertThat(r.status()).as(op.key() + " as outsider: " + r).isEqualTo(404);
				covered++;
			}
			else {
				assertThat(r.status()).as(op.key() + " as outsider: " + r).isNotIn(201, 204);
			}
			assertNoVictimData(op, r);
		}
		assertThat(covered).as("workspace operations covered").isGreaterThan(10);
	}

	/** Names, secrets and ids of the victim must not appear, except an id the caller sent in the path itself. */
	private void assertNoVictimData(Operation op, Api.Response r) {
		String requested = op.path(victim);
		for (String secret : secrets) {
			if (requested.contains(secret)) {
				continue;
			}
			assertThat(r.body()).as(op.key() + " leaks " + secret).doesNotContain(secret);
		}
	}

	private List<Operation> operations() {
		JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
		List<Operation> operations = new ArrayList<>();
		for (var path : paths.properties()) {
			for (var method : path.getValue().properties()) {
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey()));
			}
		}
		assertThat(operations).hasSizeGreaterThan(20);
		return operations;
	}

	private static boolean isApi(HandlerMethod method) {
		return method.getBeanType().getPackageName().startsWith("io.pursight");
	}

	private record Operation(String method, String path) {

		String key() {
			return method + " " + path;
		}

		String path(Map<String, String> ids) {
			String resolved = path;
			for (var id : ids.entrySet()) {
				resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
			}
			return resolved.replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
		}

		Object body() {
			return Set.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
		}
	}
}
