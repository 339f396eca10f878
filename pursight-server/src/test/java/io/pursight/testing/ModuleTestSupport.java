package io.pursight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import io.pursight.common.WorkspaceId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Base of the application module tests ({@code @ApplicationModuleTest}): one module and the modules whose
 * beans it needs, booted without the others, on an embedded H2 store of its own (Flyway, the JDBC event
 * publication registry and, where a booted module queues jobs, db-scheduler run on it as in the
 * application). The tests use {@code ALL_DEPENDENCIES}: Spring Modulith then boots every module whose
 * beans the module's beans need, transitively, so a boot never lacks a bean; today that is the same set as
 * the direct dependencies. Access and workspace are not among them: the services these tests call take the
 * workspace as an argument and check no permission (the web layer does). Each test class gets a fresh data
 * directory, so the jobs of one boot never meet the rows of another.
 */
public abstract class ModuleTestSupport {

	@Autowired
	private JdbcClient store;

	@DynamicPropertySource
	static void moduleProperties(DynamicPropertyRegistry registry) {
		Path dataDir = tempDir(); // once per boot: each module test class has a store of its own
		registry.add("pursight.data-dir", dataDir::toString);
		registry.add("pursight.security.admin-password", () -> ServerTestSupport.ADMIN_PASSWORD);
		registry.add("pursight.jobs.polling-interval", () -> "1s");
		// no health check between the steps of a scenario: the first runs at start, before any source exists
		registry.add("pursight.sources.health-check-interval", () -> "1h");
		registry.add("pursight.sources.connect-timeout", () -> "3s");
	}

	/**
	 * A new active workspace. The modules under these tests know a workspace only by its id (every row
	 * of theirs refers to one); the workspace module is not booted with them, so the row it would own is
	 * written here.
	 */
	protected WorkspaceId workspace() {
		WorkspaceId id = WorkspaceId.random();
		String slug = Databases.randomName("module").replace('_', '-');
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		store.sql("INSERT INTO workspaces (id, slug, name, state, version, created_at, updated_at) "
				+ "VALUES (?, ?, ?, 'ACTIVE', 0, ?, ?)").params(id.value(), slug, "Workspace " + slug, now, now).update();
		return id;
	}

	/**
	 * Starts a scenario with a call made as the application makes it, in no transaction of the test's:
	 * {@link Scenario#stimulate(Supplier)} would wrap it in one, which a service that commits step by step
	 * (a discovery, a queued run) does not run in.
	 */
	protected static <S> Scenario.When<S> outsideTransaction(Scenario scenario, Supplier<S> call) {
		BiFunction<TransactionOperations, ApplicationEventPublisher, S> stimulus = (tx, events) -> call.get();
		return scenario.stimulate(stimulus);
	}

	private static Path tempDir() {
		try {
			Path dir = Files.createTempDirectory("pursight-module");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
