package io.pursight.scanrules.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.pursight.datasource.DataSources;
import io.pursight.scanrules.ScanScheduleSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's persistent job (db-scheduler, registered by the platform's job scheduling): the periodic check
 * that fires due scan schedules, run by one replica at a time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScanScheduleSettings.class)
class ScanRulesJobs {

	@Bean
	ScheduleFiring scheduleFiring(ScheduleRepository repository, DataSources sources, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clock, ScanScheduleSettings settings) {
		return new ScheduleFiring(repository, sources, events, new TransactionTemplate(transactions),
				clock.getIfAvailable(Clock::systemUTC), settings);
	}

	@Bean
	RecurringTask<Void> scanScheduleCheck(ScheduleFiring firing, ScanScheduleSettings settings) {
		return Tasks.recurring("scan-schedule-check", FixedDelay.of(settings.checkInterval()))
				.execute((instance, context) -> firing.fireDue());
	}
}
