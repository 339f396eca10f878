package io.pursight.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.pursight.catalog.Catalog;
import io.pursight.classification.ClassificationView;
import io.pursight.classification.Classifications;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scan module booted with the modules it drives (datasource, catalog, classification) and the job queue
 * (platform), and no other: a run queued for a source is picked up by a db-scheduler job, runs its step through
 * the datasource or classification module and ends COMPLETED, with the step's report and the source back where
 * a steward expects it, and the run announced as started and completed (or failed) for the modules that
 * come next.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ScanModuleTests extends ModuleTestSupport {

	private static final PageQuery ALL = new PageQuery(0, PageQuery.MAX_SIZE);
	/** The scan events of this context, whichever test caused them: filter by run. */
	static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

	@TestConfiguration
	static class ScanEventRecorder {
		@EventListener
		void started(ScanStarted event) {
			EVENTS.add(event);
		}

		@EventListener
		void completed(ScanCompleted event) {
			EVENTS.add(event);
		}

		@EventListener
		void failed(ScanFailed event) {
			EVENTS.add(event);
		}
	}

	@Autowired
	ScanRuns runs;
	@Autowired
	DataSources sources;
	@Autowired
	Catalog catalog;
	@Autowired
	Classifications classifications;

	ThrowawayDatabase database;
	WorkspaceId workspace;
	DataSourceId source;

	@BeforeEach
	void aRegisteredSource() {
		database = DatabaseServer.POSTGRESQL.create("pursight_module_scan");
		database.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100))",
				"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id))",
				"INSERT INTO customers SELECT i, 'person' || i || '@example.com' FROM generate_series(1, 40) i");
		workspace = workspace();
		source = sources.register(workspace, new SourceDefinition("customers", null, Engine.POSTGRESQL, "127.0.0.1",
				5432, database.name(), null, "postgres", "", Map.of())).id();
	}

	@AfterEach
	void dropSource() {
		database.close();
	}

	@Test
	void aQueuedDiscoveryRunDiscoversTheSourceIntoTheCatalogAndCompletes(Scenario scenario) {
		// queued as the API queues it: the run is stored before its job is, outside any transaction
		outsideTransaction(scenario, () -> runs.discover(workspace, source, null))
				.andWaitAtMost(Await.PATIENCE)
				.andWaitForStateChange(() -> finishedRun(ScanStep.DISCOVER))
				.andVerify((finished, queued) -> {
					assertThat(queued.state()).isEqualTo(ScanRunState.QUEUED);
					ScanRun run = finished.orElseThrow();
					assertThat(run.id()).isEqualTo(queued.id());
					assertThat(run.state()).as("%s", run.error()).isEqualTo(ScanRunState.COMPLETED);
					assertThat(run.reports().discover().state()).isEqualTo(DataSourceState.CATALOGED);
					assertThat(run.reports().discover().catalog().tables()).isEqualTo(2);

					assertThat(sources.get(workspace, source).state()).isEqualTo(DataSourceState.CATALOGED);
					assertThat(catalog.relations(workspace, source)).extracting(r -> r.asset().name())
							.containsExactlyInAnyOrder("customers", "orders");
					assertThat(eventsOf(run.id())).hasExactlyElementsOfTypes(ScanStarted.class, ScanCompleted.class);
				});
	}

	@Test
	void aRunThatCannotReachItsSourceFailsAndIsAnnouncedAsFailed(Scenario scenario) {
		DataSourceId nowhere = sources.register(workspace, new SourceDefinition("nowhere", null, Engine.POSTGRESQL,
				"127.0.0.1", 5432, "pursight_no_such_database", null, "postgres", "", Map.of())).id();

		outsideTransaction(scenario, () -> runs.discover(workspace, nowhere, null))
				.andWaitAtMost(Await.PATIENCE)
				.andWaitForStateChange(() -> runs.list(workspace, nowhere, null, ALL).items().stream()
						.filter(run -> run.state().isFinished()).findFirst())
				.andVerify((finished, queued) -> {
					ScanRun run = finished.orElseThrow();
					assertThat(run.state()).isEqualTo(ScanRunState.FAILED);
					assertThat(eventsOf(run.id())).hasExactlyElementsOfTypes(ScanStarted.class, ScanFailed.class);
					ScanFailed failed = (ScanFailed) eventsOf(run.id()).get(1);
					assertThat(failed.sourceId()).isEqualTo(nowhere);
					assertThat(failed.failure().type()).isEqualTo(run.error().type());
					assertThat(failed.failure().detail()).isEqualTo(run.error().detail()).contains("nowhere");
				});
	}

	@Test
	void aQueuedClassificationRunLabelsTheSourceAndReturnsItToCataloged(Scenario scenario) {
		sources.discover(workspace, source);

		outsideTransaction(scenario, () -> runs.classify(workspace, source, null, null))
				.andWaitAtMost(Await.PATIENCE)
				.andWaitForStateChange(() -> finishedRun(ScanStep.CLASSIFY))
				.andVerify((finished, queued) -> {
					ScanRun run = finished.orElseThrow();
					assertThat(run.id()).isEqualTo(queued.id());
					assertThat(run.state()).as("%s", run.error()).isEqualTo(ScanRunState.COMPLETED);
					assertThat(run.reports().classify().tables()).isEqualTo(2);
					assertThat(run.reports().classify().applied()).isPositive();

					assertThat(labels()).anySatisfy(label -> {
						assertThat(label.column().table()).isEqualTo("customers");
						assertThat(label.column().column()).isEqualTo("email");
						assertThat(label.match().typeId()).isEqualTo("EMAIL_ADDRESS");
					});
					assertThat(sources.get(workspace, source).state())
							.as("the run took the source through CLASSIFYING and CLASSIFIED back to CATALOGED")
							.isEqualTo(DataSourceState.CATALOGED);
				});
	}

	private static List<Object> eventsOf(ScanRunId run) {
		return EVENTS.stream().filter(e -> switch (e) {
			case ScanStarted started -> started.runId().equals(run);
			case ScanCompleted completed -> completed.runId().equals(run);
			case ScanFailed failed -> failed.runId().equals(run);
			default -> false;
		}).toList();
	}

	/** The source's finished run that has this step, if there is one yet. */
	private Optional<ScanRun> finishedRun(ScanStep step) {
		return runs.list(workspace, source, null, ALL).items().stream()
				.filter(run -> run.state().isFinished() && run.request().includes(step)).findFirst();
	}

	private List<ClassificationView> labels() {
		return classifications.list(workspace, null, null, source, null, ALL).items();
	}
}
