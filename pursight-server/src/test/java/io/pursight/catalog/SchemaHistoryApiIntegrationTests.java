package io.pursight.catalog;

import java.util.UUID;

import io.pursight.testing.Api;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static io.pursight.catalog.DriftFixture.column;
import static io.pursight.catalog.DriftFixture.schema;
import static io.pursight.catalog.DriftFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema history over HTTP: an asset's changes with its children's, a source's changes filtered by
 * change set and kind, pages, and nothing of another workspace.
 */
class SchemaHistoryApiIntegrationTests extends ServerTestSupport {

	@Autowired
	Catalog catalog;
	@Autowired
	SchemaHistory history;

	String workspace;
	DriftFixture source;
	SyncSummary first;
	SyncSummary second;

	@BeforeEach
	void aSourceThatChangedTwice() {
		workspace = createWorkspace("history");
		source = DriftFixture.register(admin, workspace, catalog, history);
		source.sync(schema("app", table("customer", column("id", 1, "integer"), column("fax", 2, "text"))));
		first = source.sync(schema("app", table("customer", column("id", 1, "bigint"), column("fax", 2, "text"),
				column("email", 3, "text"))));
		second = source.sync(schema("app", table("customer", column("id", 1, "bigint"), column("email", 2, "text")),
				table("orders", column("id", 1, "integer"))));
	}

	@Test
	void aTablesHistoryHoldsItsColumnsChangesNewestFirst() {
		String customer = source.id("app.customer").value().toString();
		JsonNode changes = admin.get(assets() + customer + "/schema-changes").json();
		assertThat(changes.get("total").asLong()).isEqualTo(3);
		assertThat(changes.get("items")).extracting(c -> c.get("kind").asString() + " " + c.get("changeSet").asString())
				.containsExactly("REMOVED " + second.drift().changeSet(), "ADDED " + first.drift().changeSet(),
						"TYPE_CHANGED " + first.drift().changeSet());
		assertThat(changes.get("items").get(2).get("before").get("dataType").asString()).isEqualTo("integer");
		assertThat(changes.get("items").get(2).get("assetVersion").asLong()).isEqualTo(1);

		JsonNode page = admin.get(assets() + customer + "/schema-changes?page=1&size=2").json();
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items")).hasSize(1);
	}

	@Test
	void aSourcesChangesFilterByChangeSetAndKind() {
		JsonNode all = admin.get(sources() + "/schema-changes").json();
		assertThat(all.get("total").asLong()).as("baseline, two in the first change set, two in the second")
				.isEqualTo(5);
		JsonNode ofSecond = admin.get(sources() + "/schema-changes?changeSet=" + second.drift().changeSet()).json();
		assertThat(ofSecond.get("items")).extracting(c -> c.get("kind").asString() + " " + c.get("assetType").asString())
				.containsExactly("REMOVED COLUMN", "ADDED TABLE");
		JsonNode added = admin.get(sources() + "/schema-changes?kind=ADDED").json();
		assertThat(added.get("total").asLong()).isEqualTo(2);
		JsonNode baseline = admin.get(sources() + "/schema-changes?kind=BASELINE").json().get("items").get(0);
		assertThat(baseline.get("assetId").isNull()).isTrue();
		assertThat(baseline.get("assetVersion").isNull()).isTrue();
		assertThat(admin.get(sources() + "/schema-changes?changeSet=" + UUID.randomUUID()).json().get("total").asLong())
				.isZero();
	}

	@Test
	void badFiltersAreRefused() {
		assertThat(admin.get(sources() + "/schema-changes?kind=EXPLODED").status()).isEqualTo(400);
		assertThat(admin.get(sources() + "/schema-changes?changeSet=yesterday").status()).isEqualTo(400);
		assertThat(admin.get(sources() + "/schema-changes?size=501").status()).isEqualTo(400);
	}

	@Test
	void anotherWorkspaceSeesNeitherTheSourceNorItsAssets() {
		String other = createWorkspace("history-other");
		String customer = source.id("app.customer").value().toString();
		String otherBase = "/api/v1/workspaces/" + other;
		assertThat(admin.get(otherBase + "/sources/" + source.source.value() + "/schema-changes").status()).isEqualTo(404);
		assertThat(admin.get(otherBase + "/assets/" + customer + "/schema-changes").status()).isEqualTo(404);
		Api analyst = member(other, "ANALYST");
		assertThat(analyst.get(otherBase + "/sources/" + source.source.value() + "/schema-changes").status())
				.isEqualTo(404);
		assertThat(analyst.get(assets() + customer + "/schema-changes").status()).as("not a member here").isEqualTo(404);
	}

	@Test
	void unknownAssetsAndSourcesTheCatalogNeverSawAreNotFound() {
		assertThat(admin.get(assets() + UUID.randomUUID() + "/schema-changes").status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/workspaces/" + workspace + "/sources/" + UUID.randomUUID() + "/schema-changes")
				.status()).isEqualTo(404);
		DriftFixture undiscovered = DriftFixture.register(admin, workspace, catalog, history);
		assertThat(admin.get("/api/v1/workspaces/" + workspace + "/sources/" + undiscovered.source.value()
				+ "/schema-changes").status()).isEqualTo(404);
	}

	@Test
	void theOpenApiDocumentDescribesBothEndpointsWithExamples() {
		JsonNode paths = anonymous().get("/v3/api-docs").json().get("paths");
		for (String path : new String[] { "/api/v1/workspaces/{workspaceId}/assets/{assetId}/schema-changes",
				"/api/v1/workspaces/{workspaceId}/sources/{sourceId}/schema-changes" }) {
			JsonNode ok = paths.path(path).path("get").path("responses").path("200").path("content").properties().iterator().next().getValue();
			assertThat(ok.path("examples").size()).as(path).isEqualTo(1);
			assertThat(ok.path("schema").path("$ref").asString()).as(path).endsWith("/SchemaChangePage");
		}
	}

	private String assets() {
		return "/api/v1/workspaces/" + workspace + "/assets/";
	}

	private String sources() {
		return "/api/v1/workspaces/" + workspace + "/sources/" + source.source.value();
	}
}
