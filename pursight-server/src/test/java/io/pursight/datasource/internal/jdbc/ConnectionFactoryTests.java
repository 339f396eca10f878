package io.pursight.datasource.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.Databases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How {@link ConnectionFactory} builds URLs and driver properties, and the connections it opens on the real servers. */
class ConnectionFactoryTests {

	/** A database name that needs encoding in a URL path: space, '?', '%', '+', '&' and a non-ASCII letter. */
	private static final String AWKWARD = Databases.randomName("pursight_t") + " a?b%20+c&é";

	private static String postgres;
	private static String mariaDb;

	private final ConnectionFactory factory = new ConnectionFactory(Duration.ofSeconds(5), Duration.ofSeconds(30));

	@BeforeAll
	static void createDatabases() throws Exception {
		postgres = Databases.createPostgres("pursight_t");
		DatabaseServer.POSTGRESQL.execute(postgres, "create table t (id integer)");
		DatabaseServer.POSTGRESQL.execute("postgres", "create database \"" + AWKWARD + "\"");
		mariaDb = Databases.createMariaDb("pursight_t");
		DatabaseServer.MARIADB.execute(mariaDb, "create table t (id integer)");
		DatabaseServer.MARIADB.execute(null, "create database `" + AWKWARD + "`");
	}

	@AfterAll
	static void dropDatabases() throws Exception {
		Databases.dropPostgres(postgres);
		DatabaseServer.POSTGRESQL.execute("postgres", "drop database if exists \"" + AWKWARD + "\" with (force)");
		Databases.dropMariaDb(mariaDb);
		DatabaseServer.MARIADB.execute(null, "drop database if exists `" + AWKWARD + "`");
	}

	// URLs and properties --------------------------------------------------------------------------------

	@Test
	void encodesTheDatabaseIntoTheUrlPath() {
		assertThat(factory.url(ConnectionSpec.forHost(Engine.POSTGRESQL, "db.example.com", null, "sales data/2024?x",
				"u", null))).isEqualTo("jdbc:postgresql://db.example.com:5432/sales%20data%2F2024%3Fx");
		assertThat(factory.url(ConnectionSpec.forHost(Engine.MYSQL, "::1", 3307, "a+b", "u", null)))
			.isEqualTo("jdbc:mysql://[::1]:3307/a%2Bb");
		// MariaDB Connector/J does not decode the path, so the database travels as a property
		ConnectionSpec mariaDbSpec = ConnectionSpec.forHost(Engine.MARIADB, "db", null, "a b", "u", null);
		assertThat(factory.url(mariaDbSpec)).isEqualTo("jdbc:mariadb://db:3306/");
		assertThat(factory.properties(mariaDbSpec, mariaDbSpec.target())).containsEntry("database", "a b");
	}

	@Test
	void rebuildsUrlsWithoutTheUsersQueryAndPassesOptionsAsProperties() {
		ConnectionSpec spec = ConnectionSpec.forUrl(Engine.POSTGRESQL,
				"jdbc:postgresql://db:5433/x?sslmode=verify-full&ApplicationName=Nightly", "reader", "pw");
		assertThat(factory.url(spec)).isEqualTo("jdbc:postgresql://db:5433/x");
		Properties props = factory.properties(spec, spec.target());
		assertThat(props).containsEntry("sslmode", "verify-full").containsEntry("ApplicationName", "Nightly")
			.containsEntry("user", "reader").containsEntry("password", "pw");
	}

	@Test
	void forcesSafeMySqlAndMariaDbSettings() {
		ConnectionSpec mySql = new ConnectionSpec(Engine.MYSQL, "db", null, "x", null, "u", null,
				Map.of("sslMode", "REQUIRED"));
		assertThat(factory.properties(mySql, mySql.target())).containsEntry("allowLoadLocalInfile", "false")
			.containsEntry("allowUrlInLocalInfile", "false")
			.containsEntry("autoDeserialize", "false")
			.containsEntry("allowMultiQueries", "false")
			.containsEntry("sslMode", "REQUIRED")
			.containsEntry("connectTimeout", "5000")
			.containsEntry("socketTimeout", "30000");
		ConnectionSpec mariaDbSpec = ConnectionSpec.forHost(Engine.MARIADB, "db", null, "x", "u", null);
		assertThat(factory.properties(mariaDbSpec, mariaDbSpec.target())).containsEntry("allowLocalInfile", "false")
			.containsEntry("allowMultiQueries", "false")
			.containsEntry("permitRedirect", "false");
	}

