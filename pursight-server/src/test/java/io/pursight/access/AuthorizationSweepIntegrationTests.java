package io.pursight.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import io.pursight.access.ExpectedAccess.Access;
import io.pursight.access.ExpectedAccess.Caller;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The authorization sweep: every operation of the OpenAPI document, called as every kind of
 * {@link Caller} (anonymous, a member of another workspace, each workspace role, a platform
 * administrator who is not a member), must be let through or refused exactly as written down in
 * {@link ExpectedAccess#OPERATIONS} — a table written by hand, never derived from the controllers'
 * {@code @Requires}, so that a wrong or missing annotation fails here.
 *
 * <p>A refused caller gets 401 when anonymous; on a workspace path, a non-member gets the 404 of
 * {@code Problem.notFound(WorkspaceId)} (the workspace is not revealed), a member whose role lacks
 * the right gets 403; on a platform path, 403. Refused calls carry the real ids of a victim
 * workspace's source, table, label, rule and member, so a hole would act on real data, and no
 * refused answer may contain any of the victim's ids, names or secrets.
 *
 * <p>An allowed caller must get past authorization: anything but 401, 403, the workspace 404 or a
 * 5xx. Its calls go to a sandbox workspace with random sub-resource ids and an empty {@code {}}
 * body: the permission is checked before the body is read, so they fail harmlessly (400, or the
 * 404 of the sub-resource) and destroy nothing; archiving the sandbox is undone at once.
 *
 * <p>Being let into one's own workspace must not open another's objects either: the outsider, ADMIN
 * of its own workspace, names the victim's objects by id in its own workspace's paths and filters.
 *
 * <p><b>A new endpoint</b> fails {@link #everyDocumentedOperationHasAWrittenExpectation} until it gets
 * one line in {@link ExpectedAccess#OPERATIONS}, keyed exactly as in {@code /v3/api-docs}, for example
 * {@code entry("DELETE /api/v1/users/{userId}", platformAdmins()),} or
 * {@code entry("GET " + WS + "/scans", roles(ADMIN, STEWARD, ANALYST, AUDITOR)),}; a line whose operation is gone fails
 * {@link #everyWrittenExpectationNamesADocumentedOperation}. A path variable the victim has no real
 * object for gets a random id: for a new kind of resource, add one to the victim's fixtures and
 * to {@code victimIds}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationSweepIntegrationTests extends ServerTestSupport {

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
	private static final String ARCHIVE_WORKSPACE = "POST /api/v1/workspaces/{workspaceId}/archive";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private String victimDatabase;
	/** Real ids of the victim's objects, by the path variable that names them. */
	private Map<String, String> victimIds;
	/** What of the victim no refused answer may contain, by what it is. */
	private Map<String, String> victimSecrets;
	private String sandbox;
	private String outsidersWorkspace;
	private Map<Caller, Api> callers;
	private List<Call> sweep;
	private List<Call> probe;

	@BeforeEach
	void createFixturesOnce() {
		if (callers == null) {
			createVictim();
			createCallers();
		}
	}

	@AfterAll
	void dropVictimDatabase() {
		if (victimDatabase != null) {
			Databases.dropPostgres(victimDatabase);
		}
	}

	@Test
	void everyDocumentedOperationHasAWrittenExpectation() {
		Set<String> unwritten = new TreeSet<>(documentedOperationKeys());
		unwritten.removeAll(ExpectedAccess.OPERATIONS.keySet());
		assertThat(unwritten).as("operations without a line in ExpectedAccess.OPERATIONS (write who may call them)")
				.isEmpty();
	}

	@Test
	void everyWrittenExpectationNamesADocumentedOperation() {
		Set<String> stale = new TreeSet<>(ExpectedAccess.OPERATIONS.keySet());
		stale.removeAll(documentedOperationKeys());
		assertThat(stale).as("lines of ExpectedAccess.OPERATIONS naming no documented operation (remove or rename them)")
				.isEmpty();
	}

	/** The sweep covers what the server serves: no handler hidden from the document, none without a declared permission. */
	@Test
	void everyApiHandlerIsDocumentedAndDeclaresItsPermission() {
		Set<String> documented = documentedOperationKeys();
		List<String> undocumented = new ArrayList<>();
		List<String> undeclared = new ArrayList<>();
		List<String> outsideTheApi = new ArrayList<>();
		handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("io.pursight")) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					outsideTheApi.add(pattern);
					continue;
				}
				if (!declaresAccess(method)) {
					undeclared.add(info + " -> " + method.getShortLogMessage());
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					undocumented.add("any method " + pattern + " -> " + method.getShortLogMessage());
				}
				info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + pattern)
						.filter(key -> !documented.contains(key)).forEach(undocumented::add);
			}
		});
		assertThat(undocumented).as("handlers missing from /v3/api-docs, so from the sweep").isEmpty();
		assertThat(undeclared).as("handlers with neither @Requires nor @PublicEndpoint").isEmpty();
		assertThat(outsideTheApi).as("only the error page lives outside /api, where permissions are checked")
				.containsExactly("/error");
	}

	@Test
	void everyCallerIsLetThroughOrRefusedExactlyAsWrittenDown() {
		List<Call> calls = sweep();
		List<String> mismatches = calls.stream().map(AuthorizationSweepIntegrationTests::mismatch)
				.flatMap(Optional::stream).toList();
		if (!mismatches.isEmpty()) {
			fail(mismatches.size() + " of " + calls.size() + " calls did not get the access written in ExpectedAccess:\n"
					+ String.join("\n", mismatches));
		}
		assertThat(calls.stream().map(Call::operation).distinct().count()).as("operations swept").isGreaterThan(40);
	}

	@Test
	void noRefusedAnswerCarriesTheVictimsData() {
		List<String> leaks = new ArrayList<>();
		for (Call call : sweep()) {
			// outsiders and anonymous callers are never entitled to the victim's data, even where let through
			boolean entitled = call.allowed() && call.caller() != Caller.ANONYMOUS && call.caller() != Caller.OUTSIDER;
			if (!entitled) {
				leaks.addAll(leaks(call));
			}
		}
		if (!leaks.isEmpty()) {
			fail(leaks.size() + " answers leak the victim's data:\n" + String.join("\n", leaks));
		}
	}

	@Test
	void noWorkspaceReachesAnotherWorkspacesObjectsThroughItsOwnPaths() {
		List<String> breaches = new ArrayList<>();
		for (Call call : crossWorkspaceProbe()) {
			int status = call.response().status();
			if (status >= 500 || call.operation().namesAWorkspaceObject() && status / 100 == 2) {
				breaches.add(call.describe() + " in its own workspace, naming the victim's objects: " + call.path()
						+ " -> " + brief(call.response()));
			}
			breaches.addAll(leaks(call));
		}
		if (!breaches.isEmpty()) {
			fail(breaches.size() + " calls reach another workspace's objects:\n" + String.join("\n", breaches));
		}
	}

	/** Each of the victim's ids, names and secrets found in an answer, except what the caller sent itself. */
	private List<String> leaks(Call call) {
		List<String> leaks = new ArrayList<>();
		victimSecrets.forEach((what, value) -> {
			boolean sentByTheCaller = call.path().contains(value);
			int at = call.response().body().indexOf(value);
			if (!sentByTheCaller && at >= 0) {
				String body = call.response().body();
				leaks.add(call.describe() + " answers " + call.response().status() + " with the victim's " + what + ": …"
						+ body.substring(Math.max(0, at - 80), Math.min(body.length(), at + value.length() + 80)) + "…");
			}
		});
		return leaks;
	}

	// --- the sweep

	/** Calls every written-down operation as every caller, once for all tests of the class. */
	private List<Call> sweep() {
		if (sweep == null) {
			List<Call> calls = new ArrayList<>();
			for (Operation operation : documentedOperations()) {
				Access access = ExpectedAccess.OPERATIONS.get(operation.key());
				if (access == null) {
					continue; // reported by everyDocumentedOperationHasAWrittenExpectation
				}
				for (Caller caller : Caller.values()) {
					boolean allowed = access.allows(caller);
					String path = allowed ? operation.path(Map.of("workspaceId", sandbox)) : operation.path(victimIds);
					Api.Response response = callers.get(caller).send(operation.method(), path, operation.body(), Map.of());
					undoWorkspaceArchive(operation, path, response);
					calls.add(new Call(operation, caller, allowed, path, response));
				}
			}
			sweep = calls;
		}
		return sweep;
	}

	/**
	 * The outsider calls, in its own workspace, every operation that names an object by id (in the
	 * path or a filter) with the victim's ids; once for all tests of the class.
	 */
	private List<Call> crossWorkspaceProbe() {
		if (probe == null) {
			List<Call> calls = new ArrayList<>();
			Map<String, String> ids = new LinkedHashMap<>(victimIds);
			ids.put("workspaceId", outsidersWorkspace);
			for (Operation operation : documentedOperations()) {
				Access access = ExpectedAccess.OPERATIONS.get(operation.key());
				if (!operation.inWorkspace() || access == null || !access.allows(Caller.ADMIN)
						|| !operation.namesAWorkspaceObject() && operation.idFilters(ids).isEmpty()) {
					continue;
				}
				String path = operation.path(ids) + operation.idFilters(ids);
				Api.Response response = callers.get(Caller.OUTSIDER).send(operation.method(), path, operation.body(), Map.of());
				calls.add(new Call(operation, Caller.OUTSIDER, true, path, response));
			}
			assertThat(calls).as("operations probed with another workspace's ids").hasSizeGreaterThan(15);
			probe = calls;
		}
		return probe;
	}

	/** Archiving takes nothing but the workspace id, so an allowed archive really archives: restore at once. */
	private void undoWorkspaceArchive(Operation operation, String path, Api.Response response) {
		if (operation.key().equals(ARCHIVE_WORKSPACE) && response.status() / 100 == 2) {
			Api.Response restored = admin.post(path.replace("/archive", "/restore"), null);
			assertThat(restored.status()).as("restoring " + path + ": " + restored).isEqualTo(200);
		}
	}

	private static Optional<String> mismatch(Call call) {
		Api.Response r = call.response();
		if (call.allowed()) {
			boolean stopped = r.status() == 401 || r.status() == 403 || hidesTheWorkspace(r) || r.status() >= 500;
			return stopped ? Optional.of(call.describe() + ": expected to be let through, got " + brief(r)) : Optional.empty();
		}
		Refusal expected = Refusal.of(call.caller(), call.operation());
		return expected.matches(r) ? Optional.empty()
				: Optional.of(call.describe() + ": expected " + expected + ", got " + brief(r));
	}

	/** How a caller who may not call an operation is refused. */
	private enum Refusal {
		UNAUTHENTICATED(401, "unauthenticated"),
		FORBIDDEN(403, "forbidden"),
		/** A non-member learns nothing of the workspace: the same answer as for one that does not exist. */
		WORKSPACE_HIDDEN(404, "not-found");

		private final int status;
		private final String slug;

		Refusal(int status, String slug) {
			this.status = status;
			this.slug = slug;
		}

		static Refusal of(Caller caller, Operation operation) {
			if (caller == Caller.ANONYMOUS) {
				return UNAUTHENTICATED;
			}
			if (operation.inWorkspace() && !caller.isMember()) {
				return WORKSPACE_HIDDEN;
			}
			return FORBIDDEN;
		}

		boolean matches(Api.Response r) {
			return r.status() == status && ("urn:pursight:problem:" + slug).equals(problem(r, "type"))
					&& (this != WORKSPACE_HIDDEN || hidesTheWorkspace(r));
		}

		@Override
		public String toString() {
			return status + " " + slug + (this == WORKSPACE_HIDDEN ? " (no workspace …)" : "");
		}
	}

	/** The 404 of Problem.notFound(WorkspaceId), as opposed to that of a resource inside it. */
	private static boolean hidesTheWorkspace(Api.Response r) {
		return r.status() == 404 && problem(r, "detail").startsWith("No workspace with id ");
	}

	private static String problem(Api.Response r, String member) {
		try {
			JsonNode value = r.json().get(member);
			return value == null ? "" : value.asString();
		}
		catch (RuntimeException notJson) {
			return "";
		}
	}

	private static String brief(Api.Response r) {
		String body = r.body().length() > 200 ? r.body().substring(0, 200) + "…" : r.body();
		return r.status() + " " + body;
	}

	private record Call(Operation operation, Caller caller, boolean allowed, String path, Api.Response response) {

		String describe() {
			return operation.key() + " as " + caller;
		}
	}

	// --- the OpenAPI document

	private Set<String> documentedOperationKeys() {
		Set<String> keys = new TreeSet<>();
		documentedOperations().forEach(o -> keys.add(o.key()));
		return keys;
	}

	private List<Operation> documentedOperations() {
		Api.Response document = anonymous().get("/v3/api-docs");
		assertThat(document.status()).as(document.toString()).isEqualTo(200);
		List<Operation> operations = new ArrayList<>();
		for (var path : document.json().get("paths").properties()) {
			for (var method : path.getValue().properties()) {
				if (HTTP_METHODS.contains(method.getKey())) {
					Set<String> query = new TreeSet<>();
					JsonNode parameters = method.getValue().get("parameters");
					if (parameters != null) {
						parameters.forEach(p -> {
							if ("query".equals(p.get("in").asString())) {
								query.add(p.get("name").asString());
							}
						});
					}
					operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), query));
				}
			}
		}
		assertThat(operations).hasSizeGreaterThan(20);
		return operations;
	}

	/** Query parameters that filter by an object's id, and the path variable naming that kind of object. */
	private static final Map<String, String> ID_FILTERS = Map.of("sourceId", "sourceId", "parentId", "assetId",
			"columnId", "assetId");

	private record Operation(String method, String template, Set<String> queryParameters) {

		String key() {
			return method + " " + template;
		}

		boolean inWorkspace() {
			return template.contains("{workspaceId}");
		}

		/** Names an object that lives inside the workspace; users live outside any one workspace. */
		boolean namesAWorkspaceObject() {
			return template.replace("{workspaceId}", "").replace("{userId}", "").contains("{");
		}

		/** The query string filtering by the given ids, where the operation has such filters; else empty. */
		String idFilters(Map<String, String> ids) {
			StringBuilder query = new StringBuilder();
			ID_FILTERS.forEach((parameter, variable) -> {
				if (queryParameters.contains(parameter) && ids.containsKey(variable)) {
					query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=').append(ids.get(variable));
				}
			});
			return query.toString();
		}

		/** The template with the given ids, and a random id for every other variable. */
		String path(Map<String, String> ids) {
			String resolved = template;
			for (var id : ids.entrySet()) {
				resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
			}
			return resolved.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

		/** An empty object: enough to reach validation, never enough to change anything. */
		Object body() {
			return Set.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
		}
	}

	private static boolean declaresAccess(HandlerMethod method) {
		return method.hasMethodAnnotation(Requires.class) || method.hasMethodAnnotation(PublicEndpoint.class);
	}

	// --- fixtures

	/**
	 * A workspace with one of each thing a path can name: a source over a real PostgreSQL table of
	 * e-mail addresses, the table in the catalog, its labels with stored samples, a custom rule and
	 * a member who is not one of the callers, and the scan run that discovered the source.
	 */
	private void createVictim() {
		victimDatabase = Databases.createPostgres("pursight_sweep");
		String table = Databases.randomName("victim_payroll");
		String sampleToken = Databases.randomName("victim_person");
		List<String> statements = new ArrayList<>(List.of(
				"CREATE TABLE " + table + " (id integer PRIMARY KEY, email varchar(200), full_name varchar(200))"));
		for (int i = 0; i < 30; i++) {
			statements.add("INSERT INTO " + table + " VALUES (" + i + ", '" + sampleToken + "." + i + "@example.org', 'Person " + i + "')");
		}
		Databases.execute(Databases.postgresUrl(victimDatabase), "postgres", "", statements.toArray(String[]::new));

		String workspace = createWorkspace("victim");
		String ws = "/api/v1/workspaces/" + workspace;
		String slug = ok(admin.get(ws)).json().get("slug").asString();
		String sourceName = Databases.randomName("victim_source");
		String password = Databases.randomName("victim_password");
		String source = created(admin.post(ws + "/sources", Map.of("name", sourceName, "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", victimDatabase, "username", "postgres", "password", password)));
		ok(admin.post(ws + "/sources/" + source + "/discover?wait=true", null));
		String run = ok(admin.get(ws + "/scan-runs?sourceId=" + source)).json().get("items").get(0).get("id").asString();
		String tableAsset = ok(admin.get(ws + "/assets?type=TABLE&sourceId=" + source + "&name=" + table)).json()
				.get("items").get(0).get("id").asString();
		ok(admin.put(ws + "/classification-settings", Map.of("sampleSize", 500, "storeSamples", true),
				Map.of("If-Match", "\"0\"")));
		ok(admin.post(ws + "/sources/" + source + "/classify?wait=true", Map.of()));
		String label = ok(admin.get(ws + "/classifications?type=EMAIL_ADDRESS&sourceId=" + source)).json()
				.get("items").get(0).get("id").asString();
		assertThat(ok(admin.get(ws + "/classifications/" + label + "/samples")).body())
				.as("the label's sampled values are stored, so a hole would show them").contains(sampleToken);
		String ruleName = Databases.randomName("victim_rule");
		String rule = created(admin.post(ws + "/classification-rules",
				Map.of("name", ruleName, "typeId", "VICTIM_RULE", "columnNamePattern", "full_name")));
		JsonNode bystander = ok(member(workspace, "ANALYST").get("/api/v1/users/me")).json();

		victimIds = Map.of("workspaceId", workspace, "sourceId", source, "assetId", tableAsset, "tableAssetId", tableAsset,
				"classificationId", label, "ruleId", rule, "runId", run, "userId", bystander.get("id").asString());
		victimSecrets = new LinkedHashMap<>();
		victimIds.forEach((variable, id) -> victimSecrets.put(variable, id));
		victimSecrets.put("workspace slug", slug);
		victimSecrets.put("source name", sourceName);
		victimSecrets.put("source password", password);
		victimSecrets.put("database name", victimDatabase);
		victimSecrets.put("table name", table);
		victimSecrets.put("sampled values", sampleToken);
		victimSecrets.put("rule name", ruleName);
		victimSecrets.put("member's user name", bystander.get("username").asString());
	}

	/** The callers; the four roles hold the same role in the victim and in the sandbox. */
	private void createCallers() {
		sandbox = createWorkspace("sandbox");
		callers = new EnumMap<>(Caller.class);
		callers.put(Caller.ANONYMOUS, anonymous());
		outsidersWorkspace = createWorkspace("outsider");
		callers.put(Caller.OUTSIDER, member(outsidersWorkspace, "ADMIN"));
		for (Caller role : List.of(Caller.ADMIN, Caller.STEWARD, Caller.ANALYST, Caller.AUDITOR)) {
			Api member = member(victimIds.get("workspaceId"), role.name());
			Api.Response added = admin.put("/api/v1/workspaces/" + sandbox + "/members/" + userId(member),
					Map.of("role", role.name()), Map.of());
			assertThat(added.status()).as(added.toString()).isEqualTo(204);
			callers.put(role, member);
		}
		String platformAdmin = Databases.randomName("platform_admin");
		created(admin.post("/api/v1/users", Map.of("username", platformAdmin, "password", PASSWORD, "platformAdmin", true)));
		callers.put(Caller.PLATFORM_ADMIN, Api.at(port).login(platformAdmin, PASSWORD));
	}

	private static Api.Response ok(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r;
	}

	private static String created(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}
}
