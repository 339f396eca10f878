package io.pursight.datasource.internal.jdbc;

import io.pursight.datasource.ConnectionErrorCode;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLException;

/**
 * Explains why connecting to a source failed: an error code and a message that says what to do. It reads
 * the SQLState and vendor codes of PostgreSQL, MySQL, MariaDB and H2 and the network exceptions in the
 * cause chain. Messages never contain the password: a driver text that would is left out.
 */
final class ConnectionFailures {

	/** A classified failure; {@code message} is safe to show and to log. */
	record Failure(ConnectionErrorCode code, String message) {
	}

	private static final int MAX_DRIVER_TEXT = 300;

	// MySQL / MariaDB server error numbers
	private static final int ER_DBACCESS_DENIED = 1044;
	private static final int ER_ACCESS_DENIED = 1045;
	private static final int ER_BAD_DB = 1049;
	private static final int ER_HOST_NOT_PRIVILEGED = 1130;
	private static final int ER_TABLEACCESS_DENIED = 1142;
	private static final int ER_COLUMNACCESS_DENIED = 1143;
	private static final int ER_SPECIFIC_ACCESS_DENIED = 1227;
	private static final int ER_ACCESS_DENIED_NO_PASSWORD = 1698;
	private static final int ER_DBACCESS_DENIED_ROLE = 1875;
	// H2 error codes
	private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
	private static final int H2_DATABASE_NOT_FOUND = 90013;
	private static final int H2_DATABASE_NOT_FOUND_IFEXISTS = 90146;
	private static final int H2_REMOTE_DATABASE_NOT_FOUND = 90149;
	private static final int H2_DATABASE_ALREADY_OPEN = 90020;
	private static final int H2_NOT_ENOUGH_RIGHTS = 90096;

	private static final Set<Integer> MYSQL_PERMISSION_DENIED = Set.of(ER_DBACCESS_DENIED, ER_HOST_NOT_PRIVILEGED,
			ER_TABLEACCESS_DENIED, ER_COLUMNACCESS_DENIED, ER_SPECIFIC_ACCESS_DENIED, ER_DBACCESS_DENIED_ROLE);

	private ConnectionFailures() {
	}

	/** The failure for a connection attempt that did not finish within {@code limit}. */
	static Failure timeout(ConnectionSpec spec, Duration limit) {
		return safe(spec, ConnectionErrorCode.TIMEOUT, timeoutMessage(spec.target(), limit));
	}

	/** Classifies an exception thrown while connecting (or while reading, for connection-level failures). */
	static Failure explain(ConnectionSpec spec, Throwable error) {
		ConnectionSpec.Target target = spec.target();
		List<Throwable> chain = chain(error);
		Failure failure = classify(spec, target, chain);
		return safe(spec, failure.code(), failure.message());
	}

	private static Failure classify(ConnectionSpec spec, ConnectionSpec.Target target, List<Throwable> chain) {
		String where = where(target);
		String user = spec.username() == null ? "(no user)" : "'" + spec.username() + "'";
		String database = target.database();

		for (Throwable t : chain) {
			if (t instanceof UnknownHostException) {
				return new Failure(ConnectionErrorCode.UNKNOWN_HOST, "The host name '" + target.host()
						+ "' could not be resolved: check its spelling and that this PurSight server can resolve it (DNS).");
			}
		}
		for (Throwable t : chain) {
			if (t instanceof SQLException sql) {
				Failure failure = bySqlState(spec.engine(), sql, target, where, user, database);
				if (failure != null) {
					return failure;
				}
			}
		}
		for (Throwable t : chain) {
			if (t instanceof SSLException) {
				return sslFailed(where);
			}
			if (t instanceof SocketTimeoutException || t instanceof SQLTimeoutException) {
				return new Failure(ConnectionErrorCode.TIMEOUT, timeoutMessage(target, null));
			}
			if (t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
				return new Failure(ConnectionErrorCode.CONNECTION_REFUSED, "The host " + target.host()
						+ " cannot be reached from this PurSight server: check the host name and the network (firewall, VPN, routes).");
			}
			if (t instanceof ConnectException) {
				String text = lower(t.getMessage());
				if (text.contains("timed out")) {
					return new Failure(ConnectionErrorCode.TIMEOUT, timeoutMessage(target, null));
				}
				return refused(target);
			}
		}
		// Drivers that wrap the network failure in text only.
		for (Throwable t : chain) {
			String text = lower(t.getMessage());
			if (text.contains("timed out") || text.contains("timeout")) {
				return new Failure(ConnectionErrorCode.TIMEOUT, timeoutMessage(target, null));
			}
			if (text.contains("connection refused")) {
				return refused(target);
			}
			if (text.contains("ssl") || text.contains("tls")) {
				return sslFailed(where);
			}
			if (text.contains("public key retrieval")) {
				return new Failure(ConnectionErrorCode.AUTHENTICATION_FAILED, "The server at " + where
						+ " wants the password encrypted with its public key: enable SSL (sslMode) or set the option allowPublicKeyRetrieval=true.");
			}
		}
		Throwable root = chain.getFirst();
		String detail = driverText(root);
		return new Failure(ConnectionErrorCode.DRIVER_ERROR, "Connecting to " + where + " failed"
				+ (detail == null ? "" : ": " + detail) + ". Check the connection settings.");
	}

