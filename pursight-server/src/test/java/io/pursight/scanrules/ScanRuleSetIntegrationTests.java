package io.pursight.scanrules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Scan rule sets over HTTP: versions that stay readable, read-only templates, names unique per workspace,
 * isolation between workspaces, and the preview of what a rule set reads of a discovered PostgreSQL source.
 */
class ScanRuleSetIntegrationTests extends ServerTestSupport {

	static String database;

	String workspace;

	@BeforeAll
	static void aShopDatabase() {
		database = Databases.createPostgres("pursight_rules");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE SCHEMA shop", "CREATE SCHEMA staging",
				"CREATE TABLE shop.customers (id INTEGER PRIMARY KEY, email VARCHAR(100), password_hash VARCHAR(100), "
						+ "notes VARCHAR(200))",
				"CREATE TABLE shop.orders (id INTEGER PRIMARY KEY, customer_id INTEGER, total NUMERIC(10, 2))",
				"CREATE TABLE shop.orders_bak (id INTEGER)",
				"CREATE VIEW shop.customer_emails AS SELECT id, email FROM shop.customers",
				"CREATE MATERIALIZED VIEW shop.order_totals AS SELECT customer_id, SUM(total) AS total FROM shop.orders "
						+ "GROUP BY customer_id",
				"CREATE TABLE staging.customers (id INTEGER, email VARCHAR(100))");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aWorkspace() {
		workspace = createWorkspace("rules");
	}

