package io.pursight.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pursight.testing.Api;
import io.pursight.testing.Api.Response;
import io.pursight.testing.Await;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Access control over HTTP: login and token lifecycle, the role matrix, and the audit trail. */
class AccessIntegrationTests extends ServerTestSupport {

	private static final String LOGIN = "/api/v1/auth/login";
	private static final String REFRESH = "/api/v1/auth/refresh";
	private static final String LOGOUT = "/api/v1/auth/logout";
	private static final String ME = "/api/v1/users/me";
	private static final String SOURCES_ACTION = "POST /api/v1/workspaces/{workspaceId}/sources";

	// --- login and tokens

	@Test
	void loginReturnsABearerTokenPair() {
		Response r = anonymous().post(LOGIN, Map.of("username", ADMIN, "password", ADMIN_PASSWORD));

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		JsonNode tokens = r.json();
		assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(tokens.get("expiresIn").asLong()).as("the configured access token lifetime").isEqualTo(Duration.ofHours(2).toSeconds());
		assertThat(tokens.get("accessToken").asString()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
		assertThat(tokens.get("refreshToken").asString()).isNotBlank().doesNotContain(".");
		Response me = anonymous().as(tokens.get("accessToken").asString()).get(ME);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo(ADMIN);
		assertThat(me.body()).doesNotContainIgnoringCase("hash").doesNotContain(ADMIN_PASSWORD);
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() {
		Response wrongPassword = anonymous().post(LOGIN, Map.of("username", ADMIN, "password", "not-the-password"));
		Response unknownUser = anonymous().post(LOGIN,
				Map.of("username", Databases.randomName("nobody"), "password", "not-the-password"));

		assertProblem(wrongPassword, 401, "unauthenticated");
		assertThat(unknownUser.status()).isEqualTo(wrongPassword.status());
		assertThat(unknownUser.json()).isEqualTo(wrongPassword.json());
	}

	@Test
	void bootstrapAdminHasNoDefaultPassword() {
		assertProblem(anonymous().post(LOGIN, Map.of("username", "admin", "password", "admin")), 401, "unauthenticated");
	}

	@Test
	void anonymousCallsGetAProblemAndAChallenge() {
		Response r = anonymous().get("/api/v1/workspaces");

		assertProblem(r, 401, "unauthenticated");
		assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertProblem(anonymous().post("/api/v1/workspaces", Map.of("slug", "anon", "name", "Anon")), 401,
				"unauthenticated");
	}

	@Test
	void rejectsATamperedToken() {
		String token = admin.token();
		int at = token.lastIndexOf('.') + 5;
		char changed = token.charAt(at) == 'A' ? 'B' : 'A';
		String tampered = token.substring(0, at) + changed + token.substring(at + 1);

		Response r = anonymous().as(tampered).get(ME);

		assertProblem(r, 401, "unauthenticated");
		assertThat(r.header("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void rejectsAnExpiredToken() throws Exception {
		Instant now = Instant.now();
		Instant past = now.minus(Duration.ofHours(1));
		String expired = mint(accessClaims(past, past.plus(Duration.ofMinutes(15)), "access"));
		String current = mint(accessClaims(now, now.plus(Duration.ofMinutes(15)), "access"));

		assertProblem(anonymous().as(expired).get(ME), 401, "unauthenticated");
		assertThat(anonymous().as(current).get(ME).status()).as("the same token, not expired").isEqualTo(200);
	}

	@Test
	void acceptsOnlyAccessTokensAsBearerTokens() throws Exception {
		Instant now = Instant.now();
		String minted = mint(accessClaims(now, now.plus(Duration.ofMinutes(5)), "access"));
		assertThat(anonymous().as(minted).get(ME).status()).as("a well-formed self-minted token").isEqualTo(200);

		String refreshTyped = mint(accessClaims(now, now.plus(Duration.ofMinutes(5)), "refresh"));
		String untyped = mint(accessClaims(now, now.plus(Duration.ofMinutes(5)), null));

		assertProblem(anonymous().as(refreshTyped).get(ME), 401, "unauthenticated");
		assertProblem(anonymous().as(untyped).get(ME), 401, "unauthenticated");
	}

	@Test
	void refreshRotatesTheTokenPair() {
		JsonNode first = login(ADMIN, ADMIN_PASSWORD);

		Response rotated = refresh(first);

		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
		JsonNode second = rotated.json();
		assertThat(second.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(second.get("accessToken").asString()).isNotEqualTo(first.get("accessToken").asString());
		assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
		assertThat(anonymous().as(first.get("accessToken").asString()).get(ME).status()).isEqualTo(200);
		assertThat(anonymous().as(second.get("accessToken").asString()).get(ME).status()).isEqualTo(200);
		assertThat(refresh(second).status()).isEqualTo(200);
	}

	@Test
	void rejectsReuseOfARotatedRefreshTokenAndRevokesItsWholeLogin() {
		JsonNode stolen = login(ADMIN, ADMIN_PASSWORD);
		JsonNode otherLogin = login(ADMIN, ADMIN_PASSWORD);
		JsonNode legitimate = refresh(stolen).json();

		assertProblem(refresh(stolen), 401, "unauthenticated");

		assertProblem(refresh(legitimate), 401, "unauthenticated");
		assertThat(refresh(otherLogin).status()).as("another login of the same user").isEqualTo(200);
	}

	@Test
	void rejectsUnknownRefreshTokens() {
		assertProblem(anonymous().post(REFRESH, Map.of("refreshToken", "made-up-token")), 401, "unauthenticated");
		assertProblem(anonymous().post(REFRESH, Map.of("refreshToken", "")), 400, "invalid-request");
	}

	@Test
	void logoutRevokesTheLoginAndNeedsAToken() {
		JsonNode tokens = login(ADMIN, ADMIN_PASSWORD);
		Map<String, String> body = Map.of("refreshToken", tokens.get("refreshToken").asString());

		assertProblem(anonymous().post(LOGOUT, body), 401, "unauthenticated");
		assertThat(refresh(tokens).status()).as("an anonymous logout changes nothing").isEqualTo(200);

		JsonNode current = login(ADMIN, ADMIN_PASSWORD);
		Response logout = anonymous().as(current.get("accessToken").asString())
				.post(LOGOUT, Map.of("refreshToken", current.get("refreshToken").asString()));
		assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
		assertProblem(refresh(current), 401, "unauthenticated");
		assertProblem(anonymous().as(current.get("accessToken").asString()).get(ME), 401, "unauthenticated");
	}

	@Test
	void anAttackerFailingForTheAdministratorDoesNotLockItOutOfOtherAddresses() {
		String attacker = "127.0.0.2";
		for (int i = 0; i < 8; i++) {
			Response r = FromAddress.post(attacker, port, LOGIN, Map.of("username", ADMIN, "password", "guess-" + i), null);
			assertThat(r.status()).as(r.toString()).isIn(401, 429);
		}
		Response refused = FromAddress.post(attacker, port, LOGIN, Map.of("username", ADMIN, "password", ADMIN_PASSWORD), null);
		assertProblem(refused, 429, "too-many-requests");
		assertThat(refused.json().get("detail").asString()).contains("from your address");

		Response owner = anonymous().post(LOGIN, Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
		assertThat(owner.status()).as("the administrator from their own address: " + owner).isEqualTo(200);
	}

	// --- roles

	@Test
	void analystReadsButDoesNotWrite() {
		String ws = createWorkspace("analyst");
		Api analyst = member(ws, "ANALYST");

		assertThat(analyst.get(sources(ws)).status()).isEqualTo(200);
		assertThat(analyst.get(workspace(ws) + "/assets").status()).isEqualTo(200);
		assertProblem(analyst.post(sources(ws), source("by-analyst", "")), 403, "forbidden");
		assertProblem(analyst.get(workspace(ws) + "/members"), 403, "forbidden");
		assertProblem(analyst.get(workspace(ws) + "/audit-events"), 403, "forbidden");
	}

	@Test
	void stewardRegistersSourcesButNeitherReadsTheAuditLogNorManagesMembers() {
		String ws = createWorkspace("steward");
		Api steward = member(ws, "STEWARD");

		assertThat(steward.post(sources(ws), source("by-steward", "")).status()).isEqualTo(201);
		assertThat(steward.get(workspace(ws) + "/members").status()).isEqualTo(200);
		assertProblem(steward.get(workspace(ws) + "/audit-events"), 403, "forbidden");
		assertProblem(steward.put(workspace(ws) + "/members/" + userId(steward), Map.of("role", "ADMIN"), Map.of()),
				403, "forbidden");
		assertProblem(steward.delete(workspace(ws) + "/members/" + userId(admin)), 403, "forbidden");
	}

	@Test
	void auditorReadsTheAuditLogButWritesNothing() {
		String ws = createWorkspace("auditor");
		Api auditor = member(ws, "AUDITOR");

		assertThat(auditor.get(workspace(ws) + "/audit-events").status()).isEqualTo(200);
		assertThat(auditor.get(sources(ws)).status()).isEqualTo(200);
		assertProblem(auditor.post(sources(ws), source("by-auditor", "")), 403, "forbidden");
		assertProblem(auditor.put(workspace(ws) + "/members/" + userId(auditor), Map.of("role", "ADMIN"), Map.of()),
				403, "forbidden");
	}

	@Test
	void workspaceAdminManagesMembers() {
		String ws = createWorkspace("members");
		Api workspaceAdmin = member(ws, "ADMIN");
		String newcomer = createUser(Databases.randomName("newcomer"));

		assertThat(workspaceAdmin.put(membership(ws, newcomer), Map.of("role", "ANALYST"), Map.of()).status()).isEqualTo(204);
		assertThat(roleIn(ws, newcomer)).isEqualTo("ANALYST");
		assertThat(workspaceAdmin.put(membership(ws, newcomer), Map.of("role", "STEWARD"), Map.of()).status()).isEqualTo(204);
		assertThat(roleIn(ws, newcomer)).isEqualTo("STEWARD");
		assertThat(workspaceAdmin.delete(membership(ws, newcomer)).status()).isEqualTo(204);
		assertThat(roleIn(ws, newcomer)).isNull();
		Response gone = workspaceAdmin.delete(membership(ws, newcomer));
		assertProblem(gone, 404, "not-found");
		assertThat(gone.json().get("detail").asString()).isEqualTo("No member with id " + newcomer + " exists in this workspace.");
		String nobody = UUID.randomUUID().toString();
		Response unknown = workspaceAdmin.put(membership(ws, nobody), Map.of("role", "ANALYST"), Map.of());
		assertProblem(unknown, 404, "not-found");
		assertThat(unknown.json().get("detail").asString()).isEqualTo("No user with id " + nobody + " exists.");
	}

	@Test
	void theLastAdminOfAWorkspaceCanBeNeitherRemovedNorDemoted() {
		String ws = createWorkspace("last-admin");
		String onlyAdmin = userId(admin);

		assertProblem(admin.put(membership(ws, onlyAdmin), Map.of("role", "STEWARD"), Map.of()), 409, "conflict");
		assertProblem(admin.delete(membership(ws, onlyAdmin)), 409, "conflict");
		assertThat(roleIn(ws, onlyAdmin)).isEqualTo("ADMIN");

		Api secondAdmin = member(ws, "ADMIN");
		assertThat(secondAdmin.put(membership(ws, onlyAdmin), Map.of("role", "STEWARD"), Map.of()).status()).isEqualTo(204);
		assertProblem(secondAdmin.put(membership(ws, userId(secondAdmin)), Map.of("role", "AUDITOR"), Map.of()), 409,
				"conflict");
		assertProblem(secondAdmin.delete(membership(ws, userId(secondAdmin))), 409, "conflict");
	}

	@Test
	void onlyPlatformAdminsCreateWorkspacesAndManageUsers() {
		Api workspaceAdmin = member(createWorkspace("platform"), "ADMIN");

		assertProblem(workspaceAdmin.post("/api/v1/workspaces",
				Map.of("slug", Databases.randomName("nope").replace('_', '-'), "name", "Nope")), 403, "forbidden");
		assertProblem(workspaceAdmin.post("/api/v1/users",
				Map.of("username", Databases.randomName("nope"), "password", PASSWORD)), 403, "forbidden");
		assertProblem(workspaceAdmin.get("/api/v1/users"), 403, "forbidden");
		assertProblem(workspaceAdmin.get("/api/v1/users/" + userId(admin)), 403, "forbidden");
		assertProblem(workspaceAdmin.get("/api/v1/audit-events"), 403, "forbidden");
		assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
		assertThat(admin.get("/api/v1/users/" + userId(workspaceAdmin)).json().get("platformAdmin").asBoolean())
				.as("platformAdmin omitted at creation").isFalse();
	}

	// --- audit

	@Test
	void recordsSuccessfulDeniedAndFailedWritesInTheWorkspaceAuditLog() {
		String ws = createWorkspace("audit");
		Api steward = member(ws, "STEWARD");
		Api analyst = member(ws, "ANALYST");
		String sourcePassword = "source-secret-" + UUID.randomUUID();

		assertThat(steward.post(sources(ws), source("audited", sourcePassword)).status()).isEqualTo(201);
		assertThat(analyst.post(sources(ws), source("refused", sourcePassword)).status()).isEqualTo(403);
		assertThat(steward.post(sources(ws), Map.of("name", "no-engine", "password", sourcePassword)).status())
				.isEqualTo(400);

		List<JsonNode> events = awaitEvents(admin, workspace(ws) + "/audit-events?size=500",
				e -> e.get("path").asString().equals(sources(ws)), 3);
		assertThat(events).anySatisfy(e -> assertEvent(e, userName(steward), SOURCES_ACTION, "SUCCESS", 201));
		assertThat(events).anySatisfy(e -> assertEvent(e, userName(analyst), SOURCES_ACTION, "DENIED", 403));
		assertThat(events).anySatisfy(e -> assertEvent(e, userName(steward), SOURCES_ACTION, "FAILURE", 400));
		assertThat(events).hasSize(3);
		assertThat(events.toString()).doesNotContain(sourcePassword);
		assertThat(admin.get(sources(ws)).body()).doesNotContain(sourcePassword);
	}

	@Test
	void recordsLoginAttemptsInThePlatformAuditLogWithoutThePassword() {
		String username = Databases.randomName("login");
		createUser(username);
		String ghost = Databases.randomName("ghost");
		String wrongPassword = "wrong-" + UUID.randomUUID();

		assertThat(anonymous().post(LOGIN, Map.of("username", username, "password", wrongPassword)).status()).isEqualTo(401);
		assertThat(anonymous().post(LOGIN, Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(200);
		assertThat(anonymous().post(LOGIN, Map.of("username", ghost, "password", wrongPassword)).status()).isEqualTo(401);

		List<JsonNode> ofUser = awaitEvents(admin, "/api/v1/audit-events?actor=" + username, e -> true, 2);
		assertThat(ofUser).anySatisfy(e -> assertEvent(e, username, "POST " + LOGIN, "DENIED", 401));
		assertThat(ofUser).anySatisfy(e -> assertEvent(e, username, "POST " + LOGIN, "SUCCESS", 200));
		List<JsonNode> ofGhost = awaitEvents(admin, "/api/v1/audit-events?actor=" + ghost, e -> true, 1);
		assertThat(ofGhost).singleElement().satisfies(e -> {
			assertEvent(e, ghost, "POST " + LOGIN, "DENIED", 401);
			assertThat(e.get("actorId").isNull()).isTrue();
		});
		String platformLog = admin.get("/api/v1/audit-events?size=500").body();
		assertThat(platformLog).contains(username, ghost).doesNotContain(wrongPassword, PASSWORD, ADMIN_PASSWORD);
		assertThat(admin.get("/api/v1/audit-events?outcome=DENIED&actor=" + ghost).json().get("total").asLong())
				.isEqualTo(1);
	}

	@Test
	void repeatedFailedLoginsAreRefusedForAWhileEvenWithTheRightPassword() {
		String username = Databases.randomName("guessed");
		createUser(username);
		for (int i = 0; i < 5; i++) {
			assertThat(anonymous().post(LOGIN, Map.of("username", username, "password", "guess-" + i)).status()).isEqualTo(401);
		}
		Response refused = anonymous().post(LOGIN, Map.of("username", username, "password", PASSWORD));
		assertProblem(refused, 429, "too-many-requests");
		assertThat(refused.json().get("detail").asString()).contains("Too many failed logins for this account", "Try again in");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
		assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(Long.parseLong(refused.header("Retry-After")));

		String other = Databases.randomName("neighbour");
		createUser(other);
		assertThat(login(other, PASSWORD).get("accessToken").isNull()).as("other accounts are not locked out").isFalse();
		Response fromElsewhere = FromAddress.post("127.0.0.4", port, LOGIN, Map.of("username", username, "password", PASSWORD), null);
		assertThat(fromElsewhere.status()).as("the owner from another address: " + fromElsewhere).isEqualTo(200);
		List<JsonNode> events = awaitEvents(admin, "/api/v1/audit-events?actor=" + username, e -> e.get("status").asInt() == 429, 1);
		assertThat(events).isNotEmpty();
	}

	// --- helpers

	private JsonNode login(String username, String password) {
		Response r = anonymous().post(LOGIN, Map.of("username", username, "password", password));
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private Response refresh(JsonNode tokens) {
		return anonymous().post(REFRESH, Map.of("refreshToken", tokens.get("refreshToken").asString()));
	}

	private String createUser(String username) {
		Response r = admin.post("/api/v1/users", Map.of("username", username, "password", PASSWORD));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.id();
	}

	private String roleIn(String ws, String userId) {
		for (JsonNode m : admin.get(workspace(ws) + "/members").json().get("items")) {
			if (m.get("userId").asString().equals(userId)) {
				return m.get("role").asString();
			}
		}
		return null;
	}

	/** Claims like those of a real access token of the bootstrap admin (its session too), with the given times and type. */
	private JWTClaimsSet accessClaims(Instant issued, Instant expires, String type) throws Exception {
		JsonNode me = admin.get(ME).json();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
				.issuer("pursight")
				.subject(me.get("id").asString())
				.claim("preferred_username", me.get("username").asString())
				.claim("padm", true)
				.claim("sid", SignedJWT.parse(admin.token()).getJWTClaimsSet().getStringClaim("sid"))
				.jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(issued))
				.expirationTime(Date.from(expires));
		if (type != null) {
			claims.claim("typ", type);
		}
		return claims.build();
	}

	/** Signs claims with the server's own key, read from the data directory. */
	private static String mint(JWTClaimsSet claims) throws Exception {
		String key = Files.readString(dataDir().resolve("jwt.key"), StandardCharsets.US_ASCII).trim();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(Base64.getDecoder().decode(key)));
		return jwt.serialize();
	}

	/**
	 * The events of an audit page that match, once there are at least {@code count}: the trail
	 * is written as the response completes, so a client may read the log a moment before.
	 */
	private static List<JsonNode> awaitEvents(Api api, String path, Predicate<JsonNode> matching, int count) {
		return Await.until(count + " audit events at " + path, () -> {
			Response r = api.get(path);
			assertThat(r.status()).as(r.toString()).isEqualTo(200);
			List<JsonNode> items = new ArrayList<>();
			r.json().get("items").forEach(e -> {
				if (matching.test(e)) {
					items.add(e);
				}
			});
			return items;
		}, items -> items.size() >= count);
	}

	private static void assertEvent(JsonNode event, String actor, String action, String outcome, int status) {
		assertThat(event.get("actorName").asString()).isEqualTo(actor);
		assertThat(event.get("action").asString()).isEqualTo(action);
		assertThat(event.get("outcome").asString()).isEqualTo(outcome);
		assertThat(event.get("status").asInt()).isEqualTo(status);
		assertThat(event.get("clientAddress").asString()).isEqualTo("127.0.0.1");
		assertThat(event.get("occurredAt").isNull()).isFalse();
	}

	private static void assertProblem(Response r, int status, String slug) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = r.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:pursight:problem:" + slug);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	private static String userName(Api api) {
		return api.get(ME).json().get("username").asString();
	}

	private static String workspace(String ws) {
		return "/api/v1/workspaces/" + ws;
	}

	private static String sources(String ws) {
		return workspace(ws) + "/sources";
	}

	private static String membership(String ws, String userId) {
		return workspace(ws) + "/members/" + userId;
	}

	private static Map<String, Object> source(String name, String password) {
		return Map.of("name", name, "engine", "POSTGRESQL", "host", "127.0.0.1", "port", 5432, "database", "postgres",
				"username", "postgres", "password", password);
	}
}
