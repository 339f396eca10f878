package io.pursight.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import io.pursight.scanrules.ScanRuleSets;
import io.pursight.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A first start as a new user gets it: embedded store, default workspace, demo source discovered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoIntegrationTests {

	private static final String PASSWORD = "demo-admin-password";
	private static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	DemoSetup demoSetup;

	@Autowired
	JdbcClient store;

	@DynamicPropertySource
	static void firstStart(DynamicPropertyRegistry registry) throws Exception {
		dir = Files.createTempDirectory("pursight-demo");
		registry.add("pursight.data-dir", dir::toString);
		registry.add("pursight.security.admin-password", () -> PASSWORD);
		registry.add("pursight.demo.enabled", () -> "true");
	}

	@Test
	void firstStartDiscoversTheDemoSourceIntoTheDefaultWorkspace() {
		Api admin = Api.at(port).login("admin", PASSWORD);
		JsonNode workspaces = admin.get("/api/v1/workspaces").json().get("items");
		assertThat(workspaces).hasSize(1);
		assertThat(workspaces.get(0).get("slug").asString()).isEqualTo("default");
		String ws = workspaces.get(0).get("id").asString();

		JsonNode sources = admin.get("/api/v1/workspaces/" + ws + "/sources").json().get("items");
		assertThat(sources).hasSize(1);
		assertThat(sources.get(0).get("name").asString()).isEqualTo("demo-shop");
		assertThat(sources.get(0).get("state").asString()).isIn("CATALOGED", "MONITORING");
		String source = sources.get(0).get("id").asString();

		String assets = "/api/v1/workspaces/" + ws + "/assets?sourceId=" + source + "&size=500";
		assertThat(names(admin.get(assets + "&type=TABLE").json())).hasSizeGreaterThanOrEqualTo(6)
				.anyMatch(n -> n.equalsIgnoreCase("customers")).anyMatch(n -> n.equalsIgnoreCase("payments"));
		assertThat(names(admin.get(assets + "&type=VIEW").json())).hasSizeGreaterThanOrEqualTo(2);
		List<String> columns = names(admin.get(assets + "&type=COLUMN").json());
		assertThat(columns).anyMatch(n -> n.toLowerCase().contains("email"))
				.anyMatch(n -> n.toLowerCase().contains("iban"))
				.anyMatch(n -> n.toLowerCase().contains("birth"));

		String orders = admin.get(assets + "&type=TABLE&name=orders").json().get("items").get(0).get("id").asString();
		JsonNode detail = admin.get("/api/v1/workspaces/" + ws + "/assets/" + orders).json();
		assertThat(detail.get("foreignKeys")).isNotEmpty();
		assertThat(detail.get("primaryKey").isNull()).isFalse();
	}

	/**
	 * The embedded H2 demo source scanned by the scan's workers as a new user would: the run completes with every
	 * table read, and the server answers other requests meanwhile (a scan of it on virtual-thread workers once
	 * stalled every request of the server).
	 */
	@Test
	void aFullScanOfTheDemoSourceCompletesWhileTheServerKeepsAnswering() {
		Api admin = Api.at(port).login("admin", PASSWORD);
		String ws = admin.get("/api/v1/workspaces").json().get("items").get(0).get("id").asString();
		String source = admin.get("/api/v1/workspaces/" + ws + "/sources").json().get("items").get(0).get("id")
				.asString();

		Api.Response started = admin.post("/api/v1/workspaces/" + ws + "/sources/" + source + "/scans",
				Map.of("ruleSetId", ScanRuleSets.FULL_PII.value().toString()));
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String run = "/api/v1/workspaces/" + ws + "/scan-runs/" + started.json().get("id").asString();
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			long asked = System.nanoTime();
			assertThat(admin.get("/api/v1/workspaces/" + ws + "/sources/" + source).status()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("an answer during the scan")
					.isLessThan(Duration.ofSeconds(5));
			return admin.get(run).json().get("state").asString().equals("COMPLETED");
		});
		JsonNode summary = admin.get(run).json().get("summary");
		assertThat(summary.get("objectsScanned").asInt()).isGreaterThanOrEqualTo(8);
		assertThat(summary.get("objectsFailed").asInt()).isZero();
		assertThat(summary.get("classificationsApplied").asInt()).isPositive();
	}

	@Test
	void keepsTheDemoDatabaseInTheDefaultWorkspacesOwnDirectory() {
		Api admin = Api.at(port).login("admin", PASSWORD);
		String ws = admin.get("/api/v1/workspaces").json().get("items").get(0).get("id").asString();
		JsonNode source = admin.get("/api/v1/workspaces/" + ws + "/sources").json().get("items").get(0);

		assertThat(source.get("jdbcUrl").asString()).isEqualTo("jdbc:h2:file:" + sources().resolve(ws + "/demo-shop"));
		assertThat(sources().resolve(ws).resolve("demo-shop.mv.db")).exists();
		assertThat(sources().resolve("demo-shop.mv.db")).doesNotExist();
	}

	@Test
	void movesTheDemoDatabaseOfAnEarlierVersionOutOfTheSharedDirectoryOnce() throws Exception {
		Api admin = Api.at(port).login("admin", PASSWORD);
		String ws = admin.get("/api/v1/workspaces").json().get("items").get(0).get("id").asString();
		String sourcesPath = "/api/v1/workspaces/" + ws + "/sources";
		String id = admin.get(sourcesPath).json().get("items").get(0).get("id").asString();
		// the layout of earlier versions: the file in the shared directory, the source pointing there
		Files.move(sources().resolve(ws).resolve("demo-shop.mv.db"), sources().resolve("demo-shop.mv.db"));
		store.sql("update data_sources set jdbc_url = ? where id = ?")
			.params("jdbc:h2:file:" + sources().resolve("demo-shop"), java.util.UUID.fromString(id))
			.update();

		demoSetup.run(null);

		JsonNode moved = admin.get(sourcesPath + "/" + id).json();
		assertThat(moved.get("jdbcUrl").asString()).isEqualTo("jdbc:h2:file:" + sources().resolve(ws + "/demo-shop"));
		assertThat(sources().resolve(ws).resolve("demo-shop.mv.db")).exists();
		assertThat(sources().resolve("demo-shop.mv.db")).doesNotExist();
		Api.Response discovered = admin.post(sourcesPath + "/" + id + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);

		long version = admin.get(sourcesPath + "/" + id).json().get("version").asLong();
		demoSetup.run(null);

		JsonNode again = admin.get(sourcesPath + "/" + id).json();
		assertThat(again.get("version").asLong()).as("a second start changes nothing").isEqualTo(version);
		assertThat(again.get("jdbcUrl")).isEqualTo(moved.get("jdbcUrl"));
	}

	private static Path sources() {
		return dir.resolve("sources");
	}

	private static List<String> names(JsonNode page) {
		return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("name").asString()).toList();
	}
}
