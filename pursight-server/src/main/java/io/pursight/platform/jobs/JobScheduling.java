package io.pursight.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.pursight.platform.JobQueue;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the modules' persistent jobs with db-scheduler: every {@link Task} bean is registered,
 * recurring ones are started. Executions are claimed through the metadata store, so with
 * several replicas each run happens once. Started after the application is ready, stopped
 * (letting running executions finish) on shutdown, and again whenever the context is restarted.
 * One-time executions are queued through {@link JobQueue}, stored even while the scheduler is stopped.
 */
@Component
@EnableConfigurationProperties(JobSettings.class)
class JobScheduling implements SmartLifecycle, JobQueue {

	/** Missed heartbeats after which an execution counts as dead and is revived elsewhere. */
	private static final int MISSED_HEARTBEATS = 4;

	private final DataSource dataSource;
	private final List<Task<?>> tasks;
	private final Duration pollingInterval;
	private final Duration heartbeatInterval;
	private final int threads;
	private final SchedulerClient client;
	private volatile Scheduler scheduler;

	JobScheduling(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
		this.dataSource = dataSource;
		this.tasks = List.copyOf(tasks);
		this.pollingInterval = settings.pollingInterval();
		this.heartbeatInterval = settings.heartbeatInterval();
		this.threads = settings.threads();
		// Executions are stored in the caller's transaction when there is one (transactionally staged jobs): a run
		// queued by an event listener and its job commit together, so the job never looks for an uncommitted run.
		this.client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), this.tasks).build();
	}

	@Override
	public void enqueue(String task, String instance) {
		client.scheduleIfNotExists(new TaskInstance<>(task, instance), Instant.now());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** Lets this replica's scheduler look for due executions now rather than at its next poll. */
	private void wake() {
		Scheduler running = scheduler;
		if (running != null) {
			running.triggerCheckForDueExecutions();
		}
	}

	@Override
	public boolean isPending(String task, String instance) {
		return client.getScheduledExecution(TaskInstanceId.of(task, instance)).isPresent();
	}

	/** A stopped db-scheduler cannot be started again, so every start builds a new one. */
	@Override
	public synchronized void start() {
		List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
				.<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
		List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
		scheduler = Scheduler.create(dataSource, others)
				.startTasks(recurring)
				.threads(threads)
				// at most `threads` executions at once: db-scheduler hands over up to three times `threads` due executions
				// per fetch, and those beyond must wait unpicked, for this replica's next free thread or another replica.
				// Platform threads (docs/adr/0003): scan workers are mostly CPU, and a virtual thread that never blocks
				// (one reading an embedded H2 source, classifying) keeps its carrier, starving the request threads.
				.executorService(Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("job-", 0).factory()))
				.pollingInterval(pollingInterval)
				// an execution whose replica died is revived after MISSED_HEARTBEATS missed heartbeats
				.heartbeatInterval(heartbeatInterval)
				.missedHeartbeatsLimit(MISSED_HEARTBEATS)
				.shutdownMaxWait(Duration.ofSeconds(15))
				.build();
		scheduler.start();
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}
}
