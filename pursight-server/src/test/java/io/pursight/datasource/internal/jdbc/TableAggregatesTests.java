package io.pursight.datasource.internal.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import io.pursight.datasource.Engine;
import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.TableSample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates on H2 (PostgreSQL and MariaDB are in {@code ExactProfileIntegrationTests}): large text gets lengths
 * only, since H2 cannot compare it; JSON and UUID are counted only; H2 reports no size.
 */
class TableAggregatesTests {

	@Test
	void countsAnH2TableWithAwkwardNamesAndTypes() throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:h2:mem:aggregates;DB_CLOSE_DELAY=-1", "sa", "")) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE SCHEMA \"we\"\"ird\"");
				s.execute("CREATE TABLE \"we\"\"ird\".\"Order Items\" (\"e-mail\" VARCHAR(100), story CLOB, "
						+ "doc JSON, ref UUID, n DOUBLE PRECISION, d DATE)");
				s.execute("INSERT INTO \"we\"\"ird\".\"Order Items\" VALUES ('a@x.org', 'once upon', JSON '{\"a\":1}', "
						+ "RANDOM_UUID(), 1.5, DATE '2024-02-29'), ('b@x.org', 'a time', NULL, NULL, -0.5, NULL)");
			}
			ExactProfile p = TableAggregates.count(c, Engine.H2, new TableSample.Request("we\"ird", "Order Items",
					List.of("e-mail", "STORY", "DOC", "REF", "N", "D"), null, false), 5);

			assertThat(p.rowCount()).isEqualTo(2);
			assertThat(p.sizeBytes()).isNull();
			ExactProfile.Column email = p.columns().get(0);
			assertThat(email.distinctCount()).isEqualTo(2);
			assertThat(email.max()).isEqualTo("b@x.org");
			ExactProfile.Column story = p.columns().get(1);
			assertThat(story.jdbcType()).isEqualTo("CLOB");
			assertThat(story.distinctCount()).isNull();
			assertThat(story.min()).isNull();
			assertThat(story.maxLength()).isEqualTo(9);
			assertThat(p.columns().get(2).nonNullCount()).isEqualTo(1);
			assertThat(p.columns().get(2).distinctCount()).isNull();
			assertThat(p.columns().get(3).min()).isNull();
			assertThat(p.columns().get(4).avg()).isEqualTo(0.5);
			assertThat(p.columns().get(5).min()).isEqualTo("2024-02-29");
			assertThat(p.columns().get(5).avg()).isNull();
		}
	}
}
