package io.pursight.scan;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.pursight.catalog.Catalog;
import io.pursight.classification.ClassificationRuns;
import io.pursight.datasource.DataSources;
import io.pursight.platform.JobQueue;
import io.pursight.scan.internal.ScanRunRepository;
import io.pursight.scan.internal.ScanTaskRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The module's persistent jobs (db-scheduler, registered by the job scheduling of {@code platform}): one
 * execution per scan run that starts it, one per worker of a running run, each revived on another replica if
 * the one running it dies; and the periodic check that fails abandoned runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScanSettings.class)
class ScanJobs {

	@Bean
	OneTimeTask<Void> scanRunTask(ScanRunner runner) {
		return Tasks.oneTime(ScanRuns.JOB).onDeadExecutionRevive()
				.execute((instance, context) -> runner.run(ScanRunId.of(instance.getId())));
	}

	/**
	 * The workers of running runs, one execution per worker. A worker that stops because its replica shuts down
	 * throws, so its execution stays stored and runs again shortly (after the restart, on this replica or
	 * another); one that fails unexpectedly is retried the same way.
	 */
	@Bean
	OneTimeTask<Void> scanWorkerTask(ScanWorkers workers) {
		return Tasks.oneTime(ScanWorkers.JOB).onDeadExecutionRevive()
				.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(5)))
				.execute((instance, context) -> workers.work(instance.getId(),
						() -> context.getSchedulerState().isShuttingDown()));
	}

	@Bean
	TableScan.Scanning scanning(Catalog catalog, DataSources sources, ClassificationRuns classifications,
			Profiles profiles, ScanTaskRepository tasks, ScanRunRepository runs, ApplicationEventPublisher events,
			TransactionTemplate tx, ScanSettings settings) {
		return new TableScan.Scanning(catalog, sources, classifications, profiles, tasks, runs, events, tx, settings);
	}

	/** {@code @Lazy}: the job queue is the scheduler, which needs this task first. */
	@Bean
	RecurringTask<Void> staleScanRunCheck(ScanRunRepository repository, ScanRunEvents stored, @Lazy JobQueue jobs,
			@Lazy ScanWorkers workers, RunCompletions completions, ScanSettings settings) {
		StaleRuns stale = new StaleRuns(repository, stored, jobs, workers, completions, settings);
		return Tasks.recurring("scan-run-stale-check", FixedDelay.of(settings.staleRunCheckInterval()))
				.execute((instance, context) -> stale.failAbandoned());
	}
}
