package io.pursight.bench.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.bench.scan.ScanDatabase.Column;
import io.pursight.bench.scan.ScanDatabase.Shape;
import io.pursight.bench.scan.ScanDatabase.Table;
import io.pursight.testing.DatabaseServer;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generates a small scan database on the local PostgreSQL and checks what the expressions produced. */
class ScanDatabaseIntegrationTests {

	private static final DatabaseServer POSTGRES = DatabaseServer.POSTGRESQL;
	/** Enough tables that every kind of column appears. */
	private static final Shape SHAPE = new Shape(60, 400, 10);
	private static final String DATABASE = "pursight_bench_scan_test_"
			+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
	private static boolean generated;

	@BeforeAll
	static void generate() throws Exception {
		generated = ScanDatabase.ensure(POSTGRES, DATABASE, SHAPE, 2, (format, arguments) -> {
		});
	}

	@AfterAll
	static void drop() {
		POSTGRES.drop(DATABASE);
	}

	@Test
	void generatesOnceAndKeepsTheDatabaseOfTheSameShape() throws Exception {
		assertThat(generated).isTrue();
		assertThat(ScanDatabase.existingMarker(POSTGRES, DATABASE)).isEqualTo(SHAPE.marker());
		assertThat(ScanDatabase.ensure(POSTGRES, DATABASE, SHAPE, 2, (format, arguments) -> {
		})).isFalse();
	}

	@Test
	void everyTableHasItsRowsAnEstimateAndAPrimaryKey() throws Exception {
		try (Connection connection = POSTGRES.connect(DATABASE); Statement statement = connection.createStatement()) {
			for (Table table : ScanDatabase.plan(SHAPE)) {
				try (ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT id), "
						+ "(SELECT reltuples::bigint FROM pg_class WHERE oid = '" + table.qualified() + "'::regclass), "
						+ "(SELECT count(*) FROM pg_constraint WHERE conrelid = '" + table.qualified()
						+ "'::regclass AND contype = 'p') FROM " + table.qualified())) {
					rows.next();
					assertThat(rows.getLong(1)).as(table.qualified()).isEqualTo(SHAPE.rows());
					assertThat(rows.getLong(2)).isEqualTo(SHAPE.rows());
					assertThat(rows.getLong(3)).isEqualTo(SHAPE.rows());
					assertThat(rows.getLong(4)).isEqualTo(1);
				}
			}
		}
	}

	@Test
	void valuesWithCheckDigitsAreValidAndFormatsHold() throws Exception {
		int checked = 0;
		for (Table table : ScanDatabase.plan(SHAPE)) {
			for (Column column : table.columns().subList(1, table.columns().size())) {
				List<String> values = values(table, column);
				assertThat(values).as(table.qualified() + "." + column.name()).hasSize(SHAPE.rows());
				long distinct = values.stream().distinct().count();
				switch (column.kind()) {
					case CARD -> {
						values.forEach(v -> assertThat(luhnValid(v.replace(" ", ""))).as(v).isTrue());
						assertThat(distinct).isEqualTo(SHAPE.rows());
					}
					case IBAN -> values.forEach(v -> assertThat(ibanValid(v)).as(v).isTrue());
					case SSN -> values.forEach(v -> assertThat(v).matches("(?!000|666)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}"));
					case EMAIL -> values.forEach(v -> assertThat(v).matches("[a-z]+\\.[a-z]+\\d{1,2}@[a-z.]+"));
					case IP -> values.forEach(v -> assertThat(v).matches("\\d{1,3}(\\.\\d{1,3}){3}"));
					case PHONE -> values.stream().filter(v -> v != null).forEach(v -> assertThat(v).startsWith("+"));
					case TEXT -> assertThat(values).containsNull();
					default -> assertThat(distinct).isGreaterThan(1);
				}
				checked++;
			}
		}
		assertThat(checked).isEqualTo(SHAPE.tables() * (SHAPE.columns() - 1));
	}

	private static List<String> values(Table table, Column column) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection connection = POSTGRES.connect(DATABASE); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + column.name() + "::text FROM " + table.qualified())) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static boolean luhnValid(String number) {
		int sum = 0;
		for (int i = 0; i < number.length(); i++) {
			int digit = number.charAt(number.length() - 1 - i) - '0';
			sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
		}
		return number.length() == 16 && sum % 10 == 0;
	}

	private static boolean ibanValid(String iban) {
		String rearranged = iban.substring(4) + iban.substring(0, 4);
		var digits = new StringBuilder();
		for (char c : rearranged.toCharArray()) {
			digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
		}
		return iban.length() == 22 && new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
	}
}
