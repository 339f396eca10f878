package io.pursight.scan;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Discovery and classification as scan runs over HTTP: 202 with the run's location, the run followed
 * to its end, the synchronous form kept for scripts ({@code ?wait=true}), who may start and read
 * runs, and that a run stays inside its workspace.
 */
class ScanRunIntegrationTests extends ServerTestSupport {

	static String database;

	String workspace;
	String source;

	@BeforeAll
	static void aDatabaseWithPersonalData() {
		database = Databases.createPostgres("pursight_scan");
		List<String> statements = new ArrayList<>(List.of(
				"CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100), full_name VARCHAR(100))",
				"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id))"));
		statements.add("INSERT INTO customers SELECT i, 'person' || i || '@example.com', 'Person ' || i "
				+ "FROM generate_series(1, 40) i");
		Databases.execute(Databases.postgresUrl(database), "postgres", "", statements.toArray(String[]::new));
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aRegisteredSource() {
		workspace = createWorkspace("scan");
		source = register(admin, "customers", 5432);
	}

	@Test
	void discoveryAnswers202WithTheRunsLocationAndTheRunCompletesOffTheRequestThread() {
		Api.Response accepted = admin.post(ws() + "/sources/" + source + "/discover", null);

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		JsonNode queued = accepted.json();
		assertThat(accepted.header("Location")).isEqualTo(ws() + "/scan-runs/" + queued.get("id").asString());
		assertThat(queued.get("state").asString()).isEqualTo("QUEUED");
		assertThat(queued.get("workspaceId").asString()).isEqualTo(workspace);
		assertThat(queued.get("request").get("sourceId").asString()).isEqualTo(source);
		assertThat(queued.get("request").get("steps").get(0).asString()).isEqualTo("DISCOVER");
		assertThat(queued.get("request").get("requestedBy").asString()).isEqualTo(userId(admin));

		JsonNode run = awaitFinished(admin, accepted.header("Location"));
		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		assertThat(run.get("reports").get("discover").get("catalog").get("tables").asInt()).isEqualTo(2);
		assertThat(run.get("reports").get("discover").get("state").asString()).isEqualTo("CATALOGED");
		assertThat(run.get("startedAt").isNull()).isFalse();
		assertThat(run.get("finishedAt").isNull()).isFalse();
		assertThat(run.get("error").isNull()).isTrue();
		assertThat(admin.get(ws() + "/assets?type=TABLE&sourceId=" + source).json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void classificationRunsAsAJobAndReportsWhatItClassified() {
		discover(source);

		Api.Response accepted = admin.post(ws() + "/sources/" + source + "/classify", Map.of("sampleSize", 30));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		assertThat(accepted.json().get("request").get("sampleSize").asInt()).isEqualTo(30);
		JsonNode run = awaitFinished(admin, accepted.header("Location"));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		JsonNode report = run.get("reports").get("classify");
		assertThat(report.get("tables").asInt()).isEqualTo(2);
		assertThat(report.get("rowsSampled").asInt()).isEqualTo(30);
		assertThat(report.get("applied").asInt()).isPositive();
		assertThat(sourceState(source)).isIn("CATALOGED", "MONITORING");

		String table = admin.get(ws() + "/assets?type=TABLE&sourceId=" + source + "&name=customers").json().get("items")
				.get(0).get("id").asString();
		Api.Response one = admin.post(ws() + "/assets/" + table + "/classify", null);
		assertThat(one.status()).as(one.toString()).isEqualTo(202);
		assertThat(one.json().get("request").get("tableAssetId").asString()).isEqualTo(table);
		JsonNode tableRun = awaitFinished(admin, one.header("Location"));
		assertThat(tableRun.get("state").asString()).as(tableRun.toString()).isEqualTo("COMPLETED");
		assertThat(tableRun.get("reports").get("classify").get("tables").asInt()).isEqualTo(1);
	}

	@Test
	void waitTrueAnswersWithTheReportTheSynchronousApiGave() {
		Api.Response discovered = admin.post(ws() + "/sources/" + source + "/discover?wait=true", null);

		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		JsonNode report = discovered.json();
		assertThat(names(report)).containsExactly("sourceId", "state", "catalog", "statementsSent", "readMillis",
				"writeMillis", "totalMillis");
		JsonNode run = admin.get(ws() + "/scan-runs?sourceId=" + source).json().get("items").get(0);
		assertThat(run.get("state").asString()).isEqualTo("COMPLETED");
		assertThat(run.get("reports").get("discover")).isEqualTo(report);

		Api.Response classified = admin.post(ws() + "/sources/" + source + "/classify?wait=true", Map.of());
		assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
		assertThat(names(classified.json())).containsExactly("sourceId", "tables", "columnsClassified", "applied",
				"pending", "withdrawn", "rowsSampled", "millis", "objectsFailed", "failures");
	}

	@Test
	void anUnreachableSourceFailsTheRunWithTheProblemItRaised() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String unreachable = register(admin, "gone", closedPort);

		Api.Response accepted = admin.post(ws() + "/sources/" + unreachable + "/discover", null);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		JsonNode run = awaitFinished(admin, accepted.header("Location"));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("FAILED");
		JsonNode error = run.get("error");
		assertThat(error.get("status").asInt()).isEqualTo(422);
		assertThat(error.get("type").asString()).isEqualTo("urn:pursight:problem:source-unreachable");
		assertThat(error.get("detail").asString()).contains("catalog was left unchanged");
		assertThat(error.get("properties").get("errorCode").asString()).isEqualTo("CONNECTION_REFUSED");
		assertThat(run.get("finishedAt").isNull()).isFalse();
		assertThat(sourceState(unreachable)).isEqualTo("FAILED");

		Api.Response waited = admin.post(ws() + "/sources/" + unreachable + "/discover?wait=true", null);
		assertThat(waited.status()).as("the synchronous form answers as before").isEqualTo(422);
		assertThat(waited.json().get("type").asString()).isEqualTo("urn:pursight:problem:source-unreachable");
		assertThat(waited.json().get("errorCode").asString()).isEqualTo("CONNECTION_REFUSED");
	}

	@Test
	void refusesAtOnceWhatCouldNeverRunAndQueuesNothing() {
		String nowhere = java.util.UUID.randomUUID().toString();

		Api.Response unknownSource = admin.post(ws() + "/sources/" + nowhere + "/discover", null);
		Api.Response unknownClassify = admin.post(ws() + "/sources/" + nowhere + "/classify", Map.of());
		Api.Response unknownTable = admin.post(ws() + "/assets/" + nowhere + "/classify", Map.of());
		Api.Response oversized = admin.post(ws() + "/sources/" + source + "/classify", Map.of("sampleSize", 20_000));
		Api.Response empty = admin.post(ws() + "/sources/" + source + "/classify?wait=true", Map.of("sampleSize", 0));

		assertThat(unknownSource.status()).isEqualTo(404);
		assertThat(unknownSource.json().get("detail").asString()).startsWith("No data source with id " + nowhere);
		assertThat(unknownClassify.status()).isEqualTo(404);
		assertThat(unknownTable.status()).isEqualTo(404);
		assertThat(unknownTable.json().get("detail").asString()).startsWith("No asset with id " + nowhere);
		assertThat(oversized.status()).isEqualTo(400);
		assertThat(oversized.json().get("detail").asString()).isEqualTo("sampleSize must be between 1 and 10000 (got 20000).");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(admin.get(ws() + "/scan-runs").json().get("total").asInt()).as("no run was queued").isZero();
	}

	@Test
	void aClassificationOfAnUndiscoveredSourceFailsWithTheProblemOfBefore() {
		Api.Response waited = admin.post(ws() + "/sources/" + source + "/classify?wait=true", Map.of());

		assertThat(waited.status()).as(waited.toString()).isEqualTo(409);
		assertThat(waited.json().get("detail").asString()).contains("discover it first");
		JsonNode run = admin.get(ws() + "/scan-runs?sourceId=" + source + "&state=FAILED").json().get("items").get(0);
		assertThat(run.get("error").get("status").asInt()).isEqualTo(409);
		assertThat(sourceState(source)).as("an unclassified source stays where it was").isIn("REGISTERED", "CONNECTED");
	}

	@Test
	void listsRunsNewestFirstFilteredBySourceAndState() {
		String other = register(admin, "other", 5432);
		discover(source);
		discover(other);
		assertThat(admin.post(ws() + "/sources/" + other + "/classify?wait=true", Map.of("sampleSize", 5)).status())
				.isEqualTo(200);

		JsonNode all = admin.get(ws() + "/scan-runs?size=2").json();
		assertThat(all.get("total").asInt()).isEqualTo(3);
		assertThat(all.get("items")).hasSize(2);
		assertThat(all.get("items").get(0).get("request").get("steps").get(0).asString()).as("newest first")
				.isEqualTo("CLASSIFY");
		JsonNode ofOther = admin.get(ws() + "/scan-runs?sourceId=" + other).json();
		assertThat(ofOther.get("total").asInt()).isEqualTo(2);
		JsonNode completedOfSource = admin.get(ws() + "/scan-runs?sourceId=" + source + "&state=COMPLETED").json();
		assertThat(completedOfSource.get("total").asInt()).isEqualTo(1);
		assertThat(admin.get(ws() + "/scan-runs?state=FAILED").json().get("total").asInt()).isZero();
		assertThat(admin.get(ws() + "/scan-runs?state=SOMEWHERE").status()).isEqualTo(400);
	}

	@Test
	void anotherWorkspaceCannotReachARunNorItsSource() {
		String run = runOf(discover(source));
		String elsewhere = createWorkspace("scan-outsider");
		Api outsider = member(elsewhere, "ADMIN");

		Api.Response throughOwnWorkspace = outsider.get("/api/v1/workspaces/" + elsewhere + "/scan-runs/" + run);
		Api.Response throughVictims = outsider.get(ws() + "/scan-runs/" + run);
		Api.Response listedByItsSource = outsider.get("/api/v1/workspaces/" + elsewhere + "/scan-runs?sourceId=" + source);
		Api.Response discoverItsSource = outsider.post("/api/v1/workspaces/" + elsewhere + "/sources/" + source
				+ "/discover", null);

		assertThat(throughOwnWorkspace.status()).isEqualTo(404);
		assertThat(throughOwnWorkspace.json().get("detail").asString()).startsWith("No scan run with id " + run);
		assertThat(throughVictims.status()).isEqualTo(404);
		assertThat(throughVictims.json().get("detail").asString()).startsWith("No workspace with id");
		assertThat(listedByItsSource.json().get("total").asInt()).isZero();
		assertThat(discoverItsSource.status()).isEqualTo(404);
		assertThat(admin.get(ws() + "/scan-runs?sourceId=" + source).json().get("total").asInt())
				.as("the outsider queued nothing against the source").isEqualTo(1);
	}

	@Test
	void onlyStewardsStartRunsWhileEveryMemberFollowsThem() {
		String run = runOf(discover(source));
		Api analyst = member(workspace, "ANALYST");
		Api auditor = member(workspace, "AUDITOR");
		Api steward = member(workspace, "STEWARD");

		assertThat(analyst.post(ws() + "/sources/" + source + "/discover", null).status()).isEqualTo(403);
		assertThat(analyst.post(ws() + "/sources/" + source + "/classify", Map.of()).status()).isEqualTo(403);
		assertThat(auditor.post(ws() + "/sources/" + source + "/discover?wait=true", null).status()).isEqualTo(403);
		assertThat(anonymous().get(ws() + "/scan-runs/" + run).status()).isEqualTo(401);
		assertThat(admin.get(ws() + "/scan-runs").json().get("total").asInt()).as("no refused call queued a run")
				.isEqualTo(1);

		assertThat(analyst.get(ws() + "/scan-runs/" + run).json().get("state").asString()).isEqualTo("COMPLETED");
		assertThat(auditor.get(ws() + "/scan-runs?sourceId=" + source).json().get("total").asInt()).isEqualTo(1);
		Api.Response byTheSteward = steward.post(ws() + "/sources/" + source + "/discover", null);
		assertThat(byTheSteward.status()).isEqualTo(202);
		assertThat(byTheSteward.json().get("request").get("requestedBy").asString()).isEqualTo(userId(steward));
		assertThat(awaitFinished(steward, byTheSteward.header("Location")).get("state").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void aMalformedRunIdIsABadRequestAndAnUnknownOneIsNotFound() {
		assertThat(admin.get(ws() + "/scan-runs/not-a-run").status()).isEqualTo(400);
		assertThat(admin.get(ws() + "/scan-runs/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void theApiDocumentDescribesTheAsynchronousAnswersWithExamples() {
		JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");

		for (String path : List.of("/sources/{sourceId}/discover", "/sources/{sourceId}/classify",
				"/assets/{tableAssetId}/classify")) {
			JsonNode operation = paths.get("/api/v1/workspaces/{workspaceId}" + path).get("post");
			JsonNode responses = operation.get("responses");
			assertThat(responses.get("202").get("headers").has("Location")).as(path).isTrue();
			assertThat(responses.get("200").get("content").get("application/json").get("examples")).as(path).isNotEmpty();
			assertThat(operation.get("parameters")).as(path)
					.anySatisfy(p -> assertThat(p.get("name").asString()).isEqualTo("wait"));
		}
		JsonNode run = paths.get("/api/v1/workspaces/{workspaceId}/scan-runs/{runId}").get("get");
		assertThat(run.get("parameters")).anySatisfy(p -> {
			assertThat(p.get("name").asString()).isEqualTo("runId");
			assertThat(p.get("schema").get("format").asString()).isEqualTo("uuid");
		});
		assertThat(run.get("responses").get("200").get("content").get("application/json").get("examples").has("failed"))
				.isTrue();
	}

	// --- helpers

	static JsonNode awaitFinished(Api api, String location) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.until(() -> api.get(location).json(), run -> List.of("COMPLETED", "FAILED", "CANCELLED")
						.contains(run.get("state").asString()));
	}

	/** Discovers through the synchronous form; returns the report. */
	JsonNode discover(String id) {
		Api.Response r = admin.post(ws() + "/sources/" + id + "/discover?wait=true", null);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	/** The newest run of the source of a report. */
	String runOf(JsonNode report) {
		return admin.get(ws() + "/scan-runs?sourceId=" + report.get("sourceId").asString()).json().get("items").get(0)
				.get("id").asString();
	}

	String register(Api api, String name, int port) {
		Map<String, Object> definition = new java.util.HashMap<>(Map.of("name", name, "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", port, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = api.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	String sourceState(String id) {
		return admin.get(ws() + "/sources/" + id).json().get("state").asString();
	}

	static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.properties().forEach(e -> names.add(e.getKey()));
		return names;
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
