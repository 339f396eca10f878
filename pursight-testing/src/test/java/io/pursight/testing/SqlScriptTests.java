package io.pursight.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTests {

	@Test
	void splitsStatementsOutsideQuotesAndDropsDatabaseSwitching() {
		String script = """
				/* header ; with a semicolon */
				DROP DATABASE IF EXISTS chinook;
				CREATE DATABASE chinook;
				\\c chinook;
				-- a comment; still a comment
				CREATE TABLE t (a VARCHAR(10));
				INSERT INTO t VALUES ('x;y'), ('it''s');
				USE `Chinook`;
				INSERT INTO t VALUES ('done');
				""";
		List<String> statements = SqlScript.statements(script, false);
		assertThat(statements).containsExactly("CREATE TABLE t (a VARCHAR(10))",
				"INSERT INTO t VALUES ('x;y'), ('it''s')", "INSERT INTO t VALUES ('done')");
	}

	@Test
	void honoursBackslashEscapesInMysqlDumps() {
		List<String> statements = SqlScript.statements("INSERT INTO t VALUES ('a\\'b;c');\nSELECT 1;", true);
		assertThat(statements).containsExactly("INSERT INTO t VALUES ('a\\'b;c')", "SELECT 1");
	}
}
