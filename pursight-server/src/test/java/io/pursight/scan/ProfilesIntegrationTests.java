package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.scan.profile.ColumnProfiler;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Profiles stored through {@link Profiles} (as a scan will, per table) and read over HTTP: a table's profile with
 * its columns in catalog order, a column's alone, replaced by the next profile, rolled back with the caller's
 * transaction, 404 before any profile and from another workspace, and the values of a stored profile withheld
 * once its column is classified.
 */
class ProfilesIntegrationTests extends ServerTestSupport {

	static final List<String> EMAILS = List.of("anna.keller@example.org", "bob.stone@example.net",
			"claire.dubois@example.com", "anna.keller@example.org");

	static String database;

	@Autowired
	Profiles profiles;
	@Autowired
	TransactionTemplate transactions;

	String workspace;
	String source;
	String table;
	Map<String, String> columns;

	@BeforeAll
	static void aDatabaseWithCustomers() {
		database = Databases.createPostgres("pursight_profiles");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100), score NUMERIC(5,2))",
				"INSERT INTO customers SELECT i, 'person' || i || '@example.com', i / 4.0 FROM generate_series(1, 40) i");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aDiscoveredSource() {
		workspace = createWorkspace("profiles");
		Map<String, Object> definition = new HashMap<>(Map.of("name", "customers", "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response registered = admin.post(ws() + "/sources", definition);
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		source = registered.id();
		Api.Response discovered = admin.post(ws() + "/sources/" + source + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		table = admin.get(ws() + "/assets?type=TABLE&sourceId=" + source + "&name=customers").json().get("items").get(0)
				.get("id").asString();
		columns = new HashMap<>();
		admin.get(ws() + "/assets/" + table).json().get("columns")
				.forEach(c -> columns.put(c.get("name").asString(), c.get("id").asString()));
	}

	@Test
	void aStoredTableProfileIsReadWithItsColumnsInCatalogOrderAndEachColumnAlone() {
		UUID run = UUID.randomUUID();
		store(run, Map.of("score", ColumnProfiler.profile("numeric(5,2)", List.of("0.25", "1.50", "1.50"), 40, false),
				"email", ColumnProfiler.profile("varchar(100)", EMAILS, 40, false),
				"id", ColumnProfiler.profile("integer", List.of("1", "2", "3"), 40, false)));

		Api.Response r = admin.get(ws() + "/assets/" + table + "/profile");

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		JsonNode body = r.json();
		assertThat(body.get("assetType").asString()).isEqualTo("TABLE");
		assertThat(body.get("sourceId").asString()).isEqualTo(source);
		assertThat(body.get("runId").asString()).isEqualTo(run.toString());
		assertThat(body.get("table").get("rowCount").asLong()).isEqualTo(40);
		assertThat(body.get("table").get("sizeBytes").asLong()).isEqualTo(8192);
		assertThat(body.get("columns").valueStream().map(c -> c.get("name").asString()))
				.containsExactly("id", "email", "score");
		JsonNode score = body.get("columns").get(2).get("profile");
		assertThat(score.get("valueKind").asString()).isEqualTo("NUMBER");
		assertThat(score.get("max").asString()).isEqualTo("1.50");
		assertThat(score.get("topValues").get(0).get("count").asInt()).isEqualTo(2);

		Api.Response column = admin.get(ws() + "/assets/" + columns.get("email") + "/profile");
		assertThat(column.status()).as(column.toString()).isEqualTo(200);
		assertThat(column.json().get("assetType").asString()).isEqualTo("COLUMN");
		assertThat(column.json().get("column").get("maxLength").asInt()).isEqualTo(25);
		assertThat(member(workspace, "ANALYST").get(ws() + "/assets/" + table + "/profile").status()).isEqualTo(200);
	}

	@Test
	void theNextProfileReplacesTheWholeTablesProfile() {
		store(UUID.randomUUID(), Map.of("email", ColumnProfiler.profile("varchar(100)", EMAILS, 40, false),
				"id", ColumnProfiler.profile("integer", List.of("1", "2"), 40, false)));
		store(null, Map.of("id", ColumnProfiler.profile("integer", List.of("7", "8", "9"), 41, false)));

		ProfiledTable latest = profiles.forTable(ws(workspace), new AssetId(UUID.fromString(table))).orElseThrow();
		assertThat(latest.runId()).isNull();
		assertThat(latest.columns()).containsOnlyKeys(new AssetId(UUID.fromString(columns.get("id"))));
		assertThat(latest.columns().values().iterator().next().max()).isEqualTo("9");
		assertThat(profiles.forColumn(ws(workspace), new AssetId(UUID.fromString(columns.get("email"))))).isEmpty();
		assertThat(admin.get(ws() + "/assets/" + columns.get("email") + "/profile").status()).isEqualTo(404);
	}

	@Test
	void aProfileIsStoredInTheCallersTransactionAndGoesWithItsRollback() {
		transactions.executeWithoutResult(status -> {
			store(UUID.randomUUID(), Map.of("id", ColumnProfiler.profile("integer", List.of("1"), 40, false)));
			status.setRollbackOnly();
		});

		assertThat(profiles.forTable(ws(workspace), new AssetId(UUID.fromString(table)))).isEmpty();
	}

	@Test
	void anAssetWithoutProfileAndAnotherWorkspacesProfileAre404() {
		Api.Response none = admin.get(ws() + "/assets/" + table + "/profile");
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("detail").asString()).contains("No profile yet").contains("run a scan with profiling");

		store(UUID.randomUUID(), Map.of("id", ColumnProfiler.profile("integer", List.of("1"), 40, false)));
		String other = createWorkspace("other");
		assertThat(admin.get("/api/v1/workspaces/" + other + "/assets/" + table + "/profile").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/workspaces/" + other + "/assets/" + columns.get("id") + "/profile").status())
				.isEqualTo(404);
		assertThat(profiles.forTable(ws(other), new AssetId(UUID.fromString(table)))).isEmpty();
	}

	@Test
	void aColumnClassifiedAfterItWasProfiledLosesTheValuesOfItsStoredProfile() {
		store(UUID.randomUUID(), Map.of("email", ColumnProfiler.profile("varchar(100)", EMAILS, 40, false),
				"id", ColumnProfiler.profile("integer", List.of("1", "2", "2"), 40, false)));
		assertThat(admin.get(ws() + "/assets/" + columns.get("email") + "/profile").body()).contains(EMAILS.get(0));

		// a scan that classifies without profiling: the stored profile is not replaced, only its values withdrawn
		Api.Response ruleSet = admin.post(ws() + "/scan-rule-sets", Map.of("name", "classify only", "template",
				io.pursight.scanrules.ScanRuleSets.FULL_PII.toString(), "rules", Map.of("profile", false)));
		assertThat(ruleSet.status()).as(ruleSet.toString()).isEqualTo(201);
		Api.Response scan = admin.post(ws() + "/sources/" + source + "/scans", Map.of("ruleSetId", ruleSet.id()));
		assertThat(scan.status()).as(scan.toString()).isEqualTo(202);
		assertThat(ScanRunIntegrationTests.awaitFinished(admin, scan.header("Location")).get("state").asString())
				.isEqualTo("COMPLETED");

		String emailPath = ws() + "/assets/" + columns.get("email") + "/profile";
		JsonNode email = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
				.until(() -> admin.get(emailPath).json().get("column"), c -> c.get("valuesWithheld").asBoolean());
		String body = admin.get(ws() + "/assets/" + table + "/profile").body();
		for (String value : EMAILS) {
			assertThat(body).doesNotContain(value);
		}
		assertThat(email.get("min").isNull()).isTrue();
		assertThat(email.get("topValues")).isEmpty();
		assertThat(email.get("distinctCount").asInt()).isEqualTo(3);
		assertThat(email.get("maxLength").asInt()).isEqualTo(25);
		JsonNode id = admin.get(ws() + "/assets/" + columns.get("id") + "/profile").json().get("column");
		assertThat(id.get("valuesWithheld").asBoolean()).isFalse();
		assertThat(id.get("max").asString()).isEqualTo("2");
	}

	@Test
	void theEndpointIsDocumentedWithExamples() {
		JsonNode operation = admin.get("/v3/api-docs").json().get("paths")
				.get("/api/v1/workspaces/{workspaceId}/assets/{assetId}/profile").get("get");

		JsonNode examples = operation.get("responses").get("200").get("content").get("application/json").get("examples");
		assertThat(examples.has("table")).isTrue();
		assertThat(examples.has("column")).isTrue();
		assertThat(operation.get("responses").has("404")).isTrue();
	}

	private void store(UUID run, Map<String, ColumnProfile> byName) {
		Map<AssetId, ColumnProfile> byId = new HashMap<>();
		byName.forEach((name, p) -> byId.put(new AssetId(UUID.fromString(columns.get(name))), p));
		profiles.store(ws(workspace), new DataSourceId(UUID.fromString(source)), run,
				new AssetId(UUID.fromString(table)),
				new TableProfile(40, false, 8192L, 3, Instant.now().truncatedTo(ChronoUnit.MILLIS)), byId);
	}

	private static WorkspaceId ws(String id) {
		return new WorkspaceId(UUID.fromString(id));
	}

	private String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
