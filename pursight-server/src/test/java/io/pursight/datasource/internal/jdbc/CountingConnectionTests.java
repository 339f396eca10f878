package io.pursight.datasource.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class CountingConnectionTests {

	@Test
	void countsEveryExecutionThroughStatementsItCreated() throws Exception {
		try (CountingConnection connection = CountingConnection.wrap(h2())) {
			assertThat(connection.statementsExecuted()).isZero();
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table t (id int)");
				statement.executeUpdate("insert into t values (1)");
				try (ResultSet rows = statement.executeQuery("select * from t")) {
					assertThat(rows.next()).isTrue();
				}
				assertThat(statement.getConnection()).isSameAs(connection);
			}
			try (PreparedStatement statement = connection.prepareStatement("insert into t values (?)")) {
				statement.setInt(1, 2);
				statement.executeUpdate();
				statement.setInt(1, 3);
				statement.addBatch();
				statement.setInt(1, 4);
				statement.addBatch();
				statement.executeBatch();
			}
			assertThat(connection.statementsExecuted()).isEqualTo(5);
			assertThat(connection.getMetaData()).isNotNull();
			assertThat(connection.statementsExecuted()).as("metadata calls are not counted").isEqualTo(5);
		}
	}

	@Test
	void passesDriverExceptionsThroughUnwrapped() throws Exception {
		try (CountingConnection connection = CountingConnection.wrap(h2());
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeQuery("select * from missing"))
				.isInstanceOf(SQLException.class);
			assertThat(connection.statementsExecuted()).isEqualTo(1);
		}
	}

	@Test
	void closingTheWrapperClosesTheConnection() throws Exception {
		Connection real = h2();
		CountingConnection connection = CountingConnection.wrap(real);
		connection.close();
		assertThat(real.isClosed()).isTrue();
		assertThat(connection.isClosed()).isTrue();
		assertThat(connection).isEqualTo(connection).isNotEqualTo(CountingConnection.wrap(real));
	}

	private static Connection h2() throws SQLException {
		return DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
	}
}
