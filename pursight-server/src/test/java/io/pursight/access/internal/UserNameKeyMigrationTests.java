package io.pursight.access.internal;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.pursight.testing.Databases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Metadata store version 7 on both stores: every user gets a case-insensitive name key, and
 * names that already collide ('admin' and 'ADMIN') do not stop the upgrade: the oldest account
 * keeps the name, younger look-alikes are disabled, lose their sessions and become unreachable by
 * login until an administrator deletes them.
 */
class UserNameKeyMigrationTests {

	private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

	private static String postgres;

	@BeforeAll
	static void createPostgres() {
		postgres = Databases.createPostgres("pursight_v7");
	}

	@AfterAll
	static void dropPostgres() {
		Databases.dropPostgres(postgres);
	}

	@Test
	void keysNamesAndDisablesYoungerLookAlikesOnH2() throws Exception {
		keysNamesAndDisablesYoungerLookAlikes("jdbc:h2:mem:" + Databases.randomName("v7")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
	}

	@Test
	void keysNamesAndDisablesYoungerLookAlikesOnPostgres() throws Exception {
		Databases.execute(Databases.postgresUrl(postgres), "postgres", "", "CREATE SCHEMA upgrade");
		keysNamesAndDisablesYoungerLookAlikes(Databases.postgresUrl(postgres) + "?currentSchema=upgrade", "postgres");
	}

	private void keysNamesAndDisablesYoungerLookAlikes(String url, String user) throws Exception {
		try (Connection db = DriverManager.getConnection(url, user, "")) {
			migrate(url, user, "5");
			UUID admin = user(db, "admin", T0);
			UUID impostor = user(db, "ADMIN", T0.plusDays(3));
			UUID sameInstant = user(db, "Admin", T0.plusDays(3));
			UUID dana = user(db, "Dana.Steward", T0.plusDays(1));
			token(db, admin);
			token(db, impostor);

			MigrateResult result = migrate(url, user, "7");

			assertThat(result.success).isTrue();
			assertThat(query(db, "SELECT username, username_key, enabled FROM users ORDER BY created_at, username"))
					.containsExactly(
							List.of("admin", "admin", true),
							List.of("Dana.Steward", "dana.steward", true),
							List.of("ADMIN", "admin~" + impostor, false),
							List.of("Admin", "admin~" + sameInstant, false));
			assertThat(query(db, "SELECT user_id FROM refresh_tokens WHERE revoked_at IS NULL")).containsExactly(List.of(admin));
			assertThat(query(db, "SELECT id FROM users WHERE username_key = 'dana.steward'")).containsExactly(List.of(dana));
			assertThatThrownBy(() -> user(db, "DANA.steward", T0.plusDays(9))).as("the key is unique from now on")
					.isInstanceOf(SQLException.class);
		}
	}

	/** Migrates with the application's migrations, the Java one of the catalog module included. */
	private static MigrateResult migrate(String url, String user, String target) throws Exception {
		Constructor<?> v4 = Class.forName("io.pursight.catalog.internal.V4__Embed_columns_in_relations").getDeclaredConstructor();
		v4.setAccessible(true);
		return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
				.javaMigrations((JavaMigration) v4.newInstance()).target(target).load().migrate();
	}

	private static UUID user(Connection db, String username, OffsetDateTime created) throws SQLException {
		UUID id = UUID.randomUUID();
		boolean keyed = columns(db).contains("username_key");
		String sql = "INSERT INTO users (id, username, password_hash, platform_admin, enabled, version, created_at, updated_at"
				+ (keyed ? ", username_key" : "") + ") VALUES (?, ?, 'hash', FALSE, TRUE, 0, ?, ?" + (keyed ? ", ?" : "") + ")";
		try (PreparedStatement insert = db.prepareStatement(sql)) {
			insert.setObject(1, id);
			insert.setString(2, username);
			insert.setObject(3, created);
			insert.setObject(4, created);
			if (keyed) {
				insert.setString(5, username.toLowerCase());
			}
			insert.executeUpdate();
		}
		return id;
	}

	private static void token(Connection db, UUID user) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement("INSERT INTO refresh_tokens (id, user_id, family_id, token_hash, "
				+ "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setObject(1, UUID.randomUUID());
			insert.setObject(2, user);
			insert.setObject(3, UUID.randomUUID());
			insert.setString(4, UUID.randomUUID().toString().replace("-", ""));
			insert.setObject(5, T0);
			insert.setObject(6, T0.plusYears(10));
			insert.executeUpdate();
		}
	}

	private static List<String> columns(Connection db) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM users WHERE 1 = 0")) {
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				columns.add(rs.getMetaData().getColumnName(i).toLowerCase());
			}
		}
		return columns;
	}

	private static List<List<Object>> query(Connection db, String sql) throws SQLException {
		List<List<Object>> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.add(rs.getObject(i));
				}
				rows.add(row);
			}
		}
		return rows;
	}
}
