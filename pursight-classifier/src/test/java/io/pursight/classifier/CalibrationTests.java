package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTests {

	@Test
	void interpolatesLinearlyBetweenKnotsAndHoldsTheEndsBeyondThem() {
		Calibration c = Calibration.of(new double[] {0.1, 0.5, 0.9}, new double[] {0.0, 0.2, 1.0});

		assertThat(c.apply(0.0)).isEqualTo(0.0);
		assertThat(c.apply(0.3)).isCloseTo(0.1, within(1e-9));
		assertThat(c.apply(0.5)).isCloseTo(0.2, within(1e-9));
		assertThat(c.apply(0.8)).isCloseTo(0.8, within(1e-9));
		assertThat(c.apply(0.95)).isEqualTo(1.0);
	}

	@Test
	void refusesKnotsThatFallOrLeaveTheUnitInterval() {
		assertThatThrownBy(() -> Calibration.of(new double[] {0.2, 0.4}, new double[] {0.5, 0.4}))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never fall");
		assertThatThrownBy(() -> Calibration.of(new double[] {0.4, 0.4}, new double[] {0.1, 0.2}))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rise");
		assertThatThrownBy(() -> Calibration.of(new double[] {0.0, 1.2}, new double[] {0.0, 1.0}))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0,1]");
		assertThatThrownBy(() -> Calibration.of(new double[] {0.5}, new double[] {0.5}))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two knots");
	}

	@Test
	void theShippedMapNeverReordersScoresAndWritesWhatItReads() {
		Calibration shipped = Calibration.shipped();
		double previous = -1;
		for (int i = 0; i <= 1000; i++) {
			double c = shipped.apply(i / 1000.0);
			assertThat(c).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
			previous = c;
		}
		assertThat(shipped.toTsv()).isNotBlank().doesNotContain(",");
	}
}
