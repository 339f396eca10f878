package io.pursight.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Just the PurSight REST calls the benchmarks make, over {@link HttpClient}, as any API client would.
 * Public for the classification accuracy harness ({@code io.pursight.bench.classification.ScanAccuracy}) and
 * the scan benchmark ({@code io.pursight.bench.scan}).
 */
public final class PursightClient {

	/** What one discovery reported, as the server measured it. */
	public record Discovery(long wallMillis, int statementsSent, long readMillis, long writeMillis, long totalMillis, int schemas,
			int tables, int views, int columns, int created, int updated, int deleted, int unchanged) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final String baseUrl;
	private String accessToken;

	PursightClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public void login(String username, String password) throws IOException, InterruptedException {
		JsonNode tokens = send("POST", "/api/v1/auth/login", Map.of("username", username, "password", password), 200);
		accessToken = tokens.required("accessToken").asString();
	}

	public String workspaceId(String slug) throws IOException, InterruptedException {
		for (JsonNode workspace : send("GET", "/api/v1/workspaces", null, 200).required("items")) {
			if (workspace.path("slug").asString().equals(slug)) {
				return workspace.required("id").asString();
			}
		}
		throw new IllegalStateException("The server has no workspace '" + slug + "'");
	}

	public String registerPostgres(String workspace, String name, String host, int port, String database, String user,
			String password) throws IOException, InterruptedException {
		var source = Map.<String, Object>of("name", name, "engine", "POSTGRESQL", "host", host, "port", port, "database",
				database, "username", user, "password", password);
		return send("POST", "/api/v1/workspaces/" + workspace + "/sources", source, 201).required("id").asString();
	}

	public Discovery discover(String workspace, String source) throws IOException, InterruptedException {
		long started = System.nanoTime();
		JsonNode report = send("POST", "/api/v1/workspaces/" + workspace + "/sources/" + source + "/discover?wait=true", null, 200);
		long wall = (System.nanoTime() - started) / 1_000_000;
		JsonNode catalog = report.path("catalog");
		return new Discovery(wall, report.required("statementsSent").asInt(), report.path("readMillis").asLong(),
				report.path("writeMillis").asLong(), report.path("totalMillis").asLong(), catalog.path("schemas").asInt(),
				catalog.path("tables").asInt(), catalog.path("views").asInt(), catalog.path("columns").asInt(),
				catalog.path("created").asInt(), catalog.path("updated").asInt(), catalog.path("deleted").asInt(),
				catalog.path("unchanged").asInt());
	}

	/**
	 * One label of one column as {@code classified-columns} returns it (a {@code ClassificationView});
	 * {@code occurrence} is WHOLE_VALUE or EMBEDDED_IN_TEXT.
	 */
	public record ColumnLabel(String schema, String table, String column, String typeId, String status, double confidence,
			String explanation, String occurrence) {

		public boolean embedded() {
			return "EMBEDDED_IN_TEXT".equals(occurrence);
		}
	}

	/** What one classification run reported (a {@code ClassifyReport}). */
	public record Classification(long wallMillis, int tables, int columnsClassified, int applied, int pending,
			int withdrawn, long rowsSampled, long millis) {
	}





	/** A POST of the API that must answer {@code expectedStatus}; {@code path} starts with {@code /api/v1}. */
	public JsonNode post(String path, Object body, int expectedStatus) throws IOException, InterruptedException {
		return send("POST", path, body, expectedStatus);
	}

	/** A GET of the API that must answer 200; {@code path} starts with {@code /api/v1}. */
	public JsonNode get(String path) throws IOException, InterruptedException {
		return send("GET", path, null, 200);
	}

	/** Registers a source reached by host; {@code engine} is POSTGRESQL, MYSQL, MARIADB or H2. Returns its id. */
	public String registerSource(String workspace, String name, String engine, String host, int port, String database,
			String user, String password) throws IOException, InterruptedException {
		var source = new LinkedHashMap<String, Object>();
		source.put("name", name);
		source.put("engine", engine);
		source.put("host", host);
		source.put("port", port);
		source.put("database", database);
		source.put("username", user);
		source.put("password", password);
		return send("POST", "/api/v1/workspaces/" + workspace + "/sources", source, 201).required("id").asString();
	}

	/** Discovers a source; returns the number of columns the catalog holds for it afterwards. */
	public int discoverColumns(String workspace, String source) throws IOException, InterruptedException {
		return discover(workspace, source).columns();
	}

	/** Classifies every cataloged table of a source with the workspace's default settings. */
	public Classification classify(String workspace, String source) throws IOException, InterruptedException {
		long started = System.nanoTime();
		JsonNode report = send("POST", "/api/v1/workspaces/" + workspace + "/sources/" + source + "/classify?wait=true", null, 200);
		long wall = (System.nanoTime() - started) / 1_000_000;
		return new Classification(wall, report.path("tables").asInt(), report.path("columnsClassified").asInt(),
				report.path("applied").asInt(), report.path("pending").asInt(), report.path("withdrawn").asInt(),
				report.path("rowsSampled").asLong(), report.path("millis").asLong());
	}

	/** Every applied or approved label of a source's columns ({@code classified-columns}), all pages. */
	public List<ColumnLabel> classifiedColumns(String workspace, String source) throws IOException, InterruptedException {
		return labels(workspace, "/classified-columns?sourceId=" + source);
	}

	/** Every label of a source's columns whatever its status ({@code classifications}), all pages. */
	public List<ColumnLabel> classifications(String workspace, String source) throws IOException, InterruptedException {
		return labels(workspace, "/classifications?sourceId=" + source);
	}

	private List<ColumnLabel> labels(String workspace, String query) throws IOException, InterruptedException {
		int size = 500;
		List<ColumnLabel> out = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode result = send("GET", "/api/v1/workspaces/" + workspace + query + "&size=" + size + "&page=" + page,
					null, 200);
			JsonNode items = result.required("items");
			for (JsonNode item : items) {
				out.add(new ColumnLabel(item.path("schema").asString(), item.path("table").asString(),
						item.path("column").asString(), item.path("typeId").asString(), item.path("status").asString(),
						item.path("confidence").asDouble(), item.path("explanation").asString(),
						item.path("occurrence").asString()));
			}
			if (items.size() < size || out.size() >= result.path("total").asLong()) {
				return out;
			}
		}
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
