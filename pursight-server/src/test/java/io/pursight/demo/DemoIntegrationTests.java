package io.pursight.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import io.pursight.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start as a new user gets it: embedded store, default workspace, demo source discovered. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoIntegrationTests {

	private static final String PASSWORD = "demo-admin-password";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void firstStart(DynamicPropertyRegistry registry) throws Exception {
		Path dir = Files.createTempDirectory("pursight-demo");
		registry.add("pursight.data-dir", dir::toString);
		registry.add("pursight.security.admin-password", () -> PASSWORD);
		registry.add("pursight.demo.enabled", () -> "true");
	}

	@Test
	void firstStartDiscoversTheDemoSourceIntoTheDefaultWorkspace() {
		Api admin = Api.at(port).login("admin", PASSWORD);
		JsonNode workspaces = admin.get("/api/v1/workspaces").json().get("items");
		assertThat(workspaces).hasSize(1);
		assertThat(workspaces.get(0).get("slug").asString()).isEqualTo("default");
		String ws = workspaces.get(0).get("id").asString();

		JsonNode sources = admin.get("/api/v1/workspaces/" + ws + "/sources").json().get("items");
		assertThat(sources).hasSize(1);
		assertThat(sources.get(0).get("name").asString()).isEqualTo("demo-shop");
		assertThat(sources.get(0).get("state").asString()).isIn("CATALOGED", "MONITORING");
		String source = sources.get(0).get("id").asString();

		String assets = "/api/v1/workspaces/" + ws + "/assets?sourceId=" + source + "&size=500";
		assertThat(names(admin.get(assets + "&type=TABLE").json())).hasSizeGreaterThanOrEqualTo(6)
				.anyMatch(n -> n.equalsIgnoreCase("customers")).anyMatch(n -> n.equalsIgnoreCase("payments"));
		assertThat(names(admin.get(assets + "&type=VIEW").json())).hasSizeGreaterThanOrEqualTo(2);
		List<String> columns = names(admin.get(assets + "&type=COLUMN").json());
		assertThat(columns).anyMatch(n -> n.toLowerCase().contains("email"))
				.anyMatch(n -> n.toLowerCase().contains("iban"))
				.anyMatch(n -> n.toLowerCase().contains("birth"));

		String orders = admin.get(assets + "&type=TABLE&name=orders").json().get("items").get(0).get("id").asString();
		JsonNode detail = admin.get("/api/v1/workspaces/" + ws + "/assets/" + orders).json();
		assertThat(detail.get("foreignKeys")).isNotEmpty();
		assertThat(detail.get("primaryKey").isNull()).isFalse();
	}

	private static List<String> names(JsonNode page) {
		return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("name").asString()).toList();
	}
}
