package io.pursight.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules every corpus dataset keeps, checked on the model and on generated rows, without a database. */
class CorpusTests {

	@Test
	void generatesTheSameRowsFromTheSameSeed() {
		for (CorpusDataset dataset : Corpus.DATASETS) {
			for (CorpusTable table : dataset.tables()) {
				assertThat(values(table, dataset.seed(), 50)).as(dataset.name() + "." + table.name())
						.isEqualTo(values(table, dataset.seed(), 50));
			}
		}
	}

	@Test
	void generatesOtherRowsFromAnotherSeed() {
		CorpusDataset dataset = Corpus.DATASETS.getFirst();
		CorpusTable table = dataset.tables().getFirst();
		assertThat(values(table, dataset.seed() + 1, 50)).isNotEqualTo(values(table, dataset.seed(), 50));
	}

	@Test
	void labelsOnlyWithCanonicalTypeIds() {
		for (CorpusDataset dataset : Corpus.DATASETS) {
			for (CorpusTable table : dataset.tables()) {
				for (CorpusColumn c : table.columns()) {
					Stream.concat(Stream.of(c.expected(), c.optional()), c.embedded().stream()).filter(t -> t != null)
							.forEach(type -> assertThat(SensitiveType.byId(type))
									.as(dataset.name() + "." + table.name() + "." + c.name() + " " + type).isPresent());
				}
			}
		}
	}

	@Test
	void hasAtLeastAsManyHardNegativesAsPositivesInEveryDataset() {
		for (CorpusDataset dataset : Corpus.DATASETS) {
			List<CorpusColumn> columns = dataset.tables().stream().flatMap(t -> t.columns().stream()).toList();
			long positives = columns.stream().filter(CorpusColumn::positive).count();
			long negatives = columns.stream().filter(CorpusColumn::negative).count();
			assertThat(negatives).as(dataset.name() + ": negatives vs positives").isGreaterThanOrEqualTo(positives);
			assertThat(positives).as(dataset.name() + " has positives").isPositive();
		}
	}

	@Test
	void mixesTinyAndLargeTablesInEveryDataset() {
		for (CorpusDataset dataset : Corpus.DATASETS) {
			assertThat(dataset.tables()).as(dataset.name()).hasSizeBetween(5, 10)
					.anyMatch(t -> t.rows() <= 5).anyMatch(t -> t.rows() >= 20_000);
		}
	}

	@Test
	void namesDatasetsAndTablesUniquely() {
		assertThat(Corpus.DATASETS).extracting(CorpusDataset::name).doesNotHaveDuplicates()
				.allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
		for (CorpusDataset dataset : Corpus.DATASETS) {
			Set<String> keys = new HashSet<>();
			for (CorpusTable table : dataset.tables()) {
				assertThat(keys.add(CorpusLabels.key(table.name(), ""))).as(dataset.name() + "." + table.name()).isTrue();
			}
		}
	}

	@Test
	void keepsSparseColumnsSparseAndLeavesNoColumnEmpty() {
		for (CorpusDataset dataset : Corpus.DATASETS) {
			for (CorpusTable table : dataset.tables().stream().filter(t -> t.rows() >= 1000).toList()) {
				List<Object[]> rows = rows(table, dataset.seed(), 1000);
				for (int i = 0; i < table.columns().size(); i++) {
					CorpusColumn c = table.columns().get(i);
					int column = i;
					double nulls = rows.stream().filter(r -> r[column] == null).count() / 1000.0;
					assertThat(nulls).as(dataset.name() + "." + table.name() + "." + c.name())
							.isGreaterThanOrEqualTo(c.nullRate() * 0.7 - 0.02);
					assertThat(nulls).as(dataset.name() + "." + table.name() + "." + c.name() + " has values").isLessThan(1);
				}
			}
		}
	}

	@Test
	void derivesLabelsFromTheModel() {
		CorpusLabels labels = CorpusLabels.of(new HrDataset());
		assertThat(labels.expected()).containsEntry("employees.firstname", "PERSON_NAME")
				.containsEntry("emergencycontacts.phonenumber", "PHONE_NUMBER").doesNotContainKey("employees.hiredate");
		assertThat(labels.optional()).containsEntry("empaddresses.addr2", "STREET_ADDRESS");
		assertThat(labels.embedded().get("leaverequests.approvercomment")).contains("PERSON_NAME", "EMAIL_ADDRESS");
	}

	private static List<Object[]> rows(CorpusTable table, long seed, int count) {
		List<Object[]> out = new ArrayList<>();
		CorpusLoader.generate(table, seed, Math.min(count, table.rows()), out::add);
		return out;
	}

	/** The rows as lists, which compare by value. */
	private static List<List<Object>> values(CorpusTable table, long seed, int count) {
		return rows(table, seed, count).stream().map(Arrays::asList).toList();
	}
}
