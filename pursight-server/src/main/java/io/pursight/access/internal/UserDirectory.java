package io.pursight.access.internal;

import java.time.Instant;
import java.util.regex.Pattern;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up local users; passwords are stored as Argon2 hashes only. */
@Service
public class UserDirectory implements io.pursight.access.UserAccounts {

	static final int MIN_PASSWORD_LENGTH = 12;
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

	private final Users users;
	private final PasswordEncoder passwords;

	UserDirectory(Users users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	@Transactional
	public UserView create(String username, String displayName, String email, String password, boolean platformAdmin) {
		if (!USERNAME.matcher(username).matches()) {
			throw Problem.invalid("username must be 2-100 letters, digits or . _ @ -, starting with a letter or digit");
		}
		checkPassword(password);
		if (users.byUsername(username).isPresent()) {
			throw Problem.conflict("The username '" + username + "' is already taken.");
		}
		Instant now = Instant.now();
		UserAccount user = new UserAccount(UserId.random(), username, displayName, email, passwords.encode(password),
				platformAdmin, true, 0, now, now);
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
	public java.util.Optional<UserId> idOf(String username) {
		return users.byUsername(username).map(UserAccount::id);
	}

	boolean isEmpty() {
		return users.count() == 0;
	}

	static void checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw Problem.invalid("The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
		}
		if (password.length() > 256) {
			throw Problem.invalid("The password must have at most 256 characters.");
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
