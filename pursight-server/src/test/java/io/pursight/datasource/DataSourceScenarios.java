package io.pursight.datasource;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.pursight.testing.Api;
import io.pursight.testing.Await;
import io.pursight.testing.CuttingProxy;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data sources end to end through the API against the real PostgreSQL and MariaDB servers:
 * registration, sealed credentials, connection failures, discovery of the sample datasets,
 * re-discovery after DDL and a connection dropped mid-scan. Run once per metadata store.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class DataSourceScenarios extends ServerTestSupport {

	private static final List<String> CHINOOK_TABLES = List.of("album", "artist", "customer", "employee", "genre",
			"invoice", "invoice_line", "media_type", "playlist", "playlist_track", "track");

	static String chinookPg;
	static String chinookMaria;

	@Autowired
	JdbcClient store;

	String workspace;

	@BeforeAll
	static void loadChinook() {
		chinookPg = Databases.createPostgres("pursight_ds_chinook");
		Databases.loadPostgres(chinookPg, Databases.dataset("chinook/chinook-postgresql.sql"));
		chinookMaria = Databases.createMariaDb("pursight_ds_chinook");
		Databases.loadMariaDb(chinookMaria, Databases.dataset("chinook/chinook-mysql.sql"));
	}

	@AfterAll
	static void dropChinook() {
		Databases.dropPostgres(chinookPg);
		Databases.dropMariaDb(chinookMaria);
	}

	@BeforeEach
	void workspace() {
		workspace = createWorkspace("ds");
	}

	Api admin() {
		return admin;
	}

	@Test
	void discoversChinookOnPostgresIntoTheCatalog() {
		String source = register(pg("chinook-pg", chinookPg, 5432));
		JsonNode report = discover(source);
		assertThat(report.get("catalog").get("tables").asInt()).isEqualTo(11);
		assertThat(report.get("catalog").get("columns").asInt()).isEqualTo(64);
		assertThat(report.get("statementsSent").asInt()).isBetween(1, 12);
		assertThat(tableNames(source)).containsExactlyElementsOf(CHINOOK_TABLES);

		JsonNode customer = detail(source, "customer");
		assertThat(names(customer.get("columns"))).containsExactly("customer_id", "first_name", "last_name", "company",
				"address", "city", "state", "country", "postal_code", "phone", "fax", "email", "support_rep_id");
		JsonNode firstName = customer.get("columns").get(1);
		assertThat(firstName.get("length").asInt()).isEqualTo(40);
		assertThat(firstName.get("nullable").asBoolean()).isFalse();
		assertThat(customer.get("asset").get("qualifiedName").asString()).isEqualTo("chinook-pg." + chinookPg + ".public.customer");
		assertThat(customer.get("primaryKey").get("columns").get(0).asString()).isEqualTo("customer_id");
		assertThat(foreignKeys(customer)).containsExactly("customer(support_rep_id) -> public.employee(employee_id)");
		assertThat(foreignKeys(detail(source, "invoice_line"))).containsExactlyInAnyOrder(
				"invoice_line(invoice_id) -> public.invoice(invoice_id)", "invoice_line(track_id) -> public.track(track_id)");
		assertThat(admin().get(sources() + "/" + source).json().get("state").asString()).isIn("CATALOGED", "MONITORING");
	}

	@Test
	void discoversChinookOnMariaDbIntoTheCatalog() {
		String source = register(Map.of("name", "chinook-maria", "engine", "MARIADB", "host", "127.0.0.1", "port", 3306,
				"database", chinookMaria, "username", "root", "password", ""));
		JsonNode report = discover(source);
		assertThat(report.get("catalog").get("tables").asInt()).isEqualTo(11);
		assertThat(tableNames(source)).containsExactly("Album", "Artist", "Customer", "Employee", "Genre", "Invoice",
				"InvoiceLine", "MediaType", "Playlist", "PlaylistTrack", "Track");
		assertThat(foreignKeys(detail(source, "Invoice"))).containsExactly(
				"Invoice(CustomerId) -> " + chinookMaria + ".Customer(CustomerId)");
	}

	@Test
	void rediscoveryKeepsIdsAppliesChangesAndMarksDeletions() {
		String db = Databases.createPostgres("pursight_ds_ddl");
		try {
			String url = Databases.postgresUrl(db);
			Databases.execute(url, "postgres", "", "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(40), age INT, note TEXT)",
					"CREATE TABLE pets (id INT PRIMARY KEY, owner_id INT REFERENCES people(id), kind VARCHAR(10))",
					"CREATE TABLE doomed (id INT)");
			String source = register(pg("ddl", db, 5432));
			discover(source);
			Map<String, String> before = assetIds(source);

			Databases.execute(url, "postgres", "", "ALTER TABLE people ADD COLUMN email VARCHAR(100)",
					"ALTER TABLE people DROP COLUMN note", "ALTER TABLE people ALTER COLUMN name TYPE VARCHAR(80)",
					"DROP TABLE doomed");
			JsonNode report = discover(source).get("catalog");
			Map<String, String> after = assetIds(source);

			assertThat(report.get("created").asInt()).isEqualTo(1);
			assertThat(report.get("deleted").asInt()).isEqualTo(3);
			assertThat(after.get("public.people.name")).isEqualTo(before.get("public.people.name"));
			assertThat(after.get("public.pets")).isEqualTo(before.get("public.pets"));
			assertThat(after).containsKey("public.people.email").doesNotContainKeys("public.people.note", "public.doomed");
			JsonNode name = detail(source, "people").get("columns").get(1);
			assertThat(name.get("length").asInt()).isEqualTo(80);
			assertThat(name.get("version").asLong()).isEqualTo(1);
			JsonNode deleted = admin().get(assets() + "?sourceId=" + source + "&includeDeleted=true&name=doomed").json();
			assertThat(deleted.get("items").get(0).get("deleted").asBoolean()).isTrue();
			assertThat(deleted.get("items").get(0).get("deletedAt").isNull()).isFalse();

			Databases.execute(url, "postgres", "", "CREATE TABLE doomed (id INT)");
			discover(source);
			assertThat(assetIds(source).get("public.doomed")).isEqualTo(before.get("public.doomed"));
			JsonNode unchanged = discover(source).get("catalog");
			assertThat(unchanged.get("created").asInt() + unchanged.get("updated").asInt() + unchanged.get("deleted").asInt())
					.isZero();
		}
		finally {
			Databases.dropPostgres(db);
		}
	}

	@Test
	void credentialsAreSealedAndNeverShown(CapturedOutput output) {
		String password = "Sealed-" + Databases.randomName("pw");
		Map<String, Object> definition = new LinkedHashMap<>(pg("sealed", chinookPg, 5432));
		definition.put("password", password);
		Api.Response created = admin().post(sources(), definition);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("passwordSet").asBoolean()).isTrue();
		String id = created.id();
		admin().post(sources() + "/" + id + "/test-connection", null);
		discover(id);

		assertThat(created.body()).doesNotContain(password);
		assertThat(admin().get(sources() + "/" + id).body()).doesNotContain(password);
		assertThat(admin().get(sources()).body()).doesNotContain(password);
		String sealed = store.sql("SELECT secret FROM data_sources WHERE id = ?").param(java.util.UUID.fromString(id))
				.query(String.class).single();
		assertThat(sealed).doesNotContain(password).isNotBlank();
		assertThat(output.getAll()).doesNotContain(password);

		Api.Response renamed = admin().put(sources() + "/" + id, Map.of("name", "sealed-renamed", "engine", "POSTGRESQL",
				"host", "127.0.0.1", "port", 5432, "database", chinookPg, "username", "postgres"), Map.of("If-Match", etag(id)));
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(store.sql("SELECT secret FROM data_sources WHERE id = ?").param(java.util.UUID.fromString(id))
				.query(String.class).single()).as("omitting the password keeps it").isEqualTo(sealed);
		Api.Response stale = admin().put(sources() + "/" + id, definition, Map.of("If-Match", "\"0\""));
		assertThat(stale.status()).isEqualTo(409);
	}

	@Test
	void explainsEachKindOfConnectionFailure() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(testConnection(pg("refused", "postgres", closedPort))).isEqualTo("CONNECTION_REFUSED");
		assertThat(testConnection(Map.of("name", "unknown-host", "engine", "POSTGRESQL", "host", "no-such-host.invalid",
				"database", "postgres", "username", "postgres", "password", ""))).isEqualTo("UNKNOWN_HOST");
		assertThat(testConnection(pg("unknown-db", "no_such_database_here", 5432))).isEqualTo("UNKNOWN_DATABASE");
		String user = Databases.randomName("pursight_u");
		Databases.execute(Databases.MARIADB_ADMIN_URL, "root", "", "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'right-password'",
				"CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'right-password'");
		try {
			assertThat(testConnection(Map.of("name", "wrong-pw", "engine", "MARIADB", "host", "127.0.0.1", "port", 3306,
					"username", user, "password", "wrong-password"))).isEqualTo("AUTHENTICATION_FAILED");
		}
		finally {
			Databases.execute(Databases.MARIADB_ADMIN_URL, "root", "", "DROP USER '" + user + "'@'%'", "DROP USER '" + user + "'@'localhost'");
		}
		try (ServerSocket silent = new ServerSocket(0)) {
			assertThat(testConnection(pg("silent", "postgres", silent.getLocalPort()))).isEqualTo("TIMEOUT");
		}

		String source = register(pg("refused-registered", "postgres", closedPort));
		JsonNode check = admin().post(sources() + "/" + source + "/test-connection", null).json();
		assertThat(check.get("errorCode").asString()).isEqualTo("CONNECTION_REFUSED");
		assertThat(admin().get(sources() + "/" + source).json().get("state").asString()).isEqualTo("FAILED");
		JsonNode history = admin().get(sources() + "/" + source + "/health-checks").json();
		assertThat(history.get("items").get(0).get("status").asString()).isEqualTo("CONNECTION_REFUSED");
		Api.Response failed = admin().post(sources() + "/" + source + "/discover?wait=true", null);
		assertThat(failed.status()).isEqualTo(422);
		assertThat(failed.json().get("errorCode").asString()).isEqualTo("CONNECTION_REFUSED");
	}

	@Test
	void aConnectionDroppedMidScanLeavesTheCatalogAsItWas() throws Exception {
		try (CuttingProxy proxy = new CuttingProxy(5432)) {
			String source = register(pg("flaky", chinookPg, proxy.port()));
			discover(source);
			Map<String, String> before = assetIds(source);

			proxy.cutAfter(3_000);
			Api.Response failed = admin().post(sources() + "/" + source + "/discover?wait=true", null);
			assertThat(failed.status()).as(failed.toString()).isEqualTo(422);
			assertThat(failed.json().get("detail").asString()).contains("catalog was left unchanged");
			assertThat(admin().get(sources() + "/" + source).json().get("state").asString()).isEqualTo("FAILED");
			assertThat(assetIds(source)).isEqualTo(before);

			proxy.heal();
			JsonNode recovered = discover(source).get("catalog");
			assertThat(recovered.get("deleted").asInt()).isZero();
			assertThat(assetIds(source)).isEqualTo(before);
		}
	}

	@Test
	void healthChecksRunOnTheirOwnAndRecordStatusAndLatency() {
		String source = register(pg("watched", chinookPg, 5432));
		// checks run every 2 s in the tests; the scheduler's first pass may wait for a busy machine
		JsonNode latest = Await.await("a scheduled health check of " + source).atMost(Duration.ofSeconds(30))
				.until(() -> admin().get(sources() + "/" + source + "/health-checks").json().get("items"), items -> !items.isEmpty())
				.get(0);
		assertThat(latest.get("status").asString()).isEqualTo("HEALTHY");
		assertThat(latest.get("latencyMillis").asLong()).isNotNegative();
		JsonNode health = admin().get(sources() + "/" + source).json().get("health");
		assertThat(health.get("status").asString()).isEqualTo("HEALTHY");
		assertThat(admin().get(sources() + "/" + source).json().get("state").asString()).isEqualTo("CONNECTED");
	}

	@Test
	void refusesEmbeddedDatabasesOutsideTheSourcesDirectory() {
		Api.Response r = admin().post(sources(), Map.of("name", "sneaky", "engine", "H2",
				"jdbcUrl", "jdbc:h2:file:/etc/pursight-not-allowed", "username", "sa", "password", ""));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("detail").asString()).contains("this workspace's own directory");
	}

	// --- helpers

	String sources() {
		return "/api/v1/workspaces/" + workspace + "/sources";
	}

	String assets() {
		return "/api/v1/workspaces/" + workspace + "/assets";
	}

	static Map<String, Object> pg(String name, String database, int port) {
		Map<String, Object> definition = new HashMap<>(Map.of("name", name, "engine", "POSTGRESQL", "host", "127.0.0.1",
				"port", port, "database", database, "username", "postgres"));
		definition.put("password", "");
		return definition;
	}

	String register(Map<String, Object> definition) {
		Api.Response r = admin().post(sources(), definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.header("Location")).endsWith("/sources/" + r.id());
		return r.id();
	}

	JsonNode discover(String source) {
		Api.Response r = admin().post(sources() + "/" + source + "/discover?wait=true", null);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	String testConnection(Map<String, Object> definition) {
		Api.Response r = admin().post(sources() + "/test-connection", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().get("ok").asBoolean()).isFalse();
		assertThat(r.json().get("message").asString()).isNotBlank();
		return r.json().get("errorCode").asString();
	}

	String etag(String source) {
		return admin().get(sources() + "/" + source).header("ETag");
	}

	List<String> tableNames(String source) {
		return names(admin().get(assets() + "?sourceId=" + source + "&type=TABLE&size=500").json().get("items"));
	}

	JsonNode detail(String source, String table) {
		JsonNode items = admin().get(assets() + "?sourceId=" + source + "&type=TABLE&name=" + table).json().get("items");
		for (JsonNode item : items) {
			if (item.get("name").asString().equals(table)) {
				return admin().get(assets() + "/" + item.get("id").asString()).json();
			}
		}
		throw new AssertionError("no table " + table);
	}

	/** Path below the database (schema.table.column) → id, for assets not deleted. */
	Map<String, String> assetIds(String source) {
		Map<String, String> ids = new HashMap<>();
		JsonNode items = admin().get(assets() + "?sourceId=" + source + "&size=500").json().get("items");
		for (JsonNode item : items) {
			String qualified = item.get("qualifiedName").asString();
			String[] parts = qualified.split("\\.", 3);
			ids.put(parts[2], item.get("id").asString());
		}
		return ids;
	}

	static List<String> names(JsonNode items) {
		return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("name").asString()).toList();
	}

	static List<String> foreignKeys(JsonNode detail) {
		List<String> keys = new ArrayList<>();
		String table = detail.get("asset").get("name").asString();
		for (JsonNode fk : detail.get("foreignKeys")) {
			keys.add(table + "(" + String.join(",", texts(fk.get("columns")))+ ") -> " + fk.get("referencedSchema").asString()
					+ "." + fk.get("referencedTable").asString() + "(" + String.join(",", texts(fk.get("referencedColumns"))) + ")");
		}
		return keys;
	}

	private static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}
}
