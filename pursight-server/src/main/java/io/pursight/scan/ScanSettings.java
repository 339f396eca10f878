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
 * @param maxAttempts            how often an object is read before a failure the source may get over (a lock, a
 *                               timeout, a dropped connection) counts as its failure
 * @param retryBackoff           the pause before an object's second attempt; each further one waits four times
 *                               longer
 */
@ConfigurationProperties("pursight.scan")
public record ScanSettings(Duration waitTimeout, Duration staleRunAfter, Duration staleRunCheckInterval,
		Integer maxAttempts, Duration retryBackoff) {

	public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(5);
	public static final Duration DEFAULT_STALE_RUN_AFTER = Duration.ofMinutes(30);
	public static final Duration DEFAULT_STALE_RUN_CHECK_INTERVAL = Duration.ofMinutes(1);
	public static final int DEFAULT_MAX_ATTEMPTS = 3;
	public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(2);

	public ScanSettings {
		waitTimeout = positive("wait-timeout", waitTimeout, DEFAULT_WAIT_TIMEOUT);
		staleRunAfter = positive("stale-run-after", staleRunAfter, DEFAULT_STALE_RUN_AFTER);
		staleRunCheckInterval = positive("stale-run-check-interval", staleRunCheckInterval,
				DEFAULT_STALE_RUN_CHECK_INTERVAL);
		retryBackoff = positive("retry-backoff", retryBackoff, DEFAULT_RETRY_BACKOFF);
		maxAttempts = maxAttempts == null ? DEFAULT_MAX_ATTEMPTS : maxAttempts;
		if (maxAttempts < 1 || maxAttempts > 10) {
			throw new IllegalArgumentException("pursight.scan.max-attempts must be between 1 and 10 (got " + maxAttempts
					+ ").");
		}
	}

	private static Duration positive(String key, Duration value, Duration fallback) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("pursight.scan." + key + " must be a positive duration such as "
					+ (fallback.toMinutes() > 0 ? fallback.toMinutes() + "m" : fallback.toSeconds() + "s") + " (got "
					+ value + ").");
		}
		return value;
	}
}
