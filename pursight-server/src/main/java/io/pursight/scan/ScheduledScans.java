package io.pursight.scan;

import io.pursight.common.Problem;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scanrules.ScheduledScanDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues the run of a schedule whose slot has come ({@link ScheduledScanDue}, published by the schedules of
 * {@code scanrules} through the event publication registry, so a slot survives a crash). Delivery is at least
 * once: a slot that already has its run is not queued again. A source or rule set gone since the slot was
 * announced is logged, not retried forever.
 */
@Component
class ScheduledScans {

	private static final Logger log = LoggerFactory.getLogger(ScheduledScans.class);

	private final ScanRuns runs;
	private final ScanRunRepository repository;

	ScheduledScans(ScanRuns runs, ScanRunRepository repository) {
		this.runs = runs;
		this.repository = repository;
	}

	@ApplicationModuleListener
	void due(ScheduledScanDue due) {
		if (repository.hasRunOfSchedule(due.scheduleId().value(), due.slot())) {
			return;
		}
		try {
			ScanRun run = runs.scan(due.workspaceId(), due.sourceId(), due.ruleSetId(), null, null, ScanTrigger.SCHEDULE,
					due.scheduleId().value());
			log.info("Schedule {} queued scan run {} of source {} for its slot {}", due.scheduleId(), run.id(),
					due.sourceId(), due.slot());
		}
		catch (Problem refused) {
			log.warn("Schedule {} could not queue its scan of source {} for the slot {}: {}", due.scheduleId(),
					due.sourceId(), due.slot(), refused.getMessage());
		}
	}
}
