package io.pursight.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.Problem;
import io.pursight.common.SqlFilter;
import io.pursight.common.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.pursight.common.Timestamps.utc;

/** Local user accounts. A name is unique by its {@link UserName#key() key}, whatever its case or width. */
@Repository
class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> byName(UserName name) {
		return jdbc.sql("SELECT * FROM users WHERE username_key = ?").param(name.key()).query(Users::map).optional();
	}

	Optional<UserAccount> byId(UserId id) {
		return jdbc.sql("SELECT * FROM users WHERE id = ?").param(id.value()).query(Users::map).optional();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

	PageResult<UserAccount> list(PageQuery page) {
		return SqlFilter.where("1 = 1").page(jdbc, "users", "username, id", page, Users::map);
	}

	/** Inserts a new account; 409 if its name is taken, also when two creations race. */
	void insert(UserAccount user) {
		try {
			jdbc.sql("""
					INSERT INTO users (id, username, username_key, display_name, email, password_hash, platform_admin,
					                   enabled, version, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(user.id().value(), user.username(), UserName.of(user.username()).key(), user.displayName(),
							user.email(), user.passwordHash(), user.platformAdmin(), user.enabled(), user.version(),
							utc(user.createdAt()), utc(user.updatedAt()))
					.update();
		}
		catch (DuplicateKeyException e) {
			throw taken(user.username());
		}
	}

	/** Enables or disables the account; returns the account as changed, empty if there is none. */
	Optional<UserAccount> changeEnabled(UserId id, boolean enabled) {
		jdbc.sql("UPDATE users SET enabled = ?, version = version + 1, updated_at = ? WHERE id = ? AND enabled <> ?")
				.params(enabled, utc(Instant.now()), id.value(), enabled).update();
		return byId(id);
	}

	void changePasswordHash(UserId id, String passwordHash) {
		jdbc.sql("UPDATE users SET password_hash = ?, version = version + 1, updated_at = ? WHERE id = ?")
				.params(passwordHash, utc(Instant.now()), id.value()).update();
	}

	void delete(UserId id) {
		jdbc.sql("DELETE FROM users WHERE id = ?").param(id.value()).update();
	}

	/**
	 * The enabled platform administrators, locked until the transaction ends: two administrators
	 * disabling each other at the same moment must not leave none.
	 */
	List<UserId> lockEnabledPlatformAdmins() {
		return jdbc.sql("SELECT id FROM users WHERE platform_admin = TRUE AND enabled = TRUE FOR UPDATE")
				.query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
	}

	static Problem taken(String username) {
		return Problem.conflict("The user name '" + username + "' is already taken (names are compared without regard "
				+ "to case or character width): choose another one.");
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
				rs.getBoolean("platform_admin"), rs.getBoolean("enabled"), rs.getLong("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
