package io.pursight.datasource;

import java.util.HashMap;
import java.util.Map;

import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.pursight.datasource.SourceNetworkIntegrationTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's network settings: only 10.0.0.0/8 and loopback allowed, and 127.0.0.1 (what "localhost"
 * resolves to) denied on top, so a host name resolving to a denied address is refused and denied wins.
 */
class SourceNetworkSettingsIntegrationTests extends ServerTestSupport {

	@DynamicPropertySource
	static void networks(DynamicPropertyRegistry registry) {
		registry.add("pursight.sources.network.allowed", () -> "10.0.0.0/8, 127.0.0.0/8, ::1/128");
		registry.add("pursight.sources.network.denied", () -> "169.254.0.0/16, fe80::/10, 127.0.0.1/32, ::1/128");
	}

	private String sources;
	private Api steward;

	@BeforeEach
	void attackerWorkspace() {
		String workspace = createWorkspace("settings");
		sources = "/api/v1/workspaces/" + workspace + "/sources";
		steward = member(workspace, "STEWARD");
	}

	@Test
	void refusesAHostNameThatResolvesToADeniedAddress() {
		Map<String, Object> definition = definition("localhost");

		Api.Response tested = steward.post(sources + "/test-connection", definition);

		assertRefused(tested, "pursight.sources.network.denied");
		assertThat(tested.json().get("detail").asString()).contains("(an address of localhost)");
		assertRefused(steward.post(sources, definition), "pursight.sources.network.denied");
	}

	@Test
	void refusesAddressesOutsideTheAllowedNetworks() {
		for (String host : new String[] { "192.168.1.10", "8.8.8.8", "2001:db8::1" }) {
			assertRefused(steward.post(sources + "/test-connection", definition(host)), "pursight.sources.network.allowed");
		}
	}

	@Test
	void connectsWithinTheAllowedNetworks() {
		// allowed and not denied: PurSight tries, and reports what it found, whatever listens on 127.0.0.3
		Api.Response tested = steward.post(sources + "/test-connection", definition("127.0.0.3"));

		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().has("ok")).isTrue();
	}

	private static Map<String, Object> definition(String host) {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "probe", "engine", "POSTGRESQL", "host", host,
				"database", "postgres", "username", "postgres"));
		definition.put("password", "");
		return definition;
	}
}
