package io.pursight.scan.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of live scan run updates ({@code pursight.live.scan-runs.*}), with their defaults. Their
 * own prefix: {@code pursight.scan} is {@link io.pursight.scan.ScanSettings}'.
 *
 * @param interval  how often a replica with subscribers reads the runs changed in the shared store
 * @param lookback  how far behind the newest change already seen each read starts again, so that a
 *                  change committed late, or stamped by a replica whose clock lags, is still sent;
 *                  must cover the longest scan run transaction plus the clock skew between replicas
 * @param batchSize how many changes one read takes at most (the rest follow on the next reads)
 */
@ConfigurationProperties("pursight.live.scan-runs")
record LiveScanRunSettings(Duration interval, Duration lookback, Integer batchSize) {

	static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
	static final Duration DEFAULT_LOOKBACK = Duration.ofSeconds(5);
	static final int DEFAULT_BATCH_SIZE = 500;

	LiveScanRunSettings {
		interval = positive("interval", interval, DEFAULT_INTERVAL);
		lookback = lookback == null ? DEFAULT_LOOKBACK : lookback;
		if (lookback.isNegative()) {
			throw new IllegalArgumentException("pursight.live.scan-runs.lookback must not be negative (got " + lookback + ").");
		}
		batchSize = batchSize == null ? DEFAULT_BATCH_SIZE : batchSize;
		if (batchSize < 1 || batchSize > 10_000) {
			throw new IllegalArgumentException("pursight.live.scan-runs.batch-size must be between 1 and 10000 (got "
					+ batchSize + ").");
		}
	}

	private static Duration positive(String key, Duration value, Duration fallback) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("pursight.live.scan-runs." + key + " must be a positive duration such as "
					+ fallback.toSeconds() + "s (got " + value + ").");
		}
		return value;
	}
}
