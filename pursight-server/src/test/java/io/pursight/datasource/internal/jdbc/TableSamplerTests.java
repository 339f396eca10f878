package io.pursight.datasource.internal.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;
import io.pursight.testing.Databases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sampling against the real PostgreSQL and MariaDB servers, with names chosen to break naive quoting. */
class TableSamplerTests {

	static final String TABLE = "t\"a`b;DROP TABLE x;--é表";
	static final List<String> COLUMNS = List.of("c\"1", "c`2", "select", "ünï; code");

	@Test
	void samplesHostileNamesOnPostgres() throws Exception {
		String db = Databases.createPostgres("pursight_sampler");
		try {
			String url = Databases.postgresUrl(db);
			Databases.execute(url, "postgres", "", "CREATE SCHEMA \"we\"\"ird;sch\"",
					"CREATE TABLE \"we\"\"ird;sch\".\"t\"\"a`b;DROP TABLE x;--é表\" (\"c\"\"1\" VARCHAR(20), \"c`2\" INT, "
							+ "\"select\" TEXT, \"ünï; code\" VARCHAR(10))",
					"INSERT INTO \"we\"\"ird;sch\".\"t\"\"a`b;DROP TABLE x;--é表\" VALUES ('a', 1, 'x', NULL), ('a', 2, NULL, NULL), "
							+ "('b', 3, 'y', 'z'), ('c', 4, 'y', NULL)");
			try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
				TableSample sample = TableSampler.sample(c, Engine.POSTGRESQL,
						new TableSample.Request("we\"ird;sch", TABLE, COLUMNS, 4L, false), 3);
				assertSample(sample);
			}
		}
		finally {
			Databases.dropPostgres(db);
		}
	}

	@Test
	void samplesHostileNamesOnMariaDb() throws Exception {
		String db = Databases.createMariaDb("pursight_sampler");
		try {
			String url = Databases.MARIADB_ADMIN_URL + db;
			Databases.execute(url, "root", "",
					"CREATE TABLE `t\"a``b;DROP TABLE x;--é表` (`c\"1` VARCHAR(20), `c``2` INT, `select` TEXT, `ünï; code` VARCHAR(10))",
					"INSERT INTO `t\"a``b;DROP TABLE x;--é表` VALUES ('a', 1, 'x', NULL), ('a', 2, NULL, NULL), "
							+ "('b', 3, 'y', 'z'), ('c', 4, 'y', NULL)");
			try (Connection c = DriverManager.getConnection(url, "root", "")) {
				TableSample sample = TableSampler.sample(c, Engine.MARIADB, new TableSample.Request(db, TABLE, COLUMNS, 4L, false), 3);
				assertSample(sample);
			}
		}
		finally {
			Databases.dropMariaDb(db);
		}
	}

	@Test
	void quotesIdentifiersForEachEngine() {
		assertThat(TableSampler.quote(Engine.POSTGRESQL, "a\"b")).isEqualTo("\"a\"\"b\"");
		assertThat(TableSampler.quote(Engine.H2, "a;b")).isEqualTo("\"a;b\"");
		assertThat(TableSampler.quote(Engine.MARIADB, "a`b")).isEqualTo("`a``b`");
		assertThat(TableSampler.quote(Engine.MYSQL, "a\"b")).isEqualTo("`a\"b`");
		assertThat(TableSampler.query(Engine.POSTGRESQL, new TableSample.Request("s", "t", List.of("x", "y"), null, false), 7)
				.sql()).isEqualTo("SELECT \"x\", \"y\" FROM \"s\".\"t\" LIMIT 7");
	}

	@Test
	void samplesLargeTablesAtRandomSmallTablesAndViewsFromTheStart() {
		TableSample.Request small = new TableSample.Request("s", "t", List.of("x"), 400L, false);
		TableSample.Request large = new TableSample.Request("s", "t", List.of("x"), 1_000_000L, false);
		TableSample.Request huge = new TableSample.Request("s", "t", List.of("x"), 50_000_000L, false);
		TableSample.Request view = new TableSample.Request("s", "v", List.of("x"), 1_000_000L, true);
		assertThat(TableSampler.query(Engine.POSTGRESQL, small, 100).random()).isFalse();
		assertThat(TableSampler.query(Engine.POSTGRESQL, view, 100).random()).isFalse();
		assertThat(TableSampler.query(Engine.POSTGRESQL, large, 100).sql())
				.isEqualTo("SELECT \"x\" FROM \"s\".\"t\" TABLESAMPLE BERNOULLI (0.200000) REPEATABLE (20261122) LIMIT 4000");
		assertThat(TableSampler.query(Engine.POSTGRESQL, huge, 100).sql()).contains("TABLESAMPLE SYSTEM (0.004000)");
		assertThat(TableSampler.query(Engine.MARIADB, large, 100).sql())
				.isEqualTo("SELECT `x` FROM `s`.`t` WHERE RAND(20261122) < 0.002000000 LIMIT 4000");
		assertThat(TableSampler.query(Engine.MYSQL, huge, 100).random()).as("a full scan would cost too much").isFalse();
		assertThat(TableSampler.query(Engine.H2, large, 100).random()).isFalse();
	}

	@Test
	void aRandomSampleCoversTheWholeTableAndRepeatsOnPostgres() throws Exception {
		String db = Databases.createPostgres("pursight_sampler");
		try {
			String url = Databases.postgresUrl(db);
			Databases.execute(url, "postgres", "", "CREATE TABLE ordered (id INT PRIMARY KEY, v TEXT)",
					"INSERT INTO ordered SELECT i, CASE WHEN i <= 2000 THEN 'early' ELSE 'late-' || i END "
							+ "FROM generate_series(1, 40000) AS i");
			assertCoversTheTable(DriverManager.getConnection(url, "postgres", ""), Engine.POSTGRESQL, "public");
		}
		finally {
			Databases.dropPostgres(db);
		}
	}

	@Test
	void aRandomSampleCoversTheWholeTableAndRepeatsOnMariaDb() throws Exception {
		String db = Databases.createMariaDb("pursight_sampler");
		try {
			String url = Databases.MARIADB_ADMIN_URL + db;
			Databases.execute(url, "root", "", "CREATE TABLE ordered (id INT PRIMARY KEY, v TEXT)",
					"SET SESSION max_recursive_iterations = 100000",
					"INSERT INTO ordered WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
							+ "SELECT i, CASE WHEN i <= 2000 THEN 'early' ELSE CONCAT('late-', i) END FROM n");
			assertCoversTheTable(DriverManager.getConnection(url, "root", ""), Engine.MARIADB, db);
		}
		finally {
			Databases.dropMariaDb(db);
		}
	}

	/** The first 2,000 of 40,000 rows say 'early': a sample from the start would see nothing else. */
	private static void assertCoversTheTable(Connection connection, Engine engine, String schema) throws Exception {
		try (connection) {
			TableSample.Request request = new TableSample.Request(schema, "ordered", List.of("v"), 40_000L, false);
			TableSample first = TableSampler.sample(connection, engine, request, 100);
			TableSample again = TableSampler.sample(connection, engine, request, 100);
			assertThat(first.rowsRead()).isEqualTo(100);
			List<String> values = first.column("v").values();
			assertThat(values.stream().filter(v -> v.startsWith("late-")).count()).as(values.toString()).isGreaterThan(80);
			assertThat(values.stream().mapToInt(v -> v.startsWith("late-") ? Integer.parseInt(v.substring(5)) : 0).max()
					.orElseThrow()).as("rows from the end of the table too").isGreaterThan(30_000);
			assertThat(again.column("v").values()).as("the same data gives the same sample").isEqualTo(values);
		}
	}

	private static void assertSample(TableSample sample) {
		assertThat(sample.rowsRead()).isEqualTo(3);
		assertThat(sample.columns()).extracting(TableSample.ColumnSample::name).containsExactlyElementsOf(COLUMNS);
		TableSample.ColumnSample first = sample.column("c\"1");
		assertThat(first.values()).hasSize(3);
		assertThat(first.nonNullCount()).isEqualTo(3);
		TableSample.ColumnSample unicode = sample.column("ünï; code");
		assertThat(unicode.values()).hasSize(3);
		assertThat(unicode.nonNullCount()).isLessThanOrEqualTo(1);
		assertThat(sample.column("c`2").distinctCount()).isEqualTo(3);
	}
}
