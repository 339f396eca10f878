package io.pursight.demo.internal;

import io.pursight.demo.internal.Addresses.Address;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** How the demo's rows reach the database (batched inserts), and the value forms its tables share. */
final class DemoRows {

	private static final int BATCH_SIZE = 1_000;

	private final Connection connection;

	DemoRows(Connection connection) {
		this.connection = connection;
	}

	void insert(String sql, List<Object[]> rows) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending == BATCH_SIZE) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	static String street(Address address) {
		return address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
	}

	static OffsetDateTime at(LocalDate date, int hour) {
		return OffsetDateTime.of(date, LocalTime.of(hour, 0), ZoneOffset.UTC);
	}

	static long toCents(double amount) {
		return Math.round(amount * 100);
	}

	/** Yen have no minor unit: amounts in JPY are whole. */
	static long roundFor(Country country, long cents) {
		return country.currency().equals("JPY") ? Math.round(cents / 100.0) * 100 : cents;
	}

	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	/** Makes the identity column continue after the loaded ids, so the demo accepts new rows. */
	void restartIdentity(String table, String column) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			long next;
			try (var rs = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
				rs.next();
				next = rs.getLong(1);
			}
			statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
		}
	}
}
