package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.pursight.scanrules.ObjectKind;
import io.pursight.scanrules.SamplingStrategy;
import io.pursight.scanrules.ScanRuleSet;
import io.pursight.scanrules.ScanRuleSetId;
import io.pursight.scanrules.ScanRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scan run aggregate: the lifecycle it allows, and what it refuses with a 409. */
class ScanRunTests {

	private static final Instant T0 = Instant.parse("2025-06-02T09:00:00Z");
	private static final DataSourceId SOURCE = DataSourceId.random();
	private static final UserId STEWARD = new UserId(java.util.UUID.randomUUID());

	/** A rule set that classifies and profiles (when {@code classify}) or only discovers. */
	static ScanRuleSet ruleSet(boolean classify) {
		ScanRules rules = new ScanRules(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				Set.of(ObjectKind.TABLE, ObjectKind.VIEW), classify, SamplingStrategy.RANDOM, 100, null, Set.of(), true,
				classify, false, false, Duration.ofSeconds(10), 2, 0.5);
		return new ScanRuleSet(ScanRuleSetId.random(), classify ? "full" : "metadata", null, 3, rules, false, T0, T0);
	}

	private static ScanRun queued(boolean classify) {
		return ScanRun.queue(WorkspaceId.random(),
				ScanRequest.of(SOURCE, ruleSet(classify), null, STEWARD, ScanTrigger.MANUAL, null), T0);
	}

	@Test
	void aRequestRecordsTheRuleSetVersionItsRulesAndTheStepsTheyAskFor() {
		ScanRuleSet set = ruleSet(true);
		ScanRequest request = ScanRequest.of(SOURCE, set, null, STEWARD, ScanTrigger.SCHEDULE, null);

		assertThat(request.steps()).containsExactly(ScanStep.DISCOVER, ScanStep.CLASSIFY, ScanStep.PROFILE);
		assertThat(request.ruleSet()).isEqualTo(new ScanRequest.RuleSetRef(set.id(), 3, "full"));
		assertThat(request.rules()).isEqualTo(set.rules());
		assertThat(request.rowsPerTable()).isEqualTo(100);
		assertThat(ScanRequest.ofCatalog(SOURCE, null, set, 7, STEWARD).rowsPerTable()).isEqualTo(7);
		assertThat(ScanRequest.of(SOURCE, ruleSet(false), null, STEWARD, null, null).steps())
				.containsExactly(ScanStep.DISCOVER);
		assertThat(ScanRequest.of(SOURCE, ruleSet(false), null, STEWARD, null, null).trigger())
				.isEqualTo(ScanTrigger.MANUAL);
	}

