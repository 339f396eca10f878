package io.pursight.platform.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP API ({@code pursight.api.*}).
 *
 * @param maxBodySize largest request body accepted; larger ones are answered 413
 * @param cpuHeavyConcurrency compute-heavy requests (rule tests, rule saves) running at once; 0: one less than the
 * processors, at least 1
 * @param cpuHeavyWait how long such a request waits for a turn before it is answered 429 with Retry-After
 */
@ConfigurationProperties("pursight.api")
record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("0") int cpuHeavyConcurrency,
		@DefaultValue("200ms") Duration cpuHeavyWait) {

	ApiSettings {
		if (maxBodySize.toBytes() <= 0) {
			throw new IllegalArgumentException("pursight.api.max-body-size must be more than 0 bytes, not " + maxBodySize);
		}
		if (cpuHeavyConcurrency < 0) {
			throw new IllegalArgumentException("pursight.api.cpu-heavy-concurrency must be 0 (one less than the processors) "
					+ "or more, not " + cpuHeavyConcurrency);
		}
		if (cpuHeavyWait.isNegative()) {
			throw new IllegalArgumentException("pursight.api.cpu-heavy-wait must not be negative, not " + cpuHeavyWait);
		}
	}

	/** The permits of compute-heavy work: the setting, or one less than the processors (at least one). */
	int cpuHeavyPermits() {
		return cpuHeavyConcurrency > 0 ? cpuHeavyConcurrency : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
	}
}
