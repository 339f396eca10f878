package io.pursight.datasource;

import java.util.Objects;

/**
 * The outcome of one connection test. {@code errorCode} is null when {@code ok}; {@code message} says what
 * happened and, on failure, what to do, and never contains the password; {@code serverVersion} is null
 * unless the connection succeeded.
 */
public record ConnectionCheck(boolean ok, long latencyMillis, ConnectionErrorCode errorCode, String message,
		String serverVersion) {

	public ConnectionCheck {
		Objects.requireNonNull(message, "message");
		if (ok != (errorCode == null)) {
			throw new IllegalArgumentException("errorCode must be null exactly when ok");
		}
	}

	public static ConnectionCheck succeeded(long latencyMillis, String serverVersion) {
		return new ConnectionCheck(true, latencyMillis, null,
				"Connected to " + serverVersion + " in " + latencyMillis + " ms.", serverVersion);
	}

	public static ConnectionCheck failed(long latencyMillis, ConnectionErrorCode errorCode, String message) {
		return new ConnectionCheck(false, latencyMillis, Objects.requireNonNull(errorCode, "errorCode"), message,
				null);
	}
}
