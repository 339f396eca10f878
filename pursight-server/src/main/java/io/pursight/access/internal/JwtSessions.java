package io.pursight.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.pursight.access.Sessions;
import io.pursight.access.Tokens;
import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static io.pursight.common.Timestamps.utc;

/**
 * Sessions over JWT access tokens and rotating refresh tokens. An access token is a short-lived
 * signed JWT naming its session (the {@code sid} claim); a refresh token is an opaque random string stored only as a hash,
 * single-use: every refresh rotates it within its family (one login, one session), and
 * presenting a used one revokes the whole family, because it means the token was stolen or
 * replayed. Access tokens of a revoked session stop working at once ({@link ActiveSessionValidator}).
 */
@Service
class JwtSessions implements Sessions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;
	private final PasswordEncoder passwords;
	private final JdbcClient jdbc;
	private final SessionRevocations revocations;
	private final MACSigner signer;
	private final Duration accessTtl;
	private final Duration refreshTtl;
	private final String dummyHash;
	private final LoginThrottle throttle;

	JwtSessions(Users users, PasswordEncoder passwords, JdbcClient jdbc, SessionRevocations revocations,
			SecurityConfiguration.TokenKey key, SecuritySettings settings, LoginThrottle throttle) throws JOSEException {
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.revocations = revocations;
		this.signer = new MACSigner(key.secret().getEncoded());
		this.accessTtl = settings.accessTokenTtl();
		this.refreshTtl = settings.refreshTokenTtl();
		this.throttle = throttle;
		this.dummyHash = passwords.encode("timing-equaliser-" + UUID.randomUUID());
	}

	/**
	 * Checks the password, unless the {@link LoginThrottle} refuses first; the same answer and about
	 * the same time for an unknown user and a wrong password. The name is matched in any case or
	 * width ({@link UserName}). The audit trail records the name tried, whatever the outcome. Not one
	 * transaction: a refused attempt takes no connection, and the one write (the new session's token)
	 * happens after the password check, so no connection waits on the slow hash.
	 */
	@Override
	public Tokens login(String username, String password, String clientAddress) {
		AuditTrail.recordActor(null, username);
		return throttle.attempt(username, clientAddress, () -> checkPassword(username, password));
	}

	private Tokens checkPassword(String username, String password) {
		Optional<UserAccount> user = users.byName(UserName.of(username));
		boolean matches = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(dummyHash));
		if (user.isEmpty() || !matches) {
			throw new WrongPassword(ProblemKind.UNAUTHENTICATED, "Wrong user name or password.");
		}
		if (!user.get().enabled()) {
			throw new Problem(ProblemKind.UNAUTHENTICATED, "This account is disabled: ask an administrator.");
		}
		return issue(user.get(), UUID.randomUUID());
	}

	/** Rotates a refresh token: the presented one is spent, a new pair is returned. */
	@Override
	@Transactional(noRollbackFor = Problem.class)
	public Tokens refresh(String refreshToken) {
		StoredToken stored = find(refreshToken)
				.orElseThrow(() -> new Problem(ProblemKind.UNAUTHENTICATED, "Unknown refresh token: log in again."));
		if (stored.revoked() || stored.expiresAt().isBefore(Instant.now())) {
			throw new Problem(ProblemKind.UNAUTHENTICATED, "The refresh token has expired or was revoked: log in again.");
		}
		// "revoked_at IS NULL" too: a revocation committed since the read wins over this refresh
		int spent = jdbc.sql("UPDATE refresh_tokens SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL")
				.params(now(), stored.id()).update();
		if (stored.used() || spent == 0) {
			revocations.revoke(stored.familyId());
			throw new Problem(ProblemKind.UNAUTHENTICATED,
					"This refresh token was already used, so every session of this login was revoked: log in again.");
		}
		UserAccount user = users.byId(stored.userId()).filter(UserAccount::enabled)
				.orElseThrow(() -> new Problem(ProblemKind.UNAUTHENTICATED, "The account is disabled or gone."));
		return issue(user, stored.familyId());
	}

	/** Logout is idempotent and must tell nobody whether a token belongs to someone. */
	@Override
	@Transactional
	public void logout(UserId caller, String refreshToken) {
		UUID session = currentSession();
		if (session != null && owner(session).filter(caller::equals).isPresent()) {
			revocations.revoke(session);
		}
		find(refreshToken).filter(t -> t.userId().equals(caller)).ifPresent(t -> revocations.revoke(t.familyId()));
	}

	@Override
	@Transactional
	public int endOtherSessions(UserId user) {
		return revocations.revokeAllExcept(user, currentSession());
	}

	@Override
	@Transactional
	public int endAllSessions(UserId user) {
		return revocations.revokeAll(user);
	}

	/** The session of the current request's access token; null for requests without one. */
	static UUID currentSession() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
				? ActiveSessionValidator.sessionOf(token.getToken()) : null;
	}

	private Optional<UserId> owner(UUID session) {
		return jdbc.sql("SELECT user_id FROM refresh_tokens WHERE family_id = ? FETCH FIRST 1 ROWS ONLY").param(session)
				.query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).optional();
	}

	private Tokens issue(UserAccount user, UUID familyId) {
		Instant now = Instant.now();
		String refresh = randomToken();
		jdbc.sql("""
				INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), user.id().value(), familyId, hash(refresh), utc(now),
						utc(now.plus(refreshTtl)))
				.update();
		return new Tokens(accessToken(user, familyId, now), refresh, "Bearer", accessTtl.toSeconds());
	}

	String accessToken(UserAccount user, UUID session, Instant now) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder()
				.issuer(SecurityConfiguration.ISSUER)
				.subject(user.id().toString())
				.claim("preferred_username", user.username())
				.claim("padm", user.platformAdmin())
				.claim("typ", "access")
				.claim(ActiveSessionValidator.SESSION_CLAIM, session.toString())
				.jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plus(accessTtl)))
				.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(signer);
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot sign access token", e);
		}
		return jwt.serialize();
	}

	private Optional<StoredToken> find(String refreshToken) {
		if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT id, user_id, family_id, expires_at, used_at, revoked_at FROM refresh_tokens WHERE token_hash = ?")
				.param(hash(refreshToken))
				.query((rs, n) -> new StoredToken(rs.getObject("id", UUID.class),
						new UserId(rs.getObject("user_id", UUID.class)), rs.getObject("family_id", UUID.class),
						rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
						rs.getObject("used_at", OffsetDateTime.class) != null,
						rs.getObject("revoked_at", OffsetDateTime.class) != null))
				.optional();
	}

	private static OffsetDateTime now() {
		return utc(Instant.now());
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private record StoredToken(UUID id, UserId userId, UUID familyId, Instant expiresAt, boolean used, boolean revoked) {
	}

}
