package io.pursight.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When events whose listener failed are delivered again ({@code pursight.events.*}).
 *
 * @param redeliverAfter how long a delivery may stay incomplete before it is made again
 * @param redeliveryInterval how often incomplete deliveries are looked for
 */
@ConfigurationProperties("pursight.events")
record EventSettings(@DefaultValue("5m") Duration redeliverAfter, @DefaultValue("1m") Duration redeliveryInterval) {

	EventSettings {
		if (redeliverAfter.isNegative() || redeliverAfter.isZero()) {
			throw new IllegalArgumentException("pursight.events.redeliver-after must be longer than 0, not " + redeliverAfter);
		}
		if (redeliveryInterval.isNegative() || redeliveryInterval.isZero()) {
			throw new IllegalArgumentException(
					"pursight.events.redelivery-interval must be longer than 0, not " + redeliveryInterval);
		}
	}
}
