package io.pursight.platform.jobs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Delivers again the events whose listener failed or never finished, without waiting for a
 * restart: publications still incomplete after {@code pursight.events.redeliver-after} are
 * resubmitted, checked every {@code pursight.events.redelivery-interval}, on one replica at a
 * time. Listeners are written to be idempotent, so a second delivery does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventSettings.class)
class EventRedelivery {

	@Bean
	RecurringTask<Void> redeliverIncompleteEvents(IncompleteEventPublications incomplete, EventSettings settings) {
		return Tasks.recurring("event-redelivery", FixedDelay.of(settings.redeliveryInterval()))
				.execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(settings.redeliverAfter()));
	}
}
