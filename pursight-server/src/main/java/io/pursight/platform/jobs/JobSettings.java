package io.pursight.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the persistent job scheduler runs ({@code pursight.jobs.*}).
 *
 * @param pollingInterval how often each replica looks for due jobs in the store
 * @param threads how many jobs one replica runs at once (scan starters and workers, health checks, redelivery):
 *                the bound on how many tables one replica reads at once over all scans
 * @param heartbeatInterval how often a replica tells the store its running jobs are alive; a job whose
 *                replica missed four heartbeats is taken over by another (or by the same after a restart)
 */
@ConfigurationProperties("pursight.jobs")
record JobSettings(@DefaultValue("10s") Duration pollingInterval, @DefaultValue("8") int threads,
		@DefaultValue("30s") Duration heartbeatInterval) {

	JobSettings {
		if (threads < 1) {
			throw new IllegalArgumentException("pursight.jobs.threads must be at least 1, not " + threads);
		}
		if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
			throw new IllegalArgumentException("pursight.jobs.heartbeat-interval must be longer than 0, not "
					+ heartbeatInterval);
		}
		if (pollingInterval.isNegative() || pollingInterval.isZero()) {
			throw new IllegalArgumentException("pursight.jobs.polling-interval must be longer than 0, not " + pollingInterval);
		}
	}
}
