package io.pursight.scan;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

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
 * What becomes of runs across a crash, staged in the store as a crashed process leaves them: a run
 * still queued runs when its job is picked up again; a run found half-done is failed, never run a
 * second time; a run with no job left is failed once stale; none stays unfinished forever.
 */
class ScanRunRecoveryIntegrationTests extends ServerTestSupport {

	static String database;

	@Autowired
	JdbcClient store;

	String workspace;
	String source;

	@BeforeAll
	static void aSmallDatabase() {
		database = Databases.createPostgres("pursight_scan_recovery");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE a (id INTEGER PRIMARY KEY)", "CREATE TABLE b (id INTEGER PRIMARY KEY)");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aRegisteredSource() {
		workspace = createWorkspace("scan-recovery");
		Map<String, Object> definition = new HashMap<>(Map.of("name", "small", "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = admin.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		source = r.id();
	}

	@Test
	void aQueuedRunWhoseJobOutlivedARestartRunsToTheEnd() {
		UUID run = storedRun("QUEUED", now());
		storedJob(run, now());

		JsonNode finished = awaitFinished(admin, ws() + "/scan-runs/" + run);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(finished.get("reports").get("discover").get("catalog").get("tables").asInt()).isEqualTo(2);
	}

	@Test
	void aStartedRunWhoseJobIsPickedUpAgainIsFailedInsteadOfRunTwice() {
		UUID run = storedRun("RUNNING", now());
		storedJob(run, now());

		JsonNode finished = awaitFinished(admin, ws() + "/scan-runs/" + run);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("FAILED");
		assertThat(finished.get("error").get("detail").asString()).contains("stopped before the run finished",
				"Start a new run");
		assertThat(admin.get(ws() + "/assets?sourceId=" + source).json().get("total").asInt())
				.as("the interrupted discovery was not run again").isZero();
		assertThat(admin.get(ws() + "/sources/" + source).json().get("state").asString()).isIn("REGISTERED", "CONNECTED");
	}

	@Test
	void anUnfinishedRunWithNoJobLeftIsFailedOnceStaleAndOnlyThen() {
		UUID abandoned = storedRun("CLASSIFYING", now().minusHours(2));
		UUID fresh = storedRun("RUNNING", now());

		JsonNode failed = awaitFinished(admin, ws() + "/scan-runs/" + abandoned);

		assertThat(failed.get("state").asString()).as(failed.toString()).isEqualTo("FAILED");
		assertThat(failed.get("error").get("detail").asString()).contains("stayed CLASSIFYING", "no job left");
		assertThat(state(fresh)).as("a run changed lately is not stale").isEqualTo("RUNNING");
	}

	@Test
	void aStaleRunWhoseJobIsStillStoredIsLeftToTheScheduler() {
		UUID run = storedRun("RUNNING", now().minusHours(2));
		storedJob(run, now().plusDays(1));

		// the stale check runs every second in the tests: several pass without touching the run
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> state(run).equals("RUNNING"));

		store.sql("DELETE FROM scheduled_tasks WHERE task_name = 'scan-run' AND task_instance = ?")
				.param(run.toString()).update();
		assertThat(awaitFinished(admin, ws() + "/scan-runs/" + run).get("state").asString()).isEqualTo("FAILED");
	}

	// --- a crashed process's leftovers

	UUID storedRun(String state, OffsetDateTime updatedAt) {
		UUID id = UUID.randomUUID();
		store.sql("""
				INSERT INTO scan_runs (id, workspace_id, source_id, steps, state, reports, requested_by, created_at,
				    started_at, updated_at, version)
				VALUES (?, ?, ?, 'DISCOVER', ?, '{"discover":null,"classify":null}', ?, ?, ?, ?, 0)""")
				.params(id, UUID.fromString(workspace), UUID.fromString(source), state, UUID.fromString(userId(admin)),
						updatedAt, state.equals("QUEUED") ? null : updatedAt, updatedAt)
				.update();
		return id;
	}

	void storedJob(UUID run, OffsetDateTime due) {
		store.sql("""
				INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, consecutive_failures, version)
				VALUES ('scan-run', ?, ?, FALSE, 0, 1)""").params(run.toString(), due).update();
	}

	String state(UUID run) {
		return admin.get(ws() + "/scan-runs/" + run).json().get("state").asString();
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
