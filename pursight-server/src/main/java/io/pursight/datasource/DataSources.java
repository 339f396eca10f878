package io.pursight.datasource;

import java.util.List;

import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.WorkspaceId;

/**
 * Registers data sources, keeps their credentials sealed, tests connections and runs discovery into the
 * catalog. Every operation is scoped to one workspace: a source of another workspace is not found (404). A
 * stored password is only ever sent to the engine, server, database and user it was entered for, and never
 * leaves this module: other modules read a source's rows through {@link #sample}. What a change did is told to
 * the audit trail, never with a secret. Illegal moves of a source's lifecycle are 409 problems naming why.
 */
public interface DataSources {

	/** Registers a source in state {@link DataSourceState#REGISTERED}; 400 for an unusable definition. */
	DataSourceView register(WorkspaceId workspace, SourceDefinition definition);

	/**
	 * Replaces the definition; the caller's {@code expectedVersion} must match. A null password keeps the
	 * stored one, so clients never need to know it, but only while the connection still goes where it went:
	 * a change of engine, host, port, database, JDBC URL target or user name without the password is a 400
	 * naming the changed fields, so the stored password never follows the source to another server.
	 */
	DataSourceView redefine(WorkspaceId workspace, DataSourceId id, long expectedVersion, SourceDefinition definition);

	/** Never returns null; 404 when the workspace has no such source. */
	DataSourceView get(WorkspaceId workspace, DataSourceId id);

	/** The workspace's sources by name; every filter may be null. */
	PageResult<DataSourceView> list(WorkspaceId workspace, DataSourceState state, Engine engine, String name,
			PageQuery page);

	/** Archives the source: no more health checks, discovery or classification until restored. */
	DataSourceView archive(WorkspaceId workspace, DataSourceId id);

	/** Brings an archived source back, as {@link DataSourceState#REGISTERED}. */
	DataSourceView restore(WorkspaceId workspace, DataSourceId id);

	/** Tests a definition before it is saved; nothing is stored. */
	ConnectionCheck test(WorkspaceId workspace, SourceDefinition definition);

	/** Tests the stored source, records the result as a health check and updates its state. */
	ConnectionCheck test(WorkspaceId workspace, DataSourceId id);

	/** Reads the source's schemas and synchronises them into the catalog; 409 while it is being classified. */
	default DiscoveryReport discover(WorkspaceId workspace, DataSourceId id) {
		return discover(workspace, id, java.util.UUID.randomUUID());
	}

	/**
	 * As {@link #discover(WorkspaceId, DataSourceId)}, recording the catalog's changes (its schema history) under
	 * {@code changeSet}: the scan run that discovered.
	 */
	DiscoveryReport discover(WorkspaceId workspace, DataSourceId id, java.util.UUID changeSet);

	/** The source's health checks, newest first. */
	PageResult<HealthCheckView> healthChecks(WorkspaceId workspace, DataSourceId id, PageQuery page);

	/**
	 * Claims the source for a classification run, until the claim is closed: archive, redefinition and
	 * discovery are refused meanwhile (409), and so is a second classification. A claim left behind by a
	 * crashed process stops holding after a while (30 minutes without a {@link ClassificationClaim#confirm}).
	 */
	ClassificationClaim claimForClassification(WorkspaceId workspace, DataSourceId id);

	/**
	 * The claim of {@code holder} (a scan run's id): taken as {@link #claimForClassification(WorkspaceId,
	 * DataSourceId)} does when the source is free, or renewed when {@code holder} holds it already, so every
	 * worker of one run, on any replica and after a restart, works under the one claim. 409 when another run
	 * holds the source, or it is archived or being discovered.
	 */
	ClassificationClaim claimForClassification(WorkspaceId workspace, DataSourceId id, java.util.UUID holder);

	/** Gives back the claim of {@code holder}, if it still holds the source (harmless otherwise). */
	void releaseClassification(WorkspaceId workspace, DataSourceId id, java.util.UUID holder);

	/**
	 * Opens a reader of the source's tables under an open claim (see {@link SourceReader}); 409 when the claim
	 * was lost.
	 */
	SourceReader reader(ClassificationClaim claim);

	/**
	 * Moves a source on after a classification (the scan run that classified it calls this once the claim is
	 * closed): {@code CLASSIFYING → CLASSIFIED} when its labels are stored, {@code CLASSIFYING} or
	 * {@code CLASSIFIED → CATALOGED} when the run ends. Only from {@code from} and only while no classification
	 * holds the source, so another run's state is never touched; false when the source is elsewhere (archived
	 * meanwhile, or not moved by that run).
	 */
	boolean advanceClassification(WorkspaceId workspace, DataSourceId id, DataSourceState from, DataSourceState to);

	/**
	 * Reads up to {@code limit} rows of the requested columns of each table, one statement per table over one
	 * connection. The values are returned in memory only, never stored or logged. The claim is confirmed
	 * before each table, so nothing more is read from a source archived meanwhile. A table that cannot be read
	 * (within {@link DataSourceSettings#sampleTimeout} per statement) comes back {@linkplain TableSample#failed
	 * failed}, logged at WARN, and the other tables are still read; an unreachable source is a 409 problem naming
	 * the cause. Returns one sample per request, in order.
	 *
	 * @param claim one this service issued and that is still open
	 */
	List<TableSample> sample(ClassificationClaim claim, List<TableSample.Request> tables, int limit);

	/**
	 * Counts one table's figures on the source with one aggregate statement over the whole table: rows, and per
	 * column non-null and distinct values, extremes, mean and deviation of numbers, lengths of text (what applies
	 * to the column's type), plus the table's size where the engine reports it. Like {@link #sample}: under an
	 * open claim (confirmed first), within {@link DataSourceSettings#sampleTimeout}, the figures kept in memory
	 * only; a table that cannot be read comes back {@linkplain ExactProfile#failed failed} with the reason, and an
	 * unreachable source is a 409 problem. Costs a full read of the table on the source: for rule sets that ask for
	 * exact figures.
	 *
	 * @param claim one this service issued and that is still open
	 */
	ExactProfile exactProfile(ClassificationClaim claim, TableSample.Request table);

	/**
	 * The tables' sizes with their indexes as the engine's catalog reports them, without reading nor locking any
	 * table (PostgreSQL the pages of the table, its TOAST table and indexes in {@code pg_class}; MySQL/MariaDB
	 * {@code data_length + index_length}): one per request, in order, null for a view, on H2, or where the engine does not say. For profiles built from
	 * samples; an unreachable source is a 409 problem.
	 *
	 * @param claim one this service issued and that is still open
	 */
	List<Long> sizes(ClassificationClaim claim, List<TableSample.Request> tables);
}
