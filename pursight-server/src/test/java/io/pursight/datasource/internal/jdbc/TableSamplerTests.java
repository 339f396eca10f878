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
						new TableSample.Request("we\"ird;sch", TABLE, COLUMNS), 3);
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
				TableSample sample = TableSampler.sample(c, Engine.MARIADB, new TableSample.Request(db, TABLE, COLUMNS), 3);
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
		assertThat(TableSampler.select(Engine.POSTGRESQL, new TableSample.Request("s", "t", List.of("x", "y")), 7))
				.isEqualTo("SELECT \"x\", \"y\" FROM \"s\".\"t\" LIMIT 7");
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
