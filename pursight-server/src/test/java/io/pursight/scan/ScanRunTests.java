package io.pursight.scan;

import java.time.Instant;
import java.util.Map;

import io.pursight.catalog.SyncSummary;
import io.pursight.classification.ClassifyReport;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.DataSourceState;
import io.pursight.datasource.DiscoveryReport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scan run aggregate: the lifecycle it allows, and what it refuses with a 409. */
class ScanRunTests {

	private static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
	private static final DataSourceId SOURCE = DataSourceId.random();
	private static final UserId STEWARD = new UserId(java.util.UUID.randomUUID());

	@Test
	void aDiscoveryGoesFromQueuedThroughRunningToCompletedWithItsReport() {
		ScanRun queued = ScanRun.queue(WorkspaceId.random(), ScanRequest.discovery(SOURCE, STEWARD), T0);
		assertThat(queued.state()).isEqualTo(ScanRunState.QUEUED);
		assertThat(queued.startedAt()).isNull();

		ScanRun started = queued.start(T0.plusSeconds(1));
		ScanRun running = started.begin(ScanStep.DISCOVER, T0.plusSeconds(2));
		DiscoveryReport report = new DiscoveryReport(SOURCE, DataSourceState.CATALOGED,
				new SyncSummary(1, 2, 0, 9, 12, 0, 0, 0), 5, 10, 20, 31);
		ScanRun completed = running.discovered(report, T0.plusSeconds(3)).complete(T0.plusSeconds(4));

		assertThat(started.state()).isEqualTo(ScanRunState.INITIALIZING);
		assertThat(started.startedAt()).isEqualTo(T0.plusSeconds(1));
		assertThat(running.state()).isEqualTo(ScanRunState.RUNNING);
		assertThat(completed.state()).isEqualTo(ScanRunState.COMPLETED);
		assertThat(completed.reports().discover()).isEqualTo(report);
		assertThat(completed.reports().of(ScanStep.DISCOVER)).isEqualTo(report);
		assertThat(completed.reports().classify()).isNull();
		assertThat(completed.finishedAt()).isEqualTo(T0.plusSeconds(4));
		assertThat(completed.error()).isNull();
	}

	@Test
	void aClassificationGoesThroughClassifyingAndCatalogingToCompleted() {
		ScanRun run = ScanRun.queue(WorkspaceId.random(),
				ScanRequest.tableClassification(SOURCE, AssetId.random(), 50, STEWARD), T0).start(T0);
		ScanRun classifying = run.begin(ScanStep.CLASSIFY, T0);
		ClassifyReport report = new ClassifyReport(SOURCE, 1, 3, 1, 1, 0, 50, 12);
		ScanRun cataloging = classifying.classified(report, T0).catalog(T0);

		assertThat(classifying.state()).isEqualTo(ScanRunState.CLASSIFYING);
		assertThat(cataloging.state()).isEqualTo(ScanRunState.CATALOGING);
		assertThat(cataloging.complete(T0).reports().classify()).isEqualTo(report);
	}

	@Test
	void refusesToRunAStepItWasNotAskedFor() {
		ScanRun run = ScanRun.queue(WorkspaceId.random(), ScanRequest.discovery(SOURCE, STEWARD), T0).start(T0);

		assertThatThrownBy(() -> run.begin(ScanStep.CLASSIFY, T0)).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT));
	}

	@Test
	void refusesToSkipTheWorkerOrToRecordAReportOutsideItsStep() {
		ScanRun queued = ScanRun.queue(WorkspaceId.random(), ScanRequest.discovery(SOURCE, STEWARD), T0);

		assertThatThrownBy(() -> queued.begin(ScanStep.DISCOVER, T0)).isInstanceOf(Problem.class)
				.hasMessage("A scan run in state QUEUED cannot move to RUNNING.");
		assertThatThrownBy(() -> queued.complete(T0)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> queued.start(T0).discovered(null, T0)).isInstanceOf(Problem.class)
				.hasMessageContaining("INITIALIZING cannot record a discovery report");
	}

	@Test
	void aFinishedRunRefusesEveryMoveWithA409() {
		ScanRun failed = ScanRun.queue(WorkspaceId.random(), ScanRequest.discovery(SOURCE, STEWARD), T0)
				.fail(ScanFailure.unexpected(), T0);

		assertThat(failed.state()).isEqualTo(ScanRunState.FAILED);
		assertThat(failed.finishedAt()).isEqualTo(T0);
		for (var move : new java.util.function.Supplier<?>[] { () -> failed.start(T0), () -> failed.complete(T0),
				() -> failed.fail(ScanFailure.interrupted(), T0), () -> failed.catalog(T0) }) {
			assertThatThrownBy(move::get).isInstanceOfSatisfying(Problem.class, p -> {
				assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
				assertThat(p.getMessage()).contains("state FAILED", "it has finished; start a new run");
			});
		}
	}

	@Test
	void aFailureKeepsTheProblemOfTheStepAndGivesItBackUnchanged() {
		Problem unreachable = new Problem(ProblemKind.SOURCE_UNREACHABLE, "Discovery of 'sales' failed: refused.",
				Map.of("errorCode", "CONNECTION_REFUSED"));

		ScanFailure failure = ScanFailure.of(unreachable);
		Problem again = failure.toProblem();

		assertThat(failure.status()).isEqualTo(422);
		assertThat(failure.type()).isEqualTo("urn:pursight:problem:source-unreachable");
		assertThat(again.kind()).isEqualTo(ProblemKind.SOURCE_UNREACHABLE);
		assertThat(again.getMessage()).isEqualTo(unreachable.getMessage());
		assertThat(again.properties()).isEqualTo(Map.of("errorCode", "CONNECTION_REFUSED"));
		assertThat(new ScanFailure("urn:pursight:problem:made-up", "?", 418, "odd", null).toProblem().kind())
				.as("an unknown type is an internal error, never a guess").isEqualTo(ProblemKind.INTERNAL);
	}

	@Test
	void aRequestNeedsDistinctSteps() {
		assertThatThrownBy(() -> new ScanRequest(SOURCE, null, java.util.List.of(), null, STEWARD))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ScanRequest(SOURCE, null,
				java.util.List.of(ScanStep.DISCOVER, ScanStep.DISCOVER), null, STEWARD))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
