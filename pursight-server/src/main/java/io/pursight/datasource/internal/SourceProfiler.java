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
import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.TableSample;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.SampleFailures;
import io.pursight.datasource.internal.jdbc.TableAggregates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts a table's figures on its source ({@link TableAggregates}), and looks up tables' sizes, each over a
 * connection of its own opened like the sampler's. A table that cannot be read comes back
 * {@linkplain ExactProfile#failed failed} with the reason a person can act on, logged at WARN with the source and
 * the table named (never a value); only a source that cannot be reached at all is a 409 problem.
 */
@Component
class SourceProfiler {

	private static final Logger log = LoggerFactory.getLogger(SourceProfiler.class);

	private final ConnectionFactory connections;
	private final Duration timeout;

	SourceProfiler(ConnectionFactory connections, DataSourceSettings settings) {
		this.connections = connections;
		this.timeout = settings.sampleTimeout();
	}

	ExactProfile exactProfile(ClassificationClaim claim, DataSource source, ConnectionSpec spec,
			TableSample.Request table) {
		try (Connection connection = open(claim, spec)) {
			claim.confirm();
			try {
				return TableAggregates.count(connection, source.engine(), table, timeoutSeconds());
			}
			catch (SQLException e) {
				TableSample.Failure failure = SampleFailures.explain(e, source.engine(), timeout);
				log.warn("Profiling {} of data source {} failed (SQL state {}): {}", name(table), source.id(),
						failure.sqlState(), failure.message());
				return ExactProfile.failed(table.schema(), table.table(), failure);
			}
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
	}

	List<Long> sizes(ClassificationClaim claim, DataSource source, ConnectionSpec spec,
			List<TableSample.Request> tables) {
		List<Long> sizes = new ArrayList<>(tables.size());
		try (Connection connection = open(claim, spec)) {
			for (TableSample.Request table : tables) {
				sizes.add(table.view() ? null
						: TableAggregates.size(connection, source.engine(), table.schema(), table.table(),
								timeoutSeconds()));
			}
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
		return sizes;
	}

	private Connection open(ClassificationClaim claim, ConnectionSpec spec) throws SQLException {
		return connections.open(claim.workspace(), spec);
	}

	private static Problem unreachable(SQLException e) {
		return Problem.conflict("Reading the data source failed (SQL state " + e.getSQLState()
				+ "); test its connection and check that the catalog is current.");
	}

	/** Whole seconds, at least one: JDBC query timeouts count in seconds. */
	private int timeoutSeconds() {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
	}

	private static String name(TableSample.Request table) {
		return table.schema() == null || table.schema().isEmpty() ? table.table() : table.schema() + "." + table.table();
	}
}
