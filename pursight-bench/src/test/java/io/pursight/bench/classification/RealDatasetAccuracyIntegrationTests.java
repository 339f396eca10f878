package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pursight.classifier.ColumnClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loads the benchmark's sample databases into throw-away databases of the local PostgreSQL
 * and MariaDB servers, samples them with JDBC and checks the accuracy targets. Needs the
 * shared benchmark folder beside the repository.
 */
class RealDatasetAccuracyIntegrationTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.withDefaults();

	private static Path shared() {
		Path shared = ClassificationAccuracy.defaultSharedDirectory();
		assumeTrue(Files.isDirectory(shared.resolve("benchmarks/classification")), "benchmark labels not found");
		return shared;
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
