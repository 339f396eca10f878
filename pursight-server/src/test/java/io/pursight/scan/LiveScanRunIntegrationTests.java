package io.pursight.scan;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Live scan run updates over STOMP at {@code /api/v1/ws}, against the running server: who may
 * connect and subscribe, that nobody but the server publishes, that a subscriber follows its runs to
 * their end, that a change written to the shared store by another replica reaches it (ties and late
 * commits included, nothing repeated), and that an expired token or an ended session stops delivery.
 */
class LiveScanRunIntegrationTests extends ServerTestSupport {

	static String database;

	@Autowired
	JdbcClient store;
	@Autowired
	SimpUserRegistry subscriptions;

	String workspace;
	String source;
	final List<Live> opened = new ArrayList<>();

	@BeforeAll
	static void aDatabase() {
		database = Databases.createPostgres("pursight_live");
		Databases.execute(Databases.postgresUrl(database), "postgres", "",
				"CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100))");
	}

	@AfterAll
	static void dropDatabase() {
		Databases.dropPostgres(database);
	}

	@BeforeEach
	void aWorkspaceWithASource() {
		workspace = createWorkspace("live");
		source = registerPostgres(workspace, "customers", database);
	}

	@AfterEach
	void closeConnections() {
		opened.forEach(Live::close);
	}

