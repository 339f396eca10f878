package io.pursight.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.pursight.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static io.pursight.common.Timestamps.utc;

/**
 * Which sessions are still alive. A session is one login: its refresh tokens share a family id,
 * which every access token carries as its {@code sid} claim. A session is alive while a token of
 * its family is not revoked; the store is the truth, so a revocation on one replica reaches the
 * others. Answers are cached briefly ({@code pursight.security.session-check-cache}) because
 * every request asks; a revocation clears this process's cache once committed.
 */
@Component
class SessionRevocations {

	private final JdbcClient jdbc;
	private final Cache<UUID, Boolean> alive;

	SessionRevocations(JdbcClient jdbc, SecuritySettings settings) {
		this.jdbc = jdbc;
		this.alive = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.sessionCheckCache()).build();
	}

	/** Whether the session may still be used; false for a session that never existed. */
	boolean isAlive(UUID session) {
		return alive.get(session, s -> jdbc.sql(
				"SELECT COUNT(*) FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NULL")
				.param(s).query(Long.class).single() > 0);
	}

	/** Ends one session; ending an ended or unknown one changes nothing. */
	void revoke(UUID session) {
		jdbc.sql("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
				.params(utc(Instant.now()), session).update();
		forgetAfterCommit(List.of(session));
	}

	/** Ends every session of the user; returns how many were alive. */
	int revokeAll(UserId user) {
		return revokeAllExcept(user, null);
	}

	/** Ends every session of the user but {@code kept} (may be null); returns how many were alive. */
	int revokeAllExcept(UserId user, UUID kept) {
		List<UUID> sessions = jdbc.sql("SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = ? AND revoked_at IS NULL")
				.param(user.value()).query(UUID.class).list().stream().filter(s -> !s.equals(kept)).toList();
		for (UUID session : sessions) {
			jdbc.sql("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND user_id = ? AND revoked_at IS NULL")
					.params(utc(Instant.now()), session, user.value()).update();
		}
		forgetAfterCommit(sessions);
		return sessions.size();
	}

	/** Removes the user's sessions with the account (the store keeps no token of a deleted user). */
	void deleteAll(UserId user) {
		List<UUID> sessions = jdbc.sql("SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = ?")
				.param(user.value()).query(UUID.class).list();
		jdbc.sql("DELETE FROM refresh_tokens WHERE user_id = ?").param(user.value()).update();
		forgetAfterCommit(sessions);
	}

	/**
	 * Drops cached answers once the change is visible to other transactions: dropped earlier, a
	 * concurrent request could cache "alive" again from the still uncommitted state.
	 */
	private void forgetAfterCommit(Collection<UUID> sessions) {
		if (sessions.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					alive.invalidateAll(sessions);
				}
			});
		}
		else {
			alive.invalidateAll(sessions);
		}
	}
}
