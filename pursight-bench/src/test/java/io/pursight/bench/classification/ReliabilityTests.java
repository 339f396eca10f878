package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTests {

	@Test
	void perfectlyCalibratedConfidencesHaveNoError() {
		Reliability r = new Reliability();
		for (int i = 0; i < 10; i++) {
			r.record(0.95, true); // says 0.95, always right: a gap of 0.05
			r.record(0.15, i == 0); // 0.15 and one in ten right: a gap of 0.05
		}
		assertThat(r.total()).isEqualTo(20);
		assertThat(r.expectedCalibrationError()).isCloseTo(0.05, within(1e-9));
		assertThat(r.table()).contains("0.9 - 1.0", "0.1 - 0.2", "expected calibration error 0.050 over 20 types");
	}

	@Test
	void overconfidenceShowsAsTheGapWeightedByTheBinsSize() {
		Reliability r = new Reliability();
		for (int i = 0; i < 30; i++) {
			r.record(0.8, i % 2 == 0); // says 0.8, right half the time: gap 0.3 over 30 of 40
		}
		for (int i = 0; i < 10; i++) {
			r.record(1.0, true); // the top bin includes 1.0
		}
		Reliability other = new Reliability();
		other.add(r);
		assertThat(other.expectedCalibrationError()).isCloseTo(0.75 * 0.3, within(1e-9));
		assertThat(new Reliability().expectedCalibrationError()).isZero();
	}
}
