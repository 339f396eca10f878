package io.pursight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pursight.common.ProblemKind;
import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What an operator and an API client rely on besides the API itself: probes, metrics, the
 * OpenAPI document and its UI, and the headers and error format of every response.
 */
class OperationsIntegrationTests extends ServerTestSupport {

	private static final List<String> MAIN_PATHS = List.of("/api/v1/workspaces/{workspaceId}/sources",
			"/api/v1/auth/login", "/api/v1/workspaces/{workspaceId}/assets", "/api/v1/workspaces");

	@Test
	void reportsLivenessAndReadinessToAnonymousProbes() {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
			Api.Response r = anonymous().get(probe);

			assertThat(r.status()).as(probe + ": " + r).isEqualTo(200);
			assertThat(r.json().get("status").asString()).isEqualTo("UP");
			assertThat(r.json().has("components")).as("health details are not shown: " + r).isFalse();
		}
	}

	@Test
	void servesPrometheusMetricsOnlyToPlatformAdministrators() {
		Api.Response anonymous = anonymous().get("/actuator/prometheus");
		assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
		assertThat(anonymous.json().get("type").asString()).isEqualTo(ProblemKind.UNAUTHENTICATED.type());
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

		Api.Response member = member(createWorkspace("ops"), "ADMIN").get("/actuator/prometheus");
		assertThat(member.status()).as(member.toString()).isEqualTo(403);
		assertThat(member.body()).doesNotContain("jvm_memory");

		admin.get("/api/v1/workspaces");
		Api.Response metrics = admin.get("/actuator/prometheus");
		assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
		assertThat(metrics.header("Content-Type")).startsWith("text/plain");
		assertThat(metrics.body())
				.containsPattern("(?m)^# TYPE jvm_memory_used_bytes gauge$")
				.containsPattern("(?m)^jvm_memory_used_bytes\\{.*area=\"heap\".*\\} [0-9.E+-]+$")
				.containsPattern("(?m)^# TYPE http_server_requests_seconds (histogram|summary)$")
				.containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/v1/workspaces\".*\\} [0-9.E+]+$")
				.doesNotContain(admin.token());
	}

	@Test
	void publishesAnOpenApi3DocumentOfTheMainOperations() {
		Api.Response r = anonymous().get("/v3/api-docs");

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.header("Content-Type")).startsWith("application/json");
		JsonNode doc = r.json();
		assertThat(doc.get("openapi").asString()).startsWith("3.");
		assertThat(doc.path("info").path("title").asString()).isNotBlank();
		JsonNode paths = doc.get("paths");
		assertThat(paths.propertyNames()).containsAll(MAIN_PATHS);
		assertThat(paths.get("/api/v1/workspaces/{workspaceId}/sources").propertyNames()).contains("get", "post");
		assertThat(paths.get("/api/v1/auth/login").propertyNames()).contains("post");
		assertThat(paths.get("/api/v1/workspaces/{workspaceId}/assets").propertyNames()).contains("get");
		JsonNode workspaceId = paths.get("/api/v1/workspaces/{workspaceId}/sources").get("post").get("parameters").get(0);
		assertThat(workspaceId.get("name").asString()).isEqualTo("workspaceId");
		assertThat(workspaceId.path("schema").path("format").asString()).isEqualTo("uuid");
	}

	@Test
	void declaresABearerSchemeOnProtectedOperationsAndNoneOnLogin() {
		JsonNode doc = anonymous().get("/v3/api-docs").json();

		JsonNode schemes = doc.path("components").path("securitySchemes");
		List<String> bearerSchemes = new ArrayList<>();
		schemes.properties().forEach(e -> {
			if (e.getValue().path("type").asString().equals("http")
					&& e.getValue().path("scheme").asString().equalsIgnoreCase("bearer")) {
				bearerSchemes.add(e.getKey());
			}
		});
		assertThat(bearerSchemes).as("an HTTP bearer security scheme in %s", schemes).isNotEmpty();

		for (String path : List.of("/api/v1/workspaces/{workspaceId}/sources", "/api/v1/workspaces/{workspaceId}/assets",
				"/api/v1/workspaces")) {
			for (String method : List.of("get", "post")) {
				JsonNode operation = doc.get("paths").get(path).get(method);
				if (operation != null) {
					assertThat(requiredSchemes(doc, operation)).as(method + " " + path).containsAnyElementsOf(bearerSchemes);
				}
			}
		}
		JsonNode login = doc.get("paths").get("/api/v1/auth/login").get("post");
		assertThat(requiredSchemes(doc, login)).as("login needs no token").isEmpty();
	}

	@Test
	void servesTheSwaggerUiWithoutLogin() {
		Api.Response entry = anonymous().get("/swagger-ui.html");
		assertThat(entry.status()).as(entry.toString()).isIn(200, 301, 302);
		String page = entry.status() == 200 ? "/swagger-ui.html"
				: URI.create(anonymous().base()).resolve(entry.header("Location")).getPath();

		Api.Response ui = anonymous().get(page);
		assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
		assertThat(ui.header("Content-Type")).startsWith("text/html");
		assertThat(ui.body()).containsIgnoringCase("swagger-ui");

		Api.Response index = anonymous().get("/swagger-ui/index.html");
		assertThat(index.status()).as(index.toString()).isEqualTo(200);
		Api.Response config = anonymous().get("/v3/api-docs/swagger-config");
		assertThat(config.status()).as(config.toString()).isEqualTo(200);
		assertThat(config.json().path("url").asString()).isEqualTo("/v3/api-docs");
	}

	@Test
	void marksEveryKindOfResponseNosniff() {
		String workspace = createWorkspace("ops");
		String huge = "{\"name\": \"" + "x".repeat(1100 * 1024) + "\"}";
		Map<String, Api.Response> responses = Map.ofEntries(
				Map.entry("200 api", admin.get("/api/v1/workspaces")),
				Map.entry("201 api", admin.post("/api/v1/workspaces/" + workspace + "/sources", Map.of("name", "nosniff",
						"engine", "POSTGRESQL", "host", "db.example.com", "database", "sales"))),
				Map.entry("400 problem", admin.get("/api/v1/workspaces?size=0")),
				Map.entry("401 problem", anonymous().get("/api/v1/workspaces")),
				Map.entry("401 bad token", anonymous().as("not-a-token").get("/api/v1/workspaces")),
				Map.entry("403 problem", member(workspace, "ANALYST").post("/api/v1/workspaces/" + workspace + "/sources",
						Map.of("name", "x", "engine", "H2"))),
				Map.entry("404 problem", admin.get("/api/v1/nope")),
				Map.entry("405 problem", admin.delete("/api/v1/workspaces")),
				Map.entry("413 problem", admin.send("POST", "/api/v1/workspaces", huge, Map.of())),
				Map.entry("health", anonymous().get("/actuator/health")),
				Map.entry("api docs", anonymous().get("/v3/api-docs")),
				Map.entry("metrics", admin.get("/actuator/prometheus")));

		responses.forEach((what, r) -> assertThat(r.header("X-Content-Type-Options")).as(what + ": " + r).isEqualTo("nosniff"));
		assertThat(responses.get("413 problem").status()).isEqualTo(413);
	}

	@Test
	void neverShowsTracesOrExceptionsInErrors() {
		String workspace = createWorkspace("ops");
		List<Api.Response> errors = List.of(
				admin.get("/api/v1/workspaces/not-a-uuid?trace=true"),
				admin.get("/api/v1/workspaces/" + workspace + "/sources/not-a-uuid?trace=true&message=true"),
				admin.send("POST", "/api/v1/workspaces", "{\"slug\": ", Map.of()),
				admin.send("POST", "/api/v1/workspaces/" + workspace + "/sources", "{\"engine\": 1}", Map.of()),
				admin.get("/api/v1/workspaces?page=-1&trace=true"),
				admin.get("/api/v1/nope?trace=true"),
				admin.delete("/api/v1/workspaces"),
				anonymous().get("/api/v1/workspaces?trace=true"),
				anonymous().as("eyJhbGciOiJIUzI1NiJ9.e30.bad").get("/api/v1/workspaces"),
				admin.get("/api/v1/workspaces/%2e%2e/sources"),
				admin.get("/api/v1//workspaces"),
				admin.get("/api/v1/workspaces/%00"),
				admin.get("/api/v1/workspaces/%2F"),
				admin.get("/api/v1/workspaces;jsessionid=x"));
		for (Api.Response r : errors) {
			assertThat(r.status()).as(r.toString()).isBetween(400, 499);
		}

		List<Api.Response> all = new ArrayList<>(errors);
		all.add(anonymous().get("/error"));
		all.add(admin.get("/error?trace=true&message=true"));
		for (Api.Response r : all) {
			assertThat(r.body()).as(r.toString()).doesNotContain("\"trace\"", "\"exception\"", "Exception", "\tat ",
					"java.", "org.springframework");
			if (!r.body().isEmpty() && r.header("Content-Type") != null && r.header("Content-Type").contains("json")) {
				JsonNode body = r.json();
				assertThat(body.has("trace")).as(r.toString()).isFalse();
				assertThat(body.has("exception")).as(r.toString()).isFalse();
				assertThat(body.has("message")).as(r.toString()).isFalse();
			}
		}
	}

	/** The security schemes an operation requires: its own list, else the document's; empty if it needs none. */
	private static List<String> requiredSchemes(JsonNode doc, JsonNode operation) {
		JsonNode requirements = operation.has("security") ? operation.get("security") : doc.path("security");
		List<String> schemes = new ArrayList<>();
		requirements.forEach(requirement -> schemes.addAll(requirement.propertyNames()));
		return schemes;
	}
}
