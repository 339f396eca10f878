package io.pursight.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API does with input no client should send: every rejection is a 4xx problem document
 * a person can act on, shows nothing of the server's insides, and leaves the store unchanged.
 */
class BadInputIntegrationTests extends ServerTestSupport {

	@Autowired
	private JsonMapper storedJson;

	private static final String INVALID = ProblemKind.INVALID_REQUEST.type();
	/** Traces of the server's insides that must never reach a client. */
	private static final Pattern LEAK = Pattern.compile(
			"(?i)exception|\\tat |\\b(java|javax|jakarta|org|com|tools|io|sun)\\.[a-z]+\\.|\\b[A-Z]\\w+\\.\\w+\\(\\)"
					+ "|\\bselect\\b.+\\bfrom\\b|\\binsert\\s+into\\b|sqlstate|constraint \\[|\\$\\w+Proxy");
	private static final int ONE_MEGABYTE = 1024 * 1024;
	private static final String WORKSPACES = "/api/v1/workspaces";
	private static final List<String> DEFINITION_FIELDS = List.of("id", "name", "description", "engine", "host", "port",
			"database", "jdbcUrl", "username", "passwordSet", "options", "version", "createdAt");
	private static final String[] CONTROL_CHARACTER_NAMES = { "a\u0000b", "line\nbreak", "tab\there", "bell\u0007",
			"esc\u001b[31m", "del\u007f" };

	private String workspace;
	private String sources;

	@BeforeEach
	void newWorkspace() {
		workspace = createWorkspace("bad-input");
		sources = "/api/v1/workspaces/" + workspace + "/sources";
	}

	// --- malformed and mistyped JSON ---------------------------------------------------------------------

