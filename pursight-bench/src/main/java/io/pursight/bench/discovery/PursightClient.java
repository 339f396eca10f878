package io.pursight.bench.discovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Just the PurSight REST calls the benchmark makes, over {@link HttpClient}, as any API client would. */
final class PursightClient {

	/** What one discovery reported, as the server measured it. */
	record Discovery(long wallMillis, int statementsSent, long readMillis, long writeMillis, long totalMillis, int schemas,
			int tables, int views, int columns, int created, int updated, int deleted, int unchanged) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final String baseUrl;
	private String accessToken;

	PursightClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	void login(String username, String password) throws IOException, InterruptedException {
		JsonNode tokens = send("POST", "/api/v1/auth/login", Map.of("username", username, "password", password), 200);
		accessToken = tokens.required("accessToken").asString();
	}

	String workspaceId(String slug) throws IOException, InterruptedException {
		for (JsonNode workspace : send("GET", "/api/v1/workspaces", null, 200).required("items")) {
			if (workspace.path("slug").asString().equals(slug)) {
				return workspace.required("id").asString();
			}
		}
		throw new IllegalStateException("The server has no workspace '" + slug + "'");
	}

	String registerPostgres(String workspace, String name, String host, int port, String database, String user,
			String password) throws IOException, InterruptedException {
		var source = Map.<String, Object>of("name", name, "engine", "POSTGRESQL", "host", host, "port", port, "database",
				database, "username", user, "password", password);
		return send("POST", "/api/v1/workspaces/" + workspace + "/sources", source, 201).required("id").asString();
	}

	Discovery discover(String workspace, String source) throws IOException, InterruptedException {
		long started = System.nanoTime();
		JsonNode report = send("POST", "/api/v1/workspaces/" + workspace + "/sources/" + source + "/discover", null, 200);
		long wall = (System.nanoTime() - started) / 1_000_000;
		JsonNode catalog = report.path("catalog");
		return new Discovery(wall, report.required("statementsSent").asInt(), report.path("readMillis").asLong(),
				report.path("writeMillis").asLong(), report.path("totalMillis").asLong(), catalog.path("schemas").asInt(),
				catalog.path("tables").asInt(), catalog.path("views").asInt(), catalog.path("columns").asInt(),
				catalog.path("created").asInt(), catalog.path("updated").asInt(), catalog.path("deleted").asInt(),
				catalog.path("unchanged").asInt());
	}

	private JsonNode send(String method, String path, Object body, int expectedStatus) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(10))
				.header("Accept", "application/json");
		if (accessToken != null) {
			request.header("Authorization", "Bearer " + accessToken);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expectedStatus) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + " (expected "
					+ expectedStatus + "): " + response.body());
		}
		return JSON.readTree(response.body());
	}
}
