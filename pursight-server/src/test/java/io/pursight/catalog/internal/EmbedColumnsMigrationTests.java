package io.pursight.catalog.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.pursight.common.Uuids;
import io.pursight.testing.Databases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Metadata store version 4 on both stores: a catalog stored the version 3 way (a row per
 * column) is folded into its relations' {@code columns} arrays, and every reference follows
 * the new ids. Each scenario gets a fresh H2 database or a fresh schema of this class's
 * PostgreSQL database.
 */
class EmbedColumnsMigrationTests {

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
	private static final OffsetDateTime DELETED = CREATED.plusDays(7);
	private static final String ASSET = "id, workspace_id, source_id, parent_id, asset_type, name, path, qualified_name, "
			+ "deleted, deleted_at, discovered_at, created_at, updated_at, version";
	private static final String LEGACY_COLUMN = ASSET + ", ordinal, data_type, type_length, nullable";

	private static String postgres;

	private final UUID workspace = Uuids.timeOrdered();
	private final UUID source = Uuids.timeOrdered();

	@BeforeAll
	static void createPostgres() {
		postgres = Databases.createPostgres("pursight_v4");
	}

	@AfterAll
	static void dropPostgres() {
		Databases.dropPostgres(postgres);
	}

	@Test
	void foldsColumnRowsIntoTheirRelationOnH2() throws SQLException {
		foldsColumnRowsIntoTheirRelation(h2());
	}

	@Test
	void foldsColumnRowsIntoTheirRelationOnPostgres() throws SQLException {
		foldsColumnRowsIntoTheirRelation(postgres("populated"));
	}

	@Test
	void upgradesAnEmptyStoreOnH2() throws SQLException {
		upgradesAnEmptyStore(h2());
	}

	@Test
	void upgradesAnEmptyStoreOnPostgres() throws SQLException {
		upgradesAnEmptyStore(postgres("empty"));
	}

	private void foldsColumnRowsIntoTheirRelation(Store store) throws SQLException {
		try (Connection db = store.connect()) {
			store.migrate(flyway -> flyway.target("3"));
			workspaceAndSource(db);
			UUID schema = asset(db, null, "SCHEMA", "shop");
			UUID customer = asset(db, schema, "TABLE", "customer");
			UUID emails = asset(db, schema, "VIEW", "emails");
			UUID audit = asset(db, schema, "TABLE", "audit");
			// inserted out of ordinal order: slots follow the ordinals, not the row order
			column(db, customer, "fax", 3, "varchar", 20, true, true);
			UUID email = column(db, customer, "email", 2, "varchar", 100, true, false);
			column(db, customer, "id", 1, "integer", null, false, false);
			column(db, emails, "email", 1, "varchar", 100, true, false);
			insert(db, "column_classifications", "id, workspace_id, source_id, schema_asset_id, table_asset_id, column_asset_id, "
					+ "schema_name, table_name, column_name, qualified_name, type_id, category, sensitivity, confidence, status, "
					+ "origin, created_at, updated_at, version", Uuids.timeOrdered(), workspace, source, schema, customer, email,
					"shop", "customer", "email", "shop.customer.email", "EMAIL", "CONTACT", "CONFIDENTIAL", 0.9, "APPLIED",
					"SCAN", CREATED, CREATED, 0L);
			insert(db, "column_samples", "column_asset_id, workspace_id, sample_values, captured_at", email, workspace,
					"[\"a@b.c\"]", CREATED);
			String rollup = "workspace_id, source_id, asset_id, level, name, sensitivity, labels, updated_at";
			insert(db, "sensitivity_rollups", rollup, workspace, source, email, "COLUMN", "email", "CONFIDENTIAL", 1, CREATED);
			insert(db, "sensitivity_rollups", rollup, workspace, source, customer, "TABLE", "customer", "CONFIDENTIAL", 1, CREATED);
			insert(db, "sensitivity_rollups", rollup, workspace, source, source, "SOURCE", "shop", "CONFIDENTIAL", 1, CREATED);

			assertThat(store.migrate(flyway -> flyway.javaMigrations(new V4__Embed_columns_in_relations()).target("4")).success).isTrue();

			assertThat(query(db, "SELECT count(*) FROM assets WHERE asset_type = 'COLUMN'")).containsExactly(List.of(0L));
			Map<String, List<Object>> rows = new HashMap<>();
			for (List<Object> row : query(db, "SELECT name, id, parent_id, columns FROM assets")) {
				rows.put((String) row.get(0), row.subList(1, 4));
			}
			assertThat(rows).containsOnlyKeys("shop", "customer", "emails", "audit");
			UUID newSchema = (UUID) rows.get("shop").get(0);
			UUID newCustomer = (UUID) rows.get("customer").get(0);
			assertThat(rows.values()).allSatisfy(row -> assertThat(AssetIds.isColumn((UUID) row.get(0))).isFalse());
			assertThat(rows.values()).extracting(row -> (UUID) row.get(0)).doesNotContain(schema, customer, emails, audit);
			assertThat(rows.get("shop").subList(1, 3)).containsOnlyNulls();
			assertThat(List.of(rows.get("customer"), rows.get("emails"), rows.get("audit"))).extracting(row -> row.get(1))
				.containsOnly(newSchema);

			List<StoredColumn> customerColumns = StoredColumn.fromJson((String) rows.get("customer").get(2));
			assertThat(customerColumns)
				.extracting(StoredColumn::slot, StoredColumn::name, StoredColumn::ordinal, StoredColumn::dataType,
						StoredColumn::length, StoredColumn::nullable, StoredColumn::deleted, StoredColumn::deletedAt)
				.containsExactly(tuple(1, "id", 1, "integer", null, false, false, null),
						tuple(2, "email", 2, "varchar", 100, true, false, null),
						tuple(3, "fax", 3, "varchar", 20, true, true, DELETED.toInstant().toEpochMilli()));
			assertThat(customerColumns).allSatisfy(c -> assertThat(c.createdAt()).isEqualTo(CREATED.toInstant().toEpochMilli()));
			assertThat(StoredColumn.fromJson((String) rows.get("emails").get(2))).extracting(StoredColumn::slot, StoredColumn::name)
				.containsExactly(tuple(1, "email"));
			assertThat(StoredColumn.fromJson((String) rows.get("audit").get(2))).isEmpty();

			UUID newEmail = AssetIds.column(newCustomer, 2);
			assertThat(query(db, "SELECT schema_asset_id, table_asset_id, column_asset_id FROM column_classifications"))
				.containsExactly(List.of(newSchema, newCustomer, newEmail));
			assertThat(query(db, "SELECT column_asset_id FROM column_samples")).containsExactly(List.of(newEmail));
			assertThat(query(db, "SELECT level, asset_id FROM sensitivity_rollups"))
				.containsExactlyInAnyOrder(List.of("COLUMN", newEmail), List.of("TABLE", newCustomer), List.of("SOURCE", source));
			assertStoreIsVersion4(db);
		}
	}

