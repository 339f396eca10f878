package io.pursight.scan;

import java.time.Duration;
import java.util.Map;

import io.pursight.scanrules.ScanRuleSets;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static io.pursight.scan.ScanRunIntegrationTests.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full scans through the API on a real PostgreSQL database: an incremental run reads again only what changed
 * (data, structure) since the last completed run with the same rules; a scan's drift is recorded under its id;
 * its profiles keep no value of a sensitive column; and a schedule's slot becomes a scan run.
 */
class IncrementalScanIntegrationTests extends ServerTestSupport {

	static String database;

	@Autowired
	JdbcClient store;

	String workspace;
	String source;

	@BeforeAll
	static void aDatabaseOfThreeTables() {
		database = Databases.createPostgres("pursight_incremental");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100), city VARCHAR(50))",
				"INSERT INTO customers SELECT i, 'person' || i || '@example.com', 'Lyon' FROM generate_series(1, 60) i",
				"CREATE TABLE orders (id INTEGER PRIMARY KEY, amount NUMERIC(10, 2))",
				"INSERT INTO orders SELECT i, i * 1.5 FROM generate_series(1, 60) i",
				"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
				"INSERT INTO notes SELECT i, 'note ' || i FROM generate_series(1, 60) i", "ANALYZE");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aRegisteredSource() {
		workspace = createWorkspace("incremental");
		source = registerPostgres(workspace, "shop", database);
	}

	@Test
	void anIncrementalRunReadsOnlyWhatChangedSinceTheLastRunWithTheSameRules() throws Exception {
		String incremental = ruleSet(Map.of("incremental", true));

		JsonNode first = scan(incremental);
		assertThat(first.get("summary").get("objectsScanned").asInt()).as("nothing to compare with yet").isEqualTo(3);

		JsonNode unchanged = scan(incremental);
		assertThat(unchanged.get("summary").get("objectsSkipped").asInt()).as(unchanged.toString()).isEqualTo(3);
		assertThat(unchanged.get("summary").get("objectsScanned").asInt()).isZero();
		assertThat(unchanged.get("progress").get("objectsDone").asInt()).isEqualTo(3);

		long inserted = modifications("orders");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"UPDATE orders SET amount = amount + 1 WHERE id <= 5", "ALTER TABLE notes ADD COLUMN author VARCHAR(50)");
		// PostgreSQL publishes its table statistics shortly after the transaction
		await().atMost(Duration.ofSeconds(10)).until(() -> modifications("orders") > inserted);

		JsonNode changed = scan(incremental);
		assertThat(changed.get("summary").get("objectsScanned").asInt()).as(changed.toString()).isEqualTo(2);
		assertThat(changed.get("summary").get("objectsSkipped").asInt()).isEqualTo(1);
		JsonNode skipped = admin.get(ws() + "/scan-runs/" + changed.get("id").asString() + "/objects?state=SKIPPED")
				.json();
		assertThat(skipped.get("items").get(0).get("table").asString()).isEqualTo("customers");
		assertThat(changed.get("reports").get("discover").get("catalog").get("drift").get("added").asInt())
				.as("the new column is drift of this run").isEqualTo(1);
		JsonNode drift = admin.get(ws() + "/sources/" + source + "/schema-changes?changeSet="
				+ changed.get("id").asString()).json();
		assertThat(drift.get("items").get(0).get("qualifiedName").asString()).endsWith("notes.author");

		JsonNode full = scan(ScanRuleSets.FULL_PII.toString());
		assertThat(full.get("summary").get("objectsScanned").asInt()).as("a full run reads everything").isEqualTo(3);
	}

	@Test
	void aScanProfilesItsObjectsWithoutKeepingAValueOfASensitiveColumn() {
		JsonNode run = scan(ScanRuleSets.FULL_PII.toString());
		assertThat(run.get("summary").get("classificationsApplied").asInt()).isPositive();

		String customers = null;
		for (JsonNode object : admin.get(ws() + "/scan-runs/" + run.get("id").asString() + "/objects").json()
				.get("items")) {
			if (object.get("table").asString().equals("customers")) {
				customers = object.get("tableAssetId").asString();
			}
		}
		JsonNode profile = admin.get(ws() + "/assets/" + customers + "/profile").json();
		assertThat(profile.get("table").get("rowCount").asLong()).isEqualTo(60);
		String body = profile.toString();
		assertThat(body).doesNotContain("person1@example.com", "@example.com");
		for (JsonNode column : profile.get("columns")) {
			if (column.get("name").asString().equals("id")) {
				assertThat(column.get("profile").get("valuesWithheld").asBoolean()).isFalse();
				assertThat(column.get("profile").get("max").asString()).isEqualTo("60");
				assertThat(column.get("profile").get("histogram")).isNotEmpty();
			}
			if (column.get("name").asString().equals("email")) {
				assertThat(column.get("profile").get("valuesWithheld").asBoolean()).isTrue();
				assertThat(column.get("profile").get("nullCount").asInt()).isZero();
			}
		}
	}

	@Test
	void aScheduleWhoseSlotHasComeQueuesAScanRunOnce() {
		Api.Response schedule = admin.post(ws() + "/scan-schedules", Map.of("sourceId", source, "ruleSetId",
				ScanRuleSets.METADATA_ONLY.toString(), "cron", "0 3 * * *", "timeZone", "Europe/Paris"));
		assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
		// the slot came while the server was down: it is due now, and runs once
		store.sql("UPDATE scan_schedules SET next_run_at = ? WHERE id = ?")
				.params(java.time.OffsetDateTime.now().minusDays(3), java.util.UUID.fromString(schedule.id())).update();

		JsonNode run = await().atMost(Duration.ofSeconds(30)).until(
				() -> admin.get(ws() + "/scan-runs?sourceId=" + source).json().get("items"), items -> items.size() == 1)
				.get(0);
		assertThat(run.get("request").get("trigger").asString()).isEqualTo("SCHEDULE");
		assertThat(run.get("request").get("scheduleId").asString()).isEqualTo(schedule.id());
		assertThat(run.get("request").get("requestedBy").isNull()).isTrue();
		assertThat(awaitFinished(admin, ws() + "/scan-runs/" + run.get("id").asString()).get("state").asString())
				.isEqualTo("COMPLETED");
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6))
				.until(() -> admin.get(ws() + "/scan-runs?sourceId=" + source).json().get("total").asInt() == 1);
	}

	// --- helpers

	String ruleSet(Map<String, Object> rules) {
		Api.Response r = admin.post(ws() + "/scan-rule-sets", Map.of("name", "incremental", "template",
				ScanRuleSets.FULL_PII.toString(), "rules", rules));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	JsonNode scan(String ruleSet) {
		Api.Response r = admin.post(ws() + "/sources/" + source + "/scans", Map.of("ruleSetId", ruleSet));
		assertThat(r.status()).as(r.toString()).isEqualTo(202);
		JsonNode run = awaitFinished(admin, r.header("Location"));
		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		return run;
	}

	long modifications(String table) throws java.sql.SQLException {
		try (var c = java.sql.DriverManager.getConnection(Databases.postgresUrl(database), "postgres", "");
				var s = c.prepareStatement("SELECT n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables "
						+ "WHERE relname = ?")) {
			s.setString(1, table);
			try (var rs = s.executeQuery()) {
				return rs.next() ? rs.getLong(1) : -1;
			}
		}
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
