package io.pursight.platform.jobs;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job and event settings: defaults in the records, nonsense refused at start with the key named. */
class JobSettingsTests {

	@Test
	void defaultsApplyWhenNothingIsSet() {
		Binder binder = binder(Map.of());
		assertThat(binder.bindOrCreate("pursight.jobs", JobSettings.class).pollingInterval()).isEqualTo(Duration.ofSeconds(10));
		assertThat(binder.bindOrCreate("pursight.events", EventSettings.class))
			.isEqualTo(new EventSettings(Duration.ofMinutes(5), Duration.ofMinutes(1)));
	}

	@Test
	void readsTheKeysAsTheyWereNamedBefore() {
		Binder binder = binder(Map.of("pursight.jobs.polling-interval", "1s", "pursight.events.redeliver-after", "2s",
				"pursight.events.redelivery-interval", "3s"));
		assertThat(binder.bindOrCreate("pursight.jobs", JobSettings.class).pollingInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(binder.bindOrCreate("pursight.events", EventSettings.class))
			.isEqualTo(new EventSettings(Duration.ofSeconds(2), Duration.ofSeconds(3)));
	}

	@Test
	void refusesIntervalsThatWouldSpinOrNeverRun() {
		assertThatThrownBy(() -> binder(Map.of("pursight.jobs.polling-interval", "0s")).bindOrCreate("pursight.jobs",
				JobSettings.class)).isInstanceOf(BindException.class).rootCause()
			.hasMessage("pursight.jobs.polling-interval must be longer than 0, not PT0S");
		assertThatThrownBy(() -> binder(Map.of("pursight.events.redelivery-interval", "-1m")).bindOrCreate("pursight.events",
				EventSettings.class)).isInstanceOf(BindException.class).rootCause()
			.hasMessageContaining("pursight.events.redelivery-interval must be longer than 0");
	}

	private static Binder binder(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties));
	}
}
