package io.pursight.datasource;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import io.pursight.common.ProblemKind;
import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connection tests as a network scanner: a member sweeps ports through {@code test-connection}
 * until the per-user or per-workspace allowance (over an hour in tests, so a burst is exact) runs
 * out; members of other workspaces keep theirs.
 */
class ConnectionTestThrottleIntegrationTests extends ServerTestSupport {

	static int closedPort;

	@BeforeAll
	static void aPortNobodyListensOn() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
	}

	@Test
	void aBurstBeyondTheUserAllowanceIsRefusedWithRetryAfterOnBothEndpoints() {
		String workspace = createWorkspace("probe");
		Api prober = member(workspace, "STEWARD");
		String stored = prober.post(sources(workspace), probe("stored", 5432)).id();

		for (int i = 0; i < CONNECTION_TESTS_PER_USER; i++) {
			Api.Response r = prober.post(sources(workspace) + "/test-connection", probe("sweep", closedPort));
			assertThat(r.status()).as("test %d: %s", i, r).isEqualTo(200);
		}
		assertRefused(prober.post(sources(workspace) + "/test-connection", probe("sweep", closedPort)), "by you");
		assertRefused(prober.post(sources(workspace) + "/" + stored + "/test-connection", null), "by you");

		String otherWorkspace = createWorkspace("probe-other");
		Api other = member(otherWorkspace, "STEWARD");
		Api.Response unaffected = other.post(sources(otherWorkspace) + "/test-connection", probe("mine", 5432));
		assertThat(unaffected.status()).as(unaffected.toString()).isEqualTo(200);
		assertThat(unaffected.json().get("ok").asBoolean()).isTrue();
	}

	@Test
	void theWorkspaceAllowanceCapsAllItsMembersTogether() {
		String workspace = createWorkspace("probe-team");
		Api first = member(workspace, "STEWARD");
		Api second = member(workspace, "STEWARD");
		int half = CONNECTION_TESTS_PER_WORKSPACE / 2;

		for (Api prober : new Api[] { first, second }) {
			for (int i = 0; i < half; i++) {
				Api.Response r = prober.post(sources(workspace) + "/test-connection", probe("sweep", closedPort));
				assertThat(r.status()).as("test %d: %s", i, r).isEqualTo(200);
			}
		}
		assertRefused(second.post(sources(workspace) + "/test-connection", probe("sweep", closedPort)),
				"in this workspace");

		String otherWorkspace = createWorkspace("probe-team-other");
		Api other = member(otherWorkspace, "STEWARD");
		assertThat(other.post(sources(otherWorkspace) + "/test-connection", probe("mine", 5432)).status())
				.isEqualTo(200);
	}

	static void assertRefused(Api.Response r, String who) {
		assertThat(r.status()).as(r.toString()).isEqualTo(429);
		assertThat(r.json().get("type").asString()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS.type());
		assertThat(r.json().get("detail").asString()).contains("Too many connection tests " + who);
		assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
	}

	static Map<String, Object> probe(String name, int port) {
		return Map.of("name", name, "engine", "POSTGRESQL", "host", "127.0.0.1", "port", port, "database", "postgres",
				"username", "postgres", "password", "");
	}

	static String sources(String workspace) {
		return "/api/v1/workspaces/" + workspace + "/sources";
	}
}
