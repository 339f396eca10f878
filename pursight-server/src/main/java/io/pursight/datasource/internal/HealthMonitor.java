package io.pursight.datasource.internal;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionCheck;
import io.pursight.datasource.ConnectionErrorCode;
import io.pursight.datasource.DataSourceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Periodic health checks of every non-archived source: connects, records status and latency.
 * A few sources are checked at once so one slow server does not delay the others.
 */
@Configuration(proxyBeanMethods = false)
class HealthMonitor {

	private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);
	private static final int PARALLEL_CHECKS = 8;

	@Bean
	RecurringTask<Void> sourceHealthChecks(DataSourceSettings settings, DataSourceRepository repository,
			ConnectionChecks checks) {
		return Tasks.recurring("source-health-checks", FixedDelay.of(settings.healthCheckInterval()))
				.execute((instance, context) -> checkAll(repository.monitored(), checks));
	}

	static void checkAll(List<DataSource> all, ConnectionChecks checks) {
		Semaphore permits = new Semaphore(PARALLEL_CHECKS);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (DataSource source : all) {
				permits.acquireUninterruptibly();
				executor.submit(() -> {
					try {
						checks.record(source, checks.test(source));
					}
					catch (Problem refused) {
						// The guard no longer lets PurSight connect (a changed DNS record, a planted link): a failure.
						checks.record(source, ConnectionCheck.failed(0, ConnectionErrorCode.DRIVER_ERROR, refused.getMessage()));
					}
					catch (RuntimeException e) {
						log.warn("Health check of source {} failed: {}", source.id(), e.getMessage());
					}
					finally {
						permits.release();
					}
				});
			}
		}
	}
}
