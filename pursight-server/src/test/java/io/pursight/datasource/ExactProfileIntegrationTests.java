package io.pursight.datasource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact figures counted by real PostgreSQL and MariaDB sources under a classification claim, through
 * {@link DataSources#exactProfile}: a table and a column whose names need quoting, the aggregates that fit each
 * type, the size the engine reports, and a table the scanning account may not read failing alone, with a reason.
 */
class ExactProfileIntegrationTests extends ServerTestSupport {

	static final List<String> COLUMNS = List.of("id", "e-mail", "amount", "placed_at", "paid", "note", "payload");

	static String pg;
	static String maria;
	static String scanner;

	@Autowired
	DataSources sources;

	WorkspaceId workspace;

	@BeforeAll
	static void databasesWithOrderItems() {
		pg = Databases.createPostgres("pursight_exact");
		scanner = Databases.randomName("pursight_profiler");
		Databases.execute(Databases.postgresUrl(pg), "postgres", "",
				"CREATE TABLE \"Order Items\" (id INTEGER PRIMARY KEY, \"e-mail\" VARCHAR(100), amount NUMERIC(10,2), "
						+ "placed_at TIMESTAMP, paid BOOLEAN, note TEXT, payload BYTEA)",
				"INSERT INTO \"Order Items\" VALUES (1, 'anna@example.org', -2.50, '2024-01-31 13:45:00', true, 'Zoë', "
						+ "'\\x01'), (2, 'bob@example.net', 10.00, '2024-02-01 08:00:00', false, '東京', NULL), "
						+ "(3, 'anna@example.org', 4.00, NULL, true, NULL, NULL), (4, NULL, NULL, '2023-12-31 23:59:59', "
						+ "NULL, 'abcd', NULL)",
				"CREATE TABLE payroll (id INTEGER PRIMARY KEY, salary NUMERIC(10,2))",
				"CREATE ROLE " + scanner + " LOGIN",
				"GRANT CONNECT ON DATABASE " + pg + " TO " + scanner,
				"GRANT USAGE ON SCHEMA public TO " + scanner,
				"GRANT SELECT ON \"Order Items\" TO " + scanner);
		maria = Databases.createMariaDb("pursight_exact");
		Databases.execute(Databases.mariaDbUrl(maria), "root", "",
				"CREATE TABLE `Order Items` (id INT PRIMARY KEY, `e-mail` VARCHAR(100), amount DECIMAL(10,2), "
						+ "placed_at DATETIME, paid BOOLEAN, note TEXT, payload BLOB)",
				"INSERT INTO `Order Items` VALUES (1, 'anna@example.org', -2.50, '2024-01-31 13:45:00', true, 'Zoë', "
						+ "X'01'), (2, 'bob@example.net', 10.00, '2024-02-01 08:00:00', false, '東京', NULL), "
						+ "(3, 'anna@example.org', 4.00, NULL, true, NULL, NULL), (4, NULL, NULL, '2023-12-31 23:59:59', "
						+ "NULL, 'abcd', NULL)");
	}

	@AfterAll
	static void dropDatabases() {
		Databases.dropPostgres(pg);
		Databases.execute(Databases.PG_ADMIN_URL, "postgres", "", "DROP ROLE IF EXISTS " + scanner);
		Databases.dropMariaDb(maria);
	}

	@BeforeEach
	void aWorkspace() {
		workspace = new WorkspaceId(UUID.fromString(createWorkspace("exact")));
	}

	@Test
	void countsTheFiguresOfATableWithQuotedNamesOnPostgres() {
		DataSourceId source = register("POSTGRESQL", 5432, pg, "postgres");

		ExactProfile profile;
		try (ClassificationClaim claim = sources.claimForClassification(workspace, source)) {
			profile = sources.exactProfile(claim, new TableSample.Request("public", "Order Items", COLUMNS, 4L, false));
		}

		assertFigures(profile);
		assertThat(profile.sizeBytes()).isPositive();
		assertThat(profile.columns().get(3).min()).startsWith("2023-12-31 23:59:59");
		assertThat(profile.columns().get(4).distinctCount()).isEqualTo(2);
	}

	@Test
	void countsTheFiguresOfATableWithQuotedNamesOnMariaDb() {
		DataSourceId source = register("MARIADB", 3306, maria, "root");

		ExactProfile profile;
		try (ClassificationClaim claim = sources.claimForClassification(workspace, source)) {
			profile = sources.exactProfile(claim, new TableSample.Request(maria, "Order Items", COLUMNS, 4L, false));
			assertThat(sources.sizes(claim, List.of(new TableSample.Request(maria, "Order Items", List.of(), 4L, false),
					new TableSample.Request(maria, "no such table", List.of(), null, false))))
				.satisfiesExactly(size -> assertThat(size).isPositive(), size -> assertThat(size).isNull());
		}

		assertFigures(profile);
		assertThat(profile.sizeBytes()).isPositive();
		assertThat(profile.columns().get(3).min()).startsWith("2023-12-31 23:59:59");
	}

	@Test
	void aTableTheAccountMayNotReadFailsAloneAndSaysWhatToGrant() {
		DataSourceId source = register("POSTGRESQL", 5432, pg, scanner);

		try (ClassificationClaim claim = sources.claimForClassification(workspace, source)) {
			ExactProfile denied = sources.exactProfile(claim,
					new TableSample.Request("public", "payroll", List.of("id", "salary"), null, false));
			ExactProfile allowed = sources.exactProfile(claim,
					new TableSample.Request("public", "Order Items", List.of("id"), null, false));

			assertThat(denied.hasFailed()).isTrue();
			assertThat(denied.failure().sqlState()).isEqualTo("42501");
			assertThat(denied.failure().message()).contains("GRANT SELECT");
			assertThat(denied.columns()).isEmpty();
			assertThat(allowed.hasFailed()).isFalse();
			assertThat(allowed.rowCount()).isEqualTo(4);
		}
	}

	private static void assertFigures(ExactProfile profile) {
		assertThat(profile.hasFailed()).as(String.valueOf(profile.failure())).isFalse();
		assertThat(profile.rowCount()).isEqualTo(4);
		assertThat(profile.columns()).extracting(ExactProfile.Column::name).containsExactlyElementsOf(COLUMNS);
		ExactProfile.Column id = profile.columns().get(0);
		assertThat(id.nonNullCount()).isEqualTo(4);
		assertThat(id.distinctCount()).isEqualTo(4);
		assertThat(id.min()).isEqualTo("1");
		assertThat(id.max()).isEqualTo("4");
		assertThat(id.avg()).isEqualTo(2.5);
		// MariaDB answers statistics of integers as decimals of four places
		assertThat(id.stddev()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-4));
		ExactProfile.Column email = profile.columns().get(1);
		assertThat(email.nonNullCount()).isEqualTo(3);
		assertThat(email.distinctCount()).isEqualTo(2);
		assertThat(email.min()).isEqualTo("anna@example.org");
		assertThat(email.maxLength()).isEqualTo(16);
		assertThat(email.minLength()).isEqualTo(15);
		assertThat(email.avg()).isNull();
		ExactProfile.Column amount = profile.columns().get(2);
		assertThat(amount.min()).isEqualTo("-2.50");
		assertThat(amount.max()).isEqualTo("10.00");
		assertThat(amount.avg()).isCloseTo(11.5 / 3, within(1e-4));
		ExactProfile.Column placed = profile.columns().get(3);
		assertThat(placed.nonNullCount()).isEqualTo(3);
		assertThat(placed.max()).startsWith("2024-02-01 08:00:00");
		assertThat(placed.avg()).isNull();
		assertThat(profile.columns().get(4).nonNullCount()).isEqualTo(3);
		ExactProfile.Column note = profile.columns().get(5);
		assertThat(note.minLength()).isEqualTo(2);
		assertThat(note.maxLength()).isEqualTo(4);
		assertThat(note.avgLength()).isCloseTo(3.0, within(1e-9));
		ExactProfile.Column payload = profile.columns().get(6);
		assertThat(payload.nonNullCount()).isEqualTo(1);
		assertThat(payload.min()).isNull();
	}

	private DataSourceId register(String engine, int port, String database, String user) {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "orders-" + engine.toLowerCase() + "-" + user,
				"engine", engine, "host", "127.0.0.1", "port", port, "database", database, "username", user));
		definition.put("password", "");
		Api.Response r = admin.post("/api/v1/workspaces/" + workspace + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return new DataSourceId(UUID.fromString(r.id()));
	}
}
