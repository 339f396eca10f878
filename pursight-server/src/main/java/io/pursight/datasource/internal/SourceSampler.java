package io.pursight.datasource.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.pursight.common.Problem;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.DataSourceSettings;
import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.SampleFailures;
import io.pursight.datasource.internal.jdbc.TableSampler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the samples of a source's tables over one connection, table after table. A table that cannot be read
 * (an unpopulated materialized view, a table the account may not read, a lock held past the sample timeout…)
 * costs that table only: it comes back as a failed {@link TableSample}, is logged at WARN with the source and the
 * object named (never a value), and the next table is read, on a fresh connection if the failure closed this one.
 * Only a source that cannot be reached at all fails the whole read.
 */
@Component
class SourceSampler {

	private static final Logger log = LoggerFactory.getLogger(SourceSampler.class);
	/** How long to wait for the server to confirm a connection is still usable after a failed table. */
	private static final int VALIDATION_SECONDS = 5;

	private final ConnectionFactory connections;
	private final Duration timeout;

	SourceSampler(ConnectionFactory connections, DataSourceSettings settings) {
		this.connections = connections;
		this.timeout = settings.sampleTimeout();
	}

	List<TableSample> sample(ClassificationClaim claim, DataSource source, ConnectionSpec spec,
			List<TableSample.Request> tables, int limit) {
		List<TableSample> samples = new ArrayList<>(tables.size());
		Connection connection = null;
		try {
			connection = connections.open(claim.workspace(), spec);
			for (TableSample.Request table : tables) {
				claim.confirm();
				try {
					samples.add(TableSampler.sample(connection, source.engine(), table, limit, timeoutSeconds()));
				}
				catch (SQLException e) {
					TableSample.Failure failure = SampleFailures.explain(e, source.engine(), timeout);
					log.warn("Sampling {} of data source {} failed (SQL state {}): {}", name(table), source.id(),
							failure.sqlState(), failure.message());
					samples.add(TableSample.failed(table.schema(), table.table(), failure));
					connection = usable(connection, claim, spec, source.engine());
				}
			}
		}
		catch (SQLException e) {
			throw Problem.conflict("Sampling the data source failed (SQL state " + e.getSQLState()
					+ "); test its connection and check that the catalog is current.");
		}
		finally {
			close(connection);
		}
		return samples;
	}

	/**
	 * The connection to go on with after a failed table: the same one when it still works (rolled back if a
	 * transaction was left open, which PostgreSQL would refuse to go on with), else a new one. Throws when the
	 * source can no longer be reached: that is the source's failure, not the table's.
	 */
	private Connection usable(Connection connection, ClassificationClaim claim, ConnectionSpec spec, Engine engine)
			throws SQLException {
		try {
			if (!connection.isClosed() && connection.isValid(VALIDATION_SECONDS)) {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
				return connection;
			}
		}
		catch (SQLException e) {
			// not usable: replaced below
		}
		close(connection);
		log.info("Reconnecting to data source {} ({}) after a failed table", claim.source(), engine);
		return connections.open(claim.workspace(), spec);
	}

	/** Whole seconds, at least one: JDBC query timeouts count in seconds. */
	private int timeoutSeconds() {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
	}

	private static String name(TableSample.Request table) {
		return table.schema() == null || table.schema().isEmpty() ? table.table() : table.schema() + "." + table.table();
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException e) {
			// the samples are read; a failing close changes nothing for them
		}
	}
}
