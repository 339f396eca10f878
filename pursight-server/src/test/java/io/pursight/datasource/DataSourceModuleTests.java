package io.pursight.datasource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.Catalog;
import io.pursight.catalog.CatalogSynchronized;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.WorkspaceId;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.ModuleTestSupport;
import io.pursight.testing.ThrowawayDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The datasource module booted with the one module whose beans it calls, catalog, and no other: a discovery reads
 * a real PostgreSQL source and hands what it read to the catalog, whose change is announced by
 * {@link CatalogSynchronized} in the very transaction that wrote it, so a listener of another module
 * hears of it if and only if it happened.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DataSourceModuleTests extends ModuleTestSupport {

	@Autowired
	DataSources sources;
	@Autowired
	Catalog catalog;
	@Autowired
	InTransaction inTransaction;
	@Autowired
	JdbcClient store;

	ThrowawayDatabase database;
	WorkspaceId workspace;
	DataSourceId source;

	/**
	 * Hears {@link CatalogSynchronized} inside the transaction that published it, just before it commits, and
	 * notes what the catalog holds at that moment. A listener of this phase is never called for an event
	 * published outside a transaction.
	 */
	static class InTransaction {

		record Heard(CatalogSynchronized event, List<String> relations) {
		}

		final List<Heard> heard = new CopyOnWriteArrayList<>();
		private final Catalog catalog;

		InTransaction(Catalog catalog) {
			this.catalog = catalog;
		}

		@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
		void beforeCommit(CatalogSynchronized event) {
			heard.add(new Heard(event, names(catalog.relations(event.workspaceId(), event.sourceId()))));
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		InTransaction inTransaction(Catalog catalog) {
			return new InTransaction(catalog);
		}
	}

	@BeforeEach
	void aRegisteredSource() {
		database = DatabaseServer.POSTGRESQL.create("pursight_module_ds");
		database.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people (id))");
		workspace = workspace();
		source = sources.register(workspace, new SourceDefinition("people", null, Engine.POSTGRESQL, "127.0.0.1",
				5432, database.name(), null, "postgres", "", Map.of())).id();
	}

	@AfterEach
	void dropSource() {
		database.close();
	}

	@Test
	void aDiscoveryFillsTheCatalogAndAnnouncesItInTheTransactionThatWroteIt(Scenario scenario) {
		outsideTransaction(scenario, () -> sources.discover(workspace, source))
				.andWaitForEventOfType(CatalogSynchronized.class)
				.matchingMappedValue(CatalogSynchronized::sourceId, source)
				.toArriveAndVerify((event, report) -> {
					assertThat(report.state()).isEqualTo(DataSourceState.CATALOGED);
					assertThat(sources.get(workspace, source).state()).isEqualTo(DataSourceState.CATALOGED);
					assertThat(names(catalog.relations(workspace, source))).containsExactlyInAnyOrder("people", "visits");

					assertThat(event.workspaceId()).isEqualTo(workspace);
					assertThat(event.summary()).isEqualTo(report.catalog());
					assertThat(event.summary().tables()).isEqualTo(2);
					assertThat(event.summary().created()).isPositive();

					assertThat(inTransaction.heard).filteredOn(h -> h.event().sourceId().equals(source))
							.as("heard before the catalog's transaction committed, with its writes in sight")
							.singleElement()
							.satisfies(h -> assertThat(h.relations()).containsExactlyInAnyOrder("people", "visits"));
				});
	}

	@Test
	void aDiscoveryThatChangesNothingAnnouncesNothing(Scenario scenario) {
		sources.discover(workspace, source);
		int heardBefore = inTransaction.heard.size();

		outsideTransaction(scenario, () -> sources.discover(workspace, source))
				.andWaitForStateChange(() -> sources.get(workspace, source).state(), DataSourceState::isCataloged)
				.andVerify((state, report) -> {
					assertThat(report.catalog().created() + report.catalog().updated() + report.catalog().deleted())
							.isZero();
					assertThat(inTransaction.heard).hasSize(heardBefore);
				});
	}

	@Test
	void aDiscoveryInterruptedByItsProcessDyingIsTakenOverAtOnceByItsOwnRunAndByNoOtherDiscovery() {
		// what a process killed mid-discovery leaves: the source SCANNING, held by the run's change set
		UUID run = UUID.randomUUID();
		assertThat(store.sql("""
				UPDATE data_sources SET state = 'SCANNING', discovery_holder = ?, updated_at = CURRENT_TIMESTAMP
				WHERE id = ?""").params(run, source.value()).update()).isEqualTo(1);

		assertThatThrownBy(() -> sources.discover(workspace, source, UUID.randomUUID()))
				.as("another discovery still waits for the interrupted one to go stale")
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT))
				.hasMessageContaining("already running");

		DiscoveryReport resumed = sources.discover(workspace, source, run);
		assertThat(resumed.state()).isEqualTo(DataSourceState.CATALOGED);
		assertThat(names(catalog.relations(workspace, source))).containsExactlyInAnyOrder("people", "visits");
		assertThat(sources.discover(workspace, source, UUID.randomUUID()).state())
				.as("a finished discovery holds nothing").isEqualTo(DataSourceState.CATALOGED);
	}

	private static List<String> names(List<AssetDetail> relations) {
		return relations.stream().map(AssetDetail::asset).map(Asset::name).toList();
	}
}
