package io.pursight.scan;

import java.util.Optional;

import io.pursight.scan.internal.ScanRunRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a changed run and, in the same transaction, announces the moves other modules care about
 * ({@link ScanStarted}, {@link ScanCompleted}, {@link ScanFailed}) through the event publication
 * registry, so an announcement is never lost nor made for a change that was not stored.
 */
@Component
class ScanRunEvents {

	private final ScanRunRepository repository;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	ScanRunEvents(ScanRunRepository repository, ApplicationEventPublisher events, TransactionTemplate tx) {
		this.repository = repository;
		this.events = events;
		this.tx = tx;
	}

	/** The stored run, or empty when it changed since it was read (nothing is stored nor announced then). */
	Optional<ScanRun> store(ScanRun changed) {
		return tx.execute(status -> {
			Optional<ScanRun> stored = repository.update(changed);
			stored.ifPresent(this::announce);
			return stored;
		});
	}

	private void announce(ScanRun run) {
		switch (run.state()) {
			// a run's first move is its start (from version 0); later moves within INITIALIZING announce nothing
			case INITIALIZING -> {
				if (run.version() == 1) {
					events.publishEvent(new ScanStarted(run.workspaceId(), run.id(),
							run.request().sourceId(), run.request().steps(), run.startedAt()));
				}
			}
			case COMPLETED -> events.publishEvent(new ScanCompleted(run.workspaceId(), run.id(),
					run.request().sourceId(), run.summary(), run.finishedAt()));
			case FAILED -> events.publishEvent(new ScanFailed(run.workspaceId(), run.id(), run.request().sourceId(),
					run.error(), run.finishedAt()));
			default -> {
				// the steps in between are the run's own business
			}
		}
	}
}
