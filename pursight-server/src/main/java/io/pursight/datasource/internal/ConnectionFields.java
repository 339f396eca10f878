package io.pursight.datasource.internal;

import java.util.regex.Pattern;

import io.pursight.common.Problem;
import io.pursight.datasource.Engine;

/**
 * The checks on the single fields of a connection spec (host, port, database, user name, password, URL
 * characters) and how user text is echoed in a message. Stateless.
 */
final class ConnectionFields {

	static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final int MAX_DATABASE_LENGTH = 255;
	private static final int MAX_USERNAME_LENGTH = 255;
	private static final int MAX_PASSWORD_LENGTH = 4096;
	private static final int MAX_URL_LENGTH = 2048;

	private static final Pattern HOST_NAME = Pattern.compile(
			"(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\\d{1,3}(?:\\.\\d{1,3}){3})?");
	private static final Pattern URL_FORBIDDEN = Pattern.compile("[\\x00-\\x20\\x7f#]");

	private ConnectionFields() {
	}

	static void checkHost(String host) {
		if (host.length() > 253 || !(HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches())) {
			throw Problem.invalid("The host must be a host name or IP address, without a scheme, path, port, "
					+ "user name or spaces (for example db.example.com or 10.0.0.5).");
		}
	}

	/** A port as written in a JDBC URL. */
	static int parsePort(String text) {
		if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
			throw Problem.invalid("The port in the JDBC URL must be a number from 1 to 65535.");
		}
		return Integer.parseInt(text);
	}

	static int checkPort(int port) {
		if (port < 1 || port > 65535) {
			throw Problem.invalid("The port must be a number from 1 to 65535.");
		}
		return port;
	}

	/** The database name, or null where the engine needs none (MySQL, MariaDB). */
	static String checkDatabase(Engine engine, String database) {
		if (database == null || database.isEmpty()) {
			if (engine == Engine.POSTGRESQL) {
				throw Problem.invalid("Name the PostgreSQL database to connect to (for example postgres).");
			}
			return null;
		}
		if (database.length() > MAX_DATABASE_LENGTH) {
			throw Problem.invalid("The database name is longer than " + MAX_DATABASE_LENGTH + " characters.");
		}
		if (CONTROL.matcher(database).find()) {
			throw Problem.invalid("The database name contains control characters; use its printable name.");
		}
		return database;
	}

	static void checkUsername(String username) {
		if (username == null) {
			return;
		}
		if (username.length() > MAX_USERNAME_LENGTH) {
			throw Problem.invalid("The user name is longer than " + MAX_USERNAME_LENGTH + " characters.");
		}
		if (CONTROL.matcher(username).find()) {
			throw Problem.invalid("The user name contains control characters.");
		}
	}

	static void checkPassword(String password) {
		if (password != null && password.length() > MAX_PASSWORD_LENGTH) {
			throw Problem.invalid("The password is longer than " + MAX_PASSWORD_LENGTH + " characters.");
		}
	}

	static void checkUrlCharacters(String url) {
		if (url.length() > MAX_URL_LENGTH) {
			throw Problem.invalid("The JDBC URL is longer than " + MAX_URL_LENGTH + " characters.");
		}
		if (URL_FORBIDDEN.matcher(url).find()) {
			throw Problem.invalid("The JDBC URL must not contain spaces, control characters or '#'; "
					+ "percent-encode them (a space is %20).");
		}
	}

	/** Echoes user text in a message: printable, short. Only used for names and non-secret option values. */
	static String sanitize(String text) {
		String printable = CONTROL.matcher(text).replaceAll("?");
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}

	static String displayName(Engine engine) {
		return switch (engine) {
			case POSTGRESQL -> "PostgreSQL";
			case MYSQL -> "MySQL";
			case MARIADB -> "MariaDB";
			case H2 -> "H2";
		};
	}
}
