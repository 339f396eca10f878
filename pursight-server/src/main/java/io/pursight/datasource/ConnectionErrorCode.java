package io.pursight.datasource;

/** Why a connection to a data source failed, in terms a person can act on. */
public enum ConnectionErrorCode {
	/** The server rejected the user name or password. */
	AUTHENTICATION_FAILED,
	/** The host name does not resolve. */
	UNKNOWN_HOST,
	/** The host answered but nothing listens on the port (or it is unreachable). */
	CONNECTION_REFUSED,
	/** The server has no database of that name (or, for H2, no database file at that path). */
	UNKNOWN_DATABASE,
	/** The server did not answer in time. */
	TIMEOUT,
	/** The TLS/SSL negotiation failed. */
	SSL_FAILED,
	/** The user logged in but may not use the database. */
	PERMISSION_DENIED,
	/** Anything else the driver reported. */
	DRIVER_ERROR
}
