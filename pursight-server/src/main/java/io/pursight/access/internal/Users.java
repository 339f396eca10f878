package io.pursight.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
		List<UserAccount> items = jdbc.sql("SELECT * FROM users ORDER BY username LIMIT ? OFFSET ?")
				.param(page.size()).param(page.offset()).query(Users::map).list();
		return new PageResult<>(items, page.page(), page.size(), count());
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

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
				rs.getBoolean("platform_admin"), rs.getBoolean("enabled"), rs.getLong("version"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}
}
