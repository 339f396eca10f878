package io.pursight.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.pursight.catalog.CatalogSynchronized;
import io.pursight.catalog.SyncSummary;
import io.pursight.common.DataSourceId;
import io.pursight.common.WorkspaceId;
import io.pursight.testing.Api;
import io.pursight.testing.Await;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classification end to end through the API against Chinook on the real PostgreSQL server:
 * classify, review, re-scan, learning, custom rules and the sensitivity roll-up; views, opt-in
 * sample storage, and Chinook on MariaDB.
 */
class ClassificationIntegrationTests extends ServerTestSupport {

	static String chinook;
	static String chinookMaria;

	@Autowired
	JdbcClient jdbc;
	@Autowired
	AbstractApplicationContext context;
	@Autowired
	EventPublicationRegistry registry;
	@Autowired
	TransactionTemplate tx;
	/** Every event of the module in this JVM, whichever test caused it: look at {@link #events()}, not here. */
	static final List<Object> EVENTS = new java.util.concurrent.CopyOnWriteArrayList<>();

	/** Collects the module's events as another module would receive them. */
	@TestConfiguration(proxyBeanMethods = false)
	static class EventCollector {
		@EventListener
		void classified(ColumnClassified event) {
			EVENTS.add(event);
		}

		@EventListener
		void removed(ClassificationRemoved event) {
			EVENTS.add(event);
		}
	}

	String workspace;
	String source;

	@BeforeAll
	static void loadChinook() {
		chinook = Databases.createPostgres("pursight_cls_chinook");
		Databases.loadPostgres(chinook, Databases.dataset("chinook/chinook-postgresql.sql"));
		Databases.execute(Databases.postgresUrl(chinook), "postgres", "",
				"CREATE VIEW customer_contacts AS SELECT first_name, email FROM customer");
		chinookMaria = Databases.createMariaDb("pursight_cls_chinook");
		Databases.loadMariaDb(chinookMaria, Databases.dataset("chinook/chinook-mysql.sql"));
	}

	@AfterAll
	static void dropChinook() {
		Databases.dropPostgres(chinook);
		Databases.dropMariaDb(chinookMaria);
	}

	@BeforeEach
	void registeredAndDiscovered() {
		workspace = createWorkspace("cls");
		source = registerPostgres(workspace, "chinook", chinook);
		Api.Response discovered = admin.post(ws() + "/sources/" + source + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
	}

	@Test
	void classifiesChinookAndRollsSensitivityUp() {
		JsonNode report = classify(Map.of());
		assertThat(report.get("tables").asInt()).isEqualTo(12); // 11 tables and the customer_contacts view
		assertThat(events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ColumnClassified.class,
				c -> assertThat(c.qualifiedName()).endsWith(".customer.email")));
		assertThat(report.get("columnsClassified").asInt()).isEqualTo(66);
		assertThat(report.get("applied").asInt()).isPositive();

		JsonNode email = label("customer", "email", "EMAIL_ADDRESS");
		assertThat(email.get("status").asString()).isEqualTo("APPLIED");
		assertThat(email.get("origin").asString()).isEqualTo("AUTO");
		assertThat(email.get("explanation").asString()).isNotBlank();
		assertThat(email.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8);
		assertThat(email.get("evidence").get("sampledValues").asInt()).isPositive();

		List<JsonNode> birthDates = items(admin.get(ws() + "/classifications?type=DATE_OF_BIRTH&sourceId=" + source + "&size=500"));
		assertThat(birthDates).noneMatch(l -> l.get("table").asString().equals("invoice"));

		List<JsonNode> emails = items(admin.get(ws() + "/classified-columns?type=EMAIL_ADDRESS&minSensitivity=CONFIDENTIAL"));
		assertThat(emails).anyMatch(l -> l.get("column").asString().equals("email") && l.get("table").asString().equals("customer"));
		assertThat(items(admin.get(ws() + "/classified-columns?type=EMAIL_ADDRESS&minSensitivity=RESTRICTED")))
				.allMatch(l -> l.get("sensitivity").asString().equals("RESTRICTED"));

		String customerMax = items(admin.get(ws() + "/classified-columns?sourceId=" + source + "&size=500")).stream()
				.filter(l -> l.get("table").asString().equals("customer")).map(l -> l.get("sensitivity").asString())
				.max(java.util.Comparator.comparing(io.pursight.classifier.Sensitivity::valueOf)).orElseThrow();
		JsonNode customer = items(admin.get(ws() + "/sensitivity?sourceId=" + source + "&level=TABLE&size=100")).stream()
				.filter(t -> t.get("name").asString().equals("public.customer")).findFirst().orElseThrow();
		assertThat(customer.get("sensitivity").asString()).isEqualTo(customerMax);
		JsonNode sourceLevel = items(admin.get(ws() + "/sensitivity?sourceId=" + source + "&level=SOURCE")).getFirst();
		assertThat(io.pursight.classifier.Sensitivity.valueOf(sourceLevel.get("sensitivity").asString()))
				.isGreaterThanOrEqualTo(io.pursight.classifier.Sensitivity.valueOf(customerMax));

		JsonNode table = admin.get(ws() + "/assets?sourceId=" + source + "&type=TABLE&name=customer").json().get("items").get(0);
		Api.Response one = admin.post(ws() + "/assets/" + table.get("id").asString() + "/classify?wait=true", Map.of("sampleSize", 20));
		assertThat(one.status()).as(one.toString()).isEqualTo(200);
		assertThat(one.json().get("columnsClassified").asInt()).isEqualTo(13);
		assertThat(admin.post(ws() + "/sources/" + source + "/classify?wait=true", Map.of("sampleSize", 20_000)).status()).isEqualTo(400);
	}

