package io.pursight.bench.corpus;

import java.util.List;
import java.util.Optional;

/** The registry of corpus datasets: a new dataset is a class implementing {@link CorpusDataset} added here. */
public final class Corpus {
	/** Every dataset, in report order. */
	public static final List<CorpusDataset> DATASETS = List.of(
			new HrDataset(),
			new EcommerceDataset(),
			new SaasDataset(),
			new CrmDataset(),
			new HealthcareDataset(),
			new BankingDataset(),
			new LogisticsDataset(),
			new DeAppDataset());

	private Corpus() {
	}

	public static Optional<CorpusDataset> named(String name) {
		return DATASETS.stream().filter(d -> d.name().equals(name)).findFirst();
	}

	/** The harness targets of every dataset on both engines: {@code corpus-<name>-postgresql}, {@code -mariadb}. */
	public static List<String> targets() {
		return DATASETS.stream().flatMap(d -> List.of("corpus-" + d.name() + "-postgresql", "corpus-" + d.name() + "-mariadb")
				.stream()).toList();
	}
}
