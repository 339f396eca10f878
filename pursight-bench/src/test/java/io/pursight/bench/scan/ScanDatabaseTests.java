package io.pursight.bench.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pursight.bench.scan.ScanDatabase.Column;
import io.pursight.bench.scan.ScanDatabase.Shape;
import io.pursight.bench.scan.ScanDatabase.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ScanDatabaseTests {

	private final Shape shape = new Shape(2_000, 10_000, 10);

	@Test
	void theSamePlanForTheSameShape() {
		assertThat(ScanDatabase.plan(shape)).isEqualTo(ScanDatabase.plan(new Shape(2_000, 10_000, 10)));
	}

	@Test
	void everyTableHasItsIdAndDistinctColumnNames() {
		for (Table table : ScanDatabase.plan(shape)) {
			assertThat(table.columns()).hasSize(10);
			assertThat(table.columns().get(0).name()).isEqualTo("id");
			assertThat(new HashSet<>(table.columns().stream().map(Column::name).toList())).hasSize(10);
		}
	}

	@Test
	void wideTablesRepeatKindsUnderOtherNames() {
		Table table = ScanDatabase.table(new Shape(1, 10, 40), 0);
		assertThat(table.columns()).hasSize(40);
		assertThat(new HashSet<>(table.columns().stream().map(Column::name).toList())).hasSize(40);
	}

	@Test
	void aboutOneColumnInSixIsPersonalAndEveryKindIsUsed() {
		List<Column> columns = ScanDatabase.plan(shape).stream().flatMap(t -> t.columns().stream().skip(1)).toList();
		long personal = columns.stream().filter(c -> c.kind().personal()).count();
		assertThat((double) personal / columns.size()).isBetween(0.10, 0.20);
		assertThat(columns.stream().map(Column::kind).distinct()).containsExactlyInAnyOrder(ColumnKind.values());
		// names alone do not give it away: personal kinds share no name with business ones
		var businessNames = columns.stream().filter(c -> !c.kind().personal()).map(Column::name).toList();
		assertThat(columns.stream().filter(c -> c.kind().personal()).map(Column::name)).doesNotContainAnyElementsOf(businessNames);
	}

	@Test
	void tablesSpreadOverSchemasByTheThousand() {
		assertThat(new Shape(100, 1, 2).schemas()).isEqualTo(1);
		assertThat(new Shape(500, 1, 2).schemas()).isEqualTo(2);
		assertThat(new Shape(2_000, 1, 2).schemas()).isEqualTo(8);
		assertThat(new Shape(8_000, 1, 2).schemas()).isEqualTo(8);
		assertThat(ScanDatabase.plan(shape).stream().map(Table::schema).distinct()).hasSize(8);
		assertThat(ScanDatabase.plan(shape).stream().map(Table::qualified).distinct()).hasSize(2_000);
	}

	@Test
	void oneStatementCreatesFillsAndKeysATable() {
		Table table = ScanDatabase.table(shape, 7);
		String sql = ScanDatabase.tableSql(table, 10_000);
		assertThat(sql).startsWith("CREATE TABLE " + table.qualified() + " (id bigint NOT NULL, ")
				.contains("INSERT INTO " + table.qualified() + " SELECT g,")
				.contains("FROM generate_series(1, 10000) AS g OFFSET 0) AS s;")
				.endsWith("ALTER TABLE " + table.qualified() + " ADD PRIMARY KEY (id);\n")
				.doesNotContain("random()").doesNotContain("{p}");
		for (int c = 1; c < table.columns().size(); c++) {
			assertThat(sql).contains(" AS p" + c);
		}
	}

	@Test
	void tablesHashTheirRowsWithSeedsOfTheirOwn() {
		String one = ScanDatabase.tableSql(ScanDatabase.table(shape, 1), 10);
		String two = ScanDatabase.tableSql(ScanDatabase.table(shape, 2), 10);
		long seedOfOne = ScanDatabase.SEED * 1_000_003L + 64 + 1;
		assertThat(one).contains("hashint8extended(g, " + seedOfOne + ")");
		assertThat(two).doesNotContain("hashint8extended(g, " + seedOfOne + ")");
	}

	@Test
	void nullableKindsAreNullOneRowInSome() {
		assertThat(ColumnKind.TEXT.value(0, "p3")).startsWith("CASE WHEN p3 / 1000003 % 30 = 0 THEN NULL ELSE ");
		assertThat(ColumnKind.EMAIL.value(0, "p3")).doesNotContain("CASE");
	}

	@Test
	void quotesWordsAndKeepsAddressesAscii() {
		assertThat(ColumnKind.pick("p1", List.of("O'Brien", "Kim"))).isEqualTo("(ARRAY['O''Brien','Kim'])[1 + p1 % 2]");
		assertThat(ColumnKind.ascii(List.of("Zoë", "O'Brien", "Seo-yeon", "Łukasz"))).containsExactly("zoe", "obrien",
				"seoyeon", "ukasz");
	}

	@Test
	void theMarkerNamesTheShape() {
		assertThat(shape.database()).isEqualTo("pursight_bench_scan_2000");
		assertThat(shape.marker()).contains("tables=2000 rows=10000 columns=10")
				.contains("generator=" + ScanDatabase.GENERATOR_VERSION);
		assertThatThrownBy(() -> new Shape(0, 1, 10)).isInstanceOf(IllegalArgumentException.class);
		assertThat(Objects.equals(new Shape(10, 10, 10).marker(), new Shape(10, 20, 10).marker())).isFalse();
	}
}