	@Test
	void anotherWorkspacesEventsAreNoEvidenceForThisOne() {
		classify(Map.of());
		assertThat(events()).as("this workspace's classification").isNotEmpty();

		workspace = createWorkspace("cls-quiet"); // classifies nothing
		assertThat(EVENTS).as("the JVM-wide list still holds the other workspace's events").isNotEmpty();
		assertThat(events()).as("an assertion on this workspace's events cannot pass on them").isEmpty();
	}

	@Test
	void stewardsReviewAndTheirDecisionsSurviveRescansAndTrainWeights() {
		// everything email-like goes to review in this workspace
		Api.Response settings = admin.put(ws() + "/classification-settings", Map.of("typeThresholds",
				Map.of("EMAIL_ADDRESS", Map.of("autoApply", 1.0, "review", 0.3)), "sampleSize", 500, "storeSamples", false),
				Map.of("If-Match", "\"0\""));
		assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
		JsonNode report = classify(Map.of());
		assertThat(report.get("pending").asInt()).isPositive();

		List<JsonNode> queue = items(admin.get(ws() + "/classifications?status=PENDING_REVIEW&type=EMAIL_ADDRESS&sourceId=" + source));
		assertThat(queue).extracting(l -> l.get("table").asString()).contains("customer", "employee");
		String customerEmail = label("customer", "email", "EMAIL_ADDRESS").get("id").asString();
		String employeeEmail = label("employee", "email", "EMAIL_ADDRESS").get("id").asString();

		Api analyst = member(workspace, "ANALYST");
		assertThat(analyst.post(ws() + "/classifications/" + customerEmail + "/approve", null).status()).isEqualTo(403);
		assertThat(analyst.get(ws() + "/classifications?status=PENDING_REVIEW").status()).isEqualTo(200);

		Api.Response approved = admin.post(ws() + "/classifications/" + customerEmail + "/approve", null);
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("decidedBy").asString()).isEqualTo(ADMIN);
		assertThat(approved.json().get("decidedAt").isNull()).isFalse();

