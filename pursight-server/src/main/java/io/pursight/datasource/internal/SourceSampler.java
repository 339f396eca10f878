package io.pursight.datasource.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pursight.common.Problem;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.DataSourceSettings;
import io.pursight.datasource.Engine;
import io.pursight.datasource.SampleSpec;
import io.pursight.datasource.SourceReader;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.SampleFailures;
import io.pursight.datasource.internal.jdbc.TableSampler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens {@link SourceReader}s: one connection per reader, table after table. A table that cannot be read (an
 * unpopulated materialized view, a table the account may not read, a lock held past the timeout…) costs that
 * table only: it comes back as a failed {@link TableSample}, is logged at WARN with the source and the object
 * named (never a value), and the next table is read, on a fresh connection if the failure closed this one.
 * Only a source that cannot be reached at all fails the reader.
 */
@Component
class SourceSampler {

	private static final Logger log = LoggerFactory.getLogger(SourceSampler.class);
	/** How long to wait for the server to confirm a connection is still usable after a failed table. */
	private static final int VALIDATION_SECONDS = 5;

	private final ConnectionFactory connections;
	private final Duration defaultTimeout;

	SourceSampler(ConnectionFactory connections, DataSourceSettings settings) {
		this.connections = connections;
		this.defaultTimeout = settings.sampleTimeout();
	}

	/** The tables one after the other over one connection, as the settings' sample timeout allows. */
	List<TableSample> sample(ClassificationClaim claim, DataSource source, ConnectionSpec spec,
			List<TableSample.Request> tables, int limit) {
		SampleSpec sampling = new SampleSpec(limit, SampleSpec.Mode.RANDOM, null, defaultTimeout);
		try (SourceReader reader = open(claim, source, spec)) {
			return tables.stream().map(table -> reader.sample(table, sampling)).toList();
		}
	}

	SourceReader open(ClassificationClaim claim, DataSource source, ConnectionSpec spec) {
		return new Reader(claim, source, spec);
	}

	private final class Reader implements SourceReader {

		private final ClassificationClaim claim;
		private final DataSource source;
		private final ConnectionSpec spec;
		private Connection connection;

		Reader(ClassificationClaim claim, DataSource source, ConnectionSpec spec) {
			this.claim = claim;
			this.source = source;
			this.spec = spec;
		}

		@Override
		public TableSample sample(TableSample.Request table, SampleSpec asked) {
			// the settings' sample timeout is the ceiling: a rule set may ask for less, never for more
			SampleSpec sampling = asked.timeout().compareTo(defaultTimeout) <= 0 ? asked
					: new SampleSpec(asked.limit(), asked.mode(), asked.percent(), defaultTimeout);
			claim.confirm();
			try {
				Connection c = connection();
				try {
					return TableSampler.sample(c, source.engine(), table, sampling);
				}
				catch (SQLException e) {
					TableSample.Failure failure = SampleFailures.explain(e, source.engine(), sampling.timeout());
					log.warn("Sampling {} of data source {} failed (SQL state {}): {}", name(table), source.id(),
							failure.sqlState(), failure.message());
					recover();
					return TableSample.failed(table.schema(), table.table(), failure);
				}
			}
			catch (SQLException e) {
				throw unreachable(e);
			}
		}

		@Override
		public Map<String, String> changeMarkers(List<String> schemas) {
			String sql = switch (source.engine()) {
				case POSTGRESQL -> "SELECT schemaname, relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_all_tables "
						+ "WHERE schemaname = ANY (?)";
				case MYSQL, MARIADB -> "SELECT table_schema, table_name, CONCAT(COALESCE(update_time, ''), '/', "
						+ "COALESCE(table_rows, ''), '/', COALESCE(data_length, '')) FROM information_schema.tables "
						+ "WHERE FIND_IN_SET(table_schema, ?) > 0";
				case H2 -> null;
			};
			Map<String, String> markers = new HashMap<>();
			if (sql == null || schemas.isEmpty()) {
				return markers;
			}
			claim.confirm();
			try (PreparedStatement statement = connection().prepareStatement(sql)) {
				statement.setQueryTimeout((int) Math.max(1, defaultTimeout.toSeconds()));
				if (source.engine() == Engine.POSTGRESQL) {
					statement.setArray(1, statement.getConnection().createArrayOf("text", schemas.toArray()));
				}
				else {
					statement.setString(1, String.join(",", schemas));
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						markers.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
					}
				}
			}
			catch (SQLException e) {
				// without statistics every relation counts as changed: an incremental scan reads it again
				log.warn("Reading the change statistics of data source {} failed (SQL state {}); incremental scans "
						+ "re-read every table", source.id(), e.getSQLState());
				markers.clear();
				try {
					recover();
				}
				catch (SQLException unreachable) {
					throw unreachable(unreachable);
				}
			}
			return markers;
		}

		@Override
		public void close() {
			closeQuietly(connection);
			connection = null;
		}

		private Connection connection() throws SQLException {
			if (connection == null) {
				connection = connections.open(claim.workspace(), spec);
			}
			return connection;
		}

		/**
		 * After a failed statement: keeps the connection when it still works (rolled back if a transaction was
		 * left open, which PostgreSQL would refuse to go on with), else opens a new one. Throws when the source can
		 * no longer be reached: that is the source's failure, not the table's.
		 */
		private void recover() throws SQLException {
			try {
				if (connection != null && !connection.isClosed() && connection.isValid(VALIDATION_SECONDS)) {
					if (!connection.getAutoCommit()) {
						connection.rollback();
					}
					return;
				}
			}
			catch (SQLException e) {
				// not usable: replaced below
			}
			closeQuietly(connection);
			connection = null;
			log.info("Reconnecting to data source {} ({}) after a failed table", claim.source(), source.engine());
			connection();
		}
	}

	private static Problem unreachable(SQLException e) {
		return Problem.conflict("Sampling the data source failed (SQL state " + e.getSQLState()
				+ "); test its connection and check that the catalog is current.");
	}

	private static String name(TableSample.Request table) {
		return table.schema() == null || table.schema().isEmpty() ? table.table() : table.schema() + "." + table.table();
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException e) {
			// what was read is read; a failing close changes nothing for it
		}
	}
}