	@Test
	void onlyTheHandshakeIsOpenAndAPlainRequestToItIsAClientError() {
		Api.Response plain = anonymous().get("/api/v1/ws");
		assertThat(plain.status()).as(plain.toString()).isBetween(400, 499).isNotIn(401, 403);
		assertThat(plain.body()).doesNotContain("Exception");
		assertThat(anonymous().get("/api/v1/ws/anything").status()).isEqualTo(401);
		assertThat(anonymous().post("/api/v1/ws", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void aConnectWithoutATokenIsRefused() {
		Live live = new Live();
		assertThatThrownBy(() -> live.connect(null)).isInstanceOf(ExecutionException.class);
		assertThat(live.error()).contains("Authorization");
	}

	@Test
	void aConnectWithABadExpiredOrEndedTokenIsRefused() throws Exception {
		String valid = admin.token();
		String tampered = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
		Instant past = Instant.now().minus(Duration.ofHours(1));
		String expired = mint(valid, past, past.plus(Duration.ofMinutes(15)));
		Api analyst = member(workspace, "ANALYST");
		String ended = analyst.token();
		assertThat(admin.post("/api/v1/users/" + userId(analyst) + "/sessions/revoke", null).status()).isIn(200, 204);

		for (String token : List.of("not-a-jwt", tampered, expired, ended)) {
			Live live = new Live();
			assertThatThrownBy(() -> live.connect(token)).as(token).isInstanceOf(ExecutionException.class);
			assertThat(live.error()).contains("log in again").doesNotContain(token);
		}
	}

	@Test
	void aMemberFollowsItsWorkspacesRunsToTheirEnd() throws Exception {
		Api analyst = member(workspace, "ANALYST");
		Live live = new Live().connect(analyst.token());
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));

		Api.Response accepted = admin.post(ws() + "/sources/" + source + "/discover", null);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		String run = accepted.json().get("id").asString();

		List<JsonNode> seen = new ArrayList<>();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode message = messages.poll(1, TimeUnit.SECONDS);
			if (message != null) {
				seen.add(message);
			}
			return message != null && message.get("state").asString().equals("COMPLETED");
		});
		assertThat(seen).allSatisfy(m -> assertThat(m.get("id").asString()).isEqualTo(run));
		assertThat(seen.stream().mapToLong(m -> m.get("version").asLong()))
				.as("in order, each change once").isSorted().doesNotHaveDuplicates();
		assertThat(seen.getLast()).as("the same JSON as GET /scan-runs/{id}")
				.isEqualTo(analyst.get(ws() + "/scan-runs/" + run).json());
	}

	@Test
	void aChangeWrittenToTheStoreByAnotherReplicaIsBroadcastOnceTiesAndLateCommitsIncluded() throws Exception {
		String first = discover();
		String second = discover();
		Live live = new Live().connect(member(workspace, "AUDITOR").token());
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));

		// two runs changed at the same instant, as another replica would write them
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Long> touched = Map.of(first, touch(first, now), second, touch(second, now));
		List<JsonNode> received = next(messages, touched);
		assertThat(received).extracting(m -> m.get("id").asString()).containsExactlyInAnyOrder(first, second);
		assertThat(messages.poll(3, TimeUnit.SECONDS)).as("nothing sent twice").isNull();

		// committed after a newer change was seen, stamped two seconds before it: still within the lookback
		assertThat(next(messages, first, touch(first, now.plusSeconds(1))).get("id").asString()).isEqualTo(first);
		JsonNode late = next(messages, second, touch(second, now.minusSeconds(1)));
		assertThat(late).isEqualTo(admin.get(ws() + "/scan-runs/" + second).json());
	}

	@Test
	void moreChangesAtOneInstantThanOneReadTakesArePagedThroughEachSentOnce() throws Exception {
		String original = discover();
		Live live = new Live().connect(admin.token());
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));
		next(messages, original, touch(original, OffsetDateTime.now(ZoneOffset.UTC)));

		// more runs than pursight.live.scan-runs.batch-size (500), all stamped at the same instant
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		java.util.Set<String> copies = new java.util.HashSet<>();
		for (int i = 0; i < 520; i++) {
			UUID copy = UUID.randomUUID();
			store.sql("""
					INSERT INTO scan_runs (id, workspace_id, source_id, table_asset_id, steps, sample_size, state, reports,
					    error, requested_by, created_at, started_at, finished_at, updated_at, version)
					SELECT ?, workspace_id, source_id, table_asset_id, steps, sample_size, state, reports, error,
					    requested_by, created_at, started_at, finished_at, ?, version
					FROM scan_runs WHERE id = ?""").params(copy, now, UUID.fromString(original)).update();
			copies.add(copy.toString());
		}
		java.util.Set<String> received = new java.util.HashSet<>();
		while (received.size() < copies.size()) {
			String id = next(messages).get("id").asString();
			assertThat(received.add(id)).as("%s sent once", id).isTrue();
		}
		assertThat(received).isEqualTo(copies);
		assertThat(messages.poll(3, TimeUnit.SECONDS)).as("nothing sent twice").isNull();
	}

	@Test
	void anotherWorkspacesTopicIsRefusedAndSendsNothing() throws Exception {
		String other = createWorkspace("live-other");
		Live live = refusedSubscription(member(workspace, "ADMIN").token(), topic(other));

		assertThat(live.error()).isEqualTo("You may not subscribe to this topic.").doesNotContain(other);
		await().atMost(Duration.ofSeconds(10)).until(live::closed);
		assertThat(subscriptions.findSubscriptions(s -> s.getDestination().contains(other))).isEmpty();
	}

	@Test
	void aUserOfNoWorkspaceIsRefused() throws Exception {
		Live live = refusedSubscription(member(createWorkspace("live-own"), "STEWARD").token(), topic(workspace));
		assertThat(live.error()).isEqualTo("You may not subscribe to this topic.");
	}

	@Test
	void wildcardsUnknownTopicsAndOtherSpellingsOfAnIdAreRefused() throws Exception {
		String token = member(workspace, "ADMIN").token();
		for (String destination : List.of("/topic/workspaces/*/scan-runs", "/topic/workspaces/**",
				"/topic/workspaces/" + workspace + "/**", "/topic/workspaces/" + workspace.toUpperCase() + "/scan-runs",
				"/topic/workspaces/" + workspace + "/secrets", "/queue/anything", "/user/queue/x")) {
			assertThat(refusedSubscription(token, destination).error()).as(destination).startsWith("No such topic");
		}
	}

	@Test
	void clientsMayNotSend() throws Exception {
		Live live = refused(admin.token(), "a SEND", connected -> {
			connected.session.send(topic(workspace), Map.of("state", "COMPLETED"));
			return new LinkedBlockingQueue<>();
		});
		assertThat(live.error()).contains("only the server publishes");
	}

	@Test
	void aSubscriberWhoseTokenExpiresGetsAnErrorInsteadOfTheNextUpdate() throws Exception {
		String run = discover();
		Instant now = Instant.now();
		Live live = new Live().connect(mint(admin.token(), now, now.plusSeconds(15)));
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));
		long touched = touch(run, OffsetDateTime.now(ZoneOffset.UTC));
		assertThat(next(messages, run, touched)).as("delivered while the token is valid").isNotNull();
		await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(now.plusSeconds(16)));

		touch(run, OffsetDateTime.now(ZoneOffset.UTC));
		assertThat(live.awaitError()).contains("expired");
		assertThat(messages).isEmpty();
		await().atMost(Duration.ofSeconds(10)).until(live::closed);
	}

	@Test
	void aSubscriberWhoseSessionIsRevokedGetsAnErrorInsteadOfTheNextUpdate() throws Exception {
		String run = discover();
		Api steward = member(workspace, "STEWARD");
		Live live = new Live().connect(steward.token());
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));
		long touched = touch(run, OffsetDateTime.now(ZoneOffset.UTC));
		assertThat(next(messages, run, touched)).as("delivered while the session lives").isNotNull();
		assertThat(admin.post("/api/v1/users/" + userId(steward) + "/sessions/revoke", null).status()).isIn(200, 204);

		touch(run, OffsetDateTime.now(ZoneOffset.UTC));
		assertThat(live.awaitError()).contains("session has ended");
		assertThat(messages).isEmpty();
	}

	@Test
	void aSubscriberRemovedFromTheWorkspaceGetsAnErrorInsteadOfTheNextUpdate() throws Exception {
		String run = discover();
		Api analyst = member(workspace, "ANALYST");
		Live live = new Live().connect(analyst.token());
		BlockingQueue<JsonNode> messages = live.subscribe(topic(workspace));
		long touched = touch(run, OffsetDateTime.now(ZoneOffset.UTC));
		assertThat(next(messages, run, touched)).as("delivered while a member").isNotNull();
		assertThat(admin.delete(ws() + "/members/" + userId(analyst)).status()).isEqualTo(204);

		// the role is read again at most pursight.security.session-check-cache (5 s) apart
		OffsetDateTime removed = OffsetDateTime.now(ZoneOffset.UTC);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			touch(run, OffsetDateTime.now(ZoneOffset.UTC));
			JsonNode message = messages.poll(1500, TimeUnit.MILLISECONDS);
			assertThat(message == null || OffsetDateTime.now(ZoneOffset.UTC).isBefore(removed.plusSeconds(12)))
					.as("no update more than the check interval (and a margin) after the removal").isTrue();
			return live.error() != null;
		});
		assertThat(live.error()).isEqualTo("You may no longer follow this topic.");
		await().atMost(Duration.ofSeconds(10)).until(live::closed);
	}

	/**
	 * A connection whose SUBSCRIBE to {@code destination} was refused with an ERROR frame. Spring's
	 * ConcurrentWebSocketSessionDecorator drops a frame buffered while another thread still flushes
	 * (here: the CONNECTED frame) when the session is closed right after, as it is after a refusal;
	 * so a connection closed without any ERROR frame is tried again, twice at most. A refusal that
	 * is not sent as an ERROR frame in three attempts, or a message delivered, still fails.
	 */
	Live refusedSubscription(String token, String destination) throws Exception {
		return refused(token, destination, live -> live.subscribe(destination));
	}

	/** A connection on which {@code frame} (sent once connected) was refused with an ERROR frame; see above. */
	Live refused(String token, String what, Function<Live, BlockingQueue<JsonNode>> frame)
			throws Exception {
		for (int attempt = 1;; attempt++) {
			Live live = new Live().connect(token);
			BlockingQueue<JsonNode> messages = frame.apply(live);
			await().atMost(Duration.ofSeconds(15)).until(() -> live.error() != null || live.closed());
			assertThat(messages).as("nothing delivered after a refusal").isEmpty();
			if (live.error() != null || attempt == 3) {
				assertThat(live.error()).as("an ERROR frame for %s", what).isNotNull();
				return live;
			}
		}
	}

	String ws() {
		return "/api/v1/workspaces/" + workspace;
	}

	static String topic(String workspace) {
		return "/topic/workspaces/" + workspace + "/scan-runs";
	}

	String discover() {
		Api.Response done = admin.post(ws() + "/sources/" + source + "/discover?wait=true", null);
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		return admin.get(ws() + "/scan-runs?sourceId=" + source).json().get("items").get(0).get("id").asString();
	}

	/** What another replica does when it moves a run: a new version, stamped at {@code at}; returns that version. */
	long touch(String run, OffsetDateTime at) {
		assertThat(store.sql("UPDATE scan_runs SET version = version + 1, updated_at = ? WHERE id = ?")
				.params(at, UUID.fromString(run)).update()).isEqualTo(1);
		return store.sql("SELECT version FROM scan_runs WHERE id = ?").param(UUID.fromString(run))
				.query(Long.class).single();
	}

	static JsonNode next(BlockingQueue<JsonNode> messages, String run, long version) throws InterruptedException {
		return next(messages, Map.of(run, version)).getFirst();
	}

	/**
	 * The messages of the given runs at the given versions, in the order received. A subscriber also
	 * gets the changes of the lookback before it subscribed (here: the end of the discoveries that
	 * made the runs), so an earlier version of a run is skipped; anything else fails.
	 */
	static List<JsonNode> next(BlockingQueue<JsonNode> messages, Map<String, Long> versions) throws InterruptedException {
		List<JsonNode> received = new ArrayList<>();
		while (received.size() < versions.size()) {
			JsonNode message = next(messages);
			Long expected = versions.get(message.get("id").asString());
			assertThat(expected).as("a message of a touched run: %s", message).isNotNull();
			long version = message.get("version").asLong();
			assertThat(version).as("no newer version than the store's: %s", message).isLessThanOrEqualTo(expected);
			if (version == expected) {
				received.add(message);
			}
		}
		return received;
	}

	static JsonNode next(BlockingQueue<JsonNode> messages) throws InterruptedException {
		JsonNode message = messages.poll(15, TimeUnit.SECONDS);
		assertThat(message).as("a message within 15 s").isNotNull();
		return message;
	}

	/** A token like {@code like} (same user and session), signed with the server's key, valid from {@code issued} to {@code expires}. */
	static String mint(String like, Instant issued, Instant expires) throws Exception {
		JWTClaimsSet original = SignedJWT.parse(like).getJWTClaimsSet();
		JWTClaimsSet claims = new JWTClaimsSet.Builder(original).jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(issued)).expirationTime(Date.from(expires)).build();
		String key = Files.readString(dataDir().resolve("jwt.key"), StandardCharsets.US_ASCII).trim();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(Base64.getDecoder().decode(key)));
		return jwt.serialize();
	}

	/** One STOMP connection to the server, recording the ERROR frames it gets. */
	final class Live extends StompSessionHandlerAdapter {

		final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
		final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
		volatile StompSession session;
		volatile boolean lost;

		Live() {
			client.setMessageConverter(new JacksonJsonMessageConverter());
			opened.add(this);
		}

		Live connect(String token) throws Exception {
			StompHeaders headers = new StompHeaders();
			if (token != null) {
				headers.add("Authorization", "Bearer " + token);
			}
			CompletableFuture<StompSession> connecting = client.connectAsync(
					java.net.URI.create("ws://127.0.0.1:" + port + "/api/v1/ws"), null, headers, this);
			session = connecting.get(15, TimeUnit.SECONDS);
			return this;
		}

		/** Subscribes; for an allowed destination, returns once the server holds the subscription. */
		BlockingQueue<JsonNode> subscribe(String destination) {
			BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
			session.subscribe(destination, new StompFrameHandler() {
				@Override
				public Type getPayloadType(StompHeaders headers) {
					return JsonNode.class;
				}

				@Override
				public void handleFrame(StompHeaders headers, Object payload) {
					messages.add((JsonNode) payload);
				}
			});
			await().atMost(Duration.ofSeconds(10)).until(() -> !errors.isEmpty() || lost
					|| !subscriptions.findSubscriptions(s -> s.getDestination().equals(destination)).isEmpty());
			return messages;
		}

		String error() {
			return errors.peek();
		}

		String awaitError() throws InterruptedException {
			String error = errors.poll(15, TimeUnit.SECONDS);
			assertThat(error).as("an ERROR frame").isNotNull();
			return error;
		}

		boolean closed() {
			return lost || (session != null && !session.isConnected());
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return String.class;
		}

		@Override
		public void handleFrame(StompHeaders headers, Object payload) {
			String message = headers.getFirst("message");
			errors.add(message == null ? "(ERROR without a message)" : message);
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			lost = true;
		}

		void close() {
			try {
				if (session != null && session.isConnected()) {
					session.disconnect();
				}
			}
			catch (MessageDeliveryException e) {
				// the server closed the connection at the same moment (a test that ends with an ERROR frame)
			}
			client.stop();
		}
	}
}
