package io.pursight.platform.web;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API limits: defaults in the record, and limits that would switch a protection off are refused at start. */
class ApiSettingsTests {

	@Test
	void defaultsApplyWhenNothingIsSet() {
		ApiSettings settings = bind(Map.of());
		assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(settings.cpuHeavyWait()).isEqualTo(Duration.ofMillis(200));
		assertThat(settings.cpuHeavyPermits())
			.isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
	}

	@Test
	void aConfiguredConcurrencyIsTakenAsIs() {
		assertThat(bind(Map.of("pursight.api.cpu-heavy-concurrency", "7")).cpuHeavyPermits()).isEqualTo(7);
	}

	@Test
	void refusesLimitsThatWouldLetEveryRequestThroughOrNone() {
		assertThatThrownBy(() -> bind(Map.of("pursight.api.max-body-size", "0B"))).isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("pursight.api.max-body-size must be more than 0 bytes");
		assertThatThrownBy(() -> bind(Map.of("pursight.api.cpu-heavy-concurrency", "-1"))).isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("pursight.api.cpu-heavy-concurrency must be 0");
		assertThatThrownBy(() -> bind(Map.of("pursight.api.cpu-heavy-wait", "-1s"))).isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("pursight.api.cpu-heavy-wait must not be negative");
	}

	private static ApiSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("pursight.api", ApiSettings.class);
	}
}
