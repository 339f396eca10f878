package io.pursight.datasource.internal;

import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceState;

/**
 * A classification claim held in the source's row under a random token, renewed by each {@link #confirm()}
 * (the heartbeat that keeps it from going stale) and given back by {@link #close()}.
 */
final class StoredClaim implements ClassificationClaim {

	private final DataSourceRepository repository;
	private final WorkspaceId workspace;
	private final DataSourceId source;
	private final UUID token;

	StoredClaim(DataSourceRepository repository, WorkspaceId workspace, DataSourceId source, UUID token) {
		this.repository = repository;
		this.workspace = workspace;
		this.source = source;
		this.token = token;
	}

	@Override
	public WorkspaceId workspace() {
		return workspace;
	}

	@Override
	public DataSourceId source() {
		return source;
	}

	@Override
	public void confirm() {
		if (!repository.renewClassificationClaim(workspace, source, token)) {
			boolean archived = repository.find(workspace, source)
					.map(s -> s.state() == DataSourceState.ARCHIVED).orElse(true);
			throw Problem.conflict(archived
					? "The data source was archived while it was being classified; the scan stopped and stored "
							+ "nothing more (the tables it had finished keep their results)."
					: "This scan stalled and another run took the data source over; it stopped and stored nothing "
							+ "more (the tables it had finished keep their results).");
		}
	}

	@Override
	public void close() {
		repository.releaseClassificationClaim(workspace, source, token);
	}
}
