package io.pursight.datasource.internal;

import java.time.Duration;
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
import io.pursight.datasource.DataSources;
import io.pursight.datasource.internal.jdbc.ConnectionTester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Periodic health checks of every non-archived source: connects, records status and latency.
 * A few sources are checked at once so one slow server does not delay the others.
 */
@Configuration(proxyBeanMethods = false)
class HealthMonitor {

	private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);
	private static final int PARALLEL_CHECKS = 8;

	@Bean
	RecurringTask<Void> sourceHealthChecks(@Value("${pursight.sources.health-check-interval}") Duration interval,
			DataSourceRepository repository, ConnectionTester tester, @Lazy DataSources sources) {
		return Tasks.recurring("source-health-checks", FixedDelay.of(interval))
				.execute((instance, context) -> checkAll(repository.monitored(), tester, sources));
	}

	static void checkAll(List<StoredSource> all, ConnectionTester tester, DataSources sources) {
		Semaphore permits = new Semaphore(PARALLEL_CHECKS);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (StoredSource source : all) {
				permits.acquireUninterruptibly();
				executor.submit(() -> {
					try {
						ConnectionCheck check = tester.test(source.workspaceId(), sources.spec(source));
						sources.record(source, check);
					}
					catch (Problem refused) {
						// The guard no longer lets PurSight connect (a changed DNS record, a planted link): a failure.
						sources.record(source, ConnectionCheck.failed(0, ConnectionErrorCode.DRIVER_ERROR, refused.getMessage()));
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
