package io.pursight.datasource.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionErrorCode;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.Databases;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every outcome of a connection test against the real servers. PostgreSQL here trusts every connection from
 * 127.0.0.1 (pg_hba.conf {@code trust}), so it accepts any password: the wrong-password case is tested on
 * MariaDB, and on PostgreSQL the closest failure, a user that does not exist, stands in for it.
 */
class ConnectionTesterTests {

	private static final String PASSWORD = "Right-Pass-4711";
	private static final String WRONG_PASSWORD = "Wrong-Pass-0815";

	private static String mariaDb;
	private static String mariaDbUser;
	private static String postgres;
	private static String postgresRole;

	private final ConnectionTester tester = new ConnectionTester(Duration.ofSeconds(5));

	@BeforeAll
	static void createDatabasesAndUsers() throws Exception {
		mariaDb = Databases.createMariaDb("pursight_t");
		mariaDbUser = Databases.randomName("pursight_t");
		DatabaseServer.MARIADB.execute(null, "create user '" + mariaDbUser + "'@'%' identified by '" + PASSWORD + "'");
		postgres = Databases.createPostgres("pursight_t");
		postgresRole = Databases.randomName("pursight_t");
		DatabaseServer.POSTGRESQL.execute(postgres, "create role " + postgresRole + " login; revoke connect on database "
				+ postgres + " from public");
	}

	@AfterAll
	static void dropDatabasesAndUsers() throws Exception {
		DatabaseServer.MARIADB.execute(null, "drop user if exists '" + mariaDbUser + "'@'%'");
		Databases.dropMariaDb(mariaDb);
		Databases.dropPostgres(postgres);
		DatabaseServer.POSTGRESQL.execute("postgres", "drop role if exists " + postgresRole);
	}

	@Test
	void succeedsWithTheServerVersion() {
		ConnectionCheck postgresCheck = tester.test(TestServers.postgresSpec("postgres"));
		assertThat(postgresCheck.ok()).as(postgresCheck.message()).isTrue();
		assertThat(postgresCheck.errorCode()).isNull();
		assertThat(postgresCheck.serverVersion()).startsWith("PostgreSQL ");
		assertThat(postgresCheck.latencyMillis()).isNotNegative();
		assertThat(postgresCheck.message()).startsWith("Connected to PostgreSQL ");

		assertThat(tester.test(TestServers.mariaDbSpec(mariaDb)).serverVersion()).startsWith("MariaDB ");
		assertThat(tester.test(TestServers.mySqlSpec(mariaDb)).ok()).isTrue();
		ConnectionCheck withPassword = tester.test(
				ConnectionSpec.forHost(Engine.MARIADB, TestServers.HOST, 3306, null, mariaDbUser, PASSWORD));
		assertThat(withPassword.ok()).as(withPassword.message()).isTrue();
	}

