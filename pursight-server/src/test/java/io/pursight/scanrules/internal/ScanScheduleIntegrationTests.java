package io.pursight.scanrules.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.pursight.common.Timestamps;
import io.pursight.datasource.DataSources;
import io.pursight.scanrules.ScanRuleSets;
import io.pursight.scanrules.ScanScheduleSettings;
import io.pursight.scanrules.ScheduledScanDue;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import io.pursight.testing.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scan schedules over HTTP (definitions, next runs, isolation) and their firing against the real store: once
 * after downtime, never twice for one slot, not for an archived source, and by the recurring check itself.
 */
class ScanScheduleIntegrationTests extends ServerTestSupport {

	static String database;

	@Autowired
	ScheduleRepository repository;
	@Autowired
	DataSources sources;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	ScanScheduleSettings settings;
	@Autowired
	JdbcClient jdbc;

	final List<ScheduledScanDue> published = new CopyOnWriteArrayList<>();
	String workspace;
	String source;

	@BeforeAll
	static void aDatabase() {
		database = Databases.createPostgres("pursight_schedules");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aWorkspaceWithASource() {
		workspace = createWorkspace("schedules");
		source = registerSource(ws(), "nightly");
	}

	@Test
	void aScheduleShowsItsNextRunInItsTimeZone() {
		Api.Response created = admin.post(ws() + "/scan-schedules", definition("30 2 * * *", "Europe/Berlin", true));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.id();
		assertThat(created.header("Location")).isEqualTo(ws() + "/scan-schedules/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		JsonNode schedule = created.json();
		assertThat(schedule.get("sourceId").asString()).isEqualTo(source);
		assertThat(schedule.get("ruleSetId").asString()).isEqualTo(ScanRuleSets.FULL_PII.toString());
		assertThat(schedule.get("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(schedule.get("lastRunAt").isNull()).isTrue();
		ZonedDateTime next = nextRun(schedule).atZone(ZoneId.of("Europe/Berlin"));
		assertThat(next.toInstant()).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
		assertThat(next.getHour() * 60 + next.getMinute()).isIn(2 * 60 + 30, 3 * 60 + 30); // 03:30 on a spring-forward day

		JsonNode list = admin.get(ws() + "/scan-schedules?sourceId=" + source).json();
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("nextRunAt")).isEqualTo(schedule.get("nextRunAt"));
		String otherSource = registerSource(ws(), "other");
		assertThat(admin.get(ws() + "/scan-schedules?sourceId=" + otherSource).json().get("total").asInt()).isZero();

		Api.Response disabled = admin.put(ws() + "/scan-schedules/" + id, definition("@hourly", null, false),
				Map.of("If-Match", "\"0\""));
		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("nextRunAt").isNull()).isTrue();
		assertThat(disabled.json().get("timeZone").asString()).isEqualTo("UTC");
		assertThat(disabled.json().get("version").asLong()).isEqualTo(1);
		Api.Response enabled = admin.put(ws() + "/scan-schedules/" + id, definition("@hourly", null, true),
				Map.of("If-Match", "\"1\""));
		assertThat(nextRun(enabled.json()).atZone(ZoneId.of("UTC")).getMinute()).isZero();
		assertThat(admin.put(ws() + "/scan-schedules/" + id, definition("@daily", null, true), Map.of("If-Match", "\"1\""))
				.status()).as("a stale version").isEqualTo(409);

		assertThat(admin.delete(ws() + "/scan-schedules/" + id).status()).isEqualTo(204);
		assertThat(admin.get(ws() + "/scan-schedules/" + id).status()).isEqualTo(404);
	}

	@Test
	void refusesSchedulesThatCannotRunWithAProblemNamingTheField() {
		assertRefused(definition("* * * * *", "UTC", true), 400, "at most every 5 minutes");
		assertRefused(definition("1 2 3", "UTC", true), 400, "cron");
		assertRefused(definition("@daily", "Mars/Olympus_Mons", true), 400, "timeZone 'Mars/Olympus_Mons'");
		Map<String, Object> noSource = definition("@daily", "UTC", true);
		noSource.remove("sourceId");
		assertRefused(noSource, 400, "sourceId");
		Map<String, Object> unknownRuleSet = definition("@daily", "UTC", true);
		unknownRuleSet.put("ruleSetId", UUID.randomUUID().toString());
		assertRefused(unknownRuleSet, 404, "scan rule set");
		Map<String, Object> foreignSource = definition("@daily", "UTC", true);
		foreignSource.put("sourceId", registerSource("/api/v1/workspaces/" + createWorkspace("schedules-other"), "theirs"));
		assertRefused(foreignSource, 404, "data source");
	}

	@Test
	void aRuleSetCannotBeDeletedWhileAScheduleUsesIt() {
		String ruleSet = admin.post(ws() + "/scan-rule-sets", Map.of("name", "Mine")).id();
		Map<String, Object> definition = definition("@daily", "UTC", true);
		definition.put("ruleSetId", ruleSet);
		String schedule = admin.post(ws() + "/scan-schedules", definition).id();

		Api.Response refused = admin.delete(ws() + "/scan-rule-sets/" + ruleSet);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("used by 1 schedule");
		assertThat(admin.delete(ws() + "/scan-schedules/" + schedule).status()).isEqualTo(204);
		assertThat(admin.delete(ws() + "/scan-rule-sets/" + ruleSet).status()).isEqualTo(204);
	}

	@Test
	void anotherWorkspacesScheduleIsNotFound() {
		String id = admin.post(ws() + "/scan-schedules", definition("@daily", "UTC", true)).id();
		String other = "/api/v1/workspaces/" + createWorkspace("schedules-other");

		assertThat(admin.get(other + "/scan-schedules/" + id).status()).isEqualTo(404);
		assertThat(admin.put(other + "/scan-schedules/" + id, definition("@daily", "UTC", true), Map.of("If-Match", "\"0\""))
				.status()).isEqualTo(404);
		assertThat(admin.delete(other + "/scan-schedules/" + id).status()).isEqualTo(404);
		assertThat(admin.get(other + "/scan-schedules").json().get("total").asInt()).isZero();
		assertThat(admin.get(ws() + "/scan-schedules/" + id).status()).isEqualTo(200);
	}

	@Test
	void afterDowntimeAScheduleFiresOnceNotOncePerMissedSlot() {
		String id = admin.post(ws() + "/scan-schedules", definition("@hourly", "UTC", true)).id();
		Instant slot = nextRun(admin.get(ws() + "/scan-schedules/" + id).json());
		TestClock clock = TestClock.at(slot.plus(Duration.ofHours(5)).plus(Duration.ofMinutes(10)));

		firing(clock).fireDue();
		firing(clock).fireDue();

		List<ScheduledScanDue> fired = published(id);
		assertThat(fired).hasSize(1);
		assertThat(fired.get(0).slot()).isEqualTo(slot);
		assertThat(fired.get(0).workspaceId().toString()).isEqualTo(workspace);
		assertThat(fired.get(0).sourceId().toString()).isEqualTo(source);
		assertThat(fired.get(0).ruleSetId()).isEqualTo(ScanRuleSets.FULL_PII);
		JsonNode schedule = admin.get(ws() + "/scan-schedules/" + id).json();
		assertThat(Instant.parse(schedule.get("lastRunAt").asString())).isEqualTo(clock.instant());
		assertThat(nextRun(schedule)).isEqualTo(slot.plus(Duration.ofHours(6)));
	}

	@Test
	void twoReplicasNeverFireOneSlotTwice() throws Exception {
		String id = admin.post(ws() + "/scan-schedules", definition("@hourly", "UTC", true)).id();
		TestClock clock = TestClock.at(nextRun(admin.get(ws() + "/scan-schedules/" + id).json()).plusSeconds(1));
		// both replicas read the schedule as due before either moves it
		ScheduleRepository.Due due = repository.due(clock.instant(), 1_000).stream()
				.filter(d -> d.schedule().id().toString().equals(id)).findFirst().orElseThrow();
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService replicas = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = List.of(replicas.submit(() -> {
				start.await();
				return firing(clock).fire(due.workspace(), due.schedule(), clock.instant());
			}), replicas.submit(() -> {
				start.await();
				return firing(clock).fire(due.workspace(), due.schedule(), clock.instant());
			}));

			assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			replicas.shutdownNow();
		}
		assertThat(published(id)).hasSize(1);
		assertThat(admin.get(ws() + "/scan-schedules/" + id).json().get("version").asLong()).isEqualTo(1);
	}

	@Test
	void aScheduleOfAnArchivedSourceSkipsItsSlotsAndStays() {
		String id = admin.post(ws() + "/scan-schedules", definition("@hourly", "UTC", true)).id();
		Instant slot = nextRun(admin.get(ws() + "/scan-schedules/" + id).json());
		assertThat(admin.post(ws() + "/sources/" + source + "/archive", null).status()).isEqualTo(200);
		TestClock clock = TestClock.at(slot.plus(Duration.ofMinutes(90)));

		firing(clock).fireDue();

		assertThat(published(id)).isEmpty();
		JsonNode schedule = admin.get(ws() + "/scan-schedules/" + id).json();
		assertThat(schedule.get("enabled").asBoolean()).isTrue();
		assertThat(schedule.get("lastRunAt").isNull()).isTrue();
		assertThat(nextRun(schedule)).isEqualTo(slot.plus(Duration.ofHours(2)));
	}

	@Test
	void theRecurringCheckFiresADueSchedule() {
		String id = admin.post(ws() + "/scan-schedules", definition("@daily", "UTC", true)).id();
		Instant missed = Instant.now().minus(Duration.ofDays(3));
		jdbc.sql("UPDATE scan_schedules SET next_run_at = ? WHERE id = ?")
				.params(Timestamps.utc(missed), UUID.fromString(id)).update();

		JsonNode fired = await().atMost(Duration.ofSeconds(30)).until(
				() -> admin.get(ws() + "/scan-schedules/" + id).json(), s -> !s.get("lastRunAt").isNull());

		assertThat(nextRun(fired)).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(1)));
		assertThat(fired.get("version").asLong()).isEqualTo(1);
	}

	private ScheduleFiring firing(TestClock clock) {
		return new ScheduleFiring(repository, sources, event -> {
			if (event instanceof ScheduledScanDue due) {
				published.add(due);
			}
		}, new TransactionTemplate(transactions), clock, settings);
	}

	private List<ScheduledScanDue> published(String scheduleId) {
		return published.stream().filter(e -> e.scheduleId().toString().equals(scheduleId)).toList();
	}

	private void assertRefused(Map<String, Object> definition, int status, String named) {
		Api.Response refused = admin.post(ws() + "/scan-schedules", definition);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
		assertThat(refused.json().get("detail").asString()).as(refused.toString()).contains(named);
	}

	private Map<String, Object> definition(String cron, String timeZone, boolean enabled) {
		Map<String, Object> definition = new HashMap<>(Map.of("sourceId", source, "ruleSetId",
				ScanRuleSets.FULL_PII.toString(), "cron", cron, "enabled", enabled));
		if (timeZone != null) {
			definition.put("timeZone", timeZone);
		}
		return definition;
	}

	private static Instant nextRun(JsonNode schedule) {
		return Instant.parse(schedule.get("nextRunAt").asString());
	}

	private String registerSource(String workspacePath, String name) {
		Map<String, Object> definition = new HashMap<>(Map.of("name", name, "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response r = admin.post(workspacePath + "/sources", definition);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	private String ws() {
		return "/api/v1/workspaces/" + workspace;
	}
}
