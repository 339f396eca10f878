package io.pursight.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.pursight.testing.Api;
import io.pursight.testing.Api.Response;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Workspaces over HTTP: lifecycle, optimistic concurrency, read-only archives and tenant isolation. */
class WorkspaceIntegrationTests extends ServerTestSupport {

	private static final String WORKSPACES = "/api/v1/workspaces";

	@Test
	void createsAWorkspaceWithLocationAndETag() {
		String slug = slug("create");

		Response created = admin.post(WORKSPACES, Map.of("slug", slug, "name", "  Finance  ", "description", "Money"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode body = created.json();
		assertThat(created.header("Location")).endsWith(WORKSPACES + "/" + created.id());
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(body.get("slug").asString()).isEqualTo(slug);
		assertThat(body.get("name").asString()).isEqualTo("Finance");
		assertThat(body.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(body.get("version").asLong()).isZero();
		Response read = admin.get(WORKSPACES + "/" + created.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
	}

	@Test
	void rejectsADuplicateSlug() {
		String slug = slug("dup");
		assertThat(admin.post(WORKSPACES, Map.of("slug", slug, "name", "First")).status()).isEqualTo(201);

		Response duplicate = admin.post(WORKSPACES, Map.of("slug", slug, "name", "Second"));

		assertProblem(duplicate, 409, "conflict");
	}

	@Test
	void rejectsInvalidSlugs() {
		for (String slug : List.of("Finance", "with space", "../x", "-leading", "trailing-", "a".repeat(65), "")) {
			Response r = admin.post(WORKSPACES, Map.of("slug", slug, "name", "Invalid"));
			assertThat(r.status()).as("slug '%s': %s", slug, r).isEqualTo(400);
			assertThat(r.json().get("type").asString()).isEqualTo("urn:pursight:problem:invalid-request");
		}
		assertThat(admin.post(WORKSPACES, Map.of("slug", "a".repeat(64), "name", "Longest")).status())
				.isIn(201, 409);
	}

	@Test
	void listsOnlyTheCallersWorkspacesAndEveryWorkspaceForThePlatformAdmin() {
		String a = createWorkspace("list-a");
		String b = createWorkspace("list-b");
		Api memberOfA = member(a, "ANALYST");
		Api memberOfB = member(b, "ADMIN");

		Response listedByA = memberOfA.get(WORKSPACES);
		Response listedByB = memberOfB.get(WORKSPACES);

		assertThat(ids(listedByA.json().get("items"))).containsExactly(a);
		assertThat(listedByA.json().get("total").asLong()).isEqualTo(1);
		assertThat(ids(listedByB.json().get("items"))).containsExactly(b);
		assertThat(listedByB.body()).doesNotContain(a);
		assertThat(allWorkspaceIds(admin)).contains(a, b);
	}

	@Test
	void renameNeedsTheCurrentVersionInIfMatch() {
		String ws = createWorkspace("rename");
		String path = WORKSPACES + "/" + ws;
		String etag = admin.get(path).header("ETag");
		Map<String, String> rename = Map.of("name", "Renamed");

		assertProblem(admin.patch(path, rename, Map.of()), 428, "precondition-required");

		Response renamed = admin.patch(path, rename, Map.of("If-Match", etag));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(renamed.json().get("name").asString()).isEqualTo("Renamed");
		assertThat(renamed.json().get("version").asLong()).isEqualTo(1);
		assertThat(renamed.header("ETag")).isEqualTo("\"1\"");

		Response stale = admin.patch(path, Map.of("name", "Lost update"), Map.of("If-Match", etag));
		assertProblem(stale, 409, "version-conflict");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(admin.get(path).json().get("name").asString()).isEqualTo("Renamed");
	}

	@Test
	void archivedWorkspaceIsReadOnlyUntilRestored() {
		String ws = createWorkspace("archive");
		String path = WORKSPACES + "/" + ws;
		Api steward = member(ws, "STEWARD");
		String sourceId = steward.post(path + "/sources", source("before-archive")).id();

		Response archived = admin.post(path + "/archive", null);
		assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
		assertThat(archived.json().get("state").asString()).isEqualTo("ARCHIVED");
		assertThat(archived.json().get("archivedAt").isNull()).isFalse();

		assertProblem(steward.post(path + "/sources", source("during-archive")), 409, "conflict");
		String etag = admin.get(path).header("ETag");
		assertProblem(admin.patch(path, Map.of("name", "Renamed"), Map.of("If-Match", etag)), 409, "conflict");
		assertProblem(admin.post(path + "/archive", null), 409, "conflict");
		assertThat(admin.get(path).json().get("state").asString()).isEqualTo("ARCHIVED");
		assertThat(steward.get(path + "/sources").status()).isEqualTo(200);
		assertThat(steward.get(path + "/sources/" + sourceId).status()).isEqualTo(200);

		Response restored = admin.post(path + "/restore", null);
		assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
		assertThat(restored.json().get("state").asString()).isEqualTo("ACTIVE");
		assertThat(restored.json().get("archivedAt").isNull()).isTrue();
		assertThat(steward.post(path + "/sources", source("after-restore")).status()).isEqualTo(201);
		assertProblem(admin.post(path + "/restore", null), 409, "conflict");
	}

	@Test
	void restoringADataSourceIsAWriteRefusedInAnArchivedWorkspace() {
		String ws = createWorkspace("archive-src");
		String path = WORKSPACES + "/" + ws;
		String sourceId = admin.post(path + "/sources", source("archived-source")).id();
		assertThat(admin.post(path + "/sources/" + sourceId + "/archive", null).status()).isEqualTo(200);
		assertThat(admin.post(path + "/archive", null).status()).isEqualTo(200);

		Response restoreSource = admin.post(path + "/sources/" + sourceId + "/restore", null);

		assertProblem(restoreSource, 409, "conflict");
		assertThat(admin.get(path + "/sources/" + sourceId).json().get("state").asString()).isEqualTo("ARCHIVED");
	}

	@Test
	void outsidersGetNotFoundAndLearnNothingOfAnotherWorkspace() {
		String a = createWorkspace("iso-a");
		String b = createWorkspace("iso-b");
		JsonNode workspaceA = admin.get(WORKSPACES + "/" + a).json();
		String sourceName = Databases.randomName("secret_source");
		Response registered = admin.post(WORKSPACES + "/" + a + "/sources", source(sourceName));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String sourceOfA = registered.id();
		Api memberOfA = member(a, "STEWARD");
		Api adminOfB = member(b, "ADMIN");
		List<String> secretsOfA = List.of(a, workspaceA.get("slug").asString(), workspaceA.get("name").asString(),
				sourceOfA, sourceName, userName(memberOfA));

		String inA = WORKSPACES + "/" + a;
		for (String path : List.of(inA, inA + "/sources", inA + "/sources/" + sourceOfA, inA + "/members",
				inA + "/audit-events", inA + "/assets", inA + "/sources/" + sourceOfA + "/health-checks",
				WORKSPACES + "/" + b + "/sources/" + sourceOfA)) {
			Response r = adminOfB.get(path);
			assertProblem(r, 404, "not-found");
			assertThat(r.body()).as(path).doesNotContain(notIn(path, secretsOfA));
		}
		for (Response r : List.of(adminOfB.post(inA + "/sources", source("intruder")),
				adminOfB.post(inA + "/archive", null),
				adminOfB.patch(inA, Map.of("name", "Taken over"), Map.of("If-Match", "\"0\"")),
				adminOfB.put(inA + "/members/" + userId(adminOfB), Map.of("role", "ADMIN"), Map.of()))) {
			assertProblem(r, 404, "not-found");
			assertThat(r.body()).doesNotContain(notIn(inA + "/members/", secretsOfA));
		}
		for (Response r : List.of(adminOfB.get(WORKSPACES), adminOfB.get(WORKSPACES + "/" + b + "/sources"),
				adminOfB.get(WORKSPACES + "/" + b + "/members"), adminOfB.get(WORKSPACES + "/" + b + "/audit-events"),
				adminOfB.get(WORKSPACES + "/" + b + "/assets"))) {
			assertThat(r.status()).as(r.toString()).isEqualTo(200);
			assertThat(r.body()).doesNotContain(secretsOfA);
		}

		assertProblem(memberOfA.get(inA + "/audit-events"), 403, "forbidden");
		assertProblem(memberOfA.post(inA + "/archive", null), 403, "forbidden");
		assertThat(memberOfA.get(inA + "/sources/" + sourceOfA).status()).isEqualTo(200);
	}

	@Test
	void anotherWorkspaceLooksExactlyLikeOneThatDoesNotExist() {
		String a = createWorkspace("ghost-a");
		Api outsider = member(createWorkspace("ghost-b"), "ADMIN");
		String missing = java.util.UUID.randomUUID().toString();

		JsonNode existing = outsider.get(WORKSPACES + "/" + a + "/sources").json();
		JsonNode nonexistent = outsider.get(WORKSPACES + "/" + missing + "/sources").json();

		assertThat(existing.toString().replace(a, "ID")).isEqualTo(nonexistent.toString().replace(missing, "ID"));
	}

	private static String slug(String prefix) {
		return Databases.randomName(prefix).replace('_', '-');
	}

	private static Map<String, Object> source(String name) {
		return Map.of("name", name, "engine", "POSTGRESQL", "host", "127.0.0.1", "port", 5432, "database", "postgres",
				"username", "postgres", "password", "");
	}

	private static void assertProblem(Response r, int status, String slug) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("type").asString()).isEqualTo("urn:pursight:problem:" + slug);
	}

	/** The secrets a response to {@code path} must not show: all of them but those the caller sent in the path. */
	private static String[] notIn(String path, List<String> secrets) {
		return secrets.stream().filter(s -> !path.contains(s)).toArray(String[]::new);
	}

	private static String userName(Api api) {
		return api.get("/api/v1/users/me").json().get("username").asString();
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static List<String> allWorkspaceIds(Api api) {
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode body = api.get(WORKSPACES + "?size=500&page=" + page).json();
			ids.addAll(ids(body.get("items")));
			if (body.get("items").isEmpty() || ids.size() >= body.get("total").asLong()) {
				return ids;
			}
		}
	}
}