	@Test
	void reportsAWrongPasswordWithoutRepeatingIt() {
		for (Engine engine : new Engine[] { Engine.MARIADB, Engine.MYSQL }) {
			ConnectionCheck check = tester
				.test(ConnectionSpec.forHost(engine, TestServers.HOST, 3306, null, mariaDbUser, WRONG_PASSWORD));
			assertThat(check.ok()).isFalse();
			assertThat(check.errorCode()).as(engine.name()).isEqualTo(ConnectionErrorCode.AUTHENTICATION_FAILED);
			assertThat(check.message()).isEqualTo("The server at 127.0.0.1:3306 rejected user '" + mariaDbUser
					+ "': check the user name and password.");
			assertThat(check.message()).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD);
			assertThat(check.serverVersion()).isNull();
		}
	}

	@Test
	void reportsAnUnknownPostgresqlUserAsAuthenticationFailure() {
		ConnectionCheck check = tester.test(ConnectionSpec.forHost(Engine.POSTGRESQL, TestServers.HOST, 5432,
				"postgres", "no_such_user_" + postgresRole, WRONG_PASSWORD));
		assertThat(check.errorCode()).isEqualTo(ConnectionErrorCode.AUTHENTICATION_FAILED);
		assertThat(check.message()).contains("rejected user 'no_such_user_").doesNotContain(WRONG_PASSWORD);
	}

	@Test
	void reportsAnUnknownHost() {
		for (Engine engine : new Engine[] { Engine.POSTGRESQL, Engine.MARIADB, Engine.MYSQL }) {
			ConnectionCheck check = tester.test(ConnectionSpec.forHost(engine, "no-such-host.invalid", null, "x", "u", null));
			assertThat(check.errorCode()).as(engine.name()).isEqualTo(ConnectionErrorCode.UNKNOWN_HOST);
			assertThat(check.message()).isEqualTo("The host name 'no-such-host.invalid' could not be resolved: "
					+ "check its spelling and that this PurSight server can resolve it (DNS).");
		}
	}

	@Test
	void reportsARefusedPort() throws IOException {
		int port = freePort();
		for (Engine engine : new Engine[] { Engine.POSTGRESQL, Engine.MARIADB, Engine.MYSQL }) {
			ConnectionCheck check = tester.test(ConnectionSpec.forHost(engine, TestServers.HOST, port, "x", "u", null));
			assertThat(check.errorCode()).as(engine.name()).isEqualTo(ConnectionErrorCode.CONNECTION_REFUSED);
			assertThat(check.message()).isEqualTo("Nothing is listening on 127.0.0.1:" + port
					+ ": check the port and that the database server is running.");
		}
	}

	@Test
	void reportsAnUnknownDatabase() {
		ConnectionCheck postgresCheck = tester.test(TestServers.postgresSpec("no_such_db_" + postgresRole));
		assertThat(postgresCheck.errorCode()).isEqualTo(ConnectionErrorCode.UNKNOWN_DATABASE);
		assertThat(postgresCheck.message()).isEqualTo("The server at 127.0.0.1:5432 has no database 'no_such_db_"
				+ postgresRole + "': check the database name (it may be case-sensitive).");
		for (ConnectionSpec spec : List.of(TestServers.mariaDbSpec("no_such_db_" + mariaDbUser),
				TestServers.mySqlSpec("no_such_db_" + mariaDbUser))) {
			ConnectionCheck check = tester.test(spec);
			assertThat(check.errorCode()).as(spec.engine().name()).isEqualTo(ConnectionErrorCode.UNKNOWN_DATABASE);
			assertThat(check.message()).contains("has no database 'no_such_db_");
		}
	}

	@Test
	void reportsAMissingH2DatabaseWithoutCreatingIt(@TempDir Path directory) {
		ConnectionCheck check = tester
			.test(ConnectionSpec.forUrl(Engine.H2, "jdbc:h2:file:" + directory.resolve("missing"), "sa", ""));
		assertThat(check.errorCode()).isEqualTo(ConnectionErrorCode.UNKNOWN_DATABASE);
		assertThat(check.message()).startsWith("No H2 database exists at file:" + directory.resolve("missing"));
		assertThat(directory.toFile().list()).isEmpty();
	}

	@Test
	void reportsAMissingPrivilege() {
		ConnectionCheck postgresCheck = tester.test(
				ConnectionSpec.forHost(Engine.POSTGRESQL, TestServers.HOST, 5432, postgres, postgresRole, null));
		assertThat(postgresCheck.errorCode()).isEqualTo(ConnectionErrorCode.PERMISSION_DENIED);
		assertThat(postgresCheck.message()).contains("User '" + postgresRole + "' may not use database '" + postgres);
		ConnectionCheck mariaDbCheck = tester.test(
				ConnectionSpec.forHost(Engine.MARIADB, TestServers.HOST, 3306, mariaDb, mariaDbUser, PASSWORD));
		assertThat(mariaDbCheck.errorCode()).isEqualTo(ConnectionErrorCode.PERMISSION_DENIED);
		assertThat(mariaDbCheck.message()).doesNotContain(PASSWORD);
	}

	@Test
	void reportsAFailedSslNegotiation() {
		// Verification fails whether the server has SSL off (as here) or on with its self-signed certificate.
		List<ConnectionSpec> specs = List.of(
				new ConnectionSpec(Engine.POSTGRESQL, TestServers.HOST, null, "postgres", null, "postgres", null,
						Map.of("sslmode", "verify-full")),
				new ConnectionSpec(Engine.MARIADB, TestServers.HOST, null, null, null, "root", null,
						Map.of("sslMode", "verify-full")),
				new ConnectionSpec(Engine.MYSQL, TestServers.HOST, null, null, null, "root", null,
						Map.of("sslMode", "VERIFY_IDENTITY")));
		for (ConnectionSpec spec : specs) {
			ConnectionCheck check = tester.test(spec);
			assertThat(check.errorCode()).as(spec.engine().name()).isEqualTo(ConnectionErrorCode.SSL_FAILED);
			assertThat(check.message()).startsWith("The SSL/TLS negotiation with 127.0.0.1:");
		}
	}

	@Test
	void givesUpOnAServerThatNeverAnswers() throws Exception {
		try (BlackHole hole = new BlackHole()) {
			ConnectionTester quick = new ConnectionTester(Duration.ofMillis(1000));
			for (Engine engine : new Engine[] { Engine.POSTGRESQL, Engine.MARIADB, Engine.MYSQL }) {
				ConnectionCheck check = quick
					.test(ConnectionSpec.forHost(engine, TestServers.HOST, hole.port(), "x", "u", null));
				assertThat(check.errorCode()).as(engine.name()).isEqualTo(ConnectionErrorCode.TIMEOUT);
				assertThat(check.message()).startsWith("127.0.0.1:" + hole.port() + " did not answer");
				assertThat(check.latencyMillis()).isBetween(900L, 3500L);
			}
		}
	}

	@Test
	void enforcesItsTimeLimitEvenWhenTheDriverWouldWaitLonger() throws Exception {
		try (BlackHole hole = new BlackHole()) {
			ConnectionFactory patient = new ConnectionFactory(Duration.ofMinutes(5), Duration.ofMinutes(5));
			ConnectionTester tester = new ConnectionTester(patient, Duration.ofMillis(800));
			ConnectionCheck check = tester
				.test(ConnectionSpec.forHost(Engine.POSTGRESQL, TestServers.HOST, hole.port(), "x", "u", null));
			assertThat(check.errorCode()).isEqualTo(ConnectionErrorCode.TIMEOUT);
			assertThat(check.message()).contains("did not answer within 800 ms");
			assertThat(check.latencyMillis()).isBetween(700L, 2500L);
		}
	}

	@Test
	void explainsFailuresMetOutsideATest() {
		ConnectionSpec spec = TestServers.postgresSpec("x");
		ConnectionCheck check = tester.explain(spec, new java.sql.SQLException("boom " + PASSWORD, "XX000"), 12);
		assertThat(check.errorCode()).isEqualTo(ConnectionErrorCode.DRIVER_ERROR);
		assertThat(check.latencyMillis()).isEqualTo(12);
		assertThat(check.message()).contains("boom");
		ConnectionCheck leaking = tester.explain(spec.withPassword(PASSWORD),
				new java.sql.SQLException("boom " + PASSWORD, "XX000"), 12);
		assertThat(leaking.message()).doesNotContain(PASSWORD);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A local server that accepts connections and never says a word. */
	private static final class BlackHole implements AutoCloseable {

		private final ServerSocket server = new ServerSocket(0);
		private final List<Socket> accepted = new CopyOnWriteArrayList<>();
		private final Thread acceptor;

		BlackHole() throws IOException {
			acceptor = Thread.ofVirtual().start(() -> {
				try {
					while (!server.isClosed()) {
						accepted.add(server.accept());
					}
				}
				catch (IOException closed) {
					// closed by close()
				}
			});
		}

		int port() {
			return server.getLocalPort();
		}

		@Override
		public void close() throws Exception {
			server.close();
			for (Socket socket : accepted) {
				socket.close();
			}
			acceptor.join(1000);
		}
	}
}
