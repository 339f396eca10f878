package io.pursight.classification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects real databases are full of, which cannot be read, cost one object each and never the run: an
 * unpopulated materialized view, a table the scanning account may not read, a table locked by another
 * transaction past the sample timeout and a foreign table whose remote server is gone on PostgreSQL, a view whose table was dropped (and that table, dropped since
 * discovery) on MariaDB. Each is reported
 * in the run's results (object, step, SQL state, message) and logged at WARN with the source and object named;
 * every readable table, a partitioned one and a foreign one included, is classified, and labels of a failed table stay as they were.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnreadableObjectsIntegrationTests extends ServerTestSupport {

	static String pg;
	static String maria;
	static String scanner;

	String workspace;

	@BeforeAll
	static void databasesWithAwkwardObjects() {
		pg = Databases.createPostgres("pursight_awkward");
		scanner = Databases.randomName("pursight_scanner");
		Databases.execute(Databases.postgresUrl(pg), "postgres", "",
				"CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"INSERT INTO customers SELECT i, 'person' || i || '@example.com' FROM generate_series(1, 40) i",
				"CREATE TABLE ledger (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"INSERT INTO ledger SELECT i, 'payer' || i || '@example.com' FROM generate_series(1, 40) i",
				"CREATE TABLE payroll (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"INSERT INTO payroll SELECT i, 'staff' || i || '@example.com' FROM generate_series(1, 40) i",
				"CREATE MATERIALIZED VIEW customer_emails AS SELECT email FROM customers WITH NO DATA",
				"CREATE TABLE events (id INTEGER, email VARCHAR(100), at DATE NOT NULL) PARTITION BY RANGE (at)",
				"CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
				"CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
				"INSERT INTO events SELECT i, 'visitor' || i || '@example.com', DATE '2025-06-01' + i * 5 "
						+ "FROM generate_series(1, 40) i",
				// plain tables beside the awkward ones, as in any real database: the failures stay within the error share
				"CREATE TABLE orders (id INTEGER PRIMARY KEY, status VARCHAR(20))",
				"CREATE TABLE products (id INTEGER PRIMARY KEY, title VARCHAR(100))",
				"CREATE TABLE suppliers (id INTEGER PRIMARY KEY, city VARCHAR(100))",
				// foreign tables: one whose remote server answers, one whose remote server is gone
				"CREATE EXTENSION postgres_fdw",
				"CREATE SERVER loopback FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '5432', "
						+ "dbname '" + pg + "')",
				"CREATE SERVER nowhere FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '1', "
						+ "dbname 'gone')",
				"CREATE USER MAPPING FOR PUBLIC SERVER loopback OPTIONS (user 'postgres', password_required 'false')",
				"CREATE USER MAPPING FOR PUBLIC SERVER nowhere OPTIONS (user 'postgres', password_required 'false')",
				"CREATE FOREIGN TABLE remote_customers (id INTEGER, email VARCHAR(100)) SERVER loopback "
						+ "OPTIONS (table_name 'customers')",
				"CREATE FOREIGN TABLE archived_customers (id INTEGER, email VARCHAR(100)) SERVER nowhere "
						+ "OPTIONS (table_name 'customers')",
				"ANALYZE",
				"CREATE ROLE " + scanner + " LOGIN",
				"GRANT CONNECT ON DATABASE " + pg + " TO " + scanner,
				"GRANT USAGE ON SCHEMA public TO " + scanner,
				"GRANT SELECT ON customers, ledger, customer_emails, events, orders, products, suppliers, "
						+ "remote_customers, archived_customers TO " + scanner);
		maria = Databases.createMariaDb("pursight_awkward");
		Databases.execute(Databases.mariaDbUrl(maria), "root", "",
				"CREATE TABLE people (id INT PRIMARY KEY, email VARCHAR(100))",
				"INSERT INTO people SELECT seq, CONCAT('person', seq, '@example.com') FROM seq_1_to_40",
				"CREATE TABLE old_people (id INT PRIMARY KEY, email VARCHAR(100))",
				"CREATE VIEW old_people_view AS SELECT id, email FROM old_people",
				"CREATE TABLE orders (id INT PRIMARY KEY, status VARCHAR(20))",
				"CREATE TABLE products (id INT PRIMARY KEY, title VARCHAR(100))");
	}

	@AfterAll
	static void dropDatabases() {
		Databases.dropPostgres(pg);
		Databases.execute(Databases.PG_ADMIN_URL, "postgres", "", "DROP ROLE IF EXISTS " + scanner);
		Databases.dropMariaDb(maria);
	}

	@BeforeEach
	void aWorkspace() {
		workspace = createWorkspace("awkward");
	}

	@Test
	void eachUnreadablePostgresObjectCostsThatObjectAndIsReported(CapturedOutput output) throws Exception {
		String source = register(Map.of("name", "awkward-pg", "engine", "POSTGRESQL", "host", "127.0.0.1", "port",
				5432, "database", pg, "username", scanner));
		JsonNode discovered = post("/sources/" + source + "/discover?wait=true", null);
		assertThat(discovered.get("catalog").get("tables").asInt())
				.as("partitions are read through their parent; foreign tables count as tables").isEqualTo(9);
		JsonNode first = post("/sources/" + source + "/classify?wait=true", Map.of());
		JsonNode ledgerLabel = label(source, "ledger", "email", "EMAIL_ADDRESS");

		JsonNode report;
		try (Connection migration = DriverManager.getConnection(Databases.postgresUrl(pg), "postgres", "")) {
			migration.setAutoCommit(false);
			try (Statement lock = migration.createStatement()) {
				lock.execute("LOCK TABLE ledger IN ACCESS EXCLUSIVE MODE");
			}
			report = post("/sources/" + source + "/classify?wait=true", Map.of());
			migration.rollback();
		}

		assertThat(failures(first)).containsOnlyKeys("public.customer_emails", "public.payroll",
				"public.archived_customers");
		Map<String, JsonNode> failed = failures(report);
		assertThat(failed).containsOnlyKeys("public.customer_emails", "public.payroll", "public.ledger",
				"public.archived_customers");
		assertThat(report.get("objectsFailed").asInt()).isEqualTo(4);
		assertThat(report.get("tables").asInt()).as("customers, events, remote_customers and the plain tables")
				.isEqualTo(6);
		assertFailure(failed.get("public.customer_emails"), "55000", "REFRESH MATERIALIZED VIEW");
		assertFailure(failed.get("public.payroll"), "42501", "GRANT SELECT");
		assertFailure(failed.get("public.ledger"), "57014", "timed out after " + SAMPLE_TIMEOUT);
		assertThat(label(source, "customers", "email", "EMAIL_ADDRESS")).isNotNull();
		assertThat(label(source, "events", "email", "EMAIL_ADDRESS")).isNotNull();
		assertThat(label(source, "remote_customers", "email", "EMAIL_ADDRESS")).isNotNull();
		assertFailure(failed.get("public.archived_customers"), "08001", "foreign table's remote server");
		JsonNode ledgerAfter = label(source, "ledger", "email", "EMAIL_ADDRESS");
		assertThat(ledgerAfter.get("status")).as("a failed table's labels stay as they were")
				.isEqualTo(ledgerLabel.get("status"));
		assertThat(ledgerAfter.get("version")).isEqualTo(ledgerLabel.get("version"));
		assertThat(runs(source).get("items").get(0).get("state").asString()).isEqualTo("COMPLETED");
		assertThat(runs(source).get("items").get(0).get("reports").get("classify")).isEqualTo(report);
		for (String object : List.of("public.customer_emails", "public.payroll", "public.ledger",
				"public.archived_customers")) {
			assertThat(warnings(output, object)).as(object).anyMatch(line -> line.contains(source));
		}
		assertThat(output.getAll()).doesNotContain("payer1@example.com", "staff1@example.com");
	}

	@Test
	void aMariaDbViewWhoseTableWasDroppedCostsThatView(CapturedOutput output) {
		String source = register(Map.of("name", "awkward-maria", "engine", "MARIADB", "host", "127.0.0.1", "port", 3306,
				"database", maria, "username", "root"));
		post("/sources/" + source + "/discover?wait=true", null);
		Databases.execute(Databases.mariaDbUrl(maria), "root", "", "DROP TABLE old_people");

		JsonNode report = post("/sources/" + source + "/classify?wait=true", Map.of());

		Map<String, JsonNode> failed = failures(report);
		assertThat(failed).containsOnlyKeys(maria + ".old_people_view", maria + ".old_people");
		assertFailure(failed.get(maria + ".old_people_view"), "HY000", "recreate or drop the view");
		assertFailure(failed.get(maria + ".old_people"), "42S02", "discover the source again");
		assertThat(report.get("tables").asInt()).isEqualTo(3);
		assertThat(label(source, "people", "email", "EMAIL_ADDRESS")).isNotNull();
		assertThat(runs(source).get("items").get(0).get("state").asString()).isEqualTo("COMPLETED");
		assertThat(warnings(output, maria + ".old_people_view")).anyMatch(line -> line.contains(source));
	}

	// --- helpers

	static void assertFailure(JsonNode failure, String sqlState, String advice) {
		assertThat(failure.get("step").asString()).isEqualTo("sample");
		assertThat(failure.get("sqlState").asString()).isEqualTo(sqlState);
		assertThat(failure.get("message").asString()).contains(advice);
		assertThat(failure.get("assetId").isNull()).isFalse();
	}

	static Map<String, JsonNode> failures(JsonNode report) {
		Map<String, JsonNode> byObject = new HashMap<>();
		report.get("failures").forEach(f -> byObject.put(f.get("object").asString(), f));
		assertThat(report.get("objectsFailed").asInt()).isEqualTo(byObject.size());
		return byObject;
	}

	static List<String> warnings(CapturedOutput output, String object) {
		return output.getAll().lines().filter(line -> line.contains("WARN") && line.contains(object)).toList();
	}

	String register(Map<String, Object> fields) {
		Map<String, Object> definition = new HashMap<>(fields);
		definition.put("password", "");
		Api.Response r = admin.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	JsonNode post(String path, Object body) {
		Api.Response r = admin.post(ws() + path, body);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	JsonNode runs(String source) {
		return admin.get(ws() + "/scan-runs?sourceId=" + source).json();
	}

	JsonNode label(String source, String table, String column, String type) {
		List<JsonNode> labels = new ArrayList<>();
		admin.get(ws() + "/classifications?type=" + type + "&sourceId=" + source + "&size=500").json().get("items")
				.forEach(labels::add);
		return labels.stream()
				.filter(l -> l.get("table").asString().equals(table) && l.get("column").asString().equals(column))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type + " label on " + table + "." + column));
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
