package io.pursight.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the machine's real PostgreSQL and MariaDB, and in-memory H2. */
class ThrowawayDatabaseTests {

	@ParameterizedTest
	@ValueSource(strings = {"postgresql", "mariadb", "h2"})
	void createsADatabaseThatTakesSqlAndIsGoneWhenClosed(String id) throws Exception {
		DatabaseServer server = DatabaseServer.named(id);
		ThrowawayDatabase db = server.create("pursight_tt");
		assertThat(db.name()).matches("pursight_tt_[0-9a-f]{8}");
		try (db) {
			db.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(20))", "INSERT INTO t VALUES (1, 'x'); INSERT INTO t VALUES (2, 'y')");
			assertThat(count(db, "SELECT COUNT(*) FROM t")).isEqualTo(2);
			if (server.kind() != DatabaseServer.Kind.H2) {
				assertThat(exists(server, db.name())).isTrue();
			}
		}
		if (server.kind() == DatabaseServer.Kind.H2) {
			// an in-memory database without its keep-alive connection is gone: IFEXISTS refuses to make a new one
			assertThatThrownBy(() -> DatabaseServer.H2.execute(db.name() + ";IFEXISTS=TRUE", "SELECT 1"))
					.isInstanceOf(IllegalStateException.class);
		}
		else {
			assertThat(exists(server, db.name())).isFalse();
		}
		db.close(); // a second close does nothing
	}

	@Test
	void loadsAScriptStatementByStatementSkippingItsDatabaseSwitches(@TempDir Path dir) throws Exception {
		Path script = Files.writeString(dir.resolve("dump.sql"), """
				CREATE DATABASE shop;
				\\c shop
				CREATE TABLE customer (id INT, note VARCHAR(40));
				INSERT INTO customer VALUES (1, 'semi;colon'), (2, 'it''s');
				""");
		try (ThrowawayDatabase db = DatabaseServer.POSTGRESQL.create("pursight_tt").load(script)) {
			assertThat(count(db, "SELECT COUNT(*) FROM customer WHERE note LIKE '%;%' OR note = 'it''s'")).isEqualTo(2);
		}
		Path broken = Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE a (id INT);\nINSERT INTO nowhere VALUES (1);\n");
		try (ThrowawayDatabase db = DatabaseServer.POSTGRESQL.create("pursight_tt")) {
			assertThatThrownBy(() -> db.load(broken)).hasMessageContaining("broken.sql").hasMessageContaining("INSERT INTO nowhere");
		}
	}

	@Test
	void theNamedShorthandCreatesAndDropsTheSameDatabases() throws Exception {
		String name = Databases.createPostgres("pursight_tt");
		assertThat(exists(DatabaseServer.POSTGRESQL, name)).isTrue();
		Databases.dropPostgres(name);
		assertThat(exists(DatabaseServer.POSTGRESQL, name)).isFalse();
		Databases.dropPostgres(null);
		Databases.dropMariaDb(name); // not there: ignored
	}

	@Test
	void refusesAPrefixThatWouldNeedQuoting() {
		assertThatThrownBy(() -> DatabaseServer.POSTGRESQL.create("Robert'); DROP TABLE students;--"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case");
	}

	private static long count(ThrowawayDatabase db, String sql) throws SQLException {
		try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static boolean exists(DatabaseServer server, String name) throws SQLException {
		String sql = server.kind() == DatabaseServer.Kind.POSTGRESQL
				? "SELECT COUNT(*) FROM pg_database WHERE datname = '" + name + "'"
				: "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + name + "'";
		try (Connection c = server.connect(null); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1) == 1;
		}
	}
}
