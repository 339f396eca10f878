package io.pursight.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.testing.DatabaseServer;
import io.pursight.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loads every corpus dataset, cut to a few rows per table, into the local PostgreSQL and MariaDB and reads it back. */
class CorpusLoaderIntegrationTests {
	private static final int ROWS = 40;

	@ParameterizedTest
	@ValueSource(strings = {"postgresql", "mariadb"})
	void loadsEveryDatasetAndReadsTheGeneratedValuesBack(String engine) throws Exception {
		DatabaseServer server = DatabaseServer.named(engine);
		for (CorpusDataset dataset : Corpus.DATASETS) {
			try (ThrowawayDatabase db = server.create("pursight_corpus_test")) {
				CorpusLoader.Loaded loaded = CorpusLoader.load(dataset, db, ROWS);
				assertThat(loaded.tables()).isEqualTo(dataset.tables().size());
				try (Connection c = db.connect(); Statement s = c.createStatement()) {
					for (CorpusTable table : dataset.tables()) {
						List<Object[]> generated = new ArrayList<>();
						CorpusLoader.generate(table, dataset.seed(), Math.min(ROWS, table.rows()), generated::add);
						String firstColumn = server.quote(table.columns().getFirst().name());
						String secondColumn = server.quote(table.columns().get(1).name());
						List<String> read = new ArrayList<>();
						try (ResultSet rs = s.executeQuery("SELECT " + firstColumn + ", " + secondColumn + " FROM "
								+ server.quote(table.name()))) {
							while (rs.next()) {
								read.add(rs.getString(1) + "|" + rs.getString(2));
							}
						}
						assertThat(read).as(dataset.name() + "." + table.name())
								.containsExactlyInAnyOrderElementsOf(generated.stream()
										.map(v -> text(v[0]) + "|" + text(v[1])).toList());
					}
				}
			}
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
