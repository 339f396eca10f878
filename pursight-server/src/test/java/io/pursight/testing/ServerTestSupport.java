package io.pursight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP integration tests: the real server on a random port, on the embedded H2
 * store in a fresh data directory. Test classes share one server (Spring caches the context),
 * so each test creates its own workspaces, users and sources with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTestSupport {

	public static final String ADMIN = "admin";
	public static final String ADMIN_PASSWORD = "integration-admin-password";
	public static final String PASSWORD = "member-password-123";
	private static final Path DATA_DIR = tempDir();
	public static final int CONNECTION_TESTS_PER_USER = 60;
	public static final String SAMPLE_TIMEOUT = "3s";
	public static final int CONNECTION_TESTS_PER_WORKSPACE = 100;

	@LocalServerPort
	protected int port;

	protected Api admin;

	@DynamicPropertySource
	static void serverProperties(DynamicPropertyRegistry registry) {
		registry.add("pursight.data-dir", DATA_DIR::toString);
		registry.add("pursight.security.admin-password", () -> ADMIN_PASSWORD);
		registry.add("pursight.demo.enabled", () -> "false");
		registry.add("pursight.sources.connect-timeout", () -> "3s");
		// one setting for every class (no extra context): a locked table then fails after seconds, not a minute
		registry.add("pursight.sources.sample-timeout", () -> SAMPLE_TIMEOUT);
		registry.add("pursight.sources.health-check-interval", () -> "2s");
		registry.add("pursight.jobs.polling-interval", () -> "1s");
		registry.add("pursight.scan.stale-run-check-interval", () -> "1s");
		registry.add("pursight.scan.retry-backoff", () -> "200ms");
		registry.add("pursight.scan-schedules.check-interval", () -> "1s");
		registry.add("pursight.events.redeliver-after", () -> "2s");
		registry.add("pursight.events.redelivery-interval", () -> "1s");
		registry.add("pursight.security.access-token-ttl", () -> "2h");
		// tests share one admin: allowances over an hour make bursts in the throttle tests exact
		registry.add("pursight.sources.connection-tests.per-user", () -> CONNECTION_TESTS_PER_USER);
		registry.add("pursight.sources.connection-tests.per-workspace", () -> CONNECTION_TESTS_PER_WORKSPACE);
		registry.add("pursight.sources.connection-tests.window", () -> "1h");
	}

	/** Admin sessions by server port: logging in costs an Argon2 hash, so each server does it once. */
	private static final Map<Integer, Api> ADMIN_SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

	@BeforeEach
	void logInAsAdmin() {
		admin = ADMIN_SESSIONS.computeIfAbsent(port, p -> Api.at(p).login(ADMIN, ADMIN_PASSWORD));
	}

	protected Api anonymous() {
		return Api.at(port);
	}

	/** Creates a workspace (the admin becomes its ADMIN) and returns its id. */
	protected String createWorkspace(String prefix) {
		String slug = Databases.randomName(prefix).replace('_', '-');
		Api.Response r = admin.post("/api/v1/workspaces", Map.of("slug", slug, "name", "Workspace " + slug));
		if (r.status() != 201) {
			throw new AssertionError("cannot create workspace: " + r);
		}
		return r.id();
	}

	/** Registers, as the admin, a data source on a database of the local PostgreSQL (user postgres); returns its id. */
	protected String registerPostgres(String workspaceId, String name, String database) {
		Map<String, Object> definition = new java.util.HashMap<>(Map.of("name", name, "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = admin.post("/api/v1/workspaces/" + workspaceId + "/sources", definition);
		if (r.status() != 201) {
			throw new AssertionError("cannot register data source " + name + ": " + r);
		}
		return r.id();
	}

	/** Creates a user with a role in the workspace and returns a client logged in as that user. */
	protected Api member(String workspaceId, String role) {
		String username = Databases.randomName(role.toLowerCase());
		Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "password", PASSWORD));
		if (created.status() != 201) {
			throw new AssertionError("cannot create user: " + created);
		}
		Api.Response added = admin.put("/api/v1/workspaces/" + workspaceId + "/members/" + created.id(),
				Map.of("role", role), Map.of());
		if (added.status() != 204) {
			throw new AssertionError("cannot add member: " + added);
		}
		return Api.at(port).login(username, PASSWORD);
	}

	/** The id of the user behind a client. */
	protected static String userId(Api api) {
		return api.get("/api/v1/users/me").id();
	}

	protected static Path dataDir() {
		return DATA_DIR;
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("pursight-it");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
