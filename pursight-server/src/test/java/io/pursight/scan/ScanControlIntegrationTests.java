package io.pursight.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pursight.scanrules.ScanRuleSets;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.pursight.scan.ScanRunIntegrationTests.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Controlling a scan while it reads its objects, on a real PostgreSQL database: pause and resume, cancel, an
 * object retried after a lock was released, a run that fails past its error share, and the run's objects with
 * what became of each. Locks held by a "migration" connection keep the workers busy long enough to act on the run.
 */
class ScanControlIntegrationTests extends ServerTestSupport {

	static final int TABLES = 6;
	static String database;
	static String scanner;

	String workspace;
	String source;

	@BeforeAll
	static void aDatabaseOfSixTables() {
		database = Databases.createPostgres("pursight_scan_control");
		scanner = Databases.randomName("pursight_reader");
		List<String> statements = new ArrayList<>();
		for (int t = 0; t < TABLES; t++) {
			statements.add("CREATE TABLE t" + t + " (id INTEGER PRIMARY KEY, email VARCHAR(100))");
			statements.add("INSERT INTO t" + t + " SELECT i, 'p' || i || '@example.com' FROM generate_series(1, 30) i");
		}
		statements.add("CREATE TABLE secret_a (id INTEGER PRIMARY KEY)");
		statements.add("CREATE TABLE secret_b (id INTEGER PRIMARY KEY)");
		statements.add("CREATE ROLE " + scanner + " LOGIN");
		statements.add("GRANT CONNECT ON DATABASE " + database + " TO " + scanner);
		statements.add("GRANT USAGE ON SCHEMA public TO " + scanner);
		statements.add("GRANT SELECT ON t0 TO " + scanner);
		Databases.execute(Databases.postgresUrl(database), "postgres", "", statements.toArray(String[]::new));
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
		Databases.execute(Databases.PG_ADMIN_URL, "postgres", "", "DROP ROLE IF EXISTS " + scanner);
	}

	@BeforeEach
	void aDiscoveredSource() {
		workspace = createWorkspace("scan-control");
		source = register("postgres");
		assertThat(admin.post(ws() + "/sources/" + source + "/discover?wait=true", null).status()).isEqualTo(200);
	}

	@Test
	void aPausedRunStopsReadingUntilResumedAndThenFinishesEveryObjectOnce() throws SQLException {
		String location;
		try (Connection migration = lockAllTables()) {
			location = scan();
			awaitState(location, "RUNNING");
			Api.Response paused = admin.post(location + "/pause", null);
			assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
			assertThat(paused.json().get("state").asString()).isEqualTo("PAUSED");
			assertThat(admin.post(location + "/pause", null).status()).as("a paused run cannot pause again")
					.isEqualTo(409);
			migration.rollback();
		}
		// the workers leave after the object each was reading; nothing more is read while paused
		await().atMost(Duration.ofSeconds(20)).until(() -> count(location, "RUNNING") == 0);
		int doneWhilePaused = admin.get(location).json().get("progress").get("objectsDone").asInt();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
				.until(() -> admin.get(location).json().get("progress").get("objectsDone").asInt() == doneWhilePaused);
		assertThat(doneWhilePaused).isLessThan(TABLES + 2);

		Api.Response resumed = admin.post(location + "/resume", null);
		assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
		JsonNode run = awaitFinished(admin, location);

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		assertThat(run.get("progress").get("objectsDone").asInt()).isEqualTo(TABLES + 2);
		assertThat(run.get("summary").get("objectsScanned").asInt()).isEqualTo(TABLES + 2);
		assertThat(count(location, "SCANNED")).isEqualTo(TABLES + 2);
		assertThat(admin.post(location + "/resume", null).status()).as("a finished run cannot resume").isEqualTo(409);
	}

