package io.pursight.scan;

import java.util.EnumSet;

import io.pursight.common.Problem;
import org.junit.jupiter.api.Test;

import static io.pursight.scan.ScanRunState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scan run state machine of DESIGN.md. */
class ScanRunStateTests {

	@Test
	void followsTheDesignedPipelineForward() {
		assertThat(QUEUED.canMoveTo(INITIALIZING)).isTrue();
		assertThat(INITIALIZING.canMoveTo(RUNNING)).isTrue();
		assertThat(RUNNING.canMoveTo(CLASSIFYING)).isTrue();
		assertThat(CLASSIFYING.canMoveTo(VALIDATING)).isTrue();
		assertThat(VALIDATING.canMoveTo(CATALOGING)).isTrue();
		assertThat(CATALOGING.canMoveTo(COMPLETED)).isTrue();
		assertThat(RUNNING.canMoveTo(PAUSED) && PAUSED.canMoveTo(RUNNING)).as("paused ↔ running").isTrue();
	}

	@Test
	void neverMovesBackwardNorSkipsTheWorkerTakingTheRunUp() {
		assertThat(CLASSIFYING.canMoveTo(RUNNING)).isFalse();
		assertThat(CATALOGING.canMoveTo(CLASSIFYING)).isFalse();
		assertThat(QUEUED.canMoveTo(RUNNING)).isFalse();
		assertThat(QUEUED.canMoveTo(COMPLETED)).isFalse();
		assertThat(CATALOGING.canMoveTo(CANCELLED)).as("cataloging settles what was found: it finishes").isFalse();
	}

	@Test
	void everyUnfinishedStateCanFailAndNoFinishedStateMovesAgain() {
		for (ScanRunState state : UNFINISHED) {
			assertThat(state.canMoveTo(FAILED)).as(state + " → FAILED").isTrue();
			assertThat(state.isFinished()).isFalse();
		}
		for (ScanRunState end : EnumSet.of(COMPLETED, FAILED, CANCELLED)) {
			assertThat(end.isFinished()).isTrue();
			for (ScanRunState next : values()) {
				assertThat(end.canMoveTo(next)).as(end + " → " + next).isFalse();
			}
		}
	}

	@Test
	void refusesAnIllegalMoveWithAConflictNamingBothStates() {
		assertThatThrownBy(() -> COMPLETED.moveTo(RUNNING)).isInstanceOf(Problem.class)
				.hasMessage("A scan run in state COMPLETED cannot move to RUNNING: it has finished; start a new run.");
		assertThat(QUEUED.moveTo(INITIALIZING)).isEqualTo(INITIALIZING);
	}
}
