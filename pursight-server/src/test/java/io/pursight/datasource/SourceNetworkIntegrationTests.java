package io.pursight.datasource;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.pursight.common.ProblemKind;
import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probing through test-connection (issue 7): with the default settings a STEWARD cannot make PurSight connect
 * to link-local or cloud metadata addresses, in any spelling of the address, and the answer is the same
 * whether a port there is open, closed or silent, because nothing is sent.
 */
class SourceNetworkIntegrationTests extends ServerTestSupport {

	private String sources;
	private Api steward;

	@BeforeEach
	void attackerWorkspace() {
		String workspace = createWorkspace("probe");
		sources = "/api/v1/workspaces/" + workspace + "/sources";
		steward = member(workspace, "STEWARD");
	}

	@Test
	void refusesToProbeMetadataAndLinkLocalAddressesWhateverThePort() {
		List<String> hosts = List.of("169.254.169.254", "fe80::1", "[fe80::1]", "::ffff:169.254.169.254",
				"[::ffff:a9fe:a9fe]", "2852039166", "169.254.43518", "0.0.0.0", "0", "::", "100.100.100.200",
				"fd00:ec2::254", "64:ff9b::a9fe:a9fe");
		for (String host : hosts) {
			attackerWorkspace(); // 12 tests a host: a fresh attacker each, within the connection-test allowance
			Set<String> answers = new HashSet<>();
			for (int port : new int[] { 80, 22, 5432, 65000 }) {
				for (String engine : List.of("POSTGRESQL", "MARIADB", "MYSQL")) {
					Map<String, Object> definition = definition(engine, host, port);
					Api.Response tested = steward.post(sources + "/test-connection", definition);
					assertRefused(tested, "pursight.sources.network.denied");
					answers.add(tested.json().get("detail").asString());
					assertRefused(steward.post(sources, definition), "pursight.sources.network.denied");
				}
			}
			assertThat(answers).as("one answer for every port and engine of " + host).hasSize(1);
		}
	}

	@Test
	void namesTheDeniedNetwork() {
		Api.Response r = steward.post(sources + "/test-connection", definition("POSTGRESQL", "169.254.169.254", 80));
		assertThat(r.json().get("detail").asString()).contains("169.254.169.254", "169.254.0.0/16");
		assertThat(steward.post(sources + "/test-connection", definition("POSTGRESQL", "fe80::1", 80)).json()
			.get("detail").asString()).contains("fe80::/10");
	}

	@Test
	void refusesTheSameAddressesInJdbcUrlsAndH2ServerUrls() {
		for (String[] example : new String[][] { { "POSTGRESQL", "jdbc:postgresql://169.254.169.254:80/latest" },
				{ "POSTGRESQL", "jdbc:postgresql://[::ffff:169.254.169.254]/x" },
				{ "MARIADB", "jdbc:mariadb://[fe80::1]:3306/x" }, { "MYSQL", "jdbc:mysql://2852039166:80/x" },
				{ "H2", "jdbc:h2:tcp://169.254.169.254:80/~/x" }, { "H2", "jdbc:h2:tcp://[fd00:ec2::254]/~/x" },
				{ "H2", "jdbc:h2:tcp://100.100.100.200:9092/~/x" } }) {
			Map<String, Object> definition = new HashMap<>(Map.of("name", "probe", "engine", example[0], "jdbcUrl",
					example[1], "username", "u"));
			assertRefused(steward.post(sources + "/test-connection", definition), "pursight.sources.network.denied");
			assertRefused(steward.post(sources, definition), "pursight.sources.network.denied");
		}
		Map<String, Object> h2Server = Map.of("name", "probe", "engine", "H2", "host", "169.254.169.254", "database",
				"~/x", "username", "sa");
		assertRefused(steward.post(sources + "/test-connection", h2Server), "pursight.sources.network.denied");
	}

	@Test
	void readsHexadecimalSpellingsAsHostNamesNotAddresses() {
		// Java (and so every driver) does not read 0xA9FEA9FE as 169.254.169.254: it is a name that does not resolve.
		Api.Response tested = steward.post(sources + "/test-connection", definition("POSTGRESQL", "0xA9FEA9FE", 80));
		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().get("errorCode").asString()).isEqualTo("UNKNOWN_HOST");
	}

	@Test
	void stillConnectsToLoopbackDatabases() {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "local", "engine", "POSTGRESQL", "host", "localhost",
				"database", "postgres", "username", "postgres"));
		definition.put("password", "");
		Api.Response tested = steward.post(sources + "/test-connection", definition);
		assertThat(tested.status()).as(tested.toString()).isEqualTo(200);
		assertThat(tested.json().get("ok").asBoolean()).as(tested.toString()).isTrue();
	}

	private static Map<String, Object> definition(String engine, String host, int port) {
		return new HashMap<>(Map.of("name", "probe", "engine", engine, "host", host, "port", port, "database", "x",
				"username", "u", "password", "p"));
	}

	static void assertRefused(Api.Response r, String setting) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.json().path("type").asString()).as(r.toString()).isEqualTo(ProblemKind.INVALID_REQUEST.type());
		assertThat(r.json().path("detail").asString()).as(r.toString()).contains(setting);
	}
}
