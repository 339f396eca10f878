package io.pursight.datasource;

import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.internal.DataSourceRepository;

/**
 * A classification run's hold on its source, from {@link DataSources#claimForClassification} until
 * {@link #close()}: meanwhile the source cannot be archived, redefined or discovered (409). The run
 * calls {@link #confirm()} before each table it reads and before it stores anything, so that a
 * source archived all the same (a claim taken for stale while its run had stalled) stops the run.
 * Not thread-safe: one run, one thread.
 */
public final class ClassificationClaim implements AutoCloseable {

	private final DataSourceRepository repository;
	private final WorkspaceId workspace;
	private final DataSourceId source;
	private final UUID token;

	ClassificationClaim(DataSourceRepository repository, WorkspaceId workspace, DataSourceId source, UUID token) {
		this.repository = repository;
		this.workspace = workspace;
		this.source = source;
		this.token = token;
	}

	public WorkspaceId workspace() {
		return workspace;
	}

	public DataSourceId source() {
		return source;
	}

	/**
	 * Renews the claim, or throws a 409 problem when the source was archived or the claim lost since:
	 * the run must then stop without reading or storing anything more.
	 */
	public void confirm() {
		if (!repository.renewClassificationClaim(workspace, source, token)) {
			boolean archived = repository.find(workspace, source)
					.map(s -> s.state() == DataSourceState.ARCHIVED).orElse(true);
			throw Problem.conflict(archived
					? "The data source was archived while it was being classified; the classification stopped "
							+ "and stored nothing."
					: "This classification stalled and another run took the data source over; it stopped and "
							+ "stored nothing.");
		}
	}

	/** Gives the source back; harmless when the claim was lost meanwhile. */
	@Override
	public void close() {
		repository.releaseClassificationClaim(workspace, source, token);
	}
}
