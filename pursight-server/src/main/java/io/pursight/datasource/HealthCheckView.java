package io.pursight.datasource;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One recorded health check of a source, as the API shows it; {@code message} never holds a secret. */
@Schema(name = "HealthCheck")
public record HealthCheckView(Instant checkedAt, HealthStatus status, long latencyMillis, String message) {
}