		assertThat(admin.post(ws() + "/classifications/" + employeeEmail + "/reject", Map.of("reason", " ")).status())
				.isEqualTo(400);
		Api.Response rejected = admin.post(ws() + "/classifications/" + employeeEmail + "/reject",
				Map.of("reason", "staff addresses are business contacts"));
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decisionReason").asString()).isEqualTo("staff addresses are business contacts");
		assertThat(events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ColumnClassified.class,
				c -> assertThat(c.status()).isEqualTo(ClassificationStatus.APPROVED)));

		JsonNode weight = weights().stream().filter(w -> w.get("subjectId").asString().equals("EMAIL_ADDRESS"))
				.findFirst().orElseThrow();
		assertThat(weight.get("offset").asDouble()).isCloseTo(0.02 - 0.05, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(weight.get("approvals").asInt()).isEqualTo(1);
		assertThat(weight.get("rejections").asInt()).isEqualTo(1);

		classify(Map.of());
		assertThat(label("customer", "email", "EMAIL_ADDRESS").get("status").asString()).isEqualTo("APPROVED");
		assertThat(label("employee", "email", "EMAIL_ADDRESS").get("status").asString()).isEqualTo("REJECTED");
		assertThat(items(admin.get(ws() + "/classifications?status=PENDING_REVIEW&type=EMAIL_ADDRESS&sourceId=" + source)))
				.noneMatch(l -> l.get("table").asString().equals("employee") || l.get("table").asString().equals("customer"));

		List<String> pending = items(admin.get(ws() + "/classifications?status=PENDING_REVIEW&size=500")).stream()
				.map(l -> l.get("id").asString()).toList();
		if (!pending.isEmpty()) {
			List<String> ids = new ArrayList<>(pending);
			ids.add(UUID.randomUUID().toString());
			Api.Response bulk = admin.post(ws() + "/classifications/bulk", Map.of("ids", ids, "action", "APPROVE"));
			assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
			assertThat(bulk.json().get("decided").asInt()).isEqualTo(pending.size());
			assertThat(bulk.json().get("failed").size()).isEqualTo(1);
		}
		assertThat(admin.post(ws() + "/classifications/bulk", Map.of("ids", List.of(customerEmail), "action", "REJECT"))
				.status()).isEqualTo(400);

		assertThat(admin.delete(ws() + "/classification-weights").status()).isEqualTo(204);
		assertThat(weights()).isEmpty();
	}

	@Test
	void customRulesAreValidatedTestedAndTakePartInScans() {
		Api.Response bad = admin.post(ws() + "/classification-rules", Map.of("name", "broken", "typeId", "SUPPORT_REP",
				"valuePattern", "([0-9]+"));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.json().get("field").asString()).isEqualTo("valuePattern");
		assertThat(bad.json().get("position").asInt()).isEqualTo(7);
		assertThat(bad.json().get("detail").asString()).contains("index 7");

		Api.Response test = admin.post(ws() + "/classification-rules/test", Map.of("rule",
				Map.of("name", "zip", "typeId", "POSTAL_ZONE", "valuePattern", "[0-9]{5}"), "columnName", "postal_code",
				"values", List.of("12345", "ABCDE", "54321")));
		assertThat(test.status()).as(test.toString()).isEqualTo(200);
		assertThat(test.json().get("values").size()).isEqualTo(3);
		assertThat(test.json().get("values").get(0).get("matched").asBoolean()).isTrue();
		assertThat(test.json().get("values").get(1).get("matched").asBoolean()).isFalse();

		Api.Response created = admin.post(ws() + "/classification-rules", Map.of("name", "Support reps", "typeId",
				"SUPPORT_REP_REF", "columnNamePattern", "support_rep", "category", "BUSINESS", "sensitivity", "INTERNAL",
				"autoApply", 0.3, "review", 0.2));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String rule = created.id();
		assertThat(admin.put(ws() + "/classification-rules/" + rule, Map.of("name", "Support reps", "typeId",
				"SUPPORT_REP_REF", "columnNamePattern", "support_rep"), Map.of()).status()).isEqualTo(428);
		Api.Response renamed = admin.put(ws() + "/classification-rules/" + rule, Map.of("name", "Support rep refs",
				"typeId", "SUPPORT_REP_REF", "columnNamePattern", "support_rep", "category", "BUSINESS", "sensitivity",
				"INTERNAL", "autoApply", 0.3, "review", 0.2), Map.of("If-Match", created.header("ETag")));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(admin.put(ws() + "/classification-rules/" + rule, Map.of("name", "x", "typeId", "SUPPORT_REP_REF",
				"columnNamePattern", "x"), Map.of("If-Match", created.header("ETag"))).status()).isEqualTo(409);

		classify(Map.of());
		JsonNode label = label("customer", "support_rep_id", "SUPPORT_REP_REF");
		assertThat(label.get("ruleId").asString()).isEqualTo(rule);
		assertThat(label.get("status").asString()).isIn("APPLIED", "PENDING_REVIEW");

		assertThat(admin.delete(ws() + "/classification-rules/" + rule).status()).isEqualTo(204);
		assertThat(admin.get(ws() + "/classification-rules/" + rule).status()).isEqualTo(404);
		assertThat(label("customer", "support_rep_id", "SUPPORT_REP_REF").get("status").asString())
				.as("withdrawn with its rule, not at the next scan").isEqualTo("WITHDRAWN");
		assertThat(admin.delete(ws() + "/classification-rules/" + rule).status()).isEqualTo(404);
	}

	@Test
	void classifiesViewsLikeTables() {
		classify(Map.of());
		JsonNode email = label("customer_contacts", "email", "EMAIL_ADDRESS");
		assertThat(email.get("status").asString()).isIn("APPLIED", "PENDING_REVIEW");
		assertThat(email.get("evidence").get("sampledValues").asInt()).isPositive();

		JsonNode view = admin.get(ws() + "/assets?sourceId=" + source + "&type=VIEW&name=customer_contacts").json()
				.get("items").get(0);
		Api.Response one = admin.post(ws() + "/assets/" + view.get("id").asString() + "/classify?wait=true", Map.of());
		assertThat(one.status()).as(one.toString()).isEqualTo(200);
		assertThat(one.json().get("columnsClassified").asInt()).isEqualTo(2);
	}

	@Test
	void samplesAreStoredOnlyWhileTheWorkspaceOptsIn() {
		classify(Map.of());
		assertThat(storedSamples()).isZero();
		String customerEmail = label("customer", "email", "EMAIL_ADDRESS").get("id").asString();
		Api.Response none = admin.get(ws() + "/classifications/" + customerEmail + "/samples");
		assertThat(none.status()).as(none.toString()).isEqualTo(404);
		assertThat(none.json().get("detail").asString())
				.isEqualTo("No samples of classification with id " + customerEmail + " exists in this workspace.");

		Api.Response on = admin.put(ws() + "/classification-settings", Map.of("sampleSize", 500, "storeSamples", true),
				Map.of("If-Match", "\"0\""));
		assertThat(on.status()).as(on.toString()).isEqualTo(200);
		assertThat(on.json().get("storeSamples").asBoolean()).isTrue();
		classify(Map.of());
		assertThat(storedSamples()).isEqualTo(66);
		assertThat(jdbc.sql("SELECT sample_values FROM column_samples WHERE workspace_id = ?")
				.params(UUID.fromString(workspace)).query(String.class).list())
				.allSatisfy(v -> assertThat(json(v).size()).isLessThanOrEqualTo(20));

		Api.Response stored = admin.get(ws() + "/classifications/" + customerEmail + "/samples");
		assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
		JsonNode values = stored.json().get("values");
		assertThat(values.size()).isEqualTo(20);
		java.util.Set<String> distinct = new java.util.HashSet<>();
		values.forEach(v -> distinct.add(v.asString()));
		assertThat(distinct).hasSize(20).allMatch(v -> v.contains("@"));
		assertThat(stored.json().get("capturedAt").isNull()).isFalse();

		assertThat(member(workspace, "ANALYST").get(ws() + "/classifications/" + customerEmail + "/samples").status())
				.isEqualTo(403);
		assertThat(member(workspace, "AUDITOR").get(ws() + "/classifications/" + customerEmail + "/samples").status())
				.isEqualTo(403);
		assertThat(member(workspace, "STEWARD").get(ws() + "/classifications/" + customerEmail + "/samples").status())
				.isEqualTo(200);

		// a re-scan replaces, never adds
		classify(Map.of("sampleSize", 5));
		assertThat(storedSamples()).isEqualTo(66);
		assertThat(admin.get(ws() + "/classifications/" + customerEmail + "/samples").json().get("values").size())
				.isEqualTo(5);

		Api.Response off = admin.put(ws() + "/classification-settings", Map.of("sampleSize", 500, "storeSamples", false),
				Map.of("If-Match", on.header("ETag")));
		assertThat(off.status()).as(off.toString()).isEqualTo(200);
		assertThat(storedSamples()).isZero();
		assertThat(admin.get(ws() + "/classifications/" + customerEmail + "/samples").status()).isEqualTo(404);
		classify(Map.of());
		assertThat(storedSamples()).isZero();
	}

	@Test
	void classifiesChinookOnMariaDb() {
		Api.Response r = admin.post(ws() + "/sources", Map.of("name", "chinook-maria", "engine", "MARIADB", "host",
				"127.0.0.1", "port", 3306, "database", chinookMaria, "username", "root", "password", ""));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		String maria = r.id();
		Api.Response discovered = admin.post(ws() + "/sources/" + maria + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		Api.Response classified = admin.post(ws() + "/sources/" + maria + "/classify?wait=true", Map.of());
		assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
		assertThat(classified.json().get("tables").asInt()).isEqualTo(11);

		List<JsonNode> all = items(admin.get(ws() + "/classifications?sourceId=" + maria + "&size=500"));
		assertThat(all).anySatisfy(l -> {
			assertThat(l.get("table").asString()).isEqualTo("Customer");
			assertThat(l.get("column").asString()).isEqualTo("Email");
			assertThat(l.get("typeId").asString()).isEqualTo("EMAIL_ADDRESS");
			assertThat(l.get("status").asString()).isEqualTo("APPLIED");
		});
		assertThat(all).anySatisfy(l -> {
			assertThat(l.get("table").asString()).isEqualTo("Employee");
			assertThat(l.get("column").asString()).isEqualTo("BirthDate");
			assertThat(l.get("typeId").asString()).isEqualTo("DATE_OF_BIRTH");
			assertThat(l.get("status").asString()).isEqualTo("APPLIED");
		});
		assertThat(all).noneMatch(l -> l.get("table").asString().equals("Invoice")
				&& l.get("typeId").asString().equals("DATE_OF_BIRTH"));
	}

	@Test
	void labelsOfADroppedColumnStopCountingAndReturnWithIt() {
		String db = Databases.createPostgres("pursight_cls_drop");
		try {
			String url = Databases.postgresUrl(db);
			StringBuilder rows = new StringBuilder();
			for (int i = 0; i < 40; i++) {
				rows.append(i == 0 ? "" : ", ").append("(").append(i).append(", 'person").append(i).append("@example.org')");
			}
			Databases.execute(url, "postgres", "", "CREATE TABLE contacts (id INT PRIMARY KEY, email VARCHAR(100))",
					"INSERT INTO contacts VALUES " + rows);
			Api.Response r = admin.post(ws() + "/sources", Map.of("name", "contacts", "engine", "POSTGRESQL", "host",
					"127.0.0.1", "port", 5432, "database", db, "username", "postgres", "password", ""));
			String contacts = r.id();
			admin.post(ws() + "/sources/" + contacts + "/discover?wait=true", null);
			assertThat(admin.post(ws() + "/sources/" + contacts + "/classify?wait=true", Map.of()).status()).isEqualTo(200);
			String emails = ws() + "/classifications?sourceId=" + contacts + "&type=EMAIL_ADDRESS";
			assertThat(items(admin.get(emails))).hasSize(1);
			String sourceLevel = ws() + "/sensitivity?sourceId=" + contacts + "&level=SOURCE";
			assertThat(items(admin.get(sourceLevel))).hasSize(1);

			Databases.execute(url, "postgres", "", "ALTER TABLE contacts DROP COLUMN email");
			admin.post(ws() + "/sources/" + contacts + "/discover?wait=true", null);
			awaitUntil(() -> items(admin.get(emails)).isEmpty());
			awaitUntil(() -> events().stream().anyMatch(e -> e instanceof ClassificationRemoved removed
					&& removed.sourceId().toString().equals(contacts) && removed.typeId().equals("EMAIL_ADDRESS")));
			assertThat(items(admin.get(sourceLevel))).as("nothing sensitive is left").isEmpty();
			assertThat(items(admin.get(ws() + "/classified-columns?sourceId=" + contacts))).isEmpty();

			Databases.execute(url, "postgres", "", "ALTER TABLE contacts ADD COLUMN email VARCHAR(100)");
			admin.post(ws() + "/sources/" + contacts + "/discover?wait=true", null);
			awaitUntil(() -> items(admin.get(emails)).size() == 1);
			awaitUntil(() -> events().stream().anyMatch(e -> e instanceof ColumnClassified back
					&& back.sourceId().toString().equals(contacts) && back.typeId().equals("EMAIL_ADDRESS")
					&& back.status() == ClassificationStatus.APPLIED));
			assertThat(items(admin.get(sourceLevel))).as("the label is back before any re-scan").hasSize(1);
			awaitUntil(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
		}
		finally {
			Databases.dropPostgres(db);
		}
	}

	@Test
	void anEventWhoseDeliveryFailedIsDeliveredAgain() {
		classify(Map.of());
		JsonNode email = label("customer", "email", "EMAIL_ADDRESS");
		String emails = ws() + "/classifications?sourceId=" + source + "&type=EMAIL_ADDRESS&size=500";
		int visible = items(admin.get(emails)).size();
		// the label out of step with the catalog and the event still waiting, as after a failed delivery
		jdbc.sql("UPDATE column_classifications SET column_deleted = TRUE WHERE id = ?")
				.param(UUID.fromString(email.get("id").asString())).update();
		assertThat(items(admin.get(emails))).hasSize(visible - 1);
		var event = new CatalogSynchronized(new WorkspaceId(UUID.fromString(workspace)),
				new DataSourceId(UUID.fromString(source)), new SyncSummary(1, 11, 1, 66, 0, 1, 0, 78));
		tx.executeWithoutResult(status -> registry.store(event,
				Stream.of(PublicationTargetIdentifier.of(listenerId("catalogSynchronized")))));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single()).isEqualTo(1);

		awaitUntil(() -> items(admin.get(emails)).size() == visible);
		awaitUntil(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
	}

	// --- helpers

	/** The id under which the event publication registry knows a listener method. */
	String listenerId(String method) {
		return context.getApplicationListeners().stream()
				.filter(ApplicationListenerMethodAdapter.class::isInstance)
				.map(l -> ((ApplicationListenerMethodAdapter) l).getListenerId())
				.filter(id -> id.contains("." + method + "(")).findFirst().orElseThrow();
	}

	/** The module's events about this test's workspace: those of other tests, earlier or at the same time, are not evidence. */
	List<Object> events() {
		WorkspaceId mine = new WorkspaceId(UUID.fromString(workspace));
		return EVENTS.stream().filter(e -> switch (e) {
			case ColumnClassified classified -> classified.workspaceId().equals(mine);
			case ClassificationRemoved removed -> removed.workspaceId().equals(mine);
			default -> false;
		}).toList();
	}

	/** Labels follow the catalog after the discovery commits, asynchronously. */
	static void awaitUntil(java.util.concurrent.Callable<Boolean> condition) {
		Await.until("labels to follow the catalog", condition);
	}

	long storedSamples() {
		return jdbc.sql("SELECT COUNT(*) FROM column_samples WHERE workspace_id = ?")
				.params(UUID.fromString(workspace)).query(Long.class).single();
	}

	static JsonNode json(String text) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}

	JsonNode classify(Map<String, Object> body) {
		Api.Response r = admin.post(ws() + "/sources/" + source + "/classify?wait=true", body);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	JsonNode label(String table, String column, String type) {
		return items(admin.get(ws() + "/classifications?type=" + type + "&sourceId=" + source + "&size=500")).stream()
				.filter(l -> l.get("table").asString().equals(table) && l.get("column").asString().equals(column))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type + " label on " + table + "." + column));
	}

	List<JsonNode> weights() {
		Api.Response r = admin.get(ws() + "/classification-weights");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		r.json().forEach(list::add);
		return list;
	}

	static List<JsonNode> items(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<JsonNode> list = new ArrayList<>();
		r.json().get("items").forEach(list::add);
		return list;
	}
}
