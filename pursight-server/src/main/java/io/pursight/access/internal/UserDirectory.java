package io.pursight.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import io.pursight.common.WorkspaceId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local users: creation, look-up, and the lifecycle an administrator drives (disable, enable,
 * delete). Passwords are stored as Argon2 hashes only. There is always at least one enabled
 * platform administrator, and nobody disables or deletes their own account.
 */
@Service
public class UserDirectory implements io.pursight.access.UserAccounts {

	/** ASCII only, so that no look-alike letter from another script can imitate a name. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

	private final Users users;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SessionRevocations sessions;
	private final JdbcMemberships memberships;

	UserDirectory(Users users, PasswordEncoder passwords, PasswordPolicy policy, SessionRevocations sessions,
			JdbcMemberships memberships) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.memberships = memberships;
	}

	/**
	 * Creates an enabled account. The name is stored in its NFKC form; 409 if a name equal to it
	 * without regard to case or width exists; 400 if the password is refused by the {@link PasswordPolicy}.
	 */
	@Transactional
	public UserView create(String username, String displayName, String email, String password, boolean platformAdmin) {
		UserName name = UserName.of(username);
		if (!USERNAME.matcher(name.display()).matches()) {
			throw Problem.invalid("username must be 2-100 letters, digits or . _ @ -, starting with a letter or digit");
		}
		if (users.byName(name).isPresent()) {
			throw Users.taken(name.display());
		}
		policy.check(password, name.display());
		Instant now = Instant.now();
		UserAccount user = new UserAccount(UserId.random(), name.display(), displayName, email,
				passwords.encode(password), platformAdmin, true, 0, now, now);
		users.insert(user);
		return UserView.of(user);
	}

	public UserView get(UserId id) {
		return users.byId(id).map(UserView::of).orElseThrow(() -> Problem.notFound("user", id));
	}

	public PageResult<UserView> list(PageQuery page) {
		return users.list(page).map(UserView::of);
	}

	@Override
	public Optional<UserId> idOf(String username) {
		return users.byName(UserName.of(username)).map(UserAccount::id);
	}

	/**
	 * Disables an account and ends its sessions: its access tokens stop working on their next
	 * request and it cannot log in until enabled again.
	 *
	 * @param actor the administrator doing it, who may not disable themselves
	 */
	@Transactional
	public UserView disable(UserId actor, UserId id) {
		refuseOwnAccount(actor, id, "disable");
		refuseLastPlatformAdmin(id, "disabled");
		UserAccount user = users.changeEnabled(id, false).orElseThrow(() -> Problem.notFound("user", id));
		sessions.revokeAll(id);
		return UserView.of(user);
	}

	@Transactional
	public UserView enable(UserId id) {
		return users.changeEnabled(id, true).map(UserView::of).orElseThrow(() -> Problem.notFound("user", id));
	}

	/**
	 * Deletes an account with its memberships and sessions. The audit log keeps its events, with
	 * the name as it was. Refused (409) for your own account, the last enabled platform
	 * administrator, and the last ADMIN of a workspace (make another member ADMIN first).
	 */
	@Transactional
	public void delete(UserId actor, UserId id) {
		refuseOwnAccount(actor, id, "delete");
		refuseLastPlatformAdmin(id, "deleted");
		users.byId(id).orElseThrow(() -> Problem.notFound("user", id));
		List<WorkspaceId> orphaned = memberships.workspacesWhereOnlyAdmin(id);
		if (!orphaned.isEmpty()) {
			throw Problem.conflict("This user is the last ADMIN of workspace(s) " + orphaned.stream().limit(5).toList()
					+ (orphaned.size() > 5 ? " and " + (orphaned.size() - 5) + " more" : "")
					+ ": make another member ADMIN there first, or disable the user instead.");
		}
		memberships.removeAll(id);
		sessions.deleteAll(id);
		users.delete(id);
	}

	boolean isEmpty() {
		return users.count() == 0;
	}

	private static void refuseOwnAccount(UserId actor, UserId id, String what) {
		if (actor.equals(id)) {
			throw Problem.conflict("You cannot " + what + " your own account: ask another platform administrator.");
		}
	}

	private void refuseLastPlatformAdmin(UserId id, String what) {
		List<UserId> admins = users.lockEnabledPlatformAdmins();
		if (admins.contains(id) && admins.size() <= 1) {
			throw Problem.conflict("This is the last enabled platform administrator and cannot be " + what
					+ ": create another platform administrator first.");
		}
	}

	/** A user as the API shows it: never the hash. */
	public record UserView(UserId id, String username, String displayName, String email, boolean platformAdmin,
			boolean enabled, long version, Instant createdAt) {
		static UserView of(UserAccount u) {
			return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.platformAdmin(), u.enabled(),
					u.version(), u.createdAt());
		}
	}
}
