package io.pursight.access;

import java.util.Optional;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.UserId;

/**
 * Local user accounts: look-up, and the lifecycle an administrator drives. Passwords are stored
 * as Argon2 hashes only and must pass the password policy. There is always at least one enabled
 * platform administrator, and nobody disables or deletes their own account.
 */
public interface UserAccounts {

	/** The account with this name, matched in any case or character width. */
	Optional<UserId> idOf(String username);

	/** The first platform administrator as configured ({@code pursight.security.admin-username}), if that account exists. */
	Optional<UserId> bootstrapAdministrator();

	/** 404 if there is no such user. */
	UserView get(UserId id);

	/** Users by name. */
	PageResult<UserView> list(PageQuery page);

	/**
	 * Creates an enabled account. The name is stored in its NFKC form; 409 if a name equal to it
	 * without regard to case or width exists; 400 if the name is malformed or the password refused.
	 */
	UserView create(String username, String displayName, String email, String password, boolean platformAdmin);

	/**
	 * Disables an account and ends its sessions: its access tokens stop working on their next
	 * request and it cannot log in until enabled again. 409 for your own account or the last
	 * enabled platform administrator.
	 *
	 * @param actor the administrator doing it
	 */
	UserView disable(UserId actor, UserId id);

	UserView enable(UserId id);

	/**
	 * Deletes an account with its memberships and sessions; the audit log keeps its events, with
	 * the name as it was. 409 for your own account, the last enabled platform administrator, and
	 * the last ADMIN of a workspace.
	 *
	 * @param actor the administrator doing it
	 */
	void delete(UserId actor, UserId id);

	/**
	 * Changes the user's own password and ends their other sessions (a thief's among them), keeping
	 * the current request's. Wrong current passwords count as failed logins from that address.
	 *
	 * @throws Problem 403 if the current password is wrong, 400 if the new one is refused, 429 after
	 *                 too many failures
	 */
	void changeOwnPassword(UserId self, String currentPassword, String newPassword, String clientAddress);

	/**
	 * Sets another user's password (an administrator's reset) and ends all their sessions. 409 for
	 * your own: a stolen administrator token must not be enough to take over its account for good.
	 */
	void resetPassword(UserId actor, UserId id, String newPassword);
}
