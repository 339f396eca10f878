package io.pursight.datasource.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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
class Discovery {

	/** A claim older than this is considered abandoned by a crashed process. */
	static final Duration STALE_CLAIM = DataSourceRepository.STALE_CLAIM;
	/** How often a claim is tried when the source's state moved between reading it and claiming it. */
	private static final int CLAIM_ATTEMPTS = 3;
	/** The refusal of whatever must wait for a classification run to finish. */
	static final String BEING_CLASSIFIED = "The data source is being classified; try again when the "
			+ "classification has finished.";
	private static final Logger log = LoggerFactory.getLogger(Discovery.class);

	private final DataSourceRepository repository;
	private final CredentialCipher cipher;
	private final ConnectionFactory connections;
	private final ConnectionTester tester;
	private final Catalog catalog;

	Discovery(DataSourceRepository repository, CredentialCipher cipher, ConnectionFactory connections,
			ConnectionTester tester, Catalog catalog) {
		this.repository = repository;
		this.cipher = cipher;
		this.connections = connections;
		this.tester = tester;
		this.catalog = catalog;
	}

	DiscoveryReport run(DataSource source, UUID changeSet) {
		ConnectionSpec spec = source.connectionSpec(cipher); // before the claim: a spec that fails leaves no trace
		DataSource scanning = claim(source, changeSet);
		long start = System.nanoTime();
		SourceSnapshot snapshot;
		int statements;
		try (CountingConnection connection = CountingConnection.wrap(connections.open(source.workspaceId(), spec))) {
			snapshot = SchemaReaders.forEngine(source.engine()).read(connection, SchemaFilter.all());
			statements = (int) connection.statementsExecuted();
		}
		catch (Problem refused) {
			// The guard refused to connect (see SourceGuard): the definition must change, the user hears why.
			repository.move(scanning, scanning.scanFailed(refused.getMessage(), Instant.now()));
			throw refused;
		}
		catch (SQLException | RuntimeException e) {
			ConnectionCheck failure = tester.explain(spec, e, millisSince(start));
			repository.move(scanning, scanning.scanFailed(failure.message(), Instant.now()));
			log.info("Discovery of source {} failed: {}", source.id(), failure.message());
			throw new Problem(ProblemKind.SOURCE_UNREACHABLE, "Discovery of '" + source.name() + "' failed: "
					+ failure.message() + " The catalog was left unchanged.", Map.of("errorCode", failure.errorCode()));
		}
		long readMillis = millisSince(start);
		DataSource scanned = scanning.scanned(Instant.now());
		repository.move(scanning, scanned);
		long writeStart = System.nanoTime();
		SyncSummary summary;
		try {
			summary = catalog.synchronize(source.workspaceId(), source.id(), source.name(), snapshot, changeSet);
		}
		catch (RuntimeException e) {
			// The store's own message may hold SQL: it goes to the log, the user gets what to do.
			log.error("Writing the catalog of source {} failed", source.id(), e);
			String reason = e instanceof IllegalStateException ? " " + e.getMessage() : "";
			repository.move(scanned, scanned.scanFailed(
					"Writing the catalog failed; the previous catalog is unchanged." + reason, Instant.now()));
			throw new Problem(ProblemKind.INTERNAL, "Discovery of '" + source.name() + "' read the source but could not "
					+ "write the catalog; the previous catalog is unchanged." + reason + " The error was logged; retry, "
					+ "and contact the administrator if it persists.");
		}
		long writeMillis = millisSince(writeStart);
		repository.move(scanned, scanned.cataloged(Instant.now()));
		log.info("Discovered source {}: {} tables, {} columns, {} statements, read {} ms, catalog {} ms", source.id(),
				summary.tables() + summary.views(), summary.columns(), statements, readMillis, writeMillis);
		return new DiscoveryReport(source.id(), DataSourceState.CATALOGED, summary, statements, readMillis, writeMillis,
				millisSince(start));
	}

	/**
	 * Moves the source to SCANNING for {@code changeSet}, or refuses (409) while it is archived, classified or
	 * discovered already. A source left SCANNING by a discovery of the same change set was interrupted (its
	 * process died; the scan run, revived elsewhere, starts its discovery over) and is taken over at once.
	 * The move is guarded by the state read; when it loses, the source is read again, because a health check
	 * may just have moved it (CATALOGED → MONITORING) and that is no reason to refuse a discovery.
	 */
	private DataSource claim(DataSource source, UUID changeSet) {
		DataSource current = source;
		for (int attempt = 1; ; attempt++) {
			current.requireActive("discovering");
			if (repository.isBeingClassified(current.workspaceId(), current.id())) {
				throw Problem.conflict(BEING_CLASSIFIED);
			}
			Instant now = Instant.now();
			boolean ours = repository.isDiscoveryHeldBy(current.workspaceId(), current.id(), changeSet);
			if (ours) {
				log.info("Discovery {} of source {} was interrupted; it starts over", changeSet, current.id());
			}
			DataSource ready = current.readyForDiscovery(now, ours ? Duration.ZERO : STALE_CLAIM);
			if (ready == current || repository.move(current, ready)) {
				DataSource scanning = ready.claimForDiscovery(now);
				if (repository.moveUnclaimed(ready, scanning)) {
					repository.holdDiscovery(current.workspaceId(), current.id(), changeSet);
					return scanning;
				}
			}
			if (repository.isBeingClassified(current.workspaceId(), current.id())) {
				throw Problem.conflict(BEING_CLASSIFIED);
			}
			if (attempt == CLAIM_ATTEMPTS) {
				throw Problem.conflict("A discovery of this data source is already running; wait for it to finish.");
			}
			current = repository.get(current.workspaceId(), current.id());
		}
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
