package io.pursight.classification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.pursight.common.ProblemKind;
import io.pursight.platform.web.CpuHeavyBulkhead;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Custom rules under attack: a pattern that backtracks catastrophically, sent to the rule tester
 * by the lowest role and by a steward, many times at once, and saved into a rule that a
 * classification run then evaluates; and a rule that passes itself off as a built-in type.
 */
class ClassificationRulesIntegrationTests extends ServerTestSupport {

	/** Backtracks exponentially on any value that does not end in b or c. */
	private static final String CATASTROPHIC = "(.*){1,32000}[bc]";

	static String database;

	@Autowired
	CpuHeavyBulkhead bulkhead;

	String workspace;
	Api steward;

	@BeforeAll
	static void notesDatabase() {
		database = Databases.createPostgres("pursight_cls_rules");
		// 150 values the pattern matches at once, then 50 it cannot match without backtracking for ages
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE notes (id INT PRIMARY KEY, body TEXT NOT NULL)",
				"INSERT INTO notes SELECT g, repeat('a', 60) || g || 'b' FROM generate_series(1, 150) g",
				"INSERT INTO notes SELECT g, repeat('a', 60) || g || '!' FROM generate_series(151, 200) g");
	}

	@AfterAll
	static void dropNotes() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void workspaceWithASteward() {
		workspace = createWorkspace("cls-rules");
		steward = member(workspace, "STEWARD");
	}

	@Test
	void anAnalystMayNotRunTheRuleTester() {
		Api analyst = member(workspace, "ANALYST");

		Api.Response r = analyst.post(rules() + "/test", hostileTest(distinctHostileValues(1000)));

		assertThat(r.status()).as(r.toString()).isEqualTo(403);
		assertThat(r.json().get("type").asString()).isEqualTo(ProblemKind.FORBIDDEN.type());
		assertThat(r.json().get("detail").asString()).contains("CLASSIFICATION_MANAGE");
	}

	@Test
	void aStewardsCatastrophicPatternStopsAtTheTestsBudgetAndSaysWhatToSimplify() {
		CompletableFuture<Api.Response> test = CompletableFuture
				.supplyAsync(() -> steward.post(rules() + "/test", hostileTest(distinctHostileValues(1000))));

		await().atMost(Duration.ofSeconds(60)).until(test::isDone);
		Api.Response r = test.join();

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		JsonNode report = r.json();
		assertThat(report.get("stoppedAtBudget").asBoolean()).as(r.toString()).isTrue();
		assertThat(report.get("untestedValues").asInt()).isPositive();
		assertThat(report.get("values").size() + report.get("untestedValues").asInt()).isEqualTo(1000);
		assertThat(report.get("advice").asString()).contains("Stopped after the test's budget", "simplify");
	}

	@Test
	void theSameHostileValueAThousandTimesIsEvaluatedOnce() {
		Api.Response r = steward.post(rules() + "/test",
				hostileTest(Collections.nCopies(1000, "a".repeat(500) + "!")));

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		JsonNode report = r.json();
		assertThat(report.get("stoppedAtBudget").asBoolean()).isFalse();
		assertThat(report.get("values").size()).isEqualTo(1000);
		assertThat(report.get("values").findValues("timedOut")).allSatisfy(t -> assertThat(t.asBoolean()).isTrue());
		assertThat(report.get("advice").asString()).contains("per-value budget", "simplify");
	}

	@Test
	void heavyRequestsBeyondTheBulkheadAreRefusedWhileOtherRequestsAreServed() {
		Api analyst = member(workspace, "ANALYST");
		Api otherSteward = member(workspace, "STEWARD");
		List<CpuHeavyBulkhead.Permit> inFlight = new ArrayList<>();
		try {
			// every permit taken, as by as many heavy requests running
			for (int i = 0; i < bulkhead.concurrency(); i++) {
				inFlight.add(bulkhead.enter());
			}
			for (Api attacker : List.of(steward, otherSteward)) {
				Api.Response refused = attacker.post(rules() + "/test", hostileTest(distinctHostileValues(1000)));
				assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
				assertThat(refused.json().get("type").asString()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS.type());
				assertThat(refused.header("Retry-After")).isEqualTo("2");
				assertThat(refused.json().get("detail").asString()).contains("busy", "Retry");
			}
			Api.Response create = steward.post(rules(), Map.of("name", "r", "typeId", "EMP_NO", "valuePattern", "E\\d+"));
			assertThat(create.status()).as("compiling a rule is heavy too: " + create).isEqualTo(429);

			Api.Response sources = analyst.get("/api/v1/workspaces/" + workspace + "/sources");
			assertThat(sources.status()).as(sources.toString()).isEqualTo(200);
		}
		finally {
			inFlight.forEach(CpuHeavyBulkhead.Permit::close);
		}
		Api.Response after = steward.post(rules() + "/test", hostileTest(List.of("abc")));
		assertThat(after.status()).as(after.toString()).isEqualTo(200);
	}

	@Test
	void manyConcurrentHeavyRequestsAreServedOrRefusedWhileAnotherUserIsServed() throws Exception {
		Api analyst = member(workspace, "ANALYST");
		int attackers = bulkhead.concurrency() + 6;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Api.Response>> heavy = new ArrayList<>();
			for (int i = 0; i < attackers; i++) {
				heavy.add(pool.submit(() -> steward.post(rules() + "/test", hostileTest(distinctHostileValues(1000)))));
			}
			Api.Response sources = analyst.get("/api/v1/workspaces/" + workspace + "/sources");
			assertThat(sources.status()).as(sources.toString()).isEqualTo(200);

			for (Future<Api.Response> f : heavy) {
				Api.Response r = f.get();
				assertThat(r.status()).as(r.toString()).isIn(200, 429);
				if (r.status() == 200) {
					assertThat(r.json().get("stoppedAtBudget").asBoolean()).as(r.toString()).isTrue();
				}
				else {
					assertThat(r.header("Retry-After")).isEqualTo("2");
				}
			}
		}
	}

	@Test
	void aCatastrophicRuleIsGivenUpOnAColumnDuringAClassificationRun() {
		Api.Response created = steward.post(rules(), Map.of("name", "Notes", "typeId", "NOTE_TEXT", "valuePattern",
				CATASTROPHIC, "columnNamePattern", "body", "minMatchRatio", 0.5));
		assertThat(created.status()).as("the pattern compiles; its cost is bounded where it runs: " + created)
				.isEqualTo(201);
		String source = registeredNotesSource();

		Api.Response classified = steward.post(ws() + "/sources/" + source + "/classify?wait=true", Map.of());

		assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
		Api.Response labels = steward.get(ws() + "/classifications?type=NOTE_TEXT&sourceId=" + source);
		assertThat(labels.status()).as(labels.toString()).isEqualTo(200);
		JsonNode label = labels.json().get("items").get(0);
		assertThat(label.get("column").asString()).isEqualTo("body");
		assertThat(label.get("evidence").get("timedOutValues").asInt()).isEqualTo(50);
		assertThat(label.get("explanation").asString()).contains("not run on the column's last 34 values after 16 time-outs");
	}

	@Test
	void aCustomRuleMayNotTakeTheIdOfABuiltInType() {
		for (String typeId : new String[] { "EMAIL_ADDRESS", "email_address", "Credit_Card_Number" }) {
			Api.Response created = steward.post(rules(), Map.of("name", "Mine", "typeId", typeId, "valuePattern", ".+@.+"));
			assertThat(created.status()).as(created.toString()).isEqualTo(400);
			assertThat(created.json().get("field").asString()).isEqualTo("typeId");
			assertThat(created.json().get("detail").asString()).contains("'" + typeId + "'", "built-in", "CUSTOM_");

			Api.Response tested = steward.post(rules() + "/test", Map.of("rule",
					Map.of("name", "Mine", "typeId", typeId, "valuePattern", ".+@.+"), "values", List.of("a@b")));
			assertThat(tested.status()).as(tested.toString()).isEqualTo(400);
		}
		Api.Response own = steward.post(rules(), Map.of("name", "Mine", "typeId", "CUSTOM_EMAIL", "valuePattern", ".+@.+"));
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		Api.Response renamed = steward.put(rules() + "/" + own.id(), Map.of("name", "Mine", "typeId", "Email_Address",
				"valuePattern", ".+@.+"), Map.of("If-Match", own.header("ETag")));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(400);
		assertThat(renamed.json().get("detail").asString()).contains("EMAIL_ADDRESS", "built-in");

		JsonNode stored = steward.get(rules()).json();
		assertThat(stored.get("total").asInt()).isEqualTo(1);
		assertThat(stored.get("items").get(0).get("definition").get("typeId").asString()).isEqualTo("CUSTOM_EMAIL");
	}

	private String registeredNotesSource() {
		Map<String, Object> definition = new HashMap<>(Map.of("name", "notes", "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = steward.post(ws() + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		Api.Response discovered = steward.post(ws() + "/sources/" + r.id() + "/discover?wait=true", null);
		assertThat(discovered.status()).as(discovered.toString()).isEqualTo(200);
		return r.id();
	}

	private static Map<String, Object> hostileTest(List<String> values) {
		return Map.of("rule", Map.of("name", "evil", "typeId", "EVIL", "valuePattern", CATASTROPHIC), "columnName",
				"notes", "values", values);
	}

	/** Values the pattern backtracks on, each different so that none is answered from an earlier one. */
	private static List<String> distinctHostileValues(int count) {
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add("a".repeat(500) + i + "!");
		}
		return values;
	}

	private String ws() {
		return "/api/v1/workspaces/" + workspace;
	}

	private String rules() {
		return ws() + "/classification-rules";
	}
}
