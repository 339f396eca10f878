package io.pursight.scan;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.pursight.scan.ManyTables.Task;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server really killed (SIGKILL: no shutdown hook, no graceful stop, transactions cut off) in the middle of a
 * full scan, and started again on the same store: the run goes on with the objects not yet done and completes,
 * with every object stored once, no asset twice and no label twice. The objects the killed process had stored
 * stay its own; the ones it was reading are read again by the new process once db-scheduler finds their worker
 * executions dead (four missed heartbeats of a second each here).
 */
class ScanCrashIntegrationTests {

	static String database;
	static ServerProcess.Store store;

	@BeforeAll
	static void aSourceOfManyTablesAndAStore() {
		database = ManyTables.createSource();
		store = new ServerProcess.Store();
	}

	@AfterAll
	static void killTheProcessesAndDropTheDatabases() {
		try {
			if (store != null) {
				store.close(); // stops its processes too
			}
		}
		finally {
			Databases.dropPostgres(database);
		}
	}

	@Test
	void aServerKilledMidScanAndStartedAgainFinishesTheRunWithNothingLostAndNothingTwice() {
		ServerProcess first = store.start("first");
		Api admin = first.admin();
		String[] ids = ManyTables.register(admin, database);
		String workspace = ids[0];
		UUID source = UUID.fromString(ids[1]);
		String location = ManyTables.startFullScan(admin, workspace, ids[1]);
		UUID run = ManyTables.runId(location);

		JsonNode midway = ManyTables.awaitRun(admin, location, Duration.ofMinutes(5),
				r -> ManyTables.finished(r) || "RUNNING".equals(r.get("state").asString())
						&& r.get("progress").get("objectsDone").asInt() >= ManyTables.TABLES * 15 / 100);
		first.kill();

		assertThat(midway.get("state").asString()).as(midway.toString()).isEqualTo("RUNNING");
		assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		ManyTables.Store rows = new ManyTables.Store(store.url());
		Map<String, Task> atKill = rows.tasks(run);
		long doneAtKill = atKill.values().stream().filter(t -> t.state().equals("SCANNED")).count();
		assertThat(atKill).hasSize(ManyTables.TABLES);
		assertThat(doneAtKill).as("the kill fell in the middle of the run").isBetween(1L, ManyTables.TABLES - 1L);
		assertThat(atKill.values()).as("only the first process has read so far")
				.allSatisfy(t -> assertThat(t.processedBy() == null || t.readBy(first)).as(t.toString()).isTrue());

		ServerProcess second = store.start("second");
		Api again = second.as(admin);
		JsonNode finished = ManyTables.awaitRun(again, location, Duration.ofMinutes(5), ManyTables::finished);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(finished.get("progress").get("objectsTotal").asInt()).isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("progress").get("objectsDone").asInt()).as("each object counted once")
				.isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("summary").get("objectsScanned").asInt()).isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("summary").get("objectsFailed").asInt()).isZero();

		Map<String, Task> tasks = rows.tasks(run);
		assertThat(tasks).hasSize(ManyTables.TABLES);
		assertThat(tasks.values()).allSatisfy(t -> assertThat(t.state()).isEqualTo("SCANNED"));
		assertThat(ManyTables.processes(tasks)).as("both processes read objects").hasSize(2);
		atKill.forEach((name, before) -> {
			Task after = tasks.get(name);
			if (before.state().equals("SCANNED")) {
				assertThat(after).as("%s, stored before the kill, is not read again", name).isEqualTo(before);
			}
			else {
				assertThat(after.readBy(second)).as("%s, not stored before the kill, is read after it: %s", name, after)
						.isTrue();
				assertThat(after.attempts()).as("%s: read at most once more", name).isEqualTo(before.attempts() + 1);
			}
		});
		assertThat(tasks.values().stream().filter(t -> t.readBy(first)).count()).isEqualTo(doneAtKill);

		ManyTables.assertEachAssetAndLabelOnce(rows, source);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows.workerExecutions(run))
				.as("no worker execution is left behind").isZero());
		assertThat(again.get("/api/v1/workspaces/" + workspace + "/sources/" + source).json().get("state").asString())
				.as("the source is handed back").isIn("CATALOGED", "MONITORING");
	}
}