	private void upgradesAnEmptyStore(Store store) throws SQLException {
		try (Connection db = store.connect()) {
			store.migrate(flyway -> flyway.target("3"));
			MigrateResult result = store.migrate(flyway -> flyway.javaMigrations(new V4__Embed_columns_in_relations()).target("4"));
			assertThat(result.migrationsExecuted).isEqualTo(1);
			assertThat(result.targetSchemaVersion).isEqualTo("4");
			assertThat(query(db, "SELECT count(*) FROM assets")).containsExactly(List.of(0L));
			workspaceAndSource(db);
			assertStoreIsVersion4(db);
		}
	}

	/** Column-only fields gone, {@code columns} there, and the parent reference enforced again (needs a workspace and source). */
	private void assertStoreIsVersion4(Connection db) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT * FROM assets WHERE 1 = 0")) {
			ResultSetMetaData metadata = rs.getMetaData();
			for (int i = 1; i <= metadata.getColumnCount(); i++) {
				columns.add(metadata.getColumnName(i).toLowerCase());
			}
		}
		assertThat(columns).contains("columns", "parent_id")
			.doesNotContain("ordinal", "data_type", "type_length", "type_precision", "type_scale", "nullable", "default_value");
		List<String> keys = new ArrayList<>();
		try (ResultSet rs = db.getMetaData().getImportedKeys(db.getCatalog(), db.getSchema(), "assets")) {
			while (rs.next()) {
				keys.add(rs.getString("FK_NAME").toLowerCase() + ":" + rs.getString("FKCOLUMN_NAME").toLowerCase());
			}
		}
		assertThat(keys).contains("fk_assets_parent:parent_id");
		assertThatThrownBy(() -> asset(db, Uuids.timeOrdered(), "TABLE", "orphan")).isInstanceOf(SQLException.class);
	}

	private void workspaceAndSource(Connection db) throws SQLException {
		insert(db, "workspaces", "id, slug, name, state, version, created_at, updated_at", workspace, "ws", "Ws", "ACTIVE", 0L,
				CREATED, CREATED);
		insert(db, "data_sources", "id, workspace_id, name, engine, options, state, version, created_at, updated_at", source,
				workspace, "shop", "POSTGRESQL", "{}", "ACTIVE", 0L, CREATED, CREATED);
	}

	private UUID asset(Connection db, UUID parent, String type, String name) throws SQLException {
		UUID id = Uuids.timeOrdered();
		insert(db, "assets", ASSET, id, workspace, source, parent, type, name, id.toString(), name, false, null, CREATED,
				CREATED, CREATED, 0L);
		return id;
	}

	/** A column the version 3 way: a row of its own under its relation. */
	private UUID column(Connection db, UUID relation, String name, int ordinal, String dataType, Integer length,
			boolean nullable, boolean deleted) throws SQLException {
		UUID id = Uuids.timeOrdered();
		insert(db, "assets", LEGACY_COLUMN, id, workspace, source, relation, "COLUMN", name, id.toString(), name, deleted,
				deleted ? DELETED : null, CREATED, CREATED, CREATED, 0L, ordinal, dataType, length, nullable);
		return id;
	}

	private static void insert(Connection db, String table, String columns, Object... values) throws SQLException {
		String sql = "INSERT INTO " + table + " (" + columns + ") VALUES (?" + ", ?".repeat(values.length - 1) + ")";
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	/** All rows, each as the list of its values. */
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

	/** An H2 store with the application's URL flags; the scenario's open connection keeps it alive. */
	private static Store h2() {
		return new Store("jdbc:h2:mem:" + Databases.randomName("v4")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
	}

	/** A PostgreSQL store in its own schema of this class's database. */
	private static Store postgres(String schema) {
		Databases.execute(Databases.postgresUrl(postgres), "postgres", "", "CREATE SCHEMA " + schema);
		return new Store(Databases.postgresUrl(postgres) + "?currentSchema=" + schema, "postgres");
	}

	private record Store(String url, String user) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(url, user, "");
		}

		MigrateResult migrate(UnaryOperator<FluentConfiguration> settings) {
			return settings.apply(Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")).load()
				.migrate();
		}
	}
}
