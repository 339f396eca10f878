package io.pursight.classification.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch of decisions moves a weight exactly as the same decisions one at a time would. */
class WeightsTests {

	@Test
	void aBatchStepsLikeDecisionsOneAtATime() {
		for (double start : new double[] { -0.25, -0.1, 0, 0.03, 0.24, 0.25 }) {
			for (boolean approved : new boolean[] { true, false }) {
				for (int n = 0; n <= 30; n++) {
					double oneByOne = start;
					for (int i = 0; i < n; i++) {
						oneByOne = Weights.clamp(oneByOne + (approved ? Weights.APPROVAL_STEP : -Weights.REJECTION_STEP));
					}
					assertThat(Weights.stepped(start, approved, n)).as("%s × %d from %s", approved, n, start)
							.isEqualTo(oneByOne);
				}
			}
		}
	}

	@Test
	void aBatchStopsAtTheBound() {
		assertThat(Weights.stepped(0, true, 500)).isEqualTo(0.25);
		assertThat(Weights.stepped(0, false, 500)).isEqualTo(-0.25);
	}
}
