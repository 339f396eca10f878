package io.pursight.classification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Archiving a source while it is being classified (issue 7). A table of the source is locked by the
 * test, so the classification run stops on it, deterministically, holding its claim; the attack
 * is then made while it is held, or after the claim was made to look abandoned.
 */
class ArchiveDuringClassificationIntegrationTests extends ServerTestSupport {

	private static final int TABLES = 6;

	static String database;

	@Autowired
	JdbcClient store;

	String workspace;
	String source;

	@BeforeAll
	static void tablesWithPersonalData() {
		database = Databases.createPostgres("pursight_cls_archive");
		List<String> statements = new ArrayList<>();
		for (int t = 1; t <= TABLES; t++) {
			statements.add("CREATE TABLE t0" + t + " (id INTEGER PRIMARY KEY, email VARCHAR(100))");
			statements.add("INSERT INTO t0" + t + " SELECT i, 'person' || i || '@example.com' FROM generate_series(1, 50) i");
		}
		Databases.execute(Databases.postgresUrl(database), "postgres", "", statements.toArray(String[]::new));
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void discoveredSourceThatKeepsSamples() {
		workspace = createWorkspace("cls-archive");
		Api.Response r = admin.post(sources(), Map.of("name", "people", "engine", "POSTGRESQL", "host", "127.0.0.1",
				"port", 5432, "database", database, "username", "postgres", "password", ""));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		source = r.id();
		assertThat(admin.post(sources() + "/" + source + "/discover?wait=true", null).status()).isEqualTo(200);
		Api.Response keep = admin.put(ws() + "/classification-settings", Map.of("sampleSize", 500, "storeSamples", true),
				Map.of("If-Match", "\"0\""));
		assertThat(keep.status()).as(keep.toString()).isEqualTo(200);
	}

	@Test
	void refusesToArchiveRedefineOrDiscoverTheSourceWhileItIsBeingClassified() throws Exception {
		CompletableFuture<Api.Response> run;
		try (Connection lock = lockTable("t03")) {
			run = classifyInBackground();
			awaitRunBlockedOnALock();

			assertBeingClassified(admin.post(sources() + "/" + source + "/archive", null));
			assertBeingClassified(admin.put(sources() + "/" + source, Map.of("name", "renamed", "engine", "POSTGRESQL",
					"host", "127.0.0.1", "port", 5432, "database", database, "username", "postgres"),
					Map.of("If-Match", admin.get(sources() + "/" + source).header("ETag"))));
			assertBeingClassified(admin.post(sources() + "/" + source + "/discover?wait=true", null));
			assertBeingClassified(admin.post(sources() + "/" + source + "/classify?wait=true", Map.of()));
			assertThat(state()).as("the source shows it is being classified").isEqualTo("CLASSIFYING");
			lock.rollback();
		}

		Api.Response finished = run.get(60, TimeUnit.SECONDS);
		assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
		assertThat(finished.json().get("tables").asInt()).isEqualTo(TABLES);
		assertThat(admin.post(sources() + "/" + source + "/archive", null).status()).isEqualTo(200);
		assertThat(claim()).as("released").isNull();
	}

	@Test
	void aRunWhoseSourceIsArchivedAllTheSameStopsBeforeTheNextTableAndStoresNothingMore() throws Exception {
		CompletableFuture<Api.Response> run;
		try (Connection third = lockTable("t03"); Connection fourth = lockTable("t04")) {
			run = classifyInBackground();
			// the scan reads tables in parallel: wait until every table but the two locked ones is stored, so
			// only the blocked reads hold the claim
			await().atMost(Duration.ofSeconds(30)).until(() -> locksWaitedFor() == 2 && store.sql(
					"SELECT COUNT(*) FROM scan_tasks WHERE source_id = ? AND state = 'SCANNED'")
					.params(UUID.fromString(source)).query(Long.class).single() == TABLES - 2);
			// as if the run had stalled past the stale limit: its claim no longer holds, the archive passes
			store.sql("UPDATE data_sources SET classification_heartbeat = ? WHERE id = ?")
					.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), UUID.fromString(source)).update();
			assertThat(admin.post(sources() + "/" + source + "/archive", null).status()).isEqualTo(200);

			third.rollback();
			// t04 stays locked: a run that went on reading would hang here instead of answering
			Api.Response stopped = run.get(30, TimeUnit.SECONDS);

			assertThat(stopped.status()).as(stopped.toString()).isEqualTo(409);
			assertThat(stopped.json().get("detail").asString()).contains("archived while it was being classified",
					"stored nothing more");
		}
		// each table is stored in its own transaction: those finished before the archive keep their labels,
		// the locked ones, read after it, have none
		assertThat(store.sql("SELECT COUNT(*) FROM column_classifications WHERE source_id = ? AND table_name IN "
				+ "('t03', 't04')").params(UUID.fromString(source)).query(Long.class).single()).isZero();
		assertThat(state()).isEqualTo("ARCHIVED");
	}

	@Test
	void aClaimLeftBehindByACrashLapsesInsteadOfBlockingTheSourceForever() {
		store.sql("UPDATE data_sources SET classification_claim = ?, classification_heartbeat = ? WHERE id = ?")
				.params(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), UUID.fromString(source)).update();
		assertBeingClassified(admin.post(sources() + "/" + source + "/archive", null));

		store.sql("UPDATE data_sources SET classification_heartbeat = ? WHERE id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(31), UUID.fromString(source)).update();

		Api.Response classified = admin.post(sources() + "/" + source + "/classify?wait=true", Map.of());
		assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
		assertThat(claim()).isNull();
		assertThat(admin.post(sources() + "/" + source + "/archive", null).status()).isEqualTo(200);
	}

	// --- helpers

	CompletableFuture<Api.Response> classifyInBackground() {
		return CompletableFuture.supplyAsync(() -> admin.post(sources() + "/" + source + "/classify?wait=true", Map.of()));
	}

	/** Holds an exclusive lock on a table of the source until rolled back or closed. */
	static Connection lockTable(String table) throws SQLException {
		Connection connection = DriverManager.getConnection(Databases.postgresUrl(database), "postgres", "");
		connection.setAutoCommit(false);
		try (Statement s = connection.createStatement()) {
			s.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
		}
		return connection;
	}

	/** Waits until the run's connection waits for a lock held by the test. */
	static void awaitRunBlockedOnALock() {
		await().atMost(Duration.ofSeconds(30)).until(() -> locksWaitedFor() > 0);
	}

	/** Statements of the run waiting for a lock the test holds. */
	static int locksWaitedFor() throws java.sql.SQLException {
		try (Connection c = DriverManager.getConnection(Databases.PG_ADMIN_URL, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND wait_event_type = 'Lock'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	static void assertBeingClassified(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(409);
		assertThat(r.json().get("detail").asString()).contains("being classified", "try again when");
	}

	String state() {
		return admin.get(sources() + "/" + source).json().get("state").asString();
	}

	UUID claim() {
		return store.sql("SELECT classification_claim FROM data_sources WHERE id = ?").params(UUID.fromString(source))
				.query((rs, n) -> rs.getObject(1, UUID.class)).list().getFirst();
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}

	String sources() {
		return ws() + "/sources";
	}
}
