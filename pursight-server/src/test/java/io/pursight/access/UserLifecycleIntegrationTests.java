package io.pursight.access;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pursight.common.PageQuery;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import io.pursight.testing.Api;
import io.pursight.testing.Api.Response;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of an account over HTTP, each test written as the attack it stops: sessions that must
 * end (logout, revocation, password changes, disabling, deletion) and look-alike names.
 */
class UserLifecycleIntegrationTests extends ServerTestSupport {

	private static final String LOGIN = "/api/v1/auth/login";
	private static final String REFRESH = "/api/v1/auth/refresh";
	private static final String LOGOUT = "/api/v1/auth/logout";
	private static final String USERS = "/api/v1/users";
	private static final String ME = "/api/v1/users/me";
	/** Where the failures of these tests come from, so that they count against no other test's address. */
	private static final String ELSEWHERE = "127.0.0.3";

	@Autowired
	UserAccounts directory;

	// --- logout

	@Test
	void logoutWithAnotherUsersRefreshTokenLeavesTheirSessionAlone() {
		Session victim = login(createUser("victim"), PASSWORD);
		Session attacker = login(createUser("attacker"), PASSWORD);

		Response r = attacker.api().post(LOGOUT, Map.of("refreshToken", victim.refreshToken()));

		assertThat(r.status()).as("the same answer as any logout: nothing to learn").isEqualTo(204);
		assertThat(victim.api().get(ME).status()).as("the victim's access token").isEqualTo(200);
		assertThat(refresh(victim.refreshToken()).status()).as("the victim's refresh token").isEqualTo(200);
		assertProblem(attacker.api().get(ME), 401);
	}

	@Test
	void afterLogoutTheAccessTokenIsRefusedAtOnce() {
		Session session = login(createUser("leaving"), PASSWORD);
		Session other = login(session.username(), PASSWORD);
		assertThat(session.api().get(ME).status()).isEqualTo(200);

		assertThat(session.api().post(LOGOUT, Map.of("refreshToken", session.refreshToken())).status()).isEqualTo(204);

		Response after = session.api().get(ME);
		assertProblem(after, 401);
		assertThat(after.json().get("detail").asString()).contains("session has ended");
		assertProblem(refresh(session.refreshToken()), 401);
		assertThat(other.api().get(ME).status()).as("another login of the same user").isEqualTo(200);
		assertThat(session.api().post(LOGOUT, Map.of("refreshToken", session.refreshToken())).status())
				.as("logging out twice").isEqualTo(204);
	}

	@Test
	void aClientWhoseAccessTokenExpiredCanStillLogOut() throws Exception {
		Session session = login(createUser("lapsed"), PASSWORD);
		String expired = mint(session, Instant.now().minus(Duration.ofHours(3)), Instant.now().minus(Duration.ofHours(1)));
		assertProblem(anonymous().as(expired).get(ME), 401);

		Response r = anonymous().as(expired).post(LOGOUT, Map.of("refreshToken", session.refreshToken()));

		assertThat(r.status()).as(r.toString()).isEqualTo(204);
		assertProblem(refresh(session.refreshToken()), 401);
		assertProblem(session.api().get(ME), 401);
	}

	@Test
	void anExpiredTokenLogsOutNobodyElse() throws Exception {
		Session victim = login(createUser("victim"), PASSWORD);
		Session attacker = login(createUser("attacker"), PASSWORD);
		String expired = mint(attacker, Instant.now().minus(Duration.ofHours(3)), Instant.now().minus(Duration.ofHours(1)));

		assertThat(anonymous().as(expired).post(LOGOUT, Map.of("refreshToken", victim.refreshToken())).status()).isEqualTo(204);
		assertProblem(anonymous().post(LOGOUT, Map.of("refreshToken", victim.refreshToken())), 401);

		assertThat(refresh(victim.refreshToken()).status()).isEqualTo(200);
	}

	@Test
	void refusesAnAccessTokenOfASessionThatNeverExisted() throws Exception {
		Session session = login(createUser("forger"), PASSWORD);
		String forged = mint(session, UUID.randomUUID().toString(), Instant.now(), Instant.now().plus(Duration.ofMinutes(5)));
		String withoutSession = mint(session, null, Instant.now(), Instant.now().plus(Duration.ofMinutes(5)));

		assertProblem(anonymous().as(forged).get(ME), 401);
		assertProblem(anonymous().as(withoutSession).get(ME), 401);
	}

	// --- revoking sessions, disabling, deleting

