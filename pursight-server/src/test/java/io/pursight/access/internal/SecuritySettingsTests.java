package io.pursight.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecuritySettingsTests {

	@Test
	void theShippedConfigurationWithoutEnvironmentVariablesGivesTheDocumentedDefaults() throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(sources::addLast);
		Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));

		SecuritySettings settings = binder.bindOrCreate("pursight.security", SecuritySettings.class);

		assertThat(settings).isEqualTo(SecuritySettings.defaults());
		assertThat(settings.adminUsername()).isEqualTo("admin");
		assertThat(settings.adminPassword()).as("empty: generated at first start").isEmpty();
		assertThat(settings.jwtSecret()).as("empty: generated at first start").isEmpty();
		assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
		assertThat(settings.refreshTokenTtl()).isEqualTo(Duration.ofDays(14));
		assertThat(settings.publicMetrics()).isFalse();
		assertThat(settings.sessionCheckCache()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.loginThrottle()).isEqualTo(SecuritySettings.Throttle.of(5, 30, 100, Duration.ofMinutes(15)));
	}

	@Test
	void bindsTheKeysAsTheyAreDocumented() {
		SecuritySettings settings = bind(Map.of("pursight.security.admin-username", "root",
				"pursight.security.access-token-ttl", "2h", "pursight.security.public-metrics", "true",
				"pursight.security.login-throttle.account-address-failures", "3",
				"pursight.security.login-throttle.window", "1m"));

		assertThat(settings.adminUsername()).isEqualTo("root");
		assertThat(settings.accessTokenTtl()).isEqualTo(Duration.ofHours(2));
		assertThat(settings.publicMetrics()).isTrue();
		assertThat(settings.loginThrottle().accountAddressFailures()).isEqualTo(3);
		assertThat(settings.loginThrottle().addressFailures()).as("the others keep their defaults").isEqualTo(30);
		assertThat(settings.loginThrottle().window()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void anAccessTokenThatNeverExpiresStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> bind(Map.of("pursight.security.access-token-ttl", "0s"))).isInstanceOf(BindException.class)
				.rootCause().hasMessageContaining("pursight.security.access-token-ttl must be a positive duration");
		assertThatThrownBy(() -> bind(Map.of("pursight.security.refresh-token-ttl", "-1d")))
				.rootCause().hasMessageContaining("pursight.security.refresh-token-ttl");
	}

	@Test
	void aThrottleThatOneAddressCouldUseToLockAnAccountForEveryoneStopsTheStart() {
		assertThatThrownBy(() -> bind(Map.of("pursight.security.login-throttle.account-address-failures", "10",
				"pursight.security.login-throttle.account-ceiling", "5")))
				.rootCause().hasMessageContaining("account-ceiling (5) must be at least account-address-failures (10)");
		assertThatThrownBy(() -> bind(Map.of("pursight.security.login-throttle.address-failures", "0")))
				.rootCause().hasMessageContaining("pursight.security.login-throttle needs failures of at least 1");
	}

	private static SecuritySettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("pursight.security",
				SecuritySettings.class);
	}
}
