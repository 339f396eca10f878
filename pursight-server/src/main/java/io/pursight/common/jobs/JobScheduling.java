package io.pursight.common.jobs;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the modules' persistent jobs with db-scheduler: every {@link Task} bean is registered,
 * recurring ones are started. Executions are claimed through the metadata store, so with
 * several replicas each run happens once. Started after the application is ready, stopped
 * (letting running executions finish) on shutdown.
 */
@Component
class JobScheduling implements SmartLifecycle {

	private final Scheduler scheduler;
	private volatile boolean running;

	JobScheduling(DataSource dataSource, List<Task<?>> tasks,
			@Value("${pursight.jobs.polling-interval:10s}") Duration pollingInterval) {
		List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
				.<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
		List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
		this.scheduler = Scheduler.create(dataSource, others)
				.startTasks(recurring)
				.threads(2)
				.pollingInterval(pollingInterval)
				.shutdownMaxWait(Duration.ofSeconds(15))
				.build();
	}

	@Override
	public void start() {
		scheduler.start();
		running = true;
	}

	@Override
	public void stop() {
		scheduler.stop();
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
