package io.pursight.datasource.internal.jdbc;

import io.pursight.datasource.Engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@link SchemaReader} of each engine. */
public final class SchemaReaders {

	private SchemaReaders() {
	}

	/** The reader for an engine; MySQL and MariaDB share one. Never returns null. */
	public static SchemaReader forEngine(Engine engine) {
		return switch (engine) {
			case POSTGRESQL -> new PostgresSchemaReader();
			case MYSQL, MARIADB -> new MySqlSchemaReader();
			case H2 -> new H2SchemaReader();
		};
	}

	/** {@code (?, ?, …)} with {@code count} placeholders, at least one. */
	static String placeholders(int count) {
		return "(" + String.join(", ", Collections.nCopies(Math.max(1, count), "?")) + ")";
	}

	/** Binds the names to the placeholders, starting at the first parameter. */
	static void bind(PreparedStatement statement, List<String> names) throws SQLException {
		for (int i = 0; i < names.size(); i++) {
			statement.setString(i + 1, names.get(i));
		}
	}

	/** The first column of every row of a parameterless query. */
	static List<String> strings(Connection connection, String sql) throws SQLException {
		List<String> result = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				result.add(rows.getString(1));
			}
		}
		return result;
	}
}
