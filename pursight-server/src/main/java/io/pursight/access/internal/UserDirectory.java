package io.pursight.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.pursight.access.UserAccounts;
import io.pursight.access.UserView;
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
 * delete, password reset). Passwords are stored as Argon2 hashes only.
 */
@Service
class UserDirectory implements UserAccounts {

	/** ASCII only, so that no look-alike letter from another script can imitate a name. */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

	private final Users users;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SessionRevocations sessions;
	private final JdbcMemberships memberships;
	private final Credentials credentials;
	private final LoginThrottle throttle;
	private final String bootstrapAdministrator;

	UserDirectory(Users users, PasswordEncoder passwords, PasswordPolicy policy, SessionRevocations sessions,
			JdbcMemberships memberships, Credentials credentials, LoginThrottle throttle, SecuritySettings settings) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.memberships = memberships;
		this.credentials = credentials;
		this.throttle = throttle;
		this.bootstrapAdministrator = settings.adminUsername();
	}

	/** The password must pass the {@link PasswordPolicy}. */
	@Override
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
		return view(user);
	}

	@Override
	public UserView get(UserId id) {
		return users.byId(id).map(UserDirectory::view).orElseThrow(() -> Problem.notFound(id));
	}

	@Override
	public PageResult<UserView> list(PageQuery page) {
		return users.list(page).map(UserDirectory::view);
	}

	@Override
	public Optional<UserId> idOf(String username) {
		return users.byName(UserName.of(username)).map(UserAccount::id);
	}

	@Override
	public Optional<UserId> bootstrapAdministrator() {
		return idOf(bootstrapAdministrator);
	}

	@Override
	@Transactional
	public UserView disable(UserId actor, UserId id) {
		refuseOwnAccount(actor, id, "disable");
		refuseLastPlatformAdmin(id, "disabled");
		UserAccount user = users.changeEnabled(id, false).orElseThrow(() -> Problem.notFound(id));
		sessions.revokeAll(id);
		return view(user);
	}

	@Override
	@Transactional
	public UserView enable(UserId id) {
		return users.changeEnabled(id, true).map(UserDirectory::view).orElseThrow(() -> Problem.notFound(id));
	}

	@Override
	@Transactional
	public void delete(UserId actor, UserId id) {
		refuseOwnAccount(actor, id, "delete");
		refuseLastPlatformAdmin(id, "deleted");
		users.byId(id).orElseThrow(() -> Problem.notFound(id));
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

	/** Throttled like a login: a stolen access token must not be a way to guess the password without limit. */
	@Override
	public void changeOwnPassword(UserId self, String currentPassword, String newPassword, String clientAddress) {
		// a vanished account is refused by Credentials, as a failure like any other
		String username = users.byId(self).map(UserAccount::username).orElse(self.toString());
		throttle.attempt(username, clientAddress, () -> {
			credentials.change(self, currentPassword, newPassword, JwtSessions.currentSession());
			return null;
		});
	}

	@Override
	public void resetPassword(UserId actor, UserId id, String newPassword) {
		credentials.reset(actor, id, newPassword);
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

	private static UserView view(UserAccount u) {
		return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.platformAdmin(), u.enabled(),
				u.version(), u.createdAt());
	}
}