	@Test
	void rejectsABodyThatIsNotValidJsonAndStoresNothing() {
		String before = snapshot();

		for (String body : new String[] { "{\"name\": \"truncated\", \"desc", "{\"name\": \"x\"} trailing",
				"{\"name\": \"x\"}{\"name\": \"y\"}", "{\"name\": \"x\"} []", "name=x&engine=H2",
				"<source name=\"x\"/>", "{'name': 'x'}", "{name: \"x\"}", "{\"name\": \"x\",}", "\u00ff\u00fe{" }) {
			for (String path : new String[] { sources, WORKSPACES }) {
				Api.Response r = admin.send("POST", path, body, Map.of());
				assertProblem(r, 400, INVALID, "JSON");
				assertThat(problemDetail(r)).as(body).containsAnyOf("not valid JSON", "exactly one JSON object");
			}
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void pointsAtTheLineAndColumnOfMalformedJson() {
		Api.Response r = unchanged(() -> admin.send("POST", sources, "{\n  \"name\": \"x\",\n  \"engine\" \"H2\"\n}", Map.of()));

		assertProblem(r, 400, INVALID, "not valid JSON", "line 3");
	}

	@Test
	void rejectsAPortThatIsNotAWholeNumberNamingTheField() {
		String before = snapshot();

		for (String port : new String[] { "\"abc\"", "1.5", "5432.0", "true", "[5432]", "{\"n\": 1}" }) {
			Api.Response r = admin.send("POST", sources, withPort(port), Map.of());
			assertProblem(r, 400, INVALID, "'port'", "whole number");
		}

		Api.Response outOfRange = admin.send("POST", sources, withPort("99999999999"), Map.of());
		assertProblem(outOfRange, 400, INVALID, "out of range", "whole number");

		Api.Response tooLong = admin.send("POST", sources, withPort("9".repeat(5000)), Map.of());
		assertProblem(tooLong, 400, INVALID, "too long");

		Api.Response notAPort = admin.send("POST", sources, withPort("70000"), Map.of());
		assertProblem(notAPort, 400, INVALID, "port", "65535");

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsANameThatIsNotAStringNamingTheField() {
		String before = snapshot();

		for (String name : new String[] { "42", "4.2", "true", "[\"a\", \"b\"]", "{\"first\": \"a\"}" }) {
			Api.Response source = admin.send("POST", sources,
					"{\"name\": " + name + ", \"engine\": \"POSTGRESQL\", \"host\": \"db.example.com\", \"database\": \"s\"}",
					Map.of());
			assertProblem(source, 400, INVALID, "'name'", "string");

			Api.Response workspace = admin.send("POST", WORKSPACES,
					"{\"slug\": \"" + slug() + "\", \"name\": " + name + "}", Map.of());
			assertProblem(workspace, 400, INVALID, "'name'", "string");
		}

		Api.Response optionValue = admin.post(sources, definition("typed-option", "options",
				Map.of("ssl", true)));
		assertProblem(optionValue, 400, INVALID, "'options.ssl'", "string");

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsAnUnknownEngineListingTheAllowedOnes() {
		String before = snapshot();

		for (Object engine : new Object[] { "ORACLE", "postgres", "", 1 }) {
			Api.Response r = admin.post(sources, definition("other-db", "engine", engine));
			assertProblem(r, 400, INVALID, "'engine'", "POSTGRESQL", "MYSQL", "MARIADB", "H2");
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsAnUnknownFieldNamingIt() {
		Api.Response source = unchanged(() -> admin.post(sources, definition("extra", "sslCertificate", "x")));
		assertProblem(source, 400, INVALID, "'sslCertificate'", "jdbcUrl");

		Api.Response workspace = unchanged(() -> admin.post(WORKSPACES, Map.of("slug", slug(), "name", "Extra", "owner", "me")));
		assertProblem(workspace, 400, INVALID, "'owner'", "slug");
	}

	@Test
	void rejectsMissingRequiredFieldsNamingThem() {
		Api.Response noSource = unchanged(() -> admin.send("POST", sources, "{}", Map.of()));
		assertProblem(noSource, 400, INVALID, "name", "engine");
		assertThat(fields(noSource)).contains("name", "engine");

		Api.Response blankName = unchanged(() -> admin.post(sources, definition("   ")));
		assertProblem(blankName, 400, INVALID, "name");
		assertThat(fields(blankName)).containsExactly("name");

		Api.Response nullEngine = unchanged(() -> admin.post(sources, definition("no-engine", "engine", null)));
		assertProblem(nullEngine, 400, INVALID, "engine");

		Api.Response noHost = unchanged(() -> admin.post(sources, definition("no-host", "host", null)));
		assertProblem(noHost, 400, INVALID, "host");

		Api.Response noWorkspace = unchanged(() -> admin.send("POST", WORKSPACES, "{\"description\": \"d\"}", Map.of()));
		assertProblem(noWorkspace, 400, INVALID, "slug", "name");
		assertThat(fields(noWorkspace)).contains("slug", "name");
	}

	@Test
	void rejectsARequestWithoutAnObjectBody() {
		String before = snapshot();

		for (String body : new String[] { "", " ", "null", "[]", "[{\"name\": \"x\", \"engine\": \"H2\"}]", "\"a string\"",
				"42", "true" }) {
			for (String path : new String[] { sources, WORKSPACES }) {
				Api.Response r = admin.send("POST", path, body, Map.of());
				assertProblem(r, 400, INVALID, "JSON object");
			}
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsABodyThatIsNotDeclaredAsJsonWith415() {
		String json = Api.JSON.writeValueAsString(definition("plain"));
		String before = snapshot();

		for (String contentType : new String[] { "text/plain", "application/xml", "application/x-www-form-urlencoded" }) {
			Api.Response r = admin.execute(request(sources).header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofString(json)).build());
			assertProblem(r, 415, ProblemKind.UNSUPPORTED_MEDIA_TYPE.type(), contentType);
			assertThat(r.header("Accept")).as(r.toString()).contains("application/json");
		}

		Api.Response none = admin.execute(request(WORKSPACES)
				.POST(HttpRequest.BodyPublishers.ofString("{\"slug\": \"" + slug() + "\", \"name\": \"n\"}")).build());
		assertProblem(none, 415, ProblemKind.UNSUPPORTED_MEDIA_TYPE.type());

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	// --- size and depth ------------------------------------------------------------------------------------

	@Test
	void rejectsABodyOverOneMegabyteThatDeclaresItsLengthAndServesTheNextRequest() {
		byte[] body = oversizedDefinition();

		Api.Response r = unchanged(() -> admin.execute(request(sources).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));

		assertProblem(r, 413, ProblemKind.PAYLOAD_TOO_LARGE.type(), String.valueOf(ONE_MEGABYTE));
		Api.Response next = admin.post(sources, definition("after-large-body"));
		assertThat(next.status()).as(next.toString()).isEqualTo(201);
	}

	@Test
	void rejectsAChunkedBodyOverOneMegabyteAndServesTheNextRequest() {
		byte[] body = oversizedDefinition();

		Api.Response r = unchanged(() -> admin.execute(request(sources).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build()));

		assertProblem(r, 413, ProblemKind.PAYLOAD_TOO_LARGE.type(), String.valueOf(ONE_MEGABYTE));
		Api.Response next = admin.post(sources, definition("after-chunked-body"));
		assertThat(next.status()).as(next.toString()).isEqualTo(201);
	}

	@Test
	void acceptsABodyJustUnderTheLimit() {
		String json = Api.JSON.writeValueAsString(definition("nearly-full", "description", "d".repeat(2000)));
		String padded = json.substring(0, json.length() - 1) + " ".repeat(ONE_MEGABYTE - json.length() - 10) + "}";

		Api.Response r = admin.send("POST", sources, padded, Map.of());

		assertThat(r.status()).as(r.toString()).isEqualTo(201);
	}

	@Test
	void rejectsDeeplyNestedJsonWithoutFailing() {
		String before = snapshot();

		for (String opening : new String[] { "[", "{\"a\":", "{\"options\":" }) {
			String body = opening.repeat(Math.min(100_000, 900_000 / opening.length()));
			for (String path : new String[] { sources, WORKSPACES }) {
				Api.Response r = admin.send("POST", path, body, Map.of());
				assertProblem(r, 400, INVALID);
			}
		}

		Api.Response nestedOption = admin.send("POST", sources,
				"{\"name\": \"deep\", \"engine\": \"POSTGRESQL\", \"options\": {\"sslmode\": " + "[".repeat(100_000), Map.of());
		assertProblem(nestedOption, 400, INVALID, "'options.sslmode'");

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsANameOfTenThousandCharacters() {
		String name = "n".repeat(10_000);

		Api.Response source = unchanged(() -> admin.post(sources, definition(name)));
		assertProblem(source, 400, INVALID, "name", "200");

		Api.Response workspace = unchanged(() -> admin.post(WORKSPACES, Map.of("slug", slug(), "name", name)));
		assertProblem(workspace, 400, INVALID, "name", "200");

		assertThat(source.body()).doesNotContain(name);
		assertThat(workspace.body()).doesNotContain(name);
	}

	// --- hostile text --------------------------------------------------------------------------------------

	@Test
	void storesHostileButValidNamesVerbatim() {
		String[] names = { "'; DROP TABLE data_sources; --", "\"quoted\"", "Robert'); --", "名前 ünïcödé 🚀",
				"<script>alert(1)</script>", "50% off_all \\ back\\slash", "${jndi:ldap://x}", "%00%0a" };
		for (String name : names) {
			Api.Response created = admin.post(sources, definition(name));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(created.json().get("name").asString()).isEqualTo(name);
			assertThat(admin.get(sources + "/" + created.id()).json().get("name").asString()).isEqualTo(name);

			Api.Response found = admin.get(sources + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
			assertThat(found.status()).as(found.toString()).isEqualTo(200);
			assertThat(found.json().get("items").findValuesAsString("name")).as(name).contains(name);

			Api.Response workspace = admin.post(WORKSPACES, Map.of("slug", slug(), "name", name));
			assertThat(workspace.status()).as(workspace.toString()).isEqualTo(201);
			assertThat(admin.get(WORKSPACES + "/" + workspace.id()).json().get("name").asString()).isEqualTo(name);
		}

		JsonNode all = admin.get(sources + "?size=500").json();
		assertThat(all.get("total").asLong()).isEqualTo(names.length);
		assertThat(all.get("items").findValuesAsString("name")).containsExactlyInAnyOrder(names);
		for (String wildcard : new String[] { "%", "_", "\\" }) {
			Api.Response matching = admin.get(sources + "?name=" + URLEncoder.encode(wildcard, StandardCharsets.UTF_8));
			assertThat(matching.json().get("items").findValuesAsString("name")).as("names containing " + wildcard)
					.isNotEmpty().allSatisfy(name -> assertThat(name).contains(wildcard));
		}
		Api.Response workspaces = admin.get(WORKSPACES + "?size=500");
		assertThat(workspaces.status()).as(workspaces.toString()).isEqualTo(200);
		assertThat(workspaces.json().get("items").size()).isPositive();
	}

	@Test
	void rejectsASourceNameWithControlCharacters() {
		String before = snapshot();

		for (String name : CONTROL_CHARACTER_NAMES) {
			Api.Response r = admin.post(sources, definition(name));
			assertProblem(r, 400, INVALID, "name", "control characters");
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsAWorkspaceNameWithControlCharacters() {
		String before = snapshot();

		for (String name : CONTROL_CHARACTER_NAMES) {
			Api.Response r = admin.post(WORKSPACES, Map.of("slug", slug(), "name", name));
			assertProblem(r, 400, INVALID, "name", "control characters");
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsAHostileHostInADefinition() {
		String before = snapshot();

		for (String host : new String[] { "host/../x", "127.0.0.1?socketFactory=x", "db.example.com:5432",
				"user@db.example.com", "db example com", "db.example.com;INIT=x", "http://db.example.com",
				"db.example.com/other", "db\u0000.example.com", "-oProxyCommand=x", "a".repeat(300) }) {
			Api.Response r = admin.post(sources, definition("hostile-host", "host", host));
			assertProblem(r, 400, INVALID, "host");
			assertThat(r.body()).doesNotContain("socketFactory=x");
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	/**
	 * Database names may legitimately hold ';', '?' or '/', so they are accepted, but only ever
	 * as a name: encoded into the URL, never read as driver options or a path.
	 */
	@Test
	void treatsAHostileDatabaseNameAsANameOnly() {
		for (String database : new String[] { "db; DROP", "sales?socketFactory=java.lang.String", "../x", "sales/other" }) {
			Api.Response check = admin.post(sources + "/test-connection", definition("hostile-database",
					"database", database, "host", "127.0.0.1", "username", "postgres", "password", ""));
			assertThat(check.status()).as(database).isEqualTo(200);
			assertThat(check.json().get("errorCode").asString()).as(database).isEqualTo("UNKNOWN_DATABASE");
		}
	}

	@Test
	void rejectsAJdbcUrlWithForbiddenOptionsOrTargets() {
		String before = snapshot();

		String[][] examples = {
				{ "POSTGRESQL", "jdbc:postgresql://127.0.0.1/db?socketFactory=java.lang.String", "socketFactory" },
				{ "POSTGRESQL", "jdbc:postgresql://127.0.0.1/db?sslfactory=x&sslmode=require", "sslfactory" },
				{ "POSTGRESQL", "jdbc:postgresql://127.0.0.1/db?loggerFile=/tmp/x", "loggerFile" },
				{ "POSTGRESQL", "jdbc:postgresql://127.0.0.1,10.0.0.2/db", "single host" },
				{ "POSTGRESQL", "jdbc:postgresql://user:secret@127.0.0.1/db", "user name" },
				{ "POSTGRESQL", "jdbc:mysql://h/db", "jdbc:postgresql:" },
				{ "MYSQL", "jdbc:mysql://h/db?allowLoadLocalInfile=true", "allowLoadLocalInfile" },
				{ "MYSQL", "jdbc:mysql://h/db?autoDeserialize=true", "autoDeserialize" },
				{ "MYSQL", "jdbc:mysql://address=(host=h)(port=3306)/db", "single host" },
				{ "MARIADB", "jdbc:mariadb://h/db?allowLocalInfile=true", "allowLocalInfile" },
				{ "H2", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://x'", "spaces" },
				{ "H2", "jdbc:h2:mem:x;INIT=RUNSCRIPT%20FROM%20'http://x'", "INIT" },
				{ "H2", "jdbc:h2:file:/etc/passwd", "pursight.sources.h2-directory" },
				{ "H2", "jdbc:h2:file:" + dataDir().resolve("sources/../pursight"), "metadata store" },
				{ "H2", "jdbc:h2:file:/tmp/../etc/x", "pursight.sources.h2-directory" },
				{ "H2", "jdbc:h2:zip:/tmp/x.zip!/db", "jdbc:h2:file" },
				{ "H2", "jdbc:h2:mem:x", "in-memory" } };
		for (String[] example : examples) {
			Map<String, Object> definition = Map.of("name", "forbidden-url", "engine", example[0], "jdbcUrl", example[1]);

			Api.Response r = admin.post(sources, definition);
			assertProblem(r, 400, INVALID, example[2]);
			assertThat(r.body()).doesNotContain("secret");

			Api.Response tested = admin.post(sources + "/test-connection", definition);
			assertProblem(tested, 400, INVALID, example[2]);
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsForbiddenDriverOptionsInTheOptionsMap() {
		Map<String, Object> definition = definition("forbidden-option", "options", Map.of("socketFactory", "java.lang.String"));

		Api.Response r = unchanged(() -> admin.post(sources, definition));

		assertProblem(r, 400, INVALID, "socketFactory", "sslmode");
	}

	// --- paths, query parameters and headers ----------------------------------------------------------------

	@Test
	void answersIdsThatAreNotKnownUuidsWith400Or404() {
		String unknown = "00000000-0000-0000-0000-000000000000";
		for (String template : new String[] { "/api/v1/workspaces/not-a-uuid", "/api/v1/workspaces/not-a-uuid/sources",
				"/api/v1/workspaces/{ws}/sources/not-a-uuid", "/api/v1/workspaces/{ws}/sources/12345",
				"/api/v1/workspaces/{ws}/sources/%27%20OR%201=1--", "/api/v1/workspaces/{ws}/sources/not-a-uuid/health-checks",
				"/api/v1/workspaces/{ws}/assets/not-a-uuid", "/api/v1/workspaces/{ws}/assets?sourceId=nope",
				"/api/v1/workspaces/{ws}/assets?parentId=nope", "/api/v1/users/not-a-uuid",
				"/api/v1/workspaces/" + unknown + "/sources", "/api/v1/workspaces/{ws}/sources/" + unknown,
				"/api/v1/workspaces/{ws}/assets/" + unknown, "/api/v1/users/" + unknown }) {
			Api.Response r = admin.get(template.replace("{ws}", workspace));

			assertThat(r.status()).as(template + ": " + r).isIn(400, 404);
			assertProblem(r, r.status(), r.status() == 400 ? INVALID : ProblemKind.NOT_FOUND.type());
		}

		// a workspace segment that is no UUID gets the answer of an unknown workspace, the words unchanged
		Api.Response malformed = admin.get("/api/v1/workspaces/not-a-uuid/sources");
		assertProblem(malformed, 404, ProblemKind.NOT_FOUND.type());
		assertThat(malformed.json().get("detail").asString())
				.isEqualTo("No workspace with id not-a-uuid exists that you are a member of.");

		Api.Response post = unchanged(() -> admin.post(sources + "/not-a-uuid/archive", null));
		assertThat(post.status()).as(post.toString()).isIn(400, 404);
		assertProblem(post, post.status(), post.status() == 400 ? INVALID : ProblemKind.NOT_FOUND.type());
	}

	@Test
	void rejectsPagingOutOfRange() {
		String[][] examples = { { "page=-1", "page" }, { "size=0", "size" }, { "size=-5", "size" },
				{ "size=100000", "500" }, { "size=501", "500" }, { "page=abc", "'page'" }, { "size=1e3", "'size'" },
				{ "page=99999999999", "'page'" } };
		for (String[] example : examples) {
			for (String path : new String[] { sources, WORKSPACES, "/api/v1/users", "/api/v1/workspaces/" + workspace + "/assets" }) {
				Api.Response r = admin.get(path + "?" + example[0]);
				assertProblem(r, 400, INVALID, example[1]);
			}
		}
		assertThat(admin.get(sources + "?page=0&size=500").status()).isEqualTo(200);
	}

	@Test
	void rejectsAnUnknownValueOfAnEnumFilterListingTheAllowedOnes() {
		assertProblem(admin.get(sources + "?state=NOPE"), 400, INVALID, "'state'", "REGISTERED", "ARCHIVED");
		assertProblem(admin.get(sources + "?engine=ORACLE"), 400, INVALID, "'engine'", "POSTGRESQL");
		assertProblem(admin.get(WORKSPACES + "?state=NOPE"), 400, INVALID, "'state'");
		assertProblem(admin.get("/api/v1/workspaces/" + workspace + "/assets?type=NOPE"), 400, INVALID, "'type'");
		assertProblem(admin.get("/api/v1/workspaces/" + workspace + "/assets?includeDeleted=maybe"), 400, INVALID,
				"'includeDeleted'", "true or false");
	}

	@Test
	void rejectsAnIfMatchThatIsNotAVersion() {
		String id = admin.post(sources, definition("versioned")).id();
		String before = snapshot();

		for (String ifMatch : new String[] { "garbage", "\"abc\"", "W/\"x\"", "\"1.5\"", "*", "\"99999999999999999999\"" }) {
			Api.Response r = admin.put(sources + "/" + id, definition("renamed"), Map.of("If-Match", ifMatch));
			assertProblem(r, 400, INVALID, "If-Match");
		}

		Api.Response missing = admin.put(sources + "/" + id, definition("renamed"), Map.of());
		assertProblem(missing, 428, ProblemKind.PRECONDITION_REQUIRED.type(), "If-Match");

		Api.Response renameWorkspace = admin.patch(WORKSPACES + "/" + workspace, Map.of("name", "renamed"),
				Map.of("If-Match", "garbage"));
		assertProblem(renameWorkspace, 400, INVALID, "If-Match");

		assertThat(snapshot()).as("stored data").isEqualTo(before);
		assertThat(admin.get(WORKSPACES + "/" + workspace).json().get("version").asLong()).isZero();
	}

	@Test
	void answersAnUnknownRouteWithANotFoundProblem() {
		for (String template : new String[] { "/api/v1/nope", "/api/v1/workspaces/{ws}/nope", "/api/v2/workspaces",
				"/api/v1/workspaces/{ws}/sources/00000000-0000-0000-0000-000000000000/nope" }) {
			Api.Response r = admin.get(template.replace("{ws}", workspace));
			assertProblem(r, 404, ProblemKind.NOT_FOUND.type());
		}
	}

	@Test
	void answersAWrongMethodWithAMethodNotAllowedProblem() {
		Api.Response delete = unchanged(() -> admin.delete(sources));
		assertProblem(delete, 405, ProblemKind.METHOD_NOT_ALLOWED.type(), "DELETE");
		assertThat(delete.header("Allow")).contains("GET", "POST");

		Api.Response patch = unchanged(() -> admin.patch(WORKSPACES, Map.of("name", "x"), Map.of()));
		assertProblem(patch, 405, ProblemKind.METHOD_NOT_ALLOWED.type(), "PATCH");

		Api.Response getLogin = admin.get("/api/v1/auth/login");
		assertProblem(getLogin, 405, ProblemKind.METHOD_NOT_ALLOWED.type(), "GET");
	}

	@Test
	void answersAnAcceptHeaderItCannotSatisfyWithANotAcceptableProblem() {
		for (String accept : new String[] { "application/xml", "text/csv" }) {
			Api.Response r = admin.execute(request(sources).header("Accept", accept).GET().build());
			assertProblem(r, 406, ProblemKind.NOT_ACCEPTABLE.type(), "application/json");
		}
	}

	@Test
	void answersTheErrorPageRequestedDirectlyWithANotFoundProblem() {
		assertProblem(anonymous().get("/error"), 404, ProblemKind.NOT_FOUND.type());
		assertProblem(admin.get("/error"), 404, ProblemKind.NOT_FOUND.type());
	}

	@Test
	void answersARequestTheServerCannotParseWithAProblemNotAnHtmlPage() throws Exception {
		for (String target : new String[] { "/api/v1/workspaces/%zz", "/api/v1/work%00spaces" }) {
			String response = rawGet(target);
			assertThat(response).as(response).startsWith("HTTP/1.1 400");
			assertThat(response.toLowerCase()).contains("content-type: application/problem+json")
					.doesNotContain("<html", "tomcat");
			assertThat(response).contains("\"type\":\"" + ProblemKind.INVALID_REQUEST.type() + "\"");
		}
	}

	// --- helpers --------------------------------------------------------------------------------------------

	/** A GET written by hand: HTTP clients refuse to send a malformed target at all. */
	private String rawGet(String target) throws java.io.IOException {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** Runs a request that must change nothing: the sources of the workspace and the workspaces stay as they were. */
	private Api.Response unchanged(Supplier<Api.Response> request) {
		String before = snapshot();
		Api.Response r = request.get();
		assertThat(snapshot()).as("stored data after %s", r).isEqualTo(before);
		return r;
	}

	private String snapshot() {
		Api.Response sourceList = admin.get(sources + "?size=500");
		Api.Response workspaceList = admin.get("/api/v1/workspaces?size=500");
		assertThat(sourceList.status()).as(sourceList.toString()).isEqualTo(200);
		assertThat(workspaceList.status()).as(workspaceList.toString()).isEqualTo(200);
		StringBuilder snapshot = new StringBuilder(sourceList.json().get("total") + " sources:");
		// the definitions only: health checks may update state and health in the background
		for (JsonNode source : sourceList.json().get("items")) {
			for (String field : DEFINITION_FIELDS) {
				snapshot.append(' ').append(source.get(field));
			}
			snapshot.append(';');
		}
		return snapshot.append(' ').append(workspaceList.json().get("total")).append(" workspaces").toString();
	}

	/** Asserts a problem document of this status and type whose detail mentions every fragment. */
	static void assertProblem(Api.Response r, int status, String type, String... detailFragments) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.header("Content-Type")).as(r.toString()).startsWith("application/problem+json");
		JsonNode problem = r.json();
		assertThat(problem.path("type").asString()).as(r.toString()).isEqualTo(type);
		assertThat(problem.path("status").asInt()).as(r.toString()).isEqualTo(status);
		assertThat(problem.path("title").asString()).as(r.toString()).isNotBlank();
		String detail = problem.path("detail").asString();
		assertThat(detail).as(r.toString()).isNotBlank();
		if (detailFragments.length > 0) {
			assertThat(detail).as(r.toString()).contains(detailFragments);
		}
		assertThat(problem.has("trace")).as(r.toString()).isFalse();
		assertThat(problem.has("exception")).as(r.toString()).isFalse();
		assertThat(LEAK.matcher(r.body()).find()).as("internals in %s", r).isFalse();
	}

	private static String problemDetail(Api.Response r) {
		return r.json().path("detail").asString();
	}

	private static String slug() {
		return Databases.randomName("bad-input").replace('_', '-');
	}

	private static String withPort(String port) {
		return "{\"name\": \"typed\", \"engine\": \"POSTGRESQL\", \"host\": \"db.example.com\", \"port\": " + port
				+ ", \"database\": \"sales\"}";
	}

	private static Iterable<String> fields(Api.Response r) {
		Iterator<JsonNode> errors = r.json().path("errors").iterator();
		List<String> fields = new ArrayList<>();
		errors.forEachRemaining(e -> fields.add(e.path("field").asString()));
		return fields;
	}

	/** A valid PostgreSQL source definition (registering it does not connect), with some entries replaced. */
	private static Map<String, Object> definition(String name, Object... replacements) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("name", name);
		definition.put("engine", "POSTGRESQL");
		definition.put("host", "db.example.com");
		definition.put("port", 5432);
		definition.put("database", "sales");
		definition.put("username", "reader");
		definition.put("password", "reader-password");
		for (int i = 0; i < replacements.length; i += 2) {
			definition.put((String) replacements[i], replacements[i + 1]);
		}
		return definition;
	}

	/** A valid definition padded with spaces to just over the 1 MB limit. */
	private static byte[] oversizedDefinition() {
		String json = Api.JSON.writeValueAsString(definition("oversized"));
		String padded = json.substring(0, json.length() - 1) + " ".repeat(ONE_MEGABYTE + 1024) + "}";
		return padded.getBytes(StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(admin.base() + path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + admin.token());
	}

	// --- duplicate keys and broken Unicode -----------------------------------------------------------------

	@Test
	void rejectsAKeyGivenTwiceNamingIt() {
		String before = snapshot();

		Api.Response source = admin.send("POST", sources, "{\"name\": \"first\", \"engine\": \"POSTGRESQL\", \"host\":"
				+ " \"db.example.com\", \"database\": \"sales\", \"name\": \"second\"}", Map.of());
		assertProblem(source, 400, INVALID, "'name'", "more than once", "line 1");

		Api.Response option = admin.send("POST", sources, "{\"name\": \"opts\", \"engine\": \"POSTGRESQL\", \"host\":"
				+ " \"db.example.com\", \"database\": \"sales\", \"options\": {\"sslmode\": \"require\", \"sslmode\": \"disable\"}}",
				Map.of());
		assertProblem(option, 400, INVALID, "'sslmode'", "more than once");

		Api.Response workspace = admin.send("POST", WORKSPACES,
				"{\"slug\": \"" + slug() + "\", \"name\": \"a\", \"slug\": \"" + slug() + "\"}", Map.of());
		assertProblem(workspace, 400, INVALID, "'slug'", "more than once");

		Api.Response rule = admin.send("POST", WORKSPACES + "/" + workspace() + "/classification-rules",
				"{\"name\": \"r\", \"typeId\": \"SAFE\", \"valuePattern\": \"x\", \"typeId\": \"EMAIL_ADDRESS\"}", Map.of());
		assertProblem(rule, 400, INVALID, "'typeId'", "more than once");

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void rejectsTextWithHalfASurrogatePairInAnyFieldNamingIt() {
		String before = snapshot();

		for (String broken : new String[] { "\\ud800", "ab\\udc00", "\\udc00\\ud800", "end\\ud83d", "\\ud83d \\ude80" }) {
			Api.Response source = admin.send("POST", sources, "{\"name\": \"" + broken + "\", \"engine\": \"POSTGRESQL\","
					+ " \"host\": \"db.example.com\", \"database\": \"sales\"}", Map.of());
			assertProblem(source, 400, INVALID, "'name'", "surrogate");

			Api.Response description = admin.send("POST", WORKSPACES, "{\"slug\": \"" + slug() + "\", \"name\": \"ok\","
					+ " \"description\": \"" + broken + "\"}", Map.of());
			assertProblem(description, 400, INVALID, "'description'", "surrogate");

			Api.Response optionValue = admin.send("POST", sources, "{\"name\": \"opts\", \"engine\": \"POSTGRESQL\","
					+ " \"host\": \"db.example.com\", \"database\": \"sales\", \"options\": {\"sslmode\": \"" + broken + "\"}}",
					Map.of());
			assertProblem(optionValue, 400, INVALID, "'options.sslmode'", "surrogate");

			Api.Response optionKey = admin.send("POST", sources, "{\"name\": \"opts\", \"engine\": \"POSTGRESQL\","
					+ " \"host\": \"db.example.com\", \"database\": \"sales\", \"options\": {\"" + broken + "\": \"x\"}}",
					Map.of());
			// the parser refuses some broken names itself, naming the position rather than the map
			assertProblem(optionKey, 400, INVALID, "surrogate");
			assertThat(problemDetail(optionKey)).containsAnyOf("key in field 'options'", "A field name at line 1");

			Api.Response listElement = admin.send("POST", WORKSPACES + "/" + workspace() + "/classification-rules/test",
					"{\"rule\": {\"name\": \"r\", \"typeId\": \"R\", \"valuePattern\": \".*\"}, \"values\": [\"ok\", \"" + broken
							+ "\"]}", Map.of());
			assertProblem(listElement, 400, INVALID, "'values[1]'", "surrogate");
		}

		assertThat(snapshot()).as("stored data").isEqualTo(before);
	}

	@Test
	void acceptsAWholeSurrogatePairWrittenAsEscapes() {
		Api.Response r = admin.send("POST", sources, "{\"name\": \"rocket \\ud83d\\ude80\", \"engine\": \"POSTGRESQL\","
				+ " \"host\": \"db.example.com\", \"database\": \"sales\"}", Map.of());

		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().get("name").asString()).isEqualTo("rocket 🚀");
	}

	@Test
	void storedJsonHoldingHalfASurrogatePairStillReadsBack() {
		// an H2 source may hold such text in a comment; only request bodies are refused, never stored data
		String stored = "{\"comment\": \"broken \\ud800 text\"}";

		assertThat(storedJson.readTree(stored).get("comment").asString()).isEqualTo("broken \ud800 text");
	}

	private String workspace() {
		return workspace;
	}
}
