package io.pursight.datasource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pursight.common.ProblemKind;
import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack of issue 7 through the API: a workspace STEWARD registers an embedded H2 source that H2 opens
 * as PurSight's own store (or another workspace's database) and discovers it. Every spelling, link and
 * prefix must be refused, at registration or, at the latest, before the connection opens.
 */
class SourceConfinementIntegrationTests extends ServerTestSupport {

	private static final String INVALID = ProblemKind.INVALID_REQUEST.type();

	private String workspace;
	private String sources;
	private Api steward;
	private Path root;
	private Path own;

	@BeforeEach
	void attackerWorkspace() throws Exception {
		workspace = createWorkspace("confined");
		sources = "/api/v1/workspaces/" + workspace + "/sources";
		steward = member(workspace, "STEWARD");
		root = dataDir().resolve("sources");
		own = Files.createDirectories(root.resolve(workspace));
	}

	@Test
	void refusesPurSightsOwnStoreInEverySpelling() {
		Path store = dataDir().resolve("pursight");
		Path cwd = Path.of("").toAbsolutePath();
		Path home = Path.of(System.getProperty("user.home")).toAbsolutePath();
		String fromCwd = cwd.relativize(root).toString();
		String fromHome = home.relativize(root).toString();
		List<String> urls = new ArrayList<>(List.of(
				"jdbc:h2:file:" + root + "/..\\pursight",
				"jdbc:h2:file:" + own + "/..\\..\\pursight",
				"jdbc:h2:file:" + own.toString().replace('/', '\\') + "\\..\\..\\pursight",
				"jdbc:h2:file:" + own + "/../../pursight",
				"jdbc:h2:file:" + own + "/nothing/../../../pursight",
				"jdbc:h2:file:./" + fromCwd + "/..\\pursight",
				"jdbc:h2:file:.\\" + fromCwd.replace('/', '\\') + "\\..\\pursight",
				"jdbc:h2:file:~/" + fromHome + "/../pursight",
				"jdbc:h2:file:~\\" + fromHome.replace('/', '\\') + "\\..\\pursight",
				"jdbc:h2:file:" + store,
				"jdbc:h2:file:" + dataDir() + "//pursight",
				"jdbc:h2:file:" + dataDir() + "/./pursight;MODE=PostgreSQL",
				"jdbc:h2:file:" + own + "/%2e%2e/%2e%2e/pursight",
				"jdbc:h2:file:" + own + "/..%5c..%5cpursight",
				"jdbc:h2:" + store,
				"jdbc:h2:./" + fromCwd + "/../pursight",
				"jdbc:h2:mem:pursight"));
		for (String prefix : List.of("zip:", "split:", "nio:", "nioMapped:", "memFS:", "memLZF:", "nioMemFS:", "async:",
				"retry:")) {
			urls.add("jdbc:h2:" + prefix + store);
			urls.add("jdbc:h2:file:" + prefix + store);
		}
		String before = sourceList();
		for (String url : urls) {
			refusedEverywhere(Map.of("name", "store", "engine", "H2", "jdbcUrl", url, "username", "sa", "password", ""));
		}
		for (String database : List.of(root + "/..\\pursight", "file:" + own + "/..\\..\\pursight",
				"./" + fromCwd + "/..\\pursight", "~/" + fromHome + "/../pursight", "split:" + store, "nio:" + store)) {
			refusedEverywhere(Map.of("name", "store", "engine", "H2", "database", database, "username", "sa"));
		}
		assertThat(sourceList()).as("nothing registered").isEqualTo(before);
	}

	@Test
	void refusesALinkToTheStorePlantedBeforeRegistration() throws Exception {
		Files.createSymbolicLink(own.resolve("innocent.mv.db"), dataDir().resolve("pursight.mv.db"));
		Files.createSymbolicLink(own.resolve("shortcut"), dataDir());
		Files.createLink(own.resolve("copy.mv.db"), dataDir().resolve("pursight.mv.db"));

		for (String name : List.of("innocent", "shortcut/pursight", "copy")) {
			Api.Response r = refusedEverywhere(h2("linked", "jdbc:h2:file:" + own + "/" + name));
			assertThat(r.json().get("detail").asString()).as(name).contains("metadata store");
		}
	}

