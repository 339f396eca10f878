package io.pursight.access.internal;

import java.util.UUID;

import io.pursight.common.Problem;
import io.pursight.common.ProblemKind;
import io.pursight.common.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password changes. A user changes their own password by proving the current one, which ends
 * their other sessions; an administrator resets someone else's, which ends all of theirs. Either
 * way the new password must pass the {@link PasswordPolicy}.
 */
@Service
class Credentials {

	private final Users users;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SessionRevocations sessions;

	Credentials(Users users, PasswordEncoder passwords, PasswordPolicy policy, SessionRevocations sessions) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
	}

	/**
	 * Changes the caller's own password and ends their other sessions (a thief's among them).
	 *
	 * @param kept the session to keep (the caller's current one); null ends them all
	 * @throws Problem 403 ({@link WrongPassword}) if the current password is wrong, 400 if the new one is refused
	 */
	@Transactional
	void change(UserId self, String currentPassword, String newPassword, UUID kept) {
		UserAccount user = users.byId(self).filter(UserAccount::enabled)
				.orElseThrow(() -> new Problem(ProblemKind.UNAUTHENTICATED, "This account is disabled or no longer exists."));
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throw new WrongPassword(ProblemKind.FORBIDDEN,
					"The current password is wrong: the password was not changed. Send the password you log in with.");
		}
		if (newPassword.equals(currentPassword)) {
			throw Problem.invalid("The new password is the current one: choose a different password.");
		}
		policy.check(newPassword, user.username());
		users.changePasswordHash(self, passwords.encode(newPassword));
		sessions.revokeAllExcept(self, kept);
	}

	/**
	 * Sets another user's password (an administrator's reset) and ends all their sessions. Your
	 * own password you change with the current one: a stolen administrator token must not be
	 * enough to take over its account for good.
	 */
	@Transactional
	void reset(UserId actor, UserId id, String newPassword) {
		if (actor.equals(id)) {
			throw Problem.conflict("Change your own password with POST /api/v1/users/me/password, which asks for the "
					+ "current one.");
		}
		UserAccount user = users.byId(id).orElseThrow(() -> Problem.notFound(id));
		policy.check(newPassword, user.username());
		users.changePasswordHash(id, passwords.encode(newPassword));
		sessions.revokeAll(id);
	}
}
