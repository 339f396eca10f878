package io.pursight.datasource.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.SourceDefinition;

/**
 * What a redefinition changes about a stored source, for two uses. First, whether the stored
 * password may stay: only while the connection still goes to the same engine, host, port, database
 * and user name with the same transport options (TLS), compared as resolved targets (an omitted default port is no change, a host spelt
 * differently is one). Second, the audit trail's account of the change, which shows only values
 * that are not secret: the password is said to be replaced, the JDBC URL's text and the driver
 * options' values are never shown (they could hold anything), only that they changed.
 */
final class DefinitionChanges {

	private static final int MAX_VALUE_LENGTH = 200;
	/**
	 * Driver options that decide how the password travels (TLS, public-key retrieval, allowed
	 * authentication plugins): turning TLS off on the same host would otherwise hand the stored
	 * password to whoever sits on the network path.
	 */
	private static final Set<String> PROTECTS_PASSWORD = Set.of("sslmode", "ssl", "usessl",
			"allowpublickeyretrieval", "restrictedauth");

	/** The changed fields that decide where the password is sent, in the order a person reads them. */
	private final List<String> connection = new ArrayList<>();
	/** Every change, in words. */
	private final List<String> described = new ArrayList<>();

	private DefinitionChanges() {
	}

	/** @param nextTarget the resolved target of {@code next} (already validated) */
	static DefinitionChanges between(DataSource source, SourceDefinition next, ConnectionSpec.Target nextTarget) {
		DefinitionChanges changes = new DefinitionChanges();
		DataSource.Definition current = source.definition();
		ConnectionSpec.Target before = targetOf(current);
		boolean urlChanged = !Objects.equals(strippedOrNull(current.jdbcUrl()), strippedOrNull(next.jdbcUrl()));
		if (urlChanged) {
			changes.described.add("jdbcUrl changed");
		}
		if (before == null) {
			changes.connection.add("connection");
			changes.described.add("connection (the stored one is no longer valid) → " + describe(nextTarget, next.username()));
		}
		else {
			changes.compare("engine", current.engine(), next.engine(), false);
			changes.compare("host", before.host(), nextTarget.host(), true);
			changes.compare("port", before.host() == null ? null : before.port(),
					nextTarget.host() == null ? null : nextTarget.port(), false);
			changes.compare("database", before.database(), nextTarget.database(), true);
		}
		// not stripped: the driver sends the user name as given
		changes.compare("username", emptyToNull(current.username()), emptyToNull(next.username()), true);
		if (urlChanged && !changes.connection.isEmpty()) {
			changes.connection.addFirst("jdbcUrl");
		}
		TreeSet<String> options = changedKeys(before == null ? current.options() : before.options(), nextTarget.options());
		if (!options.isEmpty()) {
			changes.described.add("options changed: " + String.join(", ", options));
		}
		options.stream().filter(key -> PROTECTS_PASSWORD.contains(key.toLowerCase(Locale.ROOT)))
			.forEach(key -> changes.connection.add("options." + key));
		if (!Objects.equals(current.name(), next.name().strip())) {
			changes.described.add("name " + quote(current.name()) + " → " + quote(next.name().strip()));
		}
		if (!Objects.equals(current.description(), next.description())) {
			changes.described.add("description changed");
		}
		if (next.password() != null) {
			changes.described.add(source.hasPassword() ? "password replaced" : "password set");
		}
		return changes;
	}

	/** How a new source is told to the audit trail: where it points, never its password or options' values. */
	static String describe(ConnectionSpec.Target target, String username) {
		StringBuilder text = new StringBuilder("engine ").append(target.engine());
		if (target.host() != null) {
			text.append(", host ").append(quote(target.host())).append(", port ").append(target.port());
		}
		if (target.database() != null) {
			text.append(", database ").append(quote(target.database()));
		}
		if (emptyToNull(username) != null) {
			text.append(", username ").append(quote(username));
		}
		return text.toString();
	}

	/** Whether the connection would reach another engine, server, database or user than the stored one. */
	boolean movesConnection() {
		return !connection.isEmpty();
	}

	/** The changed connection fields, for a person: "host, port". */
	String connectionFields() {
		return String.join(", ", connection);
	}

	/** Every change in words, for the audit trail; "no change" when there is none. */
	String describe() {
		return described.isEmpty() ? "no change" : String.join(", ", described);
	}

	private void compare(String field, Object before, Object after, boolean quoted) {
		if (!Objects.equals(before, after)) {
			connection.add(field);
			described.add(field + " " + (quoted ? quote(before) : show(before)) + " → "
					+ (quoted ? quote(after) : show(after)));
		}
	}

	/** The stored source's target, or null when it no longer passes today's validation. */
	private static ConnectionSpec.Target targetOf(DataSource.Definition stored) {
		try {
			return stored.spec(null).target();
		}
		catch (Problem noLongerValid) {
			return null;
		}
	}

	private static TreeSet<String> changedKeys(Map<String, String> before, Map<String, String> after) {
		TreeSet<String> keys = new TreeSet<>();
		before.forEach((key, value) -> {
			if (!Objects.equals(value, after.get(key))) {
				keys.add(key);
			}
		});
		after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(keys::add);
		return keys;
	}

	private static String show(Object value) {
		return value == null ? "none" : value.toString();
	}

	private static String quote(Object value) {
		if (value == null) {
			return "none";
		}
		String text = value.toString().replaceAll("\\p{Cntrl}", "?");
		return "'" + (text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text) + "'";
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static String strippedOrNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
