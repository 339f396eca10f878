package io.pursight.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.testing.DatabaseServer;
import io.pursight.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads every corpus dataset, cut to a few rows per table, into the local PostgreSQL and MariaDB and reads every
 * text column back: the values in the database are the generated ones, international characters included.
 */
class CorpusLoaderIntegrationTests {
	private static final int ROWS = 40;

	@ParameterizedTest
	@ValueSource(strings = {"postgresql", "mariadb"})
	void loadsEveryDatasetAndReadsTheGeneratedTextBack(String engine) throws Exception {
		DatabaseServer server = DatabaseServer.named(engine);
		for (CorpusDataset dataset : Corpus.DATASETS) {
			try (ThrowawayDatabase db = server.create("pursight_corpus_test")) {
				CorpusLoader.Loaded loaded = CorpusLoader.load(dataset, db, ROWS);
				assertThat(loaded.tables()).isEqualTo(dataset.tables().size());
				try (Connection c = db.connect(); Statement s = c.createStatement()) {
					for (CorpusTable table : dataset.tables()) {
						List<Object[]> generated = new ArrayList<>();
						CorpusLoader.generate(table, dataset.seed(), Math.min(ROWS, table.rows()), generated::add);
						List<Integer> text = textColumns(table, generated);
						if (text.isEmpty()) { // numbers and timestamps only: the rows are there
							try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + server.quote(table.name()))) {
								rs.next();
								assertThat(rs.getInt(1)).as(dataset.name() + "." + table.name()).isEqualTo(generated.size());
							}
							continue;
						}
						String select = text.stream().map(i -> server.quote(table.columns().get(i).name()))
								.collect(Collectors.joining(", "));
						List<String> read = new ArrayList<>();
						try (ResultSet rs = s.executeQuery("SELECT " + select + " FROM " + server.quote(table.name()))) {
							while (rs.next()) {
								read.add(IntStream.rangeClosed(1, text.size()).mapToObj(i -> string(rs, i))
										.collect(Collectors.joining("|")));
							}
						}
						assertThat(read).as(dataset.name() + "." + table.name()).containsExactlyInAnyOrderElementsOf(
								generated.stream().map(row -> text.stream().map(i -> String.valueOf(row[i]))
										.collect(Collectors.joining("|"))).toList());
					}
				}
			}
		}
	}

	/** Columns generated as strings, except JSON (PostgreSQL rewrites jsonb) and those whose type rewrites them. */
	private static List<Integer> textColumns(CorpusTable table, List<Object[]> rows) {
		List<Integer> out = new ArrayList<>();
		for (int i = 0; i < table.columns().size(); i++) {
			SqlType type = table.columns().get(i).type();
			int column = i;
			boolean strings = rows.stream().allMatch(r -> r[column] == null || r[column] instanceof String);
			if (strings && type != SqlType.JSON && type != SqlType.INET) {
				out.add(i);
			}
		}
		return out;
	}

	private static String string(ResultSet rs, int column) {
		try {
			return String.valueOf(rs.getString(column));
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
