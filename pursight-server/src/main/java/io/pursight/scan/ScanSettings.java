package io.pursight.scan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of scan runs ({@code pursight.scan.*}), with their defaults.
 *
 * @param waitTimeout            how long a request with {@code ?wait=true} waits for its run to finish before it
 *                               answers 202 with the run as it stands
 * @param staleRunAfter          an unfinished run unchanged for this long, with no job left to run it, is failed
 * @param staleRunCheckInterval how often unfinished runs are checked for staleness
 */
@ConfigurationProperties("pursight.scan")
public record ScanSettings(Duration waitTimeout, Duration staleRunAfter, Duration staleRunCheckInterval) {

	public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(5);
	public static final Duration DEFAULT_STALE_RUN_AFTER = Duration.ofMinutes(30);
	public static final Duration DEFAULT_STALE_RUN_CHECK_INTERVAL = Duration.ofMinutes(1);

	public ScanSettings {
		waitTimeout = positive("wait-timeout", waitTimeout, DEFAULT_WAIT_TIMEOUT);
		staleRunAfter = positive("stale-run-after", staleRunAfter, DEFAULT_STALE_RUN_AFTER);
		staleRunCheckInterval = positive("stale-run-check-interval", staleRunCheckInterval,
				DEFAULT_STALE_RUN_CHECK_INTERVAL);
	}

	private static Duration positive(String key, Duration value, Duration fallback) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("pursight.scan." + key + " must be a positive duration such as "
					+ fallback.toMinutes() + "m (got " + value + ").");
		}
		return value;
	}
}
