package io.pursight.datasource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.pursight.common.ProblemKind;
import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The attack of issue 7: a steward points a registered source at a server they control, without
 * the password, hoping the stored one follows it there on the next connection test or health
 * check. A local listener stands in for that server and records every connection made to it.
 */
class StoredPasswordIntegrationTests extends ServerTestSupport {

	private static final String REDEFINE_ACTION = "PUT /api/v1/workspaces/{workspaceId}/sources/{sourceId}";

	@Autowired
	JdbcClient store;

	String workspace;
	Api steward;
	String password;
	Listener attacker;

	@BeforeEach
	void sourceWithAStoredPassword() throws IOException {
		workspace = createWorkspace("secret");
		steward = member(workspace, "STEWARD");
		password = "stored-" + UUID.randomUUID();
		attacker = new Listener();
	}

	@AfterEach
	void closeListener() {
		attacker.close();
	}

	@Test
	void refusesToSendTheStoredPasswordToANewHostAndPort() {
		String id = register("moved");
		String sealed = sealed(id);

		Api.Response moved = redefine(id, definition("moved", "host", "127.0.0.1", "port", attacker.port()));

		assertProblem(moved, 400, ProblemKind.INVALID_REQUEST, "host", "port", "send the password again");
		JsonNode stored = steward.get(sources() + "/" + id).json();
		assertThat(stored.get("host").asString()).isEqualTo("localhost");
		assertThat(stored.get("port").asInt()).isEqualTo(5432);
		assertThat(stored.get("passwordSet").asBoolean()).isTrue();
		assertThat(sealed(id)).isEqualTo(sealed);

		Api.Response tested = steward.post(sources() + "/" + id + "/test-connection", null);
		assertThat(tested.json().get("ok").asBoolean()).as(tested.toString()).isTrue();
		long checked = healthChecks(id);
		await().atMost(Duration.ofSeconds(60)).until(() -> healthChecks(id) > checked);
		assertThat(attacker.connections()).as("connections to the attacker's listener").isZero();
	}

	@Test
	void refusesANewUserNameWithoutThePassword() {
		String id = register("other-user");

		Api.Response r = redefine(id, definition("other-user", "username", "someone_else"));

		assertProblem(r, 400, ProblemKind.INVALID_REQUEST, "username", "send the password again");
		assertThat(steward.get(sources() + "/" + id).json().get("username").asString()).isEqualTo("postgres");
	}

	@Test
	void refusesAnotherDatabaseOrEngineOrJdbcUrlTargetWithoutThePassword() {
		String id = register("elsewhere");

		assertProblem(redefine(id, definition("elsewhere", "database", "template1")), 400,
				ProblemKind.INVALID_REQUEST, "database");
		assertProblem(redefine(id, definition("elsewhere", "engine", "MARIADB", "port", 3306, "database", null)), 400,
				ProblemKind.INVALID_REQUEST, "engine", "port");
		assertProblem(redefine(id, urlDefinition("elsewhere", "jdbc:postgresql://127.0.0.1:" + attacker.port() + "/postgres")),
				400, ProblemKind.INVALID_REQUEST, "jdbcUrl", "host", "port");
		assertThat(steward.get(sources() + "/" + id).json().get("version").asLong()).isZero();
	}

	@Test
	void refusesToTurnTlsOffWithoutThePassword() {
		String id = register("downgraded");

		Api.Response r = redefine(id, definition("downgraded", "options", Map.of("sslmode", "disable")));

		assertProblem(r, 400, ProblemKind.INVALID_REQUEST, "options.sslmode", "send the password again");
		assertThat(steward.get(sources() + "/" + id).json().get("version").asLong()).isZero();
	}

