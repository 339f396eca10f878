package io.pursight.classification;

import java.util.ArrayList;
import java.util.List;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data inside free text and JSON documents, through a scan of the real PostgreSQL server: the label says
 * the type occurs inside the text, and neither it nor its evidence repeats a value.
 */
class EmbeddedLabelsIntegrationTests extends ServerTestSupport {

	static String database;

	@BeforeAll
	static void tickets() {
		database = Databases.createPostgres("pursight_cls_embedded");
		Databases.execute(Databases.postgresUrl(database), "postgres", "", """
				CREATE TABLE support_tickets AS
				SELECT i AS ticket_id,
				       CASE WHEN i % 4 = 0
				            THEN 'Customer wrote about order ' || (480000 + i) || ' and asked us to reply to buyer.' || i
				                 || '@mailbox.example before Friday, as the parcel never arrived.'
				            ELSE 'Customer asked about the delivery window of order ' || (480000 + i)
				                 || '; the courier confirmed a slot between 9 and 12.' END AS body,
				       'Stainless steel bottle, 750 ml, model BX-' || (i % 40) || ', pack of ' || (i % 6 + 1)
				           || ', keeps drinks cold for 24 hours.' AS product_description,
				       '{"contact": {"email": "c' || i || '@mailbox.example"}, "items": ' || (i % 5) || '}' AS payload
				FROM generate_series(1, 240) AS i""");
	}

	@AfterAll
	static void drop() {
		Databases.dropPostgres(database);
	}

	@Test
	void anEmailInsideNotesIsLabelledAsEmbeddedWithoutRepeatingIt() {
		String workspace = createWorkspace("embedded");
		String source = registerPostgres(workspace, "tickets", database);
		String ws = "/api/v1/workspaces/" + workspace;
		Api.Response discovered = admin.post(ws + "/sources/" + source + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		Api.Response classified = admin.post(ws + "/sources/" + source + "/classify?wait=true", null);
		assertThat(classified.status()).as(classified.toString()).isEqualTo(200);

		List<JsonNode> labels = items(admin.get(ws + "/classifications?sourceId=" + source + "&size=500"));
		JsonNode body = labels.stream().filter(l -> l.get("column").asString().equals("body")
				&& l.get("typeId").asString().equals("EMAIL_ADDRESS")).findFirst().orElseThrow();
		assertThat(body.get("occurrence").asString()).isEqualTo("EMBEDDED_IN_TEXT");
		assertThat(body.get("status").asString()).isEqualTo("APPLIED");
		assertThat(body.get("explanation").asString()).contains("inside longer text");
		assertThat(body.get("evidence").get("patternMatches").asInt()).isPositive();

		JsonNode payload = labels.stream().filter(l -> l.get("column").asString().equals("payload")
				&& l.get("typeId").asString().equals("EMAIL_ADDRESS")).findFirst().orElseThrow();
		assertThat(payload.get("occurrence").asString()).isEqualTo("EMBEDDED_IN_TEXT");
		assertThat(payload.get("status").asString()).isEqualTo("APPLIED");

		assertThat(labels).noneMatch(l -> l.get("column").asString().equals("product_description")
				&& !l.get("status").asString().equals("WITHDRAWN"));
		assertThat(labels.toString()).doesNotContain("mailbox.example").doesNotContain("buyer.");

		// the OpenAPI document's example of a label has exactly the fields the API returns
		JsonNode example = anonymous().get("/v3/api-docs").json().path("paths")
				.path("/api/v1/workspaces/{workspaceId}/classifications/{classificationId}").path("get")
				.path("responses").path("200").path("content").properties().iterator().next().getValue()
				.path("examples").path("type inside text").path("value");
		assertThat(example.path("occurrence").asString()).isEqualTo("EMBEDDED_IN_TEXT");
		assertThat(example.propertyNames()).containsExactlyElementsOf(body.propertyNames());
		assertThat(example.path("evidence").propertyNames())
				.containsExactlyInAnyOrderElementsOf(body.path("evidence").propertyNames());
	}

	static List<JsonNode> items(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		r.json().get("items").forEach(list::add);
		return list;
	}
}
