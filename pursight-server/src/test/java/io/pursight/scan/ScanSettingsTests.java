package io.pursight.scan;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScanSettingsTests {

	@Test
	void unsetKeysTakeTheirDefaults() {
		ScanSettings settings = new ScanSettings(null, null, null, null, null);

		assertThat(settings.waitTimeout()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.staleRunAfter()).isEqualTo(Duration.ofMinutes(30));
		assertThat(settings.staleRunCheckInterval()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void refusesDurationsThatAreNotPositiveNamingTheKey() {
		assertThatThrownBy(() -> new ScanSettings(Duration.ZERO, null, null, null, null))
				.hasMessageContaining("pursight.scan.wait-timeout must be a positive duration");
		assertThatThrownBy(() -> new ScanSettings(null, Duration.ofMinutes(-1), null, null, null))
				.hasMessageContaining("pursight.scan.stale-run-after");
		assertThatThrownBy(() -> new ScanSettings(null, null, Duration.ZERO, null, null))
				.hasMessageContaining("pursight.scan.stale-run-check-interval");
	}
}