	@Test
	void setsPostgresqlTimeoutsReadOnlyAndAlwaysAPassword() {
		ConnectionSpec spec = ConnectionSpec.forHost(Engine.POSTGRESQL, "db", null, "x", "u", null);
		Properties props = factory.properties(spec, spec.target());
		// an empty password keeps PgJDBC from looking one up in this server's own .pgpass
		assertThat(props).containsEntry("password", "")
			.containsEntry("connectTimeout", "5")
			.containsEntry("loginTimeout", "5")
			.containsEntry("socketTimeout", "30")
			.containsEntry("readOnly", "true")
			.containsEntry("ApplicationName", "PurSight")
			.doesNotContainKeys("socketFactory", "sslfactory");
	}

	@Test
	void alwaysOpensH2ExistingAndReadOnly() {
		assertThat(factory.url(ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:file:/data/shop;MODE=MySQL;IFEXISTS=TRUE",
				"sa", ""))).isEqualTo("jdbc:h2:file:/data/shop;MODE=MySQL;IFEXISTS=TRUE;ACCESS_MODE_DATA=r");
		assertThat(factory.url(ConnectionSpec.forHost(Engine.H2, "h2.internal", null, "~/shop", "sa", "")))
			.isEqualTo("jdbc:h2:tcp://h2.internal:9092/~/shop;IFEXISTS=TRUE;ACCESS_MODE_DATA=r");
	}

	// Real connections -----------------------------------------------------------------------------------

	@Test
	void opensReadOnlyPostgresqlConnections() throws Exception {
		try (Connection connection = factory.open(TestServers.postgresSpec(postgres))) {
			assertThat(connection.isReadOnly()).isTrue();
			assertThat(single(connection, "select count(*) from t")).isEqualTo("0");
			assertThatThrownBy(() -> execute(connection, "insert into t values (1)"))
				.isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
		}
	}

	@Test
	void opensReadOnlyMariaDbConnectionsThroughBothDrivers() throws Exception {
		for (ConnectionSpec spec : new ConnectionSpec[] { TestServers.mariaDbSpec(mariaDb),
				TestServers.mySqlSpec(mariaDb) }) {
			try (Connection connection = factory.open(spec)) {
				assertThat(single(connection, "select count(*) from t")).isEqualTo("0");
				assertThatThrownBy(() -> execute(connection, "insert into t values (1)"))
					.as(spec.engine().name())
					.isInstanceOfSatisfying(SQLException.class,
							e -> assertThat(e.getMessage()).containsPattern("(?i)read.only"));
				assertThatThrownBy(() -> execute(connection, "select 1; select 2"))
					.as("multi-statement queries are off").isInstanceOf(SQLException.class);
			}
		}
	}

	@Test
	void connectsToDatabasesWithAwkwardNamesOnEveryDriver() throws Exception {
		try (Connection connection = factory
			.open(ConnectionSpec.forHost(Engine.POSTGRESQL, TestServers.HOST, null, AWKWARD, "postgres", null))) {
			assertThat(single(connection, "select current_database()")).isEqualTo(AWKWARD);
		}
		for (Engine engine : new Engine[] { Engine.MARIADB, Engine.MYSQL }) {
			try (Connection connection = factory
				.open(ConnectionSpec.forHost(engine, TestServers.HOST, null, AWKWARD, "root", null))) {
				assertThat(single(connection, "select database()")).as(engine.name()).isEqualTo(AWKWARD);
			}
		}
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
