package io.pursight.datasource.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;

/**
 * Turns the exception a table's sample query raised into a {@link TableSample.Failure} a person can act on. The
 * driver's own message is never passed on: it may quote a value of the table (a failed cast in a view, for one);
 * the SQL state and the vendor code are, so the source's own log can be searched for the rest.
 */
public final class SampleFailures {

	private SampleFailures() {
	}

	/** Whether the statement was stopped by its query timeout (or cancelled, which the timeout does on PostgreSQL). */
	public static boolean timedOut(SQLException e) {
		return e instanceof SQLTimeoutException || "57014".equals(e.getSQLState()) || "70100".equals(e.getSQLState())
				|| e.getErrorCode() == 1969 || e.getErrorCode() == 3024;
	}

	/**
	 * Why one table could not be read, in words that say what to do.
	 *
	 * @param timeout the sample timeout the statement ran under
	 */
	public static TableSample.Failure explain(SQLException e, Engine engine, Duration timeout) {
		String state = e.getSQLState();
		return new TableSample.Failure(state, message(e, engine, state, timeout));
	}

	private static String message(SQLException e, Engine engine, String state, Duration timeout) {
		boolean mysql = engine == Engine.MYSQL || engine == Engine.MARIADB;
		int code = e.getErrorCode();
		if (timedOut(e)) {
			return "timed out after " + timeout.toSeconds() + "s (pursight.sources.sample-timeout): the table may be "
					+ "locked, by a long migration for one; classify it again when the lock is gone";
		}
		if (engine == Engine.POSTGRESQL && "55000".equals(state)) {
			return "materialized view was never populated: REFRESH MATERIALIZED VIEW it or exclude it";
		}
		if ("42501".equals(state) || (mysql && (code == 1142 || code == 1143))) {
			return "the scanning account may not read it: GRANT SELECT on it to the source's user, or exclude it";
		}
		if (mysql && code == 1356) {
			return "the view refers to tables, columns or functions that no longer exist, or its definer lost "
					+ "the rights to them: recreate or drop the view, or exclude it";
		}
		if ("42P01".equals(state) || "42S02".equals(state) || (mysql && code == 1146)) {
			return "it no longer exists, or a view refers to a table that was dropped: discover the source again";
		}
		if (engine == Engine.POSTGRESQL && "08001".equals(state)) {
			// the statement ran on a live connection, so the connection it could not open was the source's own:
			// that of a foreign table (postgres_fdw, dblink) to its remote server
			return "the source could not connect to where the data lives (a foreign table's remote server is "
					+ "unreachable or refuses its user mapping): check the foreign server, or exclude it";
		}
		if ("42703".equals(state) || "42S22".equals(state) || (mysql && code == 1054)) {
			return "its columns changed since the last discovery: discover the source again";
		}
		return "reading it failed with SQL state " + state + (code != 0 ? " (vendor code " + code + ")" : "")
				+ "; the source's own log tells why";
	}
}