	@Test
	void aRunThatDoesNothingIsRefusedWithA400() {
		assertThatThrownBy(() -> ScanRequest.ofCatalog(SOURCE, AssetId.random(), ruleSet(false), null, STEWARD))
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_REQUEST));
	}

	@Test
	void aScanGoesThroughEveryPhaseToCompletedWithItsReportsAndSummary() {
		ScanRun started = queued(true).start(T0.plusSeconds(1));
		DiscoveryReport discovery = new DiscoveryReport(SOURCE, DataSourceState.CATALOGED,
				new SyncSummary(1, 2, 0, 9, 12, 0, 0, 0), 5, 10, 20, 31);
		ScanRun running = started.discovered(discovery, T0.plusSeconds(2)).running(T0.plusSeconds(3));
		ClassifyReport objects = new ClassifyReport(SOURCE, 2, 9, 1, 1, 0, 200, 12);
		ScanSummary summary = new ScanSummary(12, 0, 0, 1, 1, 0, 2, 0, 0, 9, 200, 4000);
		ScanRun completed = running.classifying(T0).validating(objects, T0).catalog(T0).complete(summary,
				T0.plusSeconds(4));

		assertThat(started.state()).isEqualTo(ScanRunState.INITIALIZING);
		assertThat(started.startedAt()).isEqualTo(T0.plusSeconds(1));
		assertThat(running.state()).isEqualTo(ScanRunState.RUNNING);
		assertThat(completed.state()).isEqualTo(ScanRunState.COMPLETED);
		assertThat(completed.reports().of(ScanStep.DISCOVER)).isEqualTo(discovery);
		assertThat(completed.reports().of(ScanStep.CLASSIFY)).isEqualTo(objects);
		assertThat(completed.summary()).isEqualTo(summary);
		assertThat(completed.finishedAt()).isEqualTo(T0.plusSeconds(4));
		assertThat(completed.error()).isNull();
	}

	@Test
	void onlyARunReadingItsTablesPausesAndOnlyAPausedOneResumes() {
		ScanRun initializing = queued(true).start(T0);
		ScanRun running = initializing.running(T0);

		ScanRun paused = running.pause(T0);
		assertThat(paused.state()).isEqualTo(ScanRunState.PAUSED);
		assertThat(paused.resume(T0).state()).isEqualTo(ScanRunState.RUNNING);
		assertThatThrownBy(() -> initializing.pause(T0)).isInstanceOf(Problem.class)
				.hasMessageContaining("Only a run that is reading its tables (RUNNING) can be paused");
		assertThatThrownBy(() -> running.resume(T0)).isInstanceOf(Problem.class)
				.hasMessageContaining("Only a paused run can be resumed");
	}

	@Test
	void aRunCanBeCancelledUntilItSettlesItsResults() {
		assertThat(queued(true).cancel(T0).state()).isEqualTo(ScanRunState.CANCELLED);
		assertThat(queued(true).start(T0).running(T0).pause(T0).cancel(T0).finishedAt()).isEqualTo(T0);
		ScanRun validating = queued(true).start(T0).running(T0).classifying(T0).validating(null, T0);

		assertThatThrownBy(() -> validating.cancel(T0)).isInstanceOfSatisfying(Problem.class, p -> {
			assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
			assertThat(p.getMessage()).contains("it is finishing");
		});
	}

	@Test
	void refusesToSkipTheWorkerOrToRecordAReportOutsideItsPhase() {
		ScanRun queued = queued(false);

		assertThatThrownBy(() -> queued.running(T0)).isInstanceOf(Problem.class)
				.hasMessage("A scan run in state QUEUED cannot move to RUNNING.");
		assertThatThrownBy(() -> queued.complete(null, T0)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> queued.start(T0).running(T0).discovered(null, T0)).isInstanceOf(Problem.class)
				.hasMessageContaining("RUNNING cannot record a discovery report");
	}

	@Test
	void aFinishedRunRefusesEveryMoveWithA409() {
		ScanRun failed = queued(false).fail(ScanFailure.unexpected(), T0);

		assertThat(failed.state()).isEqualTo(ScanRunState.FAILED);
		assertThat(failed.finishedAt()).isEqualTo(T0);
		for (var move : new java.util.function.Supplier<?>[] { () -> failed.start(T0), () -> failed.complete(null, T0),
				() -> failed.fail(ScanFailure.interrupted(), T0), () -> failed.catalog(T0), () -> failed.cancel(T0) }) {
			assertThatThrownBy(move::get).isInstanceOfSatisfying(Problem.class, p -> {
				assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT);
				assertThat(p.getMessage()).contains("state FAILED", "it has finished");
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
		assertThatThrownBy(() -> new ScanRequest(SOURCE, null, List.of(), null, STEWARD, null, null, null, null))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ScanRequest(SOURCE, null, List.of(ScanStep.DISCOVER, ScanStep.DISCOVER), null,
				STEWARD, null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theEtaFollowsThePaceOfTheObjectsReadSoFar() {
		ScanProgress progress = new ScanProgress(100, 30, 0, 10, 200, 2000, 0, null);

		assertThat(progress.withEta(T0, T0.plusSeconds(40), true).etaSeconds()).as("20 read in 40 s, 70 left")
				.isEqualTo(140);
		assertThat(progress.withEta(T0, T0.plusSeconds(40), false).etaSeconds()).isNull();
		assertThat(ScanProgress.NONE.withEta(T0, T0.plusSeconds(1), true).etaSeconds()).isNull();
	}
}
