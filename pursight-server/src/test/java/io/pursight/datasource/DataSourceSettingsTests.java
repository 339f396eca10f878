package io.pursight.datasource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code pursight.sources.*} bound as the server binds it: the keys of before, the defaults in one place. */
class DataSourceSettingsTests {

	static DataSourceSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("pursight.sources", DataSourceSettings.class);
	}

	@Test
	void defaultsWhenNothingIsSet() {
		DataSourceSettings settings = bind(Map.of());

		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.healthCheckInterval()).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.embeddedH2Enabled()).isTrue();
		assertThat(settings.h2DirectoryIn(Path.of("/var/pursight"))).isEqualTo(Path.of("/var/pursight/sources"));
		assertThat(settings.network().allowed()).isEmpty();
		assertThat(settings.network().denied()).contains("169.254.0.0/16", "fe80::/10");
		assertThat(settings.connectionTests()).isEqualTo(new DataSourceSettings.ConnectionTests(20, 60,
				Duration.ofMinutes(1)));
	}

	@Test
	void bindsEveryKeyByItsDocumentedName() {
		DataSourceSettings settings = bind(Map.of("pursight.sources.connect-timeout", "3s",
				"pursight.sources.read-timeout", "1m", "pursight.sources.health-check-interval", "2s",
				"pursight.sources.h2-directory", "/srv/h2", "pursight.sources.embedded-h2-enabled", "false",
				"pursight.sources.network.allowed", "10.0.0.0/8, 127.0.0.0/8",
				"pursight.sources.network.denied", "169.254.0.0/16",
				"pursight.sources.connection-tests.per-user", "5",
				"pursight.sources.connection-tests.per-workspace", "7",
				"pursight.sources.connection-tests.window", "1h"));

		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.readTimeout()).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.healthCheckInterval()).isEqualTo(Duration.ofSeconds(2));
		assertThat(settings.h2DirectoryIn(Path.of("/var/pursight"))).isEqualTo(Path.of("/srv/h2"));
		assertThat(settings.embeddedH2Enabled()).isFalse();
		assertThat(settings.network()).isEqualTo(new DataSourceSettings.Network("10.0.0.0/8, 127.0.0.0/8",
				"169.254.0.0/16"));
		assertThat(settings.connectionTests()).isEqualTo(new DataSourceSettings.ConnectionTests(5, 7,
				Duration.ofHours(1)));
	}

	@Test
	void refusesToStartWithLimitsThatWouldDisableTheGuards() {
		assertThatThrownBy(() -> bind(Map.of("pursight.sources.connection-tests.per-user", "0")))
			.isInstanceOf(BindException.class)
			.rootCause().hasMessageContaining("pursight.sources.connection-tests needs limits of at least 1");
		assertThatThrownBy(() -> bind(Map.of("pursight.sources.connect-timeout", "0s")))
			.rootCause().hasMessageContaining("pursight.sources.connect-timeout must be a positive duration");
		assertThatThrownBy(() -> bind(Map.of("pursight.sources.health-check-interval", "-1m")))
			.rootCause().hasMessageContaining("pursight.sources.health-check-interval");
	}
}