	@Test
	void refusesALinkToTheStorePlantedAfterRegistrationAtTheNextConnection() throws Exception {
		Api.Response registered = steward.post(sources, h2("later", "jdbc:h2:file:" + own + "/later"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String source = registered.id();

		Files.createSymbolicLink(own.resolve("later.mv.db"), dataDir().resolve("pursight.mv.db"));

		Api.Response discovered = steward.post(sources + "/" + source + "/discover?wait=true", null);
		assertRefused(discovered);
		assertThat(discovered.body()).doesNotContainIgnoringCase("password_hash").doesNotContainIgnoringCase("users");
		assertRefused(steward.post(sources + "/" + source + "/test-connection", null));
		assertThat(steward.get("/api/v1/workspaces/" + workspace + "/assets?sourceId=" + source).json().get("total")
			.asInt()).as("nothing catalogued").isZero();
		assertThat(steward.get(sources + "/" + source).json().get("state").asString()).isEqualTo("FAILED");
	}

	@Test
	void keepsAWorkspaceOutOfAnotherWorkspacesDirectoryAndTheSharedOne() throws Exception {
		String victim = createWorkspace("victim");
		Path theirs = Files.createDirectories(root.resolve(victim));
		createDatabase(theirs.resolve("secret"), "secret_table");
		createDatabase(root.resolve("shared"), "shared_table");
		Files.createSymbolicLink(own.resolve("door"), theirs);
		Files.createSymbolicLink(own.resolve("ours.mv.db"), theirs.resolve("secret.mv.db"));

		List<String> urls = List.of("jdbc:h2:file:" + theirs + "/secret", "jdbc:h2:file:" + own + "/..\\" + victim
				+ "\\secret", "jdbc:h2:file:" + own + "/door/secret", "jdbc:h2:file:" + own + "/ours",
				"jdbc:h2:file:" + root + "/shared");
		for (String url : urls) {
			assertRefused(steward.post(sources, h2("theirs-" + urls.indexOf(url), url)));
			assertRefused(steward.post(sources + "/test-connection", h2("theirs", url)));
		}
	}

	@Test
	void opensAnEmbeddedDatabaseInTheWorkspacesOwnDirectory() throws Exception {
		createDatabase(own.resolve("shop"), "items");

		Api.Response registered = steward.post(sources, h2("shop", "jdbc:h2:file:" + own + "/shop"));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		Api.Response discovered = steward.post(sources + "/" + registered.id() + "/discover?wait=true", null);

		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		assertThat(discovered.json().get("catalog").get("tables").asInt()).isEqualTo(1);
	}

	// --- helpers

	private static Map<String, Object> h2(String name, String url) {
		return Map.of("name", name, "engine", "H2", "jdbcUrl", url, "username", "sa", "password", "");
	}

	/** Registering and testing the definition are both refused with a 400 problem; returns the registration. */
	private Api.Response refusedEverywhere(Map<String, Object> definition) {
		Api.Response registered = steward.post(sources, definition);
		assertRefused(registered);
		assertRefused(steward.post(sources + "/test-connection", definition));
		return registered;
	}

	private static void assertRefused(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.json().path("type").asString()).as(r.toString()).isEqualTo(INVALID);
		assertThat(r.json().path("detail").asString()).as(r.toString()).isNotBlank();
	}

	private String sourceList() {
		return admin.get(sources + "?size=500").json().get("total").asString();
	}

	private static void createDatabase(Path name, String table) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + name, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table " + table + " (id int primary key, note varchar(20))");
			statement.execute("insert into " + table + " values (1, 'confidential')");
		}
	}
}
