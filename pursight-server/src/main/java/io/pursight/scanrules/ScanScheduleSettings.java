package io.pursight.scanrules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of scan schedules ({@code pursight.scan-schedules.*}).
 *
 * @param checkInterval how often due schedules are looked for (by one replica at a time)
 * @param minInterval   the shortest time a schedule may leave between two runs
 * @param batchSize     due schedules fired per check at most; the rest wait for the next check
 */
@ConfigurationProperties("pursight.scan-schedules")
public record ScanScheduleSettings(@DefaultValue("30s") Duration checkInterval, @DefaultValue("5m") Duration minInterval,
		@DefaultValue("100") int batchSize) {

	public ScanScheduleSettings {
		if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
			throw new IllegalArgumentException("pursight.scan-schedules.check-interval must be a positive duration "
					+ "such as 30s (got " + checkInterval + ").");
		}
		if (minInterval == null || minInterval.isNegative()) {
			throw new IllegalArgumentException("pursight.scan-schedules.min-interval must be a duration such as 5m "
					+ "(got " + minInterval + ").");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("pursight.scan-schedules.batch-size must be at least 1 (got " + batchSize + ").");
		}
	}
}
