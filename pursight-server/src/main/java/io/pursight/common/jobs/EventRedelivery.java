package io.pursight.common.jobs;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
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
class EventRedelivery {

	@Bean
	RecurringTask<Void> redeliverIncompleteEvents(IncompleteEventPublications incomplete,
			@Value("${pursight.events.redelivery-interval}") Duration interval,
			@Value("${pursight.events.redeliver-after}") Duration after) {
		return Tasks.recurring("event-redelivery", FixedDelay.of(interval))
				.execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(after));
	}
}
