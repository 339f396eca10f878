package io.pursight.classification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.pursight.catalog.CatalogSynchronized;
import io.pursight.catalog.SyncSummary;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sensitivity roll-up, computed in SQL, and review decisions in batches, on each store (the
 * subclasses pick H2 or PostgreSQL). Labels are written straight into the store, so that each
 * case controls every status and sensitivity; decisions go through the API.
 */
abstract class SensitivityRollUpScenarios extends ServerTestSupport {

	static String database;

	@Autowired
	JdbcClient store;
	@Autowired
	EventPublicationRegistry registry;
	@Autowired
	TransactionTemplate tx;

	String workspace;
	String source;
	String otherSource;
	LabelRows labels;

	@BeforeAll
	static void sourceDatabase() {
		database = Databases.createPostgres("pursight_cls_rollup");
	}

	@AfterAll
	static void dropSourceDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void twoSourcesWithLabels() {
		workspace = createWorkspace("cls-rollup");
		source = register(workspace, "warehouse");
		otherSource = register(workspace, "archive");
		labels = new LabelRows(workspace);
		labels.add(source, "crm.contacts", "email", "EMAIL_ADDRESS", "CONFIDENTIAL", "APPLIED");
		labels.add(source, "crm.contacts", "email", "PERSON_NAME", "RESTRICTED", "PENDING_REVIEW");
		labels.add(source, "crm.contacts", "phone", "PHONE_NUMBER", "RESTRICTED", "REJECTED");
		labels.add(source, "crm.contacts", "phone", "IBAN", "RESTRICTED", "WITHDRAWN");
		labels.add(source, "crm.orders", "note", "PERSON_NAME", "INTERNAL", "APPLIED");
		labels.addDeleted(source, "crm.orders", "card", "CREDIT_CARD", "RESTRICTED", "APPLIED");
		labels.add(source, "hr.staff", "birth", "DATE_OF_BIRTH", "CONFIDENTIAL", "APPROVED");
		labels.add(source, "legacy", "ssn", "US_SSN", "RESTRICTED", "APPLIED");
		labels.add(otherSource, "public.boxes", "owner", "PERSON_NAME", "PUBLIC", "PENDING_REVIEW");
	}

	@Test
	void aBulkApprovalRollsUpEveryTouchedSourceFromItsEffectiveLabelsOnly() {
		Api.Response bulk = admin.post(ws() + "/classifications/bulk", Map.of("ids",
				List.of(labels.id("crm.contacts.email/PERSON_NAME"), labels.id("public.boxes.owner/PERSON_NAME")),
				"action", "APPROVE"));

		assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
		assertThat(bulk.json().get("decided").asInt()).isEqualTo(2);
		assertThat(rollUp(source)).containsExactlyInAnyOrder(
				"COLUMN warehouse.db.crm.contacts.email RESTRICTED 2",
				"COLUMN warehouse.db.crm.orders.note INTERNAL 1",
				"COLUMN warehouse.db.hr.staff.birth CONFIDENTIAL 1",
				"COLUMN warehouse.db.legacy.ssn RESTRICTED 1",
				"TABLE crm.contacts RESTRICTED 2",
				"TABLE crm.orders INTERNAL 1",
				"TABLE hr.staff CONFIDENTIAL 1",
				"TABLE legacy RESTRICTED 1",
				"SCHEMA crm RESTRICTED 3",
				"SCHEMA hr CONFIDENTIAL 1",
				"SOURCE warehouse RESTRICTED 5");
		assertThat(rollUp(otherSource)).containsExactlyInAnyOrder(
				"COLUMN archive.db.public.boxes.owner PUBLIC 1",
				"TABLE public.boxes PUBLIC 1",
				"SCHEMA public PUBLIC 1",
				"SOURCE archive PUBLIC 1");
	}

