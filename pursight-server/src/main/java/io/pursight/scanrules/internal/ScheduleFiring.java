package io.pursight.scanrules.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSources;
import io.pursight.scanrules.ScanSchedule;
import io.pursight.scanrules.ScanScheduleSettings;
import io.pursight.scanrules.ScheduledScanDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due schedules: for each, in one transaction, moves it to its next slot strictly after now (so after
 * downtime it fires once, not once per missed slot) and publishes {@link ScheduledScanDue}. The move is guarded
 * by the version the schedule was read at: when two replicas read the same due schedule, one moves it and
 * publishes, the other changes nothing. A schedule of an archived source moves on without an event and stays.
 */
class ScheduleFiring {

	private static final Logger log = LoggerFactory.getLogger(ScheduleFiring.class);

	private final ScheduleRepository repository;
	private final DataSources sources;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final int batchSize;

	ScheduleFiring(ScheduleRepository repository, DataSources sources, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, ScanScheduleSettings settings) {
		this.repository = repository;
		this.sources = sources;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = settings.batchSize();
	}

	/** Fires the schedules due now, at most a batch; returns how many published an event. */
	int fireDue() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int fired = 0;
		for (ScheduleRepository.Due due : repository.due(now, batchSize)) {
			try {
				if (fire(due.workspace(), due.schedule(), now)) {
					fired++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Scan schedule {} could not be fired; it is tried again at the next check", due.schedule().id(), e);
			}
		}
		return fired;
	}

	/** Fires one schedule read as due; false when another replica moved it first or its source is archived. */
	boolean fire(WorkspaceId workspace, ScanSchedule schedule, Instant now) {
		CronSchedule cron;
		try {
			cron = CronSchedule.parse(schedule.cron(), schedule.timeZone());
		}
		catch (Problem e) {
			// stored valid, but the zone rules of this JVM no longer know the zone: stop, visibly, rather than loop
			log.warn("Scan schedule {} is disabled: {}", schedule.id(), e.getMessage());
			transactions.executeWithoutResult(
					status -> repository.update(workspace, moved(schedule, false, null, schedule.lastRunAt(), now)));
			return false;
		}
		boolean archived = archived(workspace, schedule);
		ScanSchedule next = moved(schedule, true, cron.next(now), archived ? schedule.lastRunAt() : now, now);
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (!repository.update(workspace, next)) {
				return false; // fired (or changed) by someone else since we read it
			}
			if (archived) {
				log.info("Scan schedule {} skipped its slot {}: its source is archived", schedule.id(),
						schedule.nextRunAt());
				return false;
			}
			events.publishEvent(new ScheduledScanDue(workspace, schedule.id(), schedule.sourceId(),
					schedule.ruleSetId(), schedule.nextRunAt()));
			return true;
		}));
	}

	private boolean archived(WorkspaceId workspace, ScanSchedule schedule) {
		try {
			return sources.get(workspace, schedule.sourceId()).state() == DataSourceState.ARCHIVED;
		}
		catch (Problem gone) {
			return true;
		}
	}

	private static ScanSchedule moved(ScanSchedule s, boolean enabled, Instant nextRunAt, Instant lastRunAt,
			Instant now) {
		return new ScanSchedule(s.id(), s.sourceId(), s.ruleSetId(), s.cron(), s.timeZone(), enabled, nextRunAt,
				lastRunAt, s.createdAt(), now, s.version() + 1);
	}
}
