package io.pursight.scan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * Two server processes on one PostgreSQL store share a run's objects and never read one twice. Each process runs
 * two jobs at once here ({@code pursight.jobs.threads=2}), so the four workers of a full scan cannot all land on
 * the process that started the run: the other one picks up the rest from the store.
 */
class TwoProcessesIntegrationTests {

	static String database;
	static ServerProcess.Store store;
	static final List<ServerProcess> processes = new ArrayList<>();

	@BeforeAll
	static void twoProcessesOnOneStore() {
		database = ManyTables.createSource();
		// a live process must never be taken for dead on a busy machine: this test kills nobody
		store = new ServerProcess.Store().with("pursight.jobs.threads", "2")
				.with("pursight.jobs.heartbeat-interval", "5s");
		// one after the other: the first creates the schema and the administrator
		processes.add(store.start("one"));
		processes.add(store.start("two"));
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
	void bothProcessesReadObjectsOfOneRunAndEachObjectIsReadOnce() {
		ServerProcess one = processes.get(0);
		ServerProcess two = processes.get(1);
		Api admin = one.admin();
		String[] ids = ManyTables.register(admin, database);
		String workspace = ids[0];
		UUID source = UUID.fromString(ids[1]);
		String location = ManyTables.startFullScan(admin, workspace, ids[1]);
		UUID run = ManyTables.runId(location);

		JsonNode finished = ManyTables.awaitRun(two.as(admin), location, Duration.ofMinutes(5), ManyTables::finished);

		assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("COMPLETED");
		assertThat(finished.get("progress").get("objectsTotal").asInt()).isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("progress").get("objectsDone").asInt()).as("each object counted once")
				.isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("summary").get("objectsScanned").asInt()).isEqualTo(ManyTables.TABLES);
		assertThat(finished.get("summary").get("objectsFailed").asInt()).isZero();
		ManyTables.Store rows = new ManyTables.Store(store.url());
		Map<String, Task> tasks = rows.tasks(run);
		assertThat(tasks).hasSize(ManyTables.TABLES);
		assertThat(tasks.values()).as("every object read once, by one process").allSatisfy(t -> {
			assertThat(t.state()).isEqualTo("SCANNED");
			assertThat(t.attempts()).as(t.toString()).isEqualTo(1);
			assertThat(t.readBy(one) || t.readBy(two)).as(t.toString()).isTrue();
		});
		assertThat(tasks.values().stream().filter(t -> t.readBy(one)).count()).as("the first process took part")
				.isPositive();
		assertThat(tasks.values().stream().filter(t -> t.readBy(two)).count()).as("the second process took part")
				.isPositive();
		ManyTables.assertEachAssetAndLabelOnce(rows, source);
		assertThat(rows.count("SELECT COUNT(*) FROM scan_runs WHERE source_id = ? AND state = 'COMPLETED'", source))
				.as("one run, completed once").isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows.workerExecutions(run))
				.as("no worker execution is left behind").isZero());
		assertThat(one.isAlive() && two.isAlive()).isTrue();
	}
}