	@Test
	void aRejectionTakesTheLabelOutOfTheRollUp() {
		Api.Response rejected = admin.post(ws() + "/classifications/" + labels.id("legacy.ssn/US_SSN") + "/reject",
				Map.of("reason", "synthetic test numbers"));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rollUp(source)).contains("SOURCE warehouse CONFIDENTIAL 3")
				.noneMatch(row -> row.contains("legacy"));
	}

	@Test
	void aSourceWithoutEffectiveLabelsHasNoRollUp() {
		String empty = register(workspace, "empty");
		String pending = labels.add(empty, "public.t", "c", "EMAIL_ADDRESS", "CONFIDENTIAL", "PENDING_REVIEW");

		Api.Response rejected = admin.post(ws() + "/classifications/" + pending + "/reject", Map.of("reason", "no"));

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rollUp(empty)).isEmpty();
	}

	@Test
	void aBulkDecisionTeachesEachWeightOncePerLabelAndNothingForLabelsAlreadyDecided() {
		List<String> pending = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			pending.add(labels.add(source, "crm.leads", "email" + i, "EMAIL_ADDRESS", "CONFIDENTIAL", "PENDING_REVIEW"));
		}
		Map<String, Object> approveAll = Map.of("ids", pending, "action", "APPROVE");

		assertThat(admin.post(ws() + "/classifications/bulk", approveAll).json().get("decided").asInt()).isEqualTo(20);
		assertThat(admin.post(ws() + "/classifications/bulk", approveAll).json().get("decided").asInt()).isEqualTo(20);

		JsonNode weight = admin.get(ws() + "/classification-weights").json().get(0);
		assertThat(weight.get("kind").asString()).isEqualTo("TYPE");
		assertThat(weight.get("subjectId").asString()).isEqualTo("EMAIL_ADDRESS");
		assertThat(weight.get("approvals").asInt()).as("the second batch changed nothing").isEqualTo(20);
		assertThat(weight.get("offset").asDouble()).as("20 steps of 0.02, stopped at the bound").isEqualTo(0.25);
		assertThat(rollUp(source)).contains("TABLE crm.leads CONFIDENTIAL 20");
	}

	@Test
	void aBulkDecisionNamingAnotherWorkspacesLabelsDecidesNoneOfThem() {
		String victimLabel = labels.id("crm.contacts.email/PERSON_NAME");
		String attackerWorkspace = createWorkspace("cls-attacker");
		Api attacker = member(attackerWorkspace, "STEWARD");

		Api.Response bulk = attacker.post("/api/v1/workspaces/" + attackerWorkspace + "/classifications/bulk",
				Map.of("ids", List.of(victimLabel), "action", "REJECT", "reason", "sabotage"));

		assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
		assertThat(bulk.json().get("decided").asInt()).isZero();
		assertThat(bulk.json().get("failed").get(0).get("detail").asString())
				.isEqualTo("No classification with id " + victimLabel + " exists in this workspace.");
		JsonNode label = admin.get(ws() + "/classifications/" + victimLabel).json();
		assertThat(label.get("status").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(label.get("decidedBy").isNull()).isTrue();
		assertThat(admin.get(ws() + "/classification-weights").json().size()).isZero();
	}

	@Test
	void aCatalogEventStoredUnderTheListenersFormerIdIsStillDelivered() {
		// labels whose columns the catalog does not know: following the catalog takes them out of every list
		var event = new CatalogSynchronized(new WorkspaceId(UUID.fromString(workspace)),
				new DataSourceId(UUID.fromString(source)), new SyncSummary(0, 0, 0, 0, 0, 0, 0, 1));
		tx.executeWithoutResult(status -> registry.store(event, Stream.of(PublicationTargetIdentifier
				.of("io.pursight.classification.Classifications.catalogSynchronized(io.pursight.catalog.CatalogSynchronized)"))));

		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> admin
				.get(ws() + "/classifications?sourceId=" + source).json().get("items").isEmpty());
		assertThat(rollUp(source)).isEmpty();
	}

	// --- helpers

	String register(String workspaceId, String name) {
		Api.Response r = admin.post("/api/v1/workspaces/" + workspaceId + "/sources", Map.of("name", name, "engine",
				"POSTGRESQL", "host", "127.0.0.1", "port", 5432, "database", database, "username", "postgres",
				"password", ""));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}

	/** The roll-up of a source as "LEVEL name SENSITIVITY labels" lines. */
	List<String> rollUp(String sourceId) {
		Api.Response r = admin.get(ws() + "/sensitivity?sourceId=" + sourceId + "&size=500");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		r.json().get("items").forEach(row -> rows.add(row.get("level").asString() + " " + row.get("name").asString()
				+ " " + row.get("sensitivity").asString() + " " + row.get("labels").asInt()));
		return rows;
	}

	/** Writes labels as a scan would have; assets get the same id wherever the same name appears. */
	class LabelRows {

		private final UUID workspace;
		private final Map<String, UUID> ids = new HashMap<>();

		LabelRows(String workspace) {
			this.workspace = UUID.fromString(workspace);
		}

		String add(String source, String table, String column, String type, String sensitivity, String status) {
			return insert(source, table, column, type, sensitivity, status, false);
		}

		String addDeleted(String source, String table, String column, String type, String sensitivity, String status) {
			return insert(source, table, column, type, sensitivity, status, true);
		}

		/** The id of the label of a type on {@code [schema.]table.column}. */
		String id(String columnAndType) {
			return ids.get("label:" + columnAndType).toString();
		}

		private String insert(String source, String table, String column, String type, String sensitivity,
				String status, boolean deleted) {
			String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : null;
			String tableName = table.substring(table.indexOf('.') + 1);
			String sourceName = admin.get(ws() + "/sources/" + source).json().get("name").asString();
			UUID id = asset("label:" + table + "." + column + "/" + type);
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			store.sql("""
					INSERT INTO column_classifications (id, workspace_id, source_id, schema_asset_id, table_asset_id,
					    column_asset_id, schema_name, table_name, column_name, qualified_name, type_id, category,
					    sensitivity, confidence, status, origin, column_deleted, created_at, updated_at, version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PII', ?, 0.7, ?, 'AUTO', ?, ?, ?, 0)""")
					.params(id, workspace, UUID.fromString(source), schema == null ? null : asset(source + "/" + schema),
							asset(source + "/" + table), asset(source + "/" + table + "." + column), schema, tableName,
							column, sourceName + ".db." + table + "." + column, type, sensitivity, status, deleted, now,
							now)
					.update();
			return id.toString();
		}

		private UUID asset(String name) {
			return ids.computeIfAbsent(name, n -> UUID.randomUUID());
		}
	}
}