	@Test
	void anAdministratorLogsAUserOutEverywhere() {
		String username = createUser("revoked");
		Session first = login(username, PASSWORD);
		Session second = login(username, PASSWORD);

		Response r = admin.post(USERS + "/" + first.userId() + "/sessions/revoke", null);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().get("revokedSessions").asInt()).isEqualTo(2);
		assertProblem(first.api().get(ME), 401);
		assertProblem(second.api().get(ME), 401);
		assertProblem(refresh(second.refreshToken()), 401);
		assertThat(login(username, PASSWORD).api().get(ME).status()).as("the user may log in again").isEqualTo(200);
		assertProblem(admin.post(USERS + "/" + UUID.randomUUID() + "/sessions/revoke", null), 404);
	}

	@Test
	void aUserLogsOutTheirOtherSessions() {
		String username = createUser("careful");
		Session stolen = login(username, PASSWORD);
		Session mine = login(username, PASSWORD);

		Response r = mine.api().post(ME + "/sessions/revoke", null);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().get("revokedSessions").asInt()).isEqualTo(1);
		assertProblem(stolen.api().get(ME), 401);
		assertProblem(refresh(stolen.refreshToken()), 401);
		assertThat(mine.api().get(ME).status()).isEqualTo(200);
	}

	@Test
	void disablingAUserStopsTheirTokensOnTheNextRequest() {
		String username = createUser("disabled");
		Session session = login(username, PASSWORD);
		assertThat(session.api().get(ME).status()).isEqualTo(200);

		Response disabled = admin.post(USERS + "/" + session.userId() + "/disable", null);

		assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertProblem(session.api().get(ME), 401);
		assertProblem(refresh(session.refreshToken()), 401);
		Response relogin = FromAddress.post(ELSEWHERE, port, LOGIN, Map.of("username", username, "password", PASSWORD), null);
		assertProblem(relogin, 401);
		assertThat(relogin.json().get("detail").asString()).contains("disabled");

		Response enabled = admin.post(USERS + "/" + session.userId() + "/enable", null);
		assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
		assertThat(login(username, PASSWORD).api().get(ME).status()).isEqualTo(200);
		assertProblem(session.api().get(ME), 401);
		assertThat(enabled.json().get("version").asLong()).isGreaterThan(disabled.json().get("version").asLong());
	}

	@Test
	void aDisabledAccountIsRefusedEvenWithATokenOfALiveSession() throws Exception {
		Session session = login(createUser("lingering"), PASSWORD);
		assertThat(admin.post(USERS + "/" + session.userId() + "/disable", null).status()).isEqualTo(200);
		// a session the store still knows as alive (as if revoking had failed): the account check per request refuses it
		String token = mint(session, sidOf(admin.token()), Instant.now(), Instant.now().plus(Duration.ofMinutes(5)));

		Response r = anonymous().as(token).get(ME);

		assertProblem(r, 401);
		assertThat(r.json().get("detail").asString()).contains("disabled");
	}

	@Test
	void administratorsDisableAndDeleteNeitherThemselvesNorTheLastAdministrator() {
		String self = userId(admin);
		assertProblem(admin.post(USERS + "/" + self + "/disable", null), 409);
		assertProblem(admin.delete(USERS + "/" + self), 409);
		assertThat(admin.get(ME).json().get("enabled").asBoolean()).isTrue();

		// only a race could reach it through the API (two administrators removing each other): the store decides
		UserId onlyAdmin = UserId.of(self);
		List<UserId> others = directory.list(new PageQuery(0, 500)).items().stream()
				.filter(u -> u.platformAdmin() && u.enabled() && !u.id().equals(onlyAdmin)).map(UserView::id).toList();
		others.forEach(id -> directory.disable(onlyAdmin, id));
		try {
			UserId someoneElse = UserId.random();
			assertThatThrownBy(() -> directory.disable(someoneElse, onlyAdmin)).isInstanceOfSatisfying(Problem.class,
					p -> assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICT));
			assertThatThrownBy(() -> directory.delete(someoneElse, onlyAdmin)).isInstanceOf(Problem.class)
					.hasMessageContaining("last enabled platform administrator");
		}
		finally {
			others.forEach(directory::enable);
		}
	}

	@Test
	void deletingAUserRemovesMembershipsAndSessionsButTheAuditKeepsTheName() {
		String workspace = createWorkspace("farewell");
		String username = createUser("departing");
		Session session = login(username, PASSWORD);
		assertThat(admin.put("/api/v1/workspaces/" + workspace + "/members/" + session.userId(), Map.of("role", "STEWARD"),
				Map.of()).status()).isEqualTo(204);
		assertThat(session.api().post("/api/v1/workspaces/" + workspace + "/sources", Map.of()).status()).isEqualTo(400);

		Response deleted = admin.delete(USERS + "/" + session.userId());

		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		assertProblem(admin.get(USERS + "/" + session.userId()), 404);
		assertProblem(session.api().get(ME), 401);
		assertProblem(refresh(session.refreshToken()), 401);
		assertProblem(FromAddress.post(ELSEWHERE, port, LOGIN, Map.of("username", username, "password", PASSWORD), null), 401);
		assertThat(admin.get("/api/v1/workspaces/" + workspace + "/members").body()).doesNotContain(session.userId());
		JsonNode events = admin.get("/api/v1/workspaces/" + workspace + "/audit-events?actor=" + username).json();
		assertThat(events.get("total").asLong()).isPositive();
		assertThat(events.get("items").get(0).get("actorId").asString()).isEqualTo(session.userId());
		assertProblem(admin.delete(USERS + "/" + session.userId()), 404);
		assertThat(createUserNamed(username).status()).as("the name is free again").isEqualTo(201);
	}

	@Test
	void theLastAdminOfAWorkspaceIsNotDeletedFromUnderIt() {
		String workspace = createWorkspace("orphan");
		String username = createUser("sole_admin");
		String id = login(username, PASSWORD).userId();
		admin.put("/api/v1/workspaces/" + workspace + "/members/" + id, Map.of("role", "ADMIN"), Map.of());
		admin.put("/api/v1/workspaces/" + workspace + "/members/" + userId(admin), Map.of("role", "STEWARD"), Map.of());

		Response r = admin.delete(USERS + "/" + id);

		assertProblem(r, 409);
		assertThat(r.json().get("detail").asString()).contains(workspace, "make another member ADMIN");
		assertThat(admin.get(USERS + "/" + id).status()).isEqualTo(200);
	}

	// --- passwords

	@Test
	void changingYourPasswordNeedsTheCurrentOneAndLogsOutYourOtherSessions() {
		String username = createUser("changer");
		Session thief = login(username, PASSWORD);
		Session owner = login(username, PASSWORD);
		String newPassword = "velvet harbour crosses tundra";

		Response wrong = FromAddress.post(ELSEWHERE, port, ME + "/password", Map.of("currentPassword", "guessed-password-1",
				"newPassword", "thief chosen passphrase"), thief.accessToken());
		assertProblem(wrong, 403);
		assertThat(wrong.json().get("detail").asString()).contains("current password is wrong");

		Response weak = owner.api().post(ME + "/password", Map.of("currentPassword", PASSWORD, "newPassword", "password1234"));
		assertProblem(weak, 400);
		assertThat(weak.json().get("detail").asString()).contains("too easy to guess");

		Response changed = owner.api().post(ME + "/password", Map.of("currentPassword", PASSWORD, "newPassword", newPassword));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
		assertThat(owner.api().get(ME).status()).as("this session goes on").isEqualTo(200);
		assertProblem(thief.api().get(ME), 401);
		assertProblem(refresh(thief.refreshToken()), 401);
		assertProblem(FromAddress.post(ELSEWHERE, port, LOGIN, Map.of("username", username, "password", PASSWORD), null), 401);
		assertThat(login(username, newPassword).api().get(ME).status()).isEqualTo(200);
	}

	@Test
	void anAdministratorResetsAPasswordAndEndsEverySessionOfTheUser() {
		String username = createUser("forgetful");
		Session session = login(username, PASSWORD);
		String path = USERS + "/" + session.userId() + "/password";

		assertProblem(admin.post(path, Map.of("newPassword", "123456789012")), 400);
		assertProblem(admin.post(path, Map.of("newPassword", username + "2024")), 400);
		assertThat(admin.post(path, Map.of("newPassword", "lantern orbit quietly mango")).status()).isEqualTo(204);

		assertProblem(session.api().get(ME), 401);
		assertProblem(refresh(session.refreshToken()), 401);
		assertThat(login(username, "lantern orbit quietly mango").api().get(ME).status()).isEqualTo(200);
		Response own = admin.post(USERS + "/" + userId(admin) + "/password", Map.of("newPassword", "lantern orbit quietly mango"));
		assertProblem(own, 409);
		assertThat(own.json().get("detail").asString()).contains("/api/v1/users/me/password");
	}

	@Test
	void refusesGuessablePasswordsWhenCreatingUsers() {
		for (String password : List.of("aaaaaaaaaaaa", "123456789012", "password1234", "Password1234!", "pursight2024!")) {
			Response r = admin.post(USERS, Map.of("username", Databases.randomName("weak"), "password", password));
			assertProblem(r, 400);
			assertThat(r.json().get("detail").asString()).as(password).contains("too easy to guess", "passphrase");
		}
		String username = Databases.randomName("named");
		assertProblem(admin.post(USERS, Map.of("username", username, "password", username + "!!!")), 400);
		Response tooShort = admin.post(USERS, Map.of("username", username, "password", "short"));
		assertProblem(tooShort, 400);
		assertThat(tooShort.json().get("detail").asString()).contains("at least 12 characters");
	}

	// --- user names

	@Test
	void aNameThatDiffersOnlyInCaseOrWidthIsTaken() {
		for (String lookAlike : List.of("ADMIN", "Admin", "ａｄｍｉｎ", "ＡＤＭＩＮ")) {
			Response r = admin.post(USERS, Map.of("username", lookAlike, "password", "lantern orbit quietly mango"));
			assertProblem(r, 409);
			assertThat(r.json().get("detail").asString()).contains("already taken");
		}
		String name = Databases.randomName("Mixed");
		assertThat(createUserNamed(name).status()).isEqualTo(201);
		assertProblem(createUserNamed(name.toLowerCase()), 409);
	}

	@Test
	void anySpellingOfANameLogsIntoTheSameAccount() {
		String id = userId(admin);
		for (String spelling : List.of("Admin", "ADMIN", "ａｄｍｉｎ")) {
			Session session = login(spelling, ADMIN_PASSWORD);
			assertThat(session.userId()).as(spelling).isEqualTo(id);
		}
	}

	@Test
	void aFullWidthNameIsStoredInItsPlainForm() {
		String plain = Databases.randomName("wide");
		StringBuilder wide = new StringBuilder();
		plain.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01))); // ASCII to its full-width form

		Response r = createUserNamed(wide.toString());

		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().get("username").asString()).isEqualTo(plain);
		assertThat(login(plain, PASSWORD).userId()).isEqualTo(r.id());
	}

	// --- helpers

	/** Creates a user with {@link #PASSWORD} and returns its name. */
	private String createUser(String prefix) {
		String username = Databases.randomName(prefix);
		Response r = createUserNamed(username);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return username;
	}

	private Response createUserNamed(String username) {
		return admin.post(USERS, Map.of("username", username, "password", PASSWORD));
	}

	private Session login(String username, String password) {
		Response r = anonymous().post(LOGIN, Map.of("username", username, "password", password));
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		String accessToken = r.json().get("accessToken").asString();
		return new Session(anonymous().as(accessToken), username, claims(accessToken).getSubject(),
				r.json().get("refreshToken").asString());
	}

	private Response refresh(String refreshToken) {
		return anonymous().post(REFRESH, Map.of("refreshToken", refreshToken));
	}

	/** An access token of the session's user and session, valid between the given times, signed with the server's key. */
	private static String mint(Session session, Instant issued, Instant expires) throws Exception {
		return mint(session, sidOf(session.accessToken()), issued, expires);
	}

	private static String mint(Session session, String sid, Instant issued, Instant expires) throws Exception {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("pursight").subject(session.userId())
				.claim("preferred_username", session.username()).claim("padm", false).claim("typ", "access")
				.jwtID(UUID.randomUUID().toString()).issueTime(Date.from(issued)).expirationTime(Date.from(expires));
		if (sid != null) {
			claims.claim("sid", sid);
		}
		String key = Files.readString(dataDir().resolve("jwt.key"), StandardCharsets.US_ASCII).trim();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
		jwt.sign(new MACSigner(Base64.getDecoder().decode(key)));
		return jwt.serialize();
	}

	private static String sidOf(String accessToken) {
		return (String) claims(accessToken).getClaim("sid");
	}

	private static JWTClaimsSet claims(String accessToken) {
		try {
			return SignedJWT.parse(accessToken).getJWTClaimsSet();
		}
		catch (java.text.ParseException e) {
			throw new AssertionError("not a JWT: " + accessToken, e);
		}
	}

	private static void assertProblem(Response r, int status) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		assertThat(r.header("Content-Type")).startsWith("application/problem+json");
		assertThat(r.json().get("detail").asString()).isNotBlank();
	}

	/** A logged-in user: a client acting with its access token, and its refresh token. */
	private record Session(Api api, String username, String userId, String refreshToken) {

		String accessToken() {
			return api.token();
		}
	}
}
