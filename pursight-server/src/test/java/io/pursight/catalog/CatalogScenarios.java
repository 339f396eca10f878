package io.pursight.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsing and filtering the catalog through the API, columns above all: they are stored
 * inside their table's row, yet behave as assets of their own (ids, filters, pages, deletion).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogScenarios extends ServerTestSupport {

	/** Comments have no length limit in PostgreSQL. */
	private static final String LONG_COMMENT = "Sum of the lines of the order. ".repeat(400);

	private String database;
	private String workspace;
	private String source;

	@BeforeEach
	void discoverOnce() {
		if (source != null) {
			return;
		}
		database = Databases.createPostgres("pursight_catalog");
		Databases.execute(Databases.postgresUrl(database), "postgres", "", "CREATE SCHEMA shop",
				"CREATE TABLE shop.customer (id INT PRIMARY KEY, email VARCHAR(100), \"we\"\"ird.name\" TEXT, full_name TEXT)",
				"CREATE TABLE shop.orders (id INT PRIMARY KEY, customer_id INT REFERENCES shop.customer (id), total NUMERIC(10, 2))",
				"CREATE VIEW shop.emails AS SELECT email FROM shop.customer",
				"COMMENT ON TABLE shop.orders IS '" + LONG_COMMENT + "'", "COMMENT ON COLUMN shop.orders.total IS '" + LONG_COMMENT + "'");
		workspace = createWorkspace("catalog");
		source = admin.post(ws() + "/sources", Map.of("name", "shop", "engine", "POSTGRESQL", "host", "127.0.0.1",
				"port", 5432, "database", database, "username", "postgres", "password", "")).id();
		discover();
	}

	@AfterAll
	void dropDatabase() {
		if (database != null) {
			Databases.dropPostgres(database);
		}
	}

	@Test
	void columnsAreAssetsWhoseIdsLeadToTheirTable() {
		JsonNode columns = items("?sourceId=" + source + "&type=COLUMN&size=500");
		assertThat(names(columns)).containsExactlyInAnyOrder("email", "full_name", "id", "we\"ird.name", "email", "customer_id",
				"id", "total");
		JsonNode customer = table("customer");
		for (JsonNode column : customer.get("columns")) {
			JsonNode fetched = admin.get(ws() + "/assets/" + column.get("id").asString()).json().get("asset");
			assertThat(fetched.get("type").asString()).isEqualTo("COLUMN");
			assertThat(fetched.get("name").asString()).isEqualTo(column.get("name").asString());
			assertThat(fetched.get("parentId").asString()).isEqualTo(customer.get("asset").get("id").asString());
			assertThat(fetched.get("qualifiedName").asString())
					.isEqualTo(customer.get("asset").get("qualifiedName").asString() + "." + quoted(column.get("name").asString()));
		}
		assertThat(names(customer.get("columns"))).containsExactly("id", "email", "we\"ird.name", "full_name");
		assertThat(customer.get("columns").get(1).get("length").asInt()).isEqualTo(100);
	}

	@Test
	void findsAssetsOfEveryKindByPartOfTheirName() {
		JsonNode email = items("?sourceId=" + source + "&name=EMAIL");
		assertThat(email).extracting(a -> a.get("type").asString() + " " + a.get("qualifiedName").asString()).containsExactly(
				"COLUMN shop." + database + ".shop.customer.email", "VIEW shop." + database + ".shop.emails",
				"COLUMN shop." + database + ".shop.emails.email");
		assertThat(names(items("?sourceId=" + source + "&name=" + encode("e\"ird")))).containsExactly("we\"ird.name");
		assertThat(names(items("?sourceId=" + source + "&name=" + encode("d.n") + "&type=COLUMN"))).containsExactly("we\"ird.name");
		assertThat(names(items("?sourceId=" + source + "&name=" + encode("%")))).isEmpty();
		assertThat(names(items("?sourceId=" + source + "&name=id&type=TABLE"))).isEmpty();
	}

	@Test
	void longCommentsAreKeptWhole() {
		JsonNode orders = table("orders");
		assertThat(orders.get("asset").get("description").asString()).isEqualTo(LONG_COMMENT);
		assertThat(column("orders", "total").get("description").asString()).isEqualTo(LONG_COMMENT);
	}

	@Test
	void aQualifiedNameFindsExactlyOneColumn() {
		JsonNode weird = table("customer").get("columns").get(2);
		String qualifiedName = "shop." + database + ".shop.customer.\"we\"\"ird.name\"";
		JsonNode found = items("?qualifiedName=" + encode(qualifiedName));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).get("id").asString()).isEqualTo(weird.get("id").asString());
		assertThat(items("?qualifiedName=" + encode("shop." + database + ".shop.customer"))).hasSize(1);
	}

	@Test
	void browsingTheHierarchyReachesColumnsAndStopsThere() {
		String schema = items("?sourceId=" + source + "&type=SCHEMA&name=shop").get(0).get("id").asString();
		assertThat(names(items("?parentId=" + schema))).containsExactly("customer", "emails", "orders");
		String customer = table("customer").get("asset").get("id").asString();
		JsonNode columns = items("?parentId=" + customer);
		assertThat(names(columns)).containsExactlyInAnyOrder("id", "email", "we\"ird.name", "full_name");
		JsonNode none = admin.get(ws() + "/assets?parentId=" + columns.get(0).get("id").asString()).json();
		assertThat(none.get("total").asLong()).isZero();
	}

	@Test
	void pagesOfColumnsNeitherOverlapNorSkip() {
		List<String> all = new ArrayList<>();
		items("?sourceId=" + source + "&size=500").forEach(a -> all.add(a.get("id").asString()));
		assertThat(all).as("a schema, three relations, eight columns at least").hasSizeGreaterThanOrEqualTo(12);
		List<String> paged = new ArrayList<>();
		for (int page = 0; paged.size() < all.size() && page < all.size(); page++) {
			JsonNode result = admin.get(ws() + "/assets?sourceId=" + source + "&page=" + page + "&size=3").json();
			assertThat(result.get("total").asLong()).isEqualTo(all.size());
			result.get("items").forEach(a -> paged.add(a.get("id").asString()));
		}
		assertThat(paged).isEqualTo(all);
	}

	@Test
	void aColumnDroppedAndAddedBackKeepsItsId() {
		String url = Databases.postgresUrl(database);
		Databases.execute(url, "postgres", "", "CREATE TABLE shop.churn (id INT, note TEXT)");
		discover();
		String note = column("churn", "note").get("id").asString();

		Databases.execute(url, "postgres", "", "ALTER TABLE shop.churn DROP COLUMN note");
		assertThat(discover().get("deleted").asInt()).isEqualTo(1);
		assertThat(names(table("churn").get("columns"))).containsExactly("id");
		JsonNode gone = admin.get(ws() + "/assets/" + note).json().get("asset");
		assertThat(gone.get("deleted").asBoolean()).isTrue();
		assertThat(gone.get("deletedAt").isNull()).isFalse();
		assertThat(items("?sourceId=" + source + "&name=note")).isEmpty();
		assertThat(items("?sourceId=" + source + "&name=note&includeDeleted=true")).hasSize(1);

		Databases.execute(url, "postgres", "", "ALTER TABLE shop.churn ADD COLUMN note VARCHAR(20)");
		JsonNode report = discover();
		assertThat(report.get("updated").asInt()).as("the table and its column").isEqualTo(2);
		JsonNode back = column("churn", "note");
		assertThat(back.get("id").asString()).isEqualTo(note);
		assertThat(back.get("deleted").asBoolean()).isFalse();
		assertThat(back.get("length").asInt()).isEqualTo(20);
		assertThat(back.get("version").asLong()).isEqualTo(2);

		Databases.execute(url, "postgres", "", "DROP TABLE shop.churn");
		assertThat(discover().get("deleted").asInt()).as("the table and its two columns").isEqualTo(3);
	}

	@Test
	void alteredTablesShowInTheSourcesSchemaHistory() {
		String url = Databases.postgresUrl(database);
		Databases.execute(url, "postgres", "", "CREATE TABLE shop.drift (id INT, a TEXT, b INT, c VARCHAR(10))");
		discover();
		String c = column("drift", "c").get("id").asString();

		Databases.execute(url, "postgres", "", "ALTER TABLE shop.drift ADD COLUMN e BOOLEAN",
				"ALTER TABLE shop.drift DROP COLUMN a", "ALTER TABLE shop.drift ALTER COLUMN b TYPE BIGINT",
				"ALTER TABLE shop.drift RENAME COLUMN c TO c2");
		JsonNode drift = discover().get("drift");
		assertThat(drift.get("baseline").asBoolean()).isFalse();
		assertThat(drift.get("added").asInt()).isEqualTo(1);
		assertThat(drift.get("removed").asInt()).isEqualTo(1);
		assertThat(drift.get("renamed").asInt()).isEqualTo(1);
		assertThat(drift.get("changed").asInt()).isEqualTo(1);

		JsonNode changes = admin.get(ws() + "/sources/" + source + "/schema-changes?changeSet="
				+ drift.get("changeSet").asString()).json().get("items");
		String table = "shop." + database + ".shop.drift.";
		assertThat(changes).extracting(change -> change.get("kind").asString() + " "
				+ change.get("qualifiedName").asString().substring(table.length()))
				.containsExactly("REMOVED a", "TYPE_CHANGED b", "RENAMED c2", "ADDED e");
		assertThat(changes.get(2).get("assetId").asString()).as("the renamed column kept its id").isEqualTo(c);
		assertThat(column("drift", "c2").get("id").asString()).isEqualTo(c);
		assertThat(changes.get(1).get("after").get("dataType").asString()).isEqualTo("bigint");

		String tableId = table("drift").get("asset").get("id").asString();
		JsonNode history = admin.get(ws() + "/assets/" + tableId + "/schema-changes").json().get("items");
		assertThat(history).as("the table's own history holds its columns' changes, newest first")
				.extracting(change -> change.get("kind").asString()).containsExactly("REMOVED", "TYPE_CHANGED", "RENAMED",
						"ADDED", "ADDED");
		assertThat(history.get(4).get("assetId").asString()).isEqualTo(tableId);
		JsonNode renames = admin.get(ws() + "/sources/" + source + "/schema-changes?kind=RENAMED").json().get("items");
		assertThat(renames).extracting(change -> change.get("assetId").asString()).contains(c);

		Databases.execute(url, "postgres", "", "DROP TABLE shop.drift");
		assertThat(discover().get("drift").get("removed").asInt()).as("the table, not each column").isEqualTo(1);
	}

	@Test
	void anotherWorkspaceCannotReachAColumn() {
		String column = table("customer").get("columns").get(1).get("id").asString();
		String other = createWorkspace("catalog-other");
		assertThat(admin.get("/api/v1/workspaces/" + other + "/assets/" + column).status()).isEqualTo(404);
		assertThat(member(other, "ANALYST").get(ws() + "/assets/" + column).status()).isEqualTo(404);
	}

	private JsonNode discover() {
		return admin.post(ws() + "/sources/" + source + "/discover?wait=true", null).json().get("catalog");
	}

	private JsonNode table(String name) {
		for (JsonNode item : items("?sourceId=" + source + "&name=" + name)) {
			if (item.get("name").asString().equals(name) && !item.get("type").asString().equals("COLUMN")) {
				return admin.get(ws() + "/assets/" + item.get("id").asString()).json();
			}
		}
		throw new AssertionError("no relation " + name);
	}

	private JsonNode column(String table, String name) {
		for (JsonNode column : table(table).get("columns")) {
			if (column.get("name").asString().equals(name)) {
				return column;
			}
		}
		throw new AssertionError("no column " + table + "." + name);
	}

	private JsonNode items(String query) {
		return admin.get(ws() + "/assets" + query).json().get("items");
	}

	private static List<String> names(JsonNode assets) {
		List<String> names = new ArrayList<>();
		assets.forEach(a -> names.add(a.get("name").asString()));
		return names;
	}

	private static String quoted(String name) {
		return name.matches("[^.\"\\s]+") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
