package io.pursight.scanrules.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.pursight.access.AuditDetail;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.DataSources;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanSchedule;
import io.pursight.scanrules.ScanScheduleId;
import io.pursight.scanrules.ScanScheduleSettings;
import io.pursight.scanrules.ScanSchedules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ScanSchedules} over {@link ScheduleRepository}; the firing is {@link ScheduleFiring}'s. */
@Service
class ScheduleService implements ScanSchedules {

	private final ScheduleRepository repository;
	private final DataSources sources;
	private final ScanRuleSets ruleSets;
	private final ScanScheduleSettings settings;
	private final Clock clock;

	ScheduleService(ScheduleRepository repository, DataSources sources, ScanRuleSets ruleSets,
			ScanScheduleSettings settings, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.sources = sources;
		this.ruleSets = ruleSets;
		this.settings = settings;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional
	public ScanSchedule create(WorkspaceId workspace, ScheduleDefinition definition) {
		Instant now = now();
		CronSchedule cron = check(workspace, definition, now);
		boolean enabled = definition.enabled() == null || definition.enabled();
		ScanSchedule schedule = new ScanSchedule(ScanScheduleId.random(), definition.sourceId(), definition.ruleSetId(),
				cron.cron(), cron.zone().getId(), enabled, enabled ? cron.next(now) : null, null, now, now, 0);
		repository.insert(workspace, schedule);
		AuditDetail.record("scan schedule " + schedule.id() + " created: '" + schedule.cron() + "' in "
				+ schedule.timeZone() + ", source " + schedule.sourceId() + ", rule set " + schedule.ruleSetId());
		return schedule;
	}

	@Override
	@Transactional
	public ScanSchedule update(WorkspaceId workspace, ScanScheduleId id, long expectedVersion,
			ScheduleDefinition definition) {
		ScanSchedule current = get(workspace, id);
		if (current.version() != expectedVersion) {
			throw Problem.versionConflict("scan schedule", expectedVersion, current.version());
		}
		Instant now = now();
		CronSchedule cron = check(workspace, definition, now);
		boolean enabled = definition.enabled() == null || definition.enabled();
		ScanSchedule changed = new ScanSchedule(id, definition.sourceId(), definition.ruleSetId(), cron.cron(),
				cron.zone().getId(), enabled, enabled ? cron.next(now) : null, current.lastRunAt(), current.createdAt(),
				now, current.version() + 1);
		if (!repository.update(workspace, changed)) {
			throw Problem.versionConflict("scan schedule", expectedVersion, get(workspace, id).version());
		}
		AuditDetail.record("scan schedule " + id + " changed: '" + current.cron() + "' in " + current.timeZone()
				+ " → '" + changed.cron() + "' in " + changed.timeZone() + (current.enabled() == enabled ? ""
						: enabled ? ", enabled" : ", disabled"));
		return changed;
	}

	@Override
	@Transactional
	public void delete(WorkspaceId workspace, ScanScheduleId id) {
		if (!repository.delete(workspace, id)) {
			throw Problem.notFound(id);
		}
		AuditDetail.record("scan schedule " + id + " deleted");
	}

	@Override
	public ScanSchedule get(WorkspaceId workspace, ScanScheduleId id) {
		return repository.find(workspace, id).orElseThrow(() -> Problem.notFound(id));
	}

	@Override
	public PageResult<ScanSchedule> list(WorkspaceId workspace, DataSourceId source, PageQuery page) {
		return repository.list(workspace, source, page);
	}

	/** The parsed cron, once the source and rule set are found in the workspace and the cron is not too frequent. */
	private CronSchedule check(WorkspaceId workspace, ScheduleDefinition definition, Instant now) {
		if (definition == null || definition.sourceId() == null) {
			throw Problem.invalid("sourceId must be given: the source the schedule scans.");
		}
		if (definition.ruleSetId() == null) {
			throw Problem.invalid("ruleSetId must be given: the rule set the scans use (a built-in such as "
					+ ScanRuleSets.FULL_PII + ", or your own).");
		}
		CronSchedule cron = CronSchedule.parse(definition.cron(), definition.timeZone());
		cron.requireInterval(settings.minInterval(), now);
		DataSourceView source = sources.get(workspace, definition.sourceId());
		if (source.state() == DataSourceState.ARCHIVED) {
			throw Problem.conflict("The source '" + source.name() + "' is archived; restore it before scheduling scans.");
		}
		ruleSets.get(workspace, definition.ruleSetId());
		return cron;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
