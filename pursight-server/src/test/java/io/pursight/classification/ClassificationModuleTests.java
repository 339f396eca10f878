package io.pursight.classification;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.Map;

import io.pursight.catalog.CatalogSynchronized;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.WorkspaceId;
import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.Catalog;
import io.pursight.datasource.ClassificationClaim;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DataSourceView;
import io.pursight.datasource.SampleSpec;
import io.pursight.datasource.SourceReader;
import io.pursight.datasource.TableSample;
import org.springframework.transaction.support.TransactionTemplate;
import io.pursight.datasource.DataSources;
import io.pursight.datasource.Engine;
import io.pursight.datasource.SourceDefinition;
import io.pursight.testing.Await;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.ModuleTestSupport;
import io.pursight.testing.ThrowawayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification module booted with the modules whose beans it calls (datasource, catalog) and no other:
 * labels follow the catalog. When a discovery's {@link CatalogSynchronized} says a labelled column left the
 * catalog, its label leaves the lists and the roll-up; when the column comes back, so does the label, before
 * any new classification. The source is a real PostgreSQL database.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ClassificationModuleTests extends ModuleTestSupport {

	private static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);

	@Autowired
	DataSources sources;
	@Autowired
	ClassificationRuns runs;
	@Autowired
	Classifications classifications;
	@Autowired
	Catalog catalog;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	SensitivityRollUp rollUp;

	ThrowawayDatabase database;
	WorkspaceId workspace;
	DataSourceId source;

	@BeforeEach
	void aClassifiedSourceWithOneEmailColumn() {
		database = DatabaseServer.POSTGRESQL.create("pursight_module_cls");
		database.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"INSERT INTO contacts SELECT i, 'person' || i || '@example.org' FROM generate_series(1, 40) i");
		workspace = workspace();
		source = sources.register(workspace, new SourceDefinition("contacts", null, Engine.POSTGRESQL, "127.0.0.1",
				5432, database.name(), null, "postgres", "", Map.of())).id();
		sources.discover(workspace, source);
		classifyAsAScanWould();
		// the scan run that would have asked for this classification is not booted here: close it as it would
		sources.advanceClassification(workspace, source, DataSourceState.CLASSIFYING, DataSourceState.CATALOGED);
		assertThat(emailLabels()).as("the email column is labelled").hasSize(1);
		assertThat(sourceSensitivity()).as("and its sensitivity rolled up to the source").hasSize(1);
	}

	@AfterEach
	void dropSource() {
		database.close();
	}

	@Test
	void theLabelOfAColumnThatLeftTheCatalogLeavesListsAndRollUpAndComesBackWithTheColumn(Scenario scenario) {
		database.execute("ALTER TABLE contacts DROP COLUMN email");

		outsideTransaction(scenario, () -> sources.discover(workspace, source))
				.andWaitAtMost(Await.PATIENCE)
				.andWaitForStateChange(this::emailLabels, List::isEmpty)
				.andVerify((labels, discovery) -> {
					assertThat(discovery.catalog().deleted()).as("the column left the catalog").isEqualTo(1);
					assertThat(sourceSensitivity()).as("nothing sensitive is left in the source").isEmpty();
					assertThat(classifications.classifiedColumns(workspace, null, null, source, ALL).items()).isEmpty();
				});

		database.execute("ALTER TABLE contacts ADD COLUMN email VARCHAR(100)");

		outsideTransaction(scenario, () -> sources.discover(workspace, source))
				.andWaitAtMost(Await.PATIENCE)
				.andWaitForStateChange(this::emailLabels, labels -> labels.size() == 1)
				.andVerify(labels -> {
					assertThat(labels.getFirst().status()).isEqualTo(ClassificationStatus.APPLIED);
					assertThat(sourceSensitivity()).as("the label counts in the roll-up again").singleElement()
							.satisfies(level -> assertThat(level.sensitivity()).isEqualTo(labels.getFirst().match().sensitivity()));
				});
	}

	/** What a scan run does with this module: samples each table, classifies it, stores it, rolls up once. */
	private void classifyAsAScanWould() {
		TableClassifier classifier = runs.classifier(workspace, Set.of(), true);
		DataSourceView view = sources.get(workspace, source);
		try (ClassificationClaim claim = sources.claimForClassification(workspace, source);
				SourceReader reader = sources.reader(claim)) {
			for (AssetDetail relation : catalog.relations(workspace, source)) {
				Asset schema = catalog.get(workspace, relation.asset().parentId()).asset();
				TableSample sample = reader.sample(new TableSample.Request(schema.name(), relation.asset().name(),
						relation.columns().stream().map(Asset::name).toList(), relation.asset().rowEstimate(), false),
						new SampleSpec(100, SampleSpec.Mode.RANDOM, null, Duration.ofSeconds(10)));
				TableClassification classified = classifier.classify(schema, relation.asset(), relation.columns(),
						sample);
				tx.executeWithoutResult(status -> runs.store(workspace, view, classified));
			}
		}
		runs.rollUp(workspace, source);
	}

	private List<ClassificationView> emailLabels() {
		return classifications.list(workspace, null, "EMAIL_ADDRESS", source, null, ALL).items();
	}

	private List<SensitivityLevel> sourceSensitivity() {
		return rollUp.levels(workspace, source, RollUpLevel.SOURCE.name(), ALL).items();
	}
}
