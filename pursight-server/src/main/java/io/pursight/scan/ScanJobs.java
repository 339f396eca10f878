package io.pursight.scan;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.pursight.platform.JobQueue;
import io.pursight.scan.internal.ScanRunRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The module's persistent jobs (db-scheduler, registered by the job scheduling of {@code common}): one
 * execution per scan run, revived on another worker if the one running it dies; and the periodic
 * check that fails abandoned runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScanSettings.class)
class ScanJobs {

	@Bean
	OneTimeTask<Void> scanRunTask(ScanRunner runner) {
		return Tasks.oneTime(ScanRuns.JOB).onDeadExecutionRevive()
				.execute((instance, context) -> runner.run(ScanRunId.of(instance.getId())));
	}

	/** {@code @Lazy}: the job queue is the scheduler, which needs this task first. */
	@Bean
	RecurringTask<Void> staleScanRunCheck(ScanRunRepository repository, ScanRunEvents stored, @Lazy JobQueue jobs,
			RunCompletions completions, ScanSettings settings) {
		StaleRuns stale = new StaleRuns(repository, stored, jobs, completions, settings);
		return Tasks.recurring("scan-run-stale-check", FixedDelay.of(settings.staleRunCheckInterval()))
				.execute((instance, context) -> stale.failAbandoned());
	}
}