	@Test
	void anUpdateAddsAVersionAndTheEarlierOneStaysReadable() {
		Api.Response created = admin.post(ws() + "/scan-rule-sets", Map.of("name", "Nightly", "description", "first",
				"rules", Map.of("sampleSize", 200, "includeSchemas", List.of(glob("sales*")))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.id();
		assertThat(created.header("Location")).isEqualTo(ws() + "/scan-rule-sets/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		JsonNode first = created.json();
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("builtIn").asBoolean()).isFalse();
		assertThat(first.get("rules").get("sampleSize").asInt()).isEqualTo(200);
		assertThat(first.get("rules").get("classify").asBoolean()).as("defaults fill what is left out").isTrue();
		assertThat(first.get("rules").get("maxParallelism").asInt()).isEqualTo(4);

		Api.Response updated = admin.put(ws() + "/scan-rule-sets/" + id, Map.of("name", "Nightly scan", "rules",
				Map.of("sampleSize", 300)), Map.of("If-Match", "\"1\""));
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("version").asInt()).isEqualTo(2);
		assertThat(updated.header("ETag")).isEqualTo("\"2\"");

		JsonNode current = admin.get(ws() + "/scan-rule-sets/" + id).json();
		assertThat(current.get("version").asInt()).isEqualTo(2);
		assertThat(current.get("name").asString()).isEqualTo("Nightly scan");
		assertThat(current.get("rules").get("sampleSize").asInt()).isEqualTo(300);
		assertThat(current.get("rules").get("includeSchemas")).isEmpty();
		JsonNode v1 = admin.get(ws() + "/scan-rule-sets/" + id + "/versions/1").json();
		assertThat(v1.get("version").asInt()).isEqualTo(1);
		assertThat(v1.get("name").asString()).isEqualTo("Nightly");
		assertThat(v1.get("rules")).isEqualTo(first.get("rules"));

		Api.Response stale = admin.put(ws() + "/scan-rule-sets/" + id, Map.of("name", "Nightly", "rules", Map.of()),
				Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(admin.put(ws() + "/scan-rule-sets/" + id, Map.of("name", "x"), Map.of()).status()).isEqualTo(428);
		assertThat(admin.get(ws() + "/scan-rule-sets/" + id + "/versions/3").status()).isEqualTo(404);

		assertThat(admin.delete(ws() + "/scan-rule-sets/" + id).status()).isEqualTo(204);
		assertThat(admin.get(ws() + "/scan-rule-sets/" + id).status()).isEqualTo(404);
		assertThat(admin.get(ws() + "/scan-rule-sets/" + id + "/versions/2").json().get("rules").get("sampleSize")
				.asInt()).as("a deleted rule set's versions stay readable").isEqualTo(300);
		assertThat(admin.post(ws() + "/scan-rule-sets", Map.of("name", "nightly scan")).status())
				.as("a deleted rule set's name is free again").isEqualTo(201);
	}

	@Test
	void theBuiltInsAreListedFirstAndAreReadOnly() {
		admin.post(ws() + "/scan-rule-sets", Map.of("name", "B mine"));
		admin.post(ws() + "/scan-rule-sets", Map.of("name", "a mine"));

		JsonNode list = admin.get(ws() + "/scan-rule-sets").json();
		assertThat(list.get("total").asInt()).isEqualTo(6);
		List<String> names = new ArrayList<>();
		list.get("items").forEach(item -> names.add(item.get("name").asString()));
		assertThat(names).containsExactly("Full PII scan", "Metadata only", "PCI DSS focus", "HIPAA focus", "a mine",
				"B mine");
		JsonNode page = admin.get(ws() + "/scan-rule-sets?page=1&size=3").json();
		assertThat(page.get("items")).hasSize(3);
		assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("HIPAA focus");
		assertThat(page.get("items").get(1).get("name").asString()).isEqualTo("a mine");

		String pci = ScanRuleSets.PCI_FOCUS.toString();
		JsonNode template = admin.get(ws() + "/scan-rule-sets/" + pci).json();
		assertThat(template.get("builtIn").asBoolean()).isTrue();
		assertThat(template.get("rules").get("classificationTypes")).extracting(JsonNode::asString)
				.containsExactlyInAnyOrder("CREDIT_CARD_NUMBER", "CVV");
		Api.Response change = admin.put(ws() + "/scan-rule-sets/" + pci, Map.of("name", "mine"), Map.of("If-Match", "\"1\""));
		assertThat(change.status()).as(change.toString()).isEqualTo(409);
		assertThat(change.json().get("detail").asString()).contains("read-only");
		assertThat(admin.delete(ws() + "/scan-rule-sets/" + pci).status()).isEqualTo(409);
		assertThat(admin.get(ws() + "/scan-rule-sets/" + pci + "/versions/1").status()).isEqualTo(200);
		assertThat(admin.post(ws() + "/scan-rule-sets", Map.of("name", "pci dss FOCUS")).status())
				.as("a built-in's name is taken").isEqualTo(409);
	}

	@Test
	void aRuleSetCreatedFromATemplateCopiesItsRulesWithTheFieldsGiven() {
		Api.Response created = admin.post(ws() + "/scan-rule-sets", Map.of("name", "PCI sales", "template",
				ScanRuleSets.PCI_FOCUS.toString(), "rules", Map.of("sampleSize", 2000, "includeSchemas",
						List.of(glob("sales*")))));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode rules = created.json().get("rules");
		assertThat(rules.get("classificationTypes")).extracting(JsonNode::asString)
				.containsExactlyInAnyOrder("CREDIT_CARD_NUMBER", "CVV");
		assertThat(rules.get("profile").asBoolean()).isFalse();
		assertThat(rules.get("sampleSize").asInt()).isEqualTo(2000);
		assertThat(rules.get("includeSchemas").get(0).get("pattern").asString()).isEqualTo("sales*");
		assertThat(created.json().get("builtIn").asBoolean()).isFalse();
	}

	@Test
	void namesAreUniquePerWorkspaceIgnoringCase() {
		assertThat(admin.post(ws() + "/scan-rule-sets", Map.of("name", "Weekly")).status()).isEqualTo(201);

		Api.Response again = admin.post(ws() + "/scan-rule-sets", Map.of("name", "WEEKLY "));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("already exists");
		String other = createWorkspace("rules-other");
		assertThat(admin.post("/api/v1/workspaces/" + other + "/scan-rule-sets", Map.of("name", "Weekly")).status())
				.isEqualTo(201);
	}

	@Test
	void anotherWorkspacesRuleSetIsNotFound() {
		String id = admin.post(ws() + "/scan-rule-sets", Map.of("name", "Mine")).id();
		String other = "/api/v1/workspaces/" + createWorkspace("rules-other");

		assertThat(admin.get(other + "/scan-rule-sets/" + id).status()).isEqualTo(404);
		assertThat(admin.get(other + "/scan-rule-sets/" + id + "/versions/1").status()).isEqualTo(404);
		assertThat(admin.put(other + "/scan-rule-sets/" + id, Map.of("name", "x"), Map.of("If-Match", "\"1\"")).status())
				.isEqualTo(404);
		assertThat(admin.delete(other + "/scan-rule-sets/" + id).status()).isEqualTo(404);
		assertThat(admin.get(ws() + "/scan-rule-sets/" + id).status()).isEqualTo(200);
		assertThat(admin.get(other + "/scan-rule-sets/not-a-uuid").status()).isIn(400, 404);
	}

	@Test
	void refusesRulesAScanCouldNotHonourWithAProblemNamingTheField() {
		assertProblem(Map.of("name", "x", "rules", Map.of("sampleSize", 0)), "sampleSize");
		assertProblem(Map.of("name", "x", "rules", Map.of("includeTables", List.of(regex("(a+)+")))), "(a+)+");
		assertProblem(Map.of("name", "x", "rules", Map.of("excludeColumns", List.of(regex("secret_(")))), "secret_(");
		assertProblem(Map.of("name", "x", "rules", Map.of("sampling", "PERCENTAGE")), "samplePercent");
		assertProblem(Map.of("name", "x", "rules", Map.of("sampleSise", 10)), "sampleSise");
		assertProblem(Map.of("name", "x", "rules", Map.of("objectKinds", List.of("TABLES"))), "rules");
		assertProblem(Map.of("name", " "), "name");
	}

	@Test
	void thePreviewShowsWhatARuleSetReadsOfADiscoveredSourceAndWhy() {
		String source = registerSource();
		Map<String, Object> rules = new HashMap<>();
		rules.put("includeSchemas", List.of(glob("shop")));
		rules.put("excludeTables", List.of(glob("*_bak")));
		rules.put("objectKinds", List.of("TABLE", "MATERIALIZED_VIEW"));
		rules.put("excludeColumns", List.of(glob("*_hash"), glob("customers.notes")));
		String ruleSet = admin.post(ws() + "/scan-rule-sets", Map.of("name", "Shop", "rules", rules)).id();

		Api.Response before = admin.get(ws() + "/scan-rule-sets/" + ruleSet + "/preview?sourceId=" + source);
		assertThat(before.status()).as(before.toString()).isEqualTo(409);
		assertThat(before.json().get("detail").asString()).contains("discover");

		Api.Response discovered = admin.post(ws() + "/sources/" + source + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		JsonNode preview = admin.get(ws() + "/scan-rule-sets/" + ruleSet + "/preview?sourceId=" + source).json();

		assertThat(preview.get("ruleSetVersion").asInt()).isEqualTo(1);
		assertThat(preview.get("objects").asInt()).isEqualTo(6);
		assertThat(preview.get("selectedCount").asInt()).isEqualTo(3);
		assertThat(preview.get("excludedCount").asInt()).isEqualTo(3);
		assertThat(preview.get("truncated").asBoolean()).isFalse();
		List<String> selected = new ArrayList<>();
		preview.get("selected").forEach(o -> selected.add(o.get("schema").asString() + "." + o.get("name").asString()
				+ ":" + o.get("kind").asString() + ":" + o.get("selectedColumns").asInt() + "/" + o.get("columns").asInt()));
		assertThat(selected).containsExactly("shop.customers:TABLE:2/4", "shop.order_totals:MATERIALIZED_VIEW:2/2",
				"shop.orders:TABLE:3/3");
		assertThat(preview.get("selected").get(0).get("excludedColumns")).extracting(JsonNode::asString)
				.containsExactly("password_hash", "notes");
		assertThat(preview.get("selected").get(0).get("assetId").asString()).isNotBlank();
		assertThat(preview.get("selectedColumns").asInt()).isEqualTo(7);
		Map<String, String> excluded = new HashMap<>();
		preview.get("excluded").forEach(o -> excluded.put(o.get("schema").asString() + "." + o.get("name").asString(),
				o.get("reason").asString()));
		assertThat(excluded).containsExactlyInAnyOrderEntriesOf(Map.of("shop.customer_emails", "KIND",
				"shop.orders_bak", "TABLE_PATTERN", "staging.customers", "SCHEMA"));
		Map<String, String> details = new HashMap<>();
		preview.get("excluded").forEach(o -> details.put(o.get("name").asString() + "@" + o.get("schema").asString(),
				o.get("detail").asString()));
		assertThat(details.get("orders_bak@shop")).isEqualTo("'shop.orders_bak' matches excludeTables glob:*_bak");
		assertThat(details.get("customers@staging")).isEqualTo("schema 'staging' matches none of includeSchemas [glob:shop]");
		assertThat(details.get("customer_emails@shop")).isEqualTo("VIEW is not among the object kinds [TABLE, MATERIALIZED_VIEW]");

		JsonNode limited = admin.get(ws() + "/scan-rule-sets/" + ruleSet + "/preview?sourceId=" + source + "&limit=1")
				.json();
		assertThat(limited.get("selected")).hasSize(1);
		assertThat(limited.get("excluded")).hasSize(1);
		assertThat(limited.get("selectedCount").asInt()).isEqualTo(3);
		assertThat(limited.get("truncated").asBoolean()).isTrue();
		assertThat(admin.get(ws() + "/scan-rule-sets/" + ruleSet + "/preview?sourceId=" + source + "&limit=1001")
				.status()).isEqualTo(400);

		JsonNode everything = admin.get(ws() + "/scan-rule-sets/" + ScanRuleSets.FULL_PII + "/preview?sourceId=" + source)
				.json();
		assertThat(everything.get("selectedCount").asInt()).isEqualTo(6);
		String other = "/api/v1/workspaces/" + createWorkspace("rules-other");
		assertThat(admin.get(other + "/scan-rule-sets/" + ScanRuleSets.FULL_PII + "/preview?sourceId=" + source).status())
				.as("another workspace's source").isEqualTo(404);
	}

	@Test
	void analystsReadRuleSetsButCannotChangeThem() {
		Api analyst = member(workspace, "ANALYST");

		assertThat(analyst.get(ws() + "/scan-rule-sets").status()).isEqualTo(200);
		assertThat(analyst.post(ws() + "/scan-rule-sets", Map.of("name", "Mine")).status()).isEqualTo(403);
	}

	@Test
	void theApiDocumentDescribesRuleSetAndScheduleIdsAsUuids() {
		// generating the document is CPU-heavy and done once per server: on a loaded machine the first request
		// may time out on the client while the server still finishes it, then a later one gets it from the cache
		JsonNode doc = await().atMost(Duration.ofMinutes(5)).ignoreExceptions()
				.until(() -> anonymous().get("/v3/api-docs"), r -> r.status() == 200).json();
		JsonNode paths = doc.get("paths");

		for (String[] path : new String[][] { { "/scan-rule-sets/{ruleSetId}", "ruleSetId" },
				{ "/scan-schedules/{scheduleId}", "scheduleId" } }) {
			JsonNode parameters = paths.get("/api/v1/workspaces/{workspaceId}" + path[0]).get("get").get("parameters");
			List<String> formats = new ArrayList<>();
			parameters.forEach(p -> {
				if (p.get("name").asString().equals(path[1])) {
					formats.add(p.path("schema").path("format").asString());
				}
			});
			assertThat(formats).as(path[0]).containsExactly("uuid");
		}
		JsonNode ruleSet = doc.path("components").path("schemas").path("ScanRuleSet").path("properties");
		assertThat(ruleSet.path("id").path("format").asString()).isEqualTo("uuid");
		assertThat(ruleSet.path("rules").path("$ref").asString()).endsWith("/ScanRules");
	}

	private void assertProblem(Map<String, Object> body, String named) {
		Api.Response refused = admin.post(ws() + "/scan-rule-sets", body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).as(refused.toString()).contains(named);
	}

	private String registerSource() {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "shop", "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = admin.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	static Map<String, String> glob(String pattern) {
		return Map.of("syntax", "GLOB", "pattern", pattern);
	}

	static Map<String, String> regex(String pattern) {
		return Map.of("syntax", "REGEX", "pattern", pattern);
	}

	private String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
