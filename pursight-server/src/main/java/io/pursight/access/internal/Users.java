package io.pursight.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static io.pursight.common.Timestamps.utc;

/** Local user accounts. */
@Repository
class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> byUsername(String username) {
		return jdbc.sql("SELECT * FROM users WHERE username = ?").param(username).query(Users::map).optional();
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

	void insert(UserAccount user) {
		jdbc.sql("""
				INSERT INTO users (id, username, display_name, email, password_hash, platform_admin, enabled, version,
				                   created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(user.id().value(), user.username(), user.displayName(), user.email(), user.passwordHash(),
						user.platformAdmin(), user.enabled(), user.version(), utc(user.createdAt()), utc(user.updatedAt()))
				.update();
	}


	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
				rs.getBoolean("platform_admin"), rs.getBoolean("enabled"), rs.getLong("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
