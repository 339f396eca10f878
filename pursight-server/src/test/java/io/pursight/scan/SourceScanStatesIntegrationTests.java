package io.pursight.scan;

import java.util.Map;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static io.pursight.scan.ScanRunIntegrationTests.awaitFinished;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The states of DESIGN.md a source passes through when runs scan it, observed row by row in the
 * store (an H2 trigger, {@link SourceStateRecorder}), not inferred from where the source ends.
 */
class SourceScanStatesIntegrationTests extends ServerTestSupport {

	@Autowired
	JdbcClient store;

	String database;
	String workspace;
	String source;

	@BeforeEach
	void aRegisteredSourceWatchedRowByRow() {
		store.sql(SourceStateRecorder.CREATE).update();
		database = Databases.createPostgres("pursight_scan_states");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER)",
				"INSERT INTO people SELECT i, 'someone' || i || '@example.org' FROM generate_series(1, 30) i");
		workspace = createWorkspace("scan-states");
		source = registerPostgres(workspace, "people", database);
	}

	@AfterEach
	void stopWatching() {
		store.sql(SourceStateRecorder.DROP).update();
		Databases.dropPostgres(database);
	}

	@Test
	void aDiscoveryRunTakesTheSourceThroughScanningAndScannedToCataloged() {
		JsonNode run = finish(admin.post(ws() + "/sources/" + source + "/discover", null));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		assertThat(SourceStateRecorder.of(source)).containsSubsequence("SCANNING", "SCANNED", "CATALOGED")
				.doesNotContain("CLASSIFYING", "FAILED");
	}

	@Test
	void aClassificationRunTakesTheSourceThroughClassifyingAndClassifiedToCataloged() {
		finish(admin.post(ws() + "/sources/" + source + "/discover", null));
		SourceStateRecorder.clear(source);

		JsonNode run = finish(admin.post(ws() + "/sources/" + source + "/classify", Map.of()));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("COMPLETED");
		assertThat(SourceStateRecorder.of(source)).containsSubsequence("CLASSIFYING", "CLASSIFIED", "CATALOGED")
				.doesNotContain("SCANNING", "FAILED");
		assertThat(state()).isIn("CATALOGED", "MONITORING");
	}

	@Test
	void aClassificationThatStopsMidwayReturnsTheSourceToCatalogedWithoutClaimingItClassified() {
		finish(admin.post(ws() + "/sources/" + source + "/discover", null));
		// a table that cannot be read costs that table only; a source that refuses connections stops the run
		Databases.execute(Databases.PG_ADMIN_URL, "postgres", "",
				"ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
		SourceStateRecorder.clear(source);

		JsonNode run = finish(admin.post(ws() + "/sources/" + source + "/classify", Map.of()));

		assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("FAILED");
		assertThat(run.get("error").get("detail").asString()).contains("Sampling the data source failed");
		assertThat(SourceStateRecorder.of(source)).containsSubsequence("CLASSIFYING", "CATALOGED")
				.doesNotContain("CLASSIFIED");
		assertThat(state()).isIn("CATALOGED", "MONITORING");
	}

	JsonNode finish(Api.Response accepted) {
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		return awaitFinished(admin, accepted.header("Location"));
	}

	String state() {
		return admin.get(ws() + "/sources/" + source).json().get("state").asString();
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
