package io.pursight.datasource.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pursight.common.Problem;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaFilterTests {

	@ParameterizedTest
	@ValueSource(strings = { "pg_catalog", "information_schema", "INFORMATION_SCHEMA", "pg_toast", "pg_temp_3",
			"pg_toast_temp_3", "mysql", "performance_schema", "sys" })
	void alwaysLeavesSystemSchemasOut(String schema) {
		assertThat(SchemaFilter.all().includes(schema)).isFalse();
		assertThat(SchemaFilter.including(schema).includes(schema)).isFalse();
	}

	@Test
	void includesEveryOtherSchemaByDefault() {
		assertThat(SchemaFilter.all().includes("public")).isTrue();
		assertThat(SchemaFilter.all().includes("PUBLIC")).isTrue();
		assertThat(SchemaFilter.all().includes("system_data")).isTrue();
		assertThat(SchemaFilter.all().hasIncludes()).isFalse();
	}

	@Test
	void matchesNamesAndGlobsIgnoringCase() {
		SchemaFilter filter = SchemaFilter.including("sales", "hr_*", "dw_201?");
		assertThat(filter.hasIncludes()).isTrue();
		assertThat(matching(filter, "sales", "SALES", "sales2", "hr_", "HR_people", "dw_2019", "dw_20190", "hr"))
			.containsExactly("sales", "SALES", "hr_", "HR_people", "dw_2019");
	}

	@Test
	void exclusionsWin() {
		SchemaFilter filter = SchemaFilter.including("*").excluding("tmp_*", "scratch");
		assertThat(matching(filter, "public", "tmp_1", "scratch", "Scratch", "scratchpad"))
			.containsExactly("public", "scratchpad");
	}

	@Test
	void treatsRegexCharactersLiterally() {
		assertThat(SchemaFilter.including("a.b").includes("axb")).isFalse();
		assertThat(SchemaFilter.including("a.b").includes("a.b")).isTrue();
		assertThat(SchemaFilter.including("(x)+").includes("(x)+")).isTrue();
	}

	@Test
	void rejectsEmptyPatterns() {
		assertThatThrownBy(() -> SchemaFilter.including("sales", " ")).isInstanceOf(Problem.class)
			.hasMessageContaining("empty entry");
		assertThat(new SchemaFilter(null, null)).isEqualTo(SchemaFilter.all());
	}

	private static List<String> matching(SchemaFilter filter, String... schemas) {
		return Arrays.stream(schemas).filter(filter::includes).toList();
	}
}
