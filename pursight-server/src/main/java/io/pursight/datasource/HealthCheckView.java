package io.pursight.datasource;

import java.time.Instant;

/** One recorded health check of a source, as the API shows it; {@code message} never holds a secret. */
public record HealthCheckView(Instant checkedAt, HealthStatus status, long latencyMillis, String message) {
}