	@Test
	void aCancelledRunReadsNothingMoreAndHandsTheSourceBackAtOnce() throws SQLException {
		String location;
		try (Connection migration = lockAllTables()) {
			location = scan();
			awaitState(location, "RUNNING");
			Api.Response cancelled = admin.post(location + "/cancel", null);
			assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
			assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
			assertThat(cancelled.json().get("finishedAt").isNull()).isFalse();
			assertThat(admin.get(ws() + "/sources/" + source).json().get("state").asString())
					.isIn("CATALOGED", "MONITORING");
			migration.rollback();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> count(location, "RUNNING") == 0);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> count(location, "SCANNED") == 0);
		assertThat(admin.get(location).json().get("state").asString()).isEqualTo("CANCELLED");
		assertThat(admin.post(location + "/cancel", null).status()).as("cancelled is final").isEqualTo(409);
		// the source is free for the next run
		JsonNode next = awaitFinished(admin, scan());
		assertThat(next.get("state").asString()).as(next.toString()).isEqualTo("COMPLETED");
	}

	@Test
	void anObjectLockedForAWhileIsRetriedAndScannedOnceTheLockIsGone() throws Exception {
		String location;
		try (Connection migration = lock("t1")) {
			location = scan();
			// the first read of t1 times out (3 s in the tests); the lock goes before the retry ends
			await().atMost(Duration.ofSeconds(20)).until(() -> admin.get(location).json().get("progress")
					.get("errors").asInt() >= 1);
			migration.rollback();
		}
		JsonNode run = awaitFinished(admin, location);

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		JsonNode t1 = object(location, "t1");
		assertThat(t1.get("state").asString()).isEqualTo("SCANNED");
		assertThat(t1.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(t1.get("error").isNull()).as("a retried object that was scanned carries no error").isTrue();
		assertThat(run.get("progress").get("errors").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(run.get("summary").get("objectsFailed").asInt()).isZero();
	}

	@Test
	void aRunFailsPastItsErrorShareKeepingWhatItStoredAndNamingEveryFailedObject() {
		String limited = register(scanner);
		assertThat(admin.post(ws() + "/sources/" + limited + "/discover?wait=true", null).status()).isEqualTo(200);

		JsonNode run = awaitFinished(admin, scan(limited));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("FAILED");
		assertThat(run.get("error").get("status").asInt()).isEqualTo(409);
		assertThat(run.get("error").get("detail").asString()).contains("7 of 8 objects could not be scanned",
				"more than the rule set allows (50%)");
		assertThat(run.get("summary").get("objectsScanned").asInt()).as("t0 was readable and is stored").isEqualTo(1);
		assertThat(run.get("summary").get("objectsFailed").asInt()).isEqualTo(7);
		JsonNode failed = admin.get(runLocation(run) + "/objects?state=FAILED&size=100").json();
		assertThat(failed.get("total").asInt()).isEqualTo(7);
		for (JsonNode object : failed.get("items")) {
			assertThat(object.get("error").get("step").asString()).isEqualTo("sample");
			assertThat(object.get("error").get("sqlState").asString()).isEqualTo("42501");
			assertThat(object.get("error").get("message").asString()).contains("GRANT SELECT");
			assertThat(object.get("attempts").asInt()).as("permission denied is not retried").isEqualTo(1);
		}
		assertThat(admin.get(ws() + "/sources/" + limited).json().get("state").asString())
				.isIn("CATALOGED", "MONITORING");
	}

	@Test
	void theObjectsOfARunArePagedAndFilteredAndStayInTheirWorkspace() {
		JsonNode run = awaitFinished(admin, scan());
		String location = runLocation(run);

		JsonNode page = admin.get(location + "/objects?size=3").json();
		assertThat(page.get("total").asInt()).isEqualTo(TABLES + 2);
		assertThat(page.get("items")).hasSize(3);
		assertThat(page.get("items").get(0).get("schema").asString()).isEqualTo("public");
		assertThat(admin.get(location + "/objects?state=FAILED").json().get("total").asInt()).isZero();
		assertThat(admin.get(location + "/objects?state=BOGUS").status()).isEqualTo(400);

		String other = createWorkspace("scan-control-other");
		String foreign = "/api/v1/workspaces/" + other + "/scan-runs/" + run.get("id").asString();
		assertThat(admin.get(foreign + "/objects").status()).isEqualTo(404);
		assertThat(admin.post(foreign + "/cancel", null).status()).isEqualTo(404);
		Api analyst = member(workspace, "ANALYST");
		assertThat(analyst.get(location + "/objects").status()).as("every member follows runs").isEqualTo(200);
		assertThat(analyst.post(location + "/pause", null).status()).as("only stewards control them").isEqualTo(403);
	}

	// --- helpers

	String scan() {
		return scan(source);
	}

	String scan(String id) {
		Api.Response r = admin.post(ws() + "/sources/" + id + "/scans",
				Map.of("ruleSetId", ScanRuleSets.FULL_PII.toString()));
		assertThat(r.status()).as(r.toString()).isEqualTo(202);
		return r.header("Location");
	}

	/** Holds ACCESS EXCLUSIVE locks on every table until the returned connection rolls back or closes. */
	Connection lockAllTables() throws SQLException {
		List<String> tables = new ArrayList<>(List.of("secret_a", "secret_b"));
		for (int t = 0; t < TABLES; t++) {
			tables.add("t" + t);
		}
		return lock(tables.toArray(String[]::new));
	}

	Connection lock(String... tables) throws SQLException {
		Connection c = DriverManager.getConnection(Databases.postgresUrl(database), "postgres", "");
		c.setAutoCommit(false);
		try (Statement s = c.createStatement()) {
			s.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
		}
		return c;
	}

	void awaitState(String location, String state) {
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
				.until(() -> admin.get(location).json().get("state").asString().equals(state));
	}

	int count(String location, String state) {
		return admin.get(location + "/objects?state=" + state).json().get("total").asInt();
	}

	JsonNode object(String location, String table) {
		for (JsonNode o : admin.get(location + "/objects?size=100").json().get("items")) {
			if (o.get("table").asString().equals(table)) {
				return o;
			}
		}
		throw new AssertionError("no object " + table);
	}

	String runLocation(JsonNode run) {
		return ws() + "/scan-runs/" + run.get("id").asString();
	}

	String register(String user) {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "control-" + user, "engine", "POSTGRESQL",
				"host", "127.0.0.1", "port", 5432, "database", database, "username", user));
		definition.put("password", "");
		Api.Response r = admin.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
