package io.pursight.datasource.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.pursight.catalog.Catalog;
import io.pursight.catalog.SourceSnapshot;
import io.pursight.catalog.SyncSummary;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DiscoveryReport;
import io.pursight.datasource.internal.jdbc.ConnectionFactory;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import io.pursight.datasource.internal.jdbc.CountingConnection;
import io.pursight.datasource.internal.jdbc.SchemaFilter;
import io.pursight.datasource.internal.jdbc.SchemaReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one discovery: claims the source (SCANNING, so two discoveries of one source never
 * overlap, even across replicas, nor one and a classification run), reads its whole structure
 * first and only then writes the catalog in one transaction. A source that fails mid-read leaves
 * the catalog as it was.
 */
@Component
public class Discovery {

	/** A claim older than this is considered abandoned by a crashed process. */
	static final Duration STALE_CLAIM = DataSourceRepository.STALE_CLAIM;
	/** The refusal of whatever must wait for a classification run to finish. */
	public static final String BEING_CLASSIFIED = "The data source is being classified; try again when the "
			+ "classification has finished.";
	private static final Logger log = LoggerFactory.getLogger(Discovery.class);

	private final DataSourceRepository repository;
	private final ConnectionFactory connections;
	private final ConnectionTester tester;
	private final Catalog catalog;

	Discovery(DataSourceRepository repository, ConnectionFactory connections, ConnectionTester tester, Catalog catalog) {
		this.repository = repository;
		this.connections = connections;
		this.tester = tester;
		this.catalog = catalog;
	}

	public DiscoveryReport run(StoredSource source, ConnectionSpec spec) {
		claim(source);
		long start = System.nanoTime();
		SourceSnapshot snapshot;
		int statements;
		try (CountingConnection connection = CountingConnection.wrap(connections.open(source.workspaceId(), spec))) {
			snapshot = SchemaReaders.forEngine(source.engine()).read(connection, SchemaFilter.all());
			statements = (int) connection.statementsExecuted();
		}
		catch (Problem refused) {
			// The guard refused to connect (see SourceGuard): the definition must change, the user hears why.
			repository.transition(source, DataSourceState.SCANNING, DataSourceState.FAILED, refused.getMessage(), null);
			throw refused;
		}
		catch (SQLException | RuntimeException e) {
			ConnectionCheck failure = tester.explain(spec, e, millisSince(start));
			repository.transition(source, DataSourceState.SCANNING, DataSourceState.FAILED, failure.message(), null);
			log.info("Discovery of source {} failed: {}", source.id(), failure.message());
			throw new Problem(ProblemKind.SOURCE_UNREACHABLE, "Discovery of '" + source.name() + "' failed: "
					+ failure.message() + " The catalog was left unchanged.", Map.of("errorCode", failure.errorCode()));
		}
		long readMillis = millisSince(start);
		repository.transition(source, DataSourceState.SCANNING, DataSourceState.SCANNED, null, null);
		long writeStart = System.nanoTime();
		SyncSummary summary;
		try {
			summary = catalog.synchronize(source.workspaceId(), source.id(), source.name(), snapshot);
		}
		catch (RuntimeException e) {
			// The store's own message may hold SQL: it goes to the log, the user gets what to do.
			log.error("Writing the catalog of source {} failed", source.id(), e);
			String reason = e instanceof IllegalStateException ? " " + e.getMessage() : "";
			repository.transition(source, DataSourceState.SCANNED, DataSourceState.FAILED,
					"Writing the catalog failed; the previous catalog is unchanged." + reason, null);
			throw new Problem(ProblemKind.INTERNAL, "Discovery of '" + source.name() + "' read the source but could not "
					+ "write the catalog; the previous catalog is unchanged." + reason + " The error was logged; retry, "
					+ "and contact the administrator if it persists.");
		}
		long writeMillis = millisSince(writeStart);
		repository.transition(source, DataSourceState.SCANNED, DataSourceState.CATALOGED, null, Instant.now());
		log.info("Discovered source {}: {} tables, {} columns, {} statements, read {} ms, catalog {} ms", source.id(),
				summary.tables() + summary.views(), summary.columns(), statements, readMillis, writeMillis);
		return new DiscoveryReport(source.id(), DataSourceState.CATALOGED, summary, statements, readMillis, writeMillis,
				millisSince(start));
	}

	private void claim(StoredSource source) {
		DataSourceState from = source.state();
		if (from == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The data source is archived: restore it before discovering it.");
		}
		if (repository.isBeingClassified(source.workspaceId(), source.id())) {
			throw Problem.conflict(BEING_CLASSIFIED);
		}
		if (from.isBusy()) {
			if (source.updatedAt().isAfter(Instant.now().minus(STALE_CLAIM))) {
				throw Problem.conflict("A discovery of this data source is already running; wait for it to finish.");
			}
			repository.transition(source, from, DataSourceState.FAILED, "The previous scan was interrupted.", null);
			from = DataSourceState.FAILED;
		}
		else if (!from.canMoveTo(DataSourceState.SCANNING)) {
			from = DataSourceState.FAILED;
			repository.transition(source, source.state(), from, null, null);
		}
		if (!repository.transitionUnclaimed(source, from, DataSourceState.SCANNING)) {
			if (repository.isBeingClassified(source.workspaceId(), source.id())) {
				throw Problem.conflict(BEING_CLASSIFIED);
			}
			throw Problem.conflict("A discovery of this data source is already running; wait for it to finish.");
		}
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