	@Test
	void keepsThePasswordWhenOnlyTheNameOrDescriptionChanges() {
		String id = register("kept");
		String sealed = sealed(id);

		Map<String, Object> renamed = definition("kept-renamed", "description", "the sales replica", "port", null);
		Api.Response r = redefine(id, renamed);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().get("passwordSet").asBoolean()).isTrue();
		assertThat(sealed(id)).as("omitting the password keeps it").isEqualTo(sealed);
		Api.Response sameTarget = redefine(id, urlDefinition("kept-renamed", "jdbc:postgresql://localhost/postgres"));
		assertThat(sameTarget.status()).as("the same server as a URL: " + sameTarget).isEqualTo(200);
		assertThat(sealed(id)).isEqualTo(sealed);
	}

	@Test
	void sendsANewPasswordWhereTheStewardPointsTheSourceWithIt() {
		String id = register("moved-with-password");
		String sealed = sealed(id);

		Map<String, Object> moved = definition("moved-with-password", "host", "127.0.0.1", "port", attacker.port());
		moved.put("password", "new-" + UUID.randomUUID());
		Api.Response r = redefine(id, moved);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(sealed(id)).isNotEqualTo(sealed);
		steward.post(sources() + "/" + id + "/test-connection", null);
		assertThat(attacker.connections()).as("the listener sees a connection it was meant to get").isPositive();
	}

	@Test
	void auditsWhatChangedWithoutThePassword() {
		String id = register("audited");
		redefine(id, definition("audited", "host", "127.0.0.1", "port", attacker.port()));
		redefine(id, definition("audited-renamed", "options", Map.of("ApplicationName", "audit me")));
		assertThat(steward.post(sources() + "/" + id + "/archive", null).status()).isEqualTo(200);
		assertThat(steward.post(sources() + "/" + id + "/restore", null).status()).isEqualTo(200);

		List<JsonNode> events = new ArrayList<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			events.clear();
			admin.get("/api/v1/workspaces/" + workspace + "/audit-events?size=500").json().get("items")
					.forEach(e -> {
						if (e.get("action").asString().contains("/sources")) {
							events.add(e);
						}
					});
			return events.size() == 5;
		});
		assertThat(events.toString()).doesNotContain(password).doesNotContain("audit me");
		assertThat(detail(events, "POST /api/v1/workspaces/{workspaceId}/sources", 201))
				.contains("engine POSTGRESQL", "host 'localhost'", "port 5432", "password set");
		assertThat(detail(events, REDEFINE_ACTION, 400)).contains("refused", "host 'localhost' → '127.0.0.1'",
				"port 5432 → " + attacker.port());
		assertThat(detail(events, REDEFINE_ACTION, 200)).contains("name 'audited' → 'audited-renamed'",
				"options changed: ApplicationName");
		assertThat(detail(events, "POST /api/v1/workspaces/{workspaceId}/sources/{sourceId}/archive", 200))
				.contains("archived");
		assertThat(detail(events, "POST /api/v1/workspaces/{workspaceId}/sources/{sourceId}/restore", 200))
				.contains("restored", "ARCHIVED → REGISTERED");
	}

	// --- helpers

	String register(String name) {
		Map<String, Object> definition = definition(name);
		definition.put("password", password);
		Api.Response r = steward.post(sources(), definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	Api.Response redefine(String id, Map<String, Object> definition) {
		String etag = steward.get(sources() + "/" + id).header("ETag");
		return steward.put(sources() + "/" + id, definition, Map.of("If-Match", etag));
	}

	/** A definition of the real PostgreSQL server, without a password, with some fields replaced. */
	static Map<String, Object> definition(String name, Object... replacements) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("name", name);
		definition.put("engine", "POSTGRESQL");
		definition.put("host", "localhost");
		definition.put("port", 5432);
		definition.put("database", "postgres");
		definition.put("username", "postgres");
		for (int i = 0; i < replacements.length; i += 2) {
			definition.put((String) replacements[i], replacements[i + 1]);
		}
		return definition;
	}

	static Map<String, Object> urlDefinition(String name, String url) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("name", name);
		definition.put("engine", "POSTGRESQL");
		definition.put("jdbcUrl", url);
		definition.put("username", "postgres");
		return definition;
	}

	String sources() {
		return "/api/v1/workspaces/" + workspace + "/sources";
	}

	String sealed(String id) {
		return store.sql("SELECT secret FROM data_sources WHERE id = ?").param(UUID.fromString(id)).query(String.class)
				.single();
	}

	long healthChecks(String id) {
		return steward.get(sources() + "/" + id + "/health-checks").json().get("total").asLong();
	}

	static String detail(List<JsonNode> events, String action, int status) {
		return events.stream().filter(e -> e.get("action").asString().equals(action) && e.get("status").asInt() == status)
				.map(e -> e.get("detail").asString()).findFirst()
				.orElseThrow(() -> new AssertionError("no " + action + " " + status + " in " + events));
	}

	static void assertProblem(Api.Response r, int status, ProblemKind kind, String... fragments) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.json().get("type").asString()).isEqualTo(kind.type());
		assertThat(r.json().get("detail").asString()).as(r.toString()).contains(fragments);
	}

	/** A TCP listener standing in for the attacker's server: counts the connections made to it. */
	static final class Listener implements AutoCloseable {

		private final ServerSocket socket;
		private final AtomicInteger connections = new AtomicInteger();

		Listener() throws IOException {
			socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
			Thread.ofVirtual().start(this::accept);
		}

		int port() {
			return socket.getLocalPort();
		}

		int connections() {
			return connections.get();
		}

		private void accept() {
			while (!socket.isClosed()) {
				try (Socket client = socket.accept(); InputStream in = client.getInputStream()) {
					connections.incrementAndGet();
					client.setSoTimeout(1000);
					in.read(new byte[1024]); // the client's first message; then hang up
				}
				catch (IOException closedOrGone) {
					// the listener was closed, or the client went away
				}
			}
		}

		@Override
		public void close() {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing
			}
		}
	}
}
