package io.pursight.datasource.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceState;

/**
 * A classification claim held in the source's row under a token (the scan run's id), checked by each
 * {@link #confirm()} and renewed by one at most every {@link #RENEW_EVERY} (the heartbeat that keeps it from
 * going stale), and given back by {@link #close()}.
 */
final class StoredClaim implements ClassificationClaim {

	/** How often a confirmation renews the heartbeat; in between it only checks the claim still holds. */
	static final Duration RENEW_EVERY = Duration.ofSeconds(10);

	private final DataSourceRepository repository;
	private final WorkspaceId workspace;
	private final DataSourceId source;
	private final UUID token;
	/** When this holder last renewed the heartbeat; null before it did. */
	private Instant renewed;

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
		Instant now = Instant.now();
		boolean renew = renewed == null || renewed.isBefore(now.minus(RENEW_EVERY));
		// Renewing writes the source's row; a scan's workers confirm before every table and inside every table's
		// transaction, so renewing each time would serialise them on that row. A check reads it instead, and
		// the heartbeat is renewed often enough to stay far from going stale.
		if (renew ? !repository.renewClassificationClaim(workspace, source, token)
				: !repository.holdsClassificationClaim(workspace, source, token)) {
			boolean archived = repository.find(workspace, source)
					.map(s -> s.state() == DataSourceState.ARCHIVED).orElse(true);
			throw Problem.conflict(archived
					? "The data source was archived while it was being classified; the scan stopped and stored "
							+ "nothing more (the tables it had finished keep their results)."
					: "This scan stalled and another run took the data source over; it stopped and stored nothing "
							+ "more (the tables it had finished keep their results).");
		}
		if (renew) {
			renewed = now;
		}
	}

	@Override
	public void close() {
		repository.releaseClassificationClaim(workspace, source, token);
	}
}
