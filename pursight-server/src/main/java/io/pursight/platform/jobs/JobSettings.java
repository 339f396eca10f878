package io.pursight.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the persistent job scheduler runs ({@code pursight.jobs.*}).
 *
 * @param pollingInterval how often each replica looks for due jobs in the store
 * @param threads how many jobs one replica runs at once (scan runs, health checks, redelivery)
 */
@ConfigurationProperties("pursight.jobs")
record JobSettings(@DefaultValue("10s") Duration pollingInterval, @DefaultValue("4") int threads) {

	JobSettings {
		if (threads < 1) {
			throw new IllegalArgumentException("pursight.jobs.threads must be at least 1, not " + threads);
		}
		if (pollingInterval.isNegative() || pollingInterval.isZero()) {
			throw new IllegalArgumentException("pursight.jobs.polling-interval must be longer than 0, not " + pollingInterval);
		}
	}
}
