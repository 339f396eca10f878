package io.pursight.datasource;

import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;

/**
 * A classification run's hold on its source, from {@link DataSources#claimForClassification} until
 * {@link #close()}: meanwhile the source cannot be archived, redefined or discovered (409). The run calls
 * {@link #confirm()} before each table it reads and before it stores anything, so that a source archived all
 * the same (a claim taken for stale while its run had stalled) stops the run. Not thread-safe: one run, one
 * thread. Only {@link DataSources} issues claims.
 */
public interface ClassificationClaim extends AutoCloseable {

	WorkspaceId workspace();

	DataSourceId source();

	/**
	 * Renews the claim, or throws a 409 problem when the source was archived or the claim lost since: the run
	 * must then stop without reading or storing anything more.
	 */
	void confirm();

	/** Gives the source back; harmless when the claim was lost meanwhile. */
	@Override
	void close();
}