	private static Failure bySqlState(Engine engine, SQLException sql, ConnectionSpec.Target target, String where,
			String user, String database) {
		String state = sql.getSQLState() == null ? "" : sql.getSQLState();
		int code = sql.getErrorCode();
		String text = lower(sql.getMessage());
		switch (engine) {
			case POSTGRESQL -> {
				if (text.contains("pg_hba.conf")) {
					return new Failure(ConnectionErrorCode.PERMISSION_DENIED, "The server at " + where
							+ " does not accept connections for user " + user + " to database '" + database
							+ "' from this PurSight server: ask its administrator to allow it in pg_hba.conf.");
				}
				switch (state) {
					case "28P01", "28000" -> {
						return authenticationFailed(where, user);
					}
					case "3D000" -> {
						return unknownDatabase(where, database);
					}
					case "42501" -> {
						return permissionDenied(where, user, database);
					}
					default -> {
						if (text.contains("does not support ssl") || text.contains("ssl ")) {
							return sslFailed(where);
						}
					}
				}
			}
			case MYSQL, MARIADB -> {
				if (code == ER_ACCESS_DENIED || code == ER_ACCESS_DENIED_NO_PASSWORD) {
					return authenticationFailed(where, user);
				}
				if (code == ER_BAD_DB) {
					return unknownDatabase(where, database);
				}
				if (code == ER_HOST_NOT_PRIVILEGED) {
					return new Failure(ConnectionErrorCode.PERMISSION_DENIED, "The server at " + where
							+ " does not accept connections from this PurSight server's address: grant user " + user
							+ " access from it (CREATE USER … @'<address>').");
				}
				if (MYSQL_PERMISSION_DENIED.contains(code)) {
					return permissionDenied(where, user, database);
				}
			}
			case H2 -> {
				if (code == H2_WRONG_USER_OR_PASSWORD) {
					return authenticationFailed(where, user);
				}
				if (code == H2_DATABASE_NOT_FOUND || code == H2_DATABASE_NOT_FOUND_IFEXISTS
						|| code == H2_REMOTE_DATABASE_NOT_FOUND) {
					return new Failure(ConnectionErrorCode.UNKNOWN_DATABASE, "No H2 database exists at "
							+ target.database() + (target.host() == null ? "" : " on " + where)
							+ ": check the path (PurSight opens existing databases only and never creates one).");
				}
				if (code == H2_DATABASE_ALREADY_OPEN) {
					return new Failure(ConnectionErrorCode.DRIVER_ERROR, "The H2 database " + target.database()
							+ " is locked by another process: connect through an H2 server (jdbc:h2:tcp://…) instead.");
				}
				if (code == H2_NOT_ENOUGH_RIGHTS) {
					return permissionDenied(where, user, database);
				}
			}
		}
		if (state.startsWith("28")) {
			return authenticationFailed(where, user);
		}
		return null;
	}

	private static Failure authenticationFailed(String where, String user) {
		return new Failure(ConnectionErrorCode.AUTHENTICATION_FAILED,
				"The server at " + where + " rejected user " + user + ": check the user name and password.");
	}

	private static Failure unknownDatabase(String where, String database) {
		return new Failure(ConnectionErrorCode.UNKNOWN_DATABASE, "The server at " + where + " has no database '"
				+ database + "': check the database name (it may be case-sensitive).");
	}

	private static Failure permissionDenied(String where, String user, String database) {
		return new Failure(ConnectionErrorCode.PERMISSION_DENIED, "User " + user + " may not use "
				+ (database == null ? "this server" : "database '" + database + "'") + " at " + where
				+ ": ask its administrator to grant the user CONNECT and read access (SELECT on the catalog).");
	}

	private static Failure refused(ConnectionSpec.Target target) {
		return new Failure(ConnectionErrorCode.CONNECTION_REFUSED, "Nothing is listening on " + target.address()
				+ ": check the port and that the database server is running.");
	}

	private static Failure sslFailed(String where) {
		return new Failure(ConnectionErrorCode.SSL_FAILED, "The SSL/TLS negotiation with " + where
				+ " failed: check the SSL option (sslmode/sslMode) against what the server supports and its certificate.");
	}

	private static String timeoutMessage(ConnectionSpec.Target target, Duration limit) {
		return (target.host() == null ? "The H2 database " + target.database() : target.address())
				+ " did not answer" + (limit == null ? " in time" : " within " + describe(limit))
				+ ": check the host and port, and that no firewall silently drops the connection.";
	}

	private static String describe(Duration limit) {
		long millis = limit.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
	}

	private static String where(ConnectionSpec.Target target) {
		return target.host() == null ? "H2 database " + target.database() : target.address();
	}

	/** The driver's first line, shortened; null when it would reveal the password. */
	private static String driverText(Throwable error) {
		String message = error.getMessage();
		if (message == null || message.isBlank()) {
			return error.getClass().getSimpleName();
		}
		String firstLine = message.strip().lines().findFirst().orElse("");
		return firstLine.length() > MAX_DRIVER_TEXT ? firstLine.substring(0, MAX_DRIVER_TEXT) + "…" : firstLine;
	}

	/** Last guard: a message that contains the password is replaced by one without any user-supplied text. */
	private static Failure safe(ConnectionSpec spec, ConnectionErrorCode code, String message) {
		String password = spec.password();
		if (password != null && !password.isEmpty() && message.contains(password)) {
			return new Failure(code, "The connection failed (" + code
					+ "): check the host, port, database, user name and password.");
		}
		return new Failure(code, message);
	}

	private static List<Throwable> chain(Throwable error) {
		List<Throwable> chain = new ArrayList<>();
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
			chain.add(t);
			if (t instanceof SQLException sql && sql.getNextException() != null && seen.add(sql.getNextException())) {
				chain.add(sql.getNextException());
			}
		}
		return chain;
	}

	private static String lower(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT);
	}
}
