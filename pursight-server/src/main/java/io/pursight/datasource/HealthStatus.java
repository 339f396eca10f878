package io.pursight.datasource;

/**
 * How a source's connection check went: {@link #HEALTHY}, or why it failed, one value per
 * {@link ConnectionErrorCode} and spelled the same.
 */
public enum HealthStatus {
	HEALTHY, AUTHENTICATION_FAILED, UNKNOWN_HOST, CONNECTION_REFUSED, UNKNOWN_DATABASE, TIMEOUT, SSL_FAILED,
	PERMISSION_DENIED, DRIVER_ERROR;

	/** The status a check reports. Never returns null. */
	public static HealthStatus of(ConnectionCheck check) {
		return check.ok() ? HEALTHY : valueOf(check.errorCode().name());
	}

	public boolean isHealthy() {
		return this == HEALTHY;
	}
}
