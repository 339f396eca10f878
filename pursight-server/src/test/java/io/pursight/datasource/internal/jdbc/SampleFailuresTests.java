package io.pursight.datasource.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleFailuresTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Test
	void tellsWhatToDoForTheFailuresRealDatabasesAreFullOf() {
		assertThat(explain(new SQLException("materialized view \"m\" has not been populated", "55000"),
				Engine.POSTGRESQL).message()).contains("REFRESH MATERIALIZED VIEW");
		assertThat(explain(new SQLException("permission denied for table t", "42501"), Engine.POSTGRESQL).message())
				.contains("GRANT SELECT");
		assertThat(explain(new SQLException("SELECT command denied", "42000", 1142), Engine.MARIADB).message())
				.contains("GRANT SELECT");
		assertThat(explain(new SQLException("View 'v' references invalid table(s)", "HY000", 1356), Engine.MYSQL)
				.message()).contains("recreate or drop the view");
		assertThat(explain(new SQLException("canceling statement due to user request", "57014"), Engine.POSTGRESQL)
				.message()).contains("timed out after 60s", "locked");
		assertThat(explain(new SQLTimeoutException("timeout"), Engine.MYSQL).message()).contains("timed out");
		assertThat(explain(new SQLException("relation \"t\" does not exist", "42P01"), Engine.POSTGRESQL).message())
				.contains("discover the source again");
		assertThat(explain(new SQLException("could not connect to server \"nowhere\"", "08001"), Engine.POSTGRESQL)
				.message()).contains("foreign table's remote server", "check the foreign server");
	}

	@Test
	void neverPassesOnTheDriversMessageWhichMayQuoteAValue() {
		TableSample.Failure failure = explain(
				new SQLException("invalid input syntax for type integer: \"alice@example.com\"", "22P02", 0),
				Engine.POSTGRESQL);

		assertThat(failure.sqlState()).isEqualTo("22P02");
		assertThat(failure.message()).contains("22P02").doesNotContain("alice");
	}

	@Test
	void aCancelledStatementCountsAsTimedOutSoItIsNotRetried() {
		assertThat(SampleFailures.timedOut(new SQLException("cancelled", "57014"))).isTrue();
		assertThat(SampleFailures.timedOut(new SQLException("max_statement_time exceeded", "70100", 1969))).isTrue();
		assertThat(SampleFailures.timedOut(new SQLException("TABLESAMPLE not supported", "0A000"))).isFalse();
	}

	private static TableSample.Failure explain(SQLException e, Engine engine) {
		return SampleFailures.explain(e, engine, TIMEOUT);
	}
}
