package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ColumnClassifier;
import io.pursight.testing.SharedDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loads the benchmark's sample databases into throw-away databases of the local PostgreSQL
 * and MariaDB servers, samples them with JDBC and checks the accuracy targets. Reads the
 * datasets and their labels from the shared folder beside the project (see {@link SharedDirectory}).
 */
class RealDatasetAccuracyIntegrationTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.withDefaults();

	/** The shared folder, once it is known to hold the labels: a missing one fails with what to do, never skips. */
	private static Path shared() {
		return SharedDirectory.resolve("benchmarks/classification").getParent().getParent();
	}

	private static void meetsTargets(String target) throws Exception {
		AccuracyScore score = ClassificationAccuracy.database(CLASSIFIER, shared(), target);
		assertThat(score.precision()).as(target + " precision " + score.mistakes())
				.isGreaterThanOrEqualTo(ClassificationAccuracy.TARGET_PRECISION);
		assertThat(score.recall()).as(target + " recall " + score.mistakes())
				.isGreaterThanOrEqualTo(ClassificationAccuracy.TARGET_RECALL);
	}

	@Test
	void classifiesChinookOnPostgresqlAccurately() throws Exception {
		meetsTargets("chinook-postgresql");
	}

	@Test
	void classifiesChinookOnMariadbAccurately() throws Exception {
		meetsTargets("chinook-mariadb");
	}

	@Test
	void classifiesNorthwindOnPostgresqlAccurately() throws Exception {
		meetsTargets("northwind-postgresql");
	}
}
