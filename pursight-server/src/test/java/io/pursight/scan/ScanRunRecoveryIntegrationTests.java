package io.pursight.scan;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import io.pursight.common.WorkspaceId;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.scan.ScanRunIntegrationTests.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What becomes of runs across a crash, staged in the store as a crashed process leaves them: a run still
 * queued runs when its job is picked up again; a run found initializing starts over (discovery is idempotent);
 * a run of an older version, stored without rules, is failed rather than guessed at; a run with no job left is
 * failed once stale, unless paused; none stays unfinished forever. (A process really killed mid-scan is in
 * {@code ScanCrashIntegrationTests}.)
 */
class ScanRunRecoveryIntegrationTests extends ServerTestSupport {

	static String database;

	@Autowired
	JdbcClient store;
	@Autowired
	ScanRuleSets ruleSets;
	@Autowired
	JsonMapper json;

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
		source = registerPostgres(workspace, "small", database);
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
	void aRunInterruptedWhileInitializingStartsOverWhenItsJobIsPickedUpAgain() {
		UUID run = storedRun("INITIALIZING", now());
		storedJob(run, now());

		JsonNode finished = awaitFinished(admin, ws() + "/scan-runs/" + run);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(admin.get(ws() + "/assets?type=TABLE&sourceId=" + source).json().get("total").asInt()).isEqualTo(2);
	}

	@Test
	void aRunStoredWithoutRulesByAnOlderVersionIsFailedNotGuessedAt() {
		UUID run = storedRun("RUNNING", now(), null);
		storedJob(run, now());

		JsonNode finished = awaitFinished(admin, ws() + "/scan-runs/" + run);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("FAILED");
		assertThat(finished.get("error").get("detail").asString()).contains("stopped before the run finished",
				"Start a new run");
		assertThat(admin.get(ws() + "/assets?sourceId=" + source).json().get("total").asInt()).isZero();
	}

	@Test
	void aPausedRunIsNeverTakenForAbandoned() {
		UUID paused = storedRun("PAUSED", now().minusHours(2));

		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> state(paused).equals("PAUSED"));
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

	/** A discovery run as the API stores it, with the rules of the built-in metadata-only rule set. */
	UUID storedRun(String state, OffsetDateTime updatedAt) {
		ScanRules rules = ruleSets.get(new WorkspaceId(UUID.fromString(workspace)), ScanRuleSets.METADATA_ONLY).rules();
		return storedRun(state, updatedAt, json.writeValueAsString(rules));
	}

	UUID storedRun(String state, OffsetDateTime updatedAt, String rules) {
		UUID id = UUID.randomUUID();
		store.sql("""
				INSERT INTO scan_runs (id, workspace_id, source_id, steps, state, reports, requested_by, created_at,
				    started_at, updated_at, version, rules, rule_set_id, rule_set_version)
				VALUES (?, ?, ?, 'DISCOVER', ?, '{"discover":null,"classify":null}', ?, ?, ?, ?, 0, ?, ?, 1)""")
				.params(id, UUID.fromString(workspace), UUID.fromString(source), state, UUID.fromString(userId(admin)),
						updatedAt, state.equals("QUEUED") ? null : updatedAt, updatedAt, rules,
						ScanRuleSets.METADATA_ONLY.value())
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
