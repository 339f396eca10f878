package io.pursight.datasource.internal.jdbc;

import static io.pursight.datasource.internal.jdbc.Snapshots.column;
import static io.pursight.datasource.internal.jdbc.Snapshots.columnNames;
import static io.pursight.datasource.internal.jdbc.Snapshots.columnsByTable;
import static io.pursight.datasource.internal.jdbc.Snapshots.foreignKeys;
import static io.pursight.datasource.internal.jdbc.Snapshots.indexes;
import static io.pursight.datasource.internal.jdbc.Snapshots.primaryKeys;
import static io.pursight.datasource.internal.jdbc.Snapshots.schema;
import static io.pursight.datasource.internal.jdbc.Snapshots.schemaNames;
import static io.pursight.datasource.internal.jdbc.Snapshots.table;
import static io.pursight.datasource.internal.jdbc.Snapshots.tableNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.Databases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL reader against the real server: Chinook and Northwind loaded from their published scripts
 * (expectations written out by hand from those scripts), a table with every column detail, and the
 * statement count for 5 and for 200 tables.
 */
class PostgresSchemaReaderTests {

	private static String chinook;
	private static String northwind;
	private static String details;
	private static SourceSnapshot chinookSnapshot;
	private static SourceSnapshot northwindSnapshot;
	private static SourceSnapshot detailsSnapshot;

	@BeforeAll
	static void loadDatasets() throws Exception {
		chinook = Databases.createPostgres("pursight_t");
		Databases.loadPostgres(chinook, Databases.dataset("chinook/chinook-postgresql.sql"));
		DatabaseServer.POSTGRESQL.execute(chinook, """
				create view customer_invoice_totals as
				  select c.customer_id, c.last_name, sum(i.total) as total
				  from customer c join invoice i on i.customer_id = c.customer_id
				  group by c.customer_id, c.last_name;
				create materialized view genre_track_counts as
				  select g.name, count(*) as tracks from genre g join track t on t.genre_id = g.genre_id group by g.name;
				comment on view customer_invoice_totals is 'What each customer spent';
				analyze;
				""");
		chinookSnapshot = Snapshots.read(TestServers.postgresSpec(chinook), SchemaFilter.all()).snapshot();

		northwind = Databases.createPostgres("pursight_t");
		Databases.loadPostgres(northwind, Databases.dataset("northwind/northwind-postgresql.sql"));
		northwindSnapshot = Snapshots.read(TestServers.postgresSpec(northwind), SchemaFilter.all()).snapshot();

		details = Databases.createPostgres("pursight_t");
		DatabaseServer.POSTGRESQL.execute(details, """
				create schema sales;
				create schema archive_2019;
				create table sales.details (
				  id integer primary key,
				  name varchar(40) not null default 'unnamed',
				  price numeric(10,2),
				  code char(3),
				  created timestamp with time zone not null default now(),
				  tags text[],
				  serial_no bigint generated always as identity
				);
				alter table sales.details add column gone integer;
				alter table sales.details drop column gone;
				alter table sales.details add column later numeric(5,-2);
				comment on table sales.details is 'Every kind of column detail';
				comment on column sales.details.name is 'Display name';
				create unique index details_code on sales.details (code);
				create index details_lower_name on sales.details (lower(name), id);
				create table sales.lines (
				  detail_id integer, line_no integer, amount numeric(12,4),
				  primary key (detail_id, line_no),
				  constraint lines_details foreign key (detail_id) references sales.details (id)
				);
				create table archive_2019.old_lines (
				  detail_id integer, line_no integer,
				  constraint old_lines_lines foreign key (detail_id, line_no) references sales.lines (detail_id, line_no)
				);
				create table public.empty_one (x integer);
				""");
		detailsSnapshot = Snapshots.read(TestServers.postgresSpec(details), SchemaFilter.all()).snapshot();
	}

	@AfterAll
	static void dropDatabases() throws Exception {
		Databases.dropPostgres(chinook);
		Databases.dropPostgres(northwind);
		Databases.dropPostgres(details);
	}

	// Chinook --------------------------------------------------------------------------------------------

	@Test
	void readsEveryChinookTableViewAndMaterializedView() {
		assertThat(chinookSnapshot.databaseName()).isEqualTo(chinook);
		assertThat(schemaNames(chinookSnapshot)).containsExactly("public");
		SourceSnapshot.Schema schema = schema(chinookSnapshot, "public");
		assertThat(tableNames(schema)).containsExactly("album", "artist", "customer", "customer_invoice_totals",
				"employee", "genre", "genre_track_counts", "invoice", "invoice_line", "media_type", "playlist",
				"playlist_track", "track");
		assertThat(schema.tables().stream().collect(Collectors.toMap(SourceSnapshot.Table::name,
				SourceSnapshot.Table::type)))
			.containsEntry("customer_invoice_totals", AssetType.VIEW)
			.containsEntry("genre_track_counts", AssetType.MATERIALIZED_VIEW)
			.containsEntry("track", AssetType.TABLE);
	}

	@Test
	void readsChinookColumnsInOrder() {
		Map<String, List<String>> expected = Map.ofEntries(
				Map.entry("album", List.of("album_id", "title", "artist_id")),
				Map.entry("artist", List.of("artist_id", "name")),
				Map.entry("customer", List.of("customer_id", "first_name", "last_name", "company", "address", "city",
						"state", "country", "postal_code", "phone", "fax", "email", "support_rep_id")),
				Map.entry("customer_invoice_totals", List.of("customer_id", "last_name", "total")),
				Map.entry("employee", List.of("employee_id", "last_name", "first_name", "title", "reports_to",
						"birth_date", "hire_date", "address", "city", "state", "country", "postal_code", "phone", "fax",
						"email")),
				Map.entry("genre", List.of("genre_id", "name")),
				Map.entry("genre_track_counts", List.of("name", "tracks")),
				Map.entry("invoice", List.of("invoice_id", "customer_id", "invoice_date", "billing_address",
						"billing_city", "billing_state", "billing_country", "billing_postal_code", "total")),
				Map.entry("invoice_line", List.of("invoice_line_id", "invoice_id", "track_id", "unit_price", "quantity")),
				Map.entry("media_type", List.of("media_type_id", "name")),
				Map.entry("playlist", List.of("playlist_id", "name")),
				Map.entry("playlist_track", List.of("playlist_id", "track_id")),
				Map.entry("track", List.of("track_id", "name", "album_id", "media_type_id", "genre_id", "composer",
						"milliseconds", "bytes", "unit_price")));
		assertThat(columnsByTable(schema(chinookSnapshot, "public"))).isEqualTo(expected);
	}

	@Test
	void readsChinookColumnTypes() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, "public");
		assertThat(column(table(schema, "customer"), "first_name"))
			.isEqualTo(new SourceSnapshot.Column("first_name", 2, "character varying", 40, null, null, false, null, null));
		assertThat(column(table(schema, "customer"), "company"))
			.isEqualTo(new SourceSnapshot.Column("company", 4, "character varying", 80, null, null, true, null, null));
		assertThat(column(table(schema, "invoice"), "total"))
			.isEqualTo(new SourceSnapshot.Column("total", 9, "numeric", null, 10, 2, false, null, null));
		assertThat(column(table(schema, "employee"), "birth_date").dataType()).isEqualTo("timestamp without time zone");
		assertThat(column(table(schema, "track"), "milliseconds").dataType()).isEqualTo("integer");
		List<Integer> ordinals = table(schema, "track").columns().stream().map(SourceSnapshot.Column::ordinal).toList();
		assertThat(ordinals).isEqualTo(IntStream.rangeClosed(1, 9).boxed().toList());
	}

	@Test
	void readsChinookPrimaryAndForeignKeys() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, "public");
		assertThat(primaryKeys(schema)).containsExactlyInAnyOrder("album(album_id)", "artist(artist_id)",
				"customer(customer_id)", "employee(employee_id)", "genre(genre_id)", "invoice(invoice_id)",
				"invoice_line(invoice_line_id)", "media_type(media_type_id)", "playlist(playlist_id)",
				"playlist_track(playlist_id, track_id)", "track(track_id)");
		assertThat(table(schema, "playlist_track").primaryKey().name()).isEqualTo("playlist_track_pkey");
		assertThat(foreignKeys(schema)).containsExactlyInAnyOrder(
				"album(artist_id) -> artist(artist_id)",
				"customer(support_rep_id) -> employee(employee_id)",
				"employee(reports_to) -> employee(employee_id)",
				"invoice(customer_id) -> customer(customer_id)",
				"invoice_line(invoice_id) -> invoice(invoice_id)",
				"invoice_line(track_id) -> track(track_id)",
				"playlist_track(playlist_id) -> playlist(playlist_id)",
				"playlist_track(track_id) -> track(track_id)",
				"track(album_id) -> album(album_id)",
				"track(genre_id) -> genre(genre_id)",
				"track(media_type_id) -> media_type(media_type_id)");
		SourceSnapshot.ForeignKey key = table(schema, "invoice").foreignKeys().getFirst();
		assertThat(key.name()).isEqualTo("invoice_customer_id_fkey");
		assertThat(key.referencedSchema()).isEqualTo("public");
	}

	@Test
	void readsChinookIndexes() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, "public");
		assertThat(indexes(table(schema, "track"))).containsExactly("track_album_id_idx(album_id)",
				"track_genre_id_idx(genre_id)", "track_media_type_id_idx(media_type_id)", "unique track_pkey(track_id)");
		assertThat(indexes(table(schema, "playlist_track"))).containsExactly(
				"unique playlist_track_pkey(playlist_id, track_id)", "playlist_track_playlist_id_idx(playlist_id)",
				"playlist_track_track_id_idx(track_id)");
	}

	@Test
	void capturesViewTextCommentsAndRowEstimates() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, "public");
		SourceSnapshot.Table view = table(schema, "customer_invoice_totals");
		assertThat(view.viewDefinition()).contains("sum(i.total) AS total")
			.contains("JOIN invoice i ON i.customer_id = c.customer_id");
		assertThat(view.comment()).isEqualTo("What each customer spent");
		assertThat(view.rowEstimate()).isNull();
		assertThat(view.primaryKey()).isNull();
		SourceSnapshot.Table materialized = table(schema, "genre_track_counts");
		assertThat(materialized.viewDefinition()).contains("count(*) AS tracks").contains("JOIN track t");
		assertThat(materialized.rowEstimate()).isEqualTo(25L);
		// analyzed after loading: exact counts of the script's INSERTs
		assertThat(table(schema, "track").rowEstimate()).isEqualTo(3503L);
		assertThat(table(schema, "playlist_track").rowEstimate()).isEqualTo(8715L);
		assertThat(table(schema, "track").viewDefinition()).isNull();
	}

	// Northwind ------------------------------------------------------------------------------------------

	@Test
	void readsEveryNorthwindTableWithColumnsInOrder() {
		Map<String, List<String>> expected = Map.ofEntries(
				Map.entry("categories", List.of("category_id", "category_name", "description", "picture")),
				Map.entry("customer_customer_demo", List.of("customer_id", "customer_type_id")),
				Map.entry("customer_demographics", List.of("customer_type_id", "customer_desc")),
				Map.entry("customers", List.of("customer_id", "company_name", "contact_name", "contact_title", "address",
						"city", "region", "postal_code", "country", "phone", "fax")),
				Map.entry("employee_territories", List.of("employee_id", "territory_id")),
				Map.entry("employees", List.of("employee_id", "last_name", "first_name", "title", "title_of_courtesy",
						"birth_date", "hire_date", "address", "city", "region", "postal_code", "country", "home_phone",
						"extension", "photo", "notes", "reports_to", "photo_path")),
				Map.entry("order_details", List.of("order_id", "product_id", "unit_price", "quantity", "discount")),
				Map.entry("orders", List.of("order_id", "customer_id", "employee_id", "order_date", "required_date",
						"shipped_date", "ship_via", "freight", "ship_name", "ship_address", "ship_city", "ship_region",
						"ship_postal_code", "ship_country")),
				Map.entry("products", List.of("product_id", "product_name", "supplier_id", "category_id",
						"quantity_per_unit", "unit_price", "units_in_stock", "units_on_order", "reorder_level",
						"discontinued")),
				Map.entry("region", List.of("region_id", "region_description")),
				Map.entry("shippers", List.of("shipper_id", "company_name", "phone")),
				Map.entry("suppliers", List.of("supplier_id", "company_name", "contact_name", "contact_title", "address",
						"city", "region", "postal_code", "country", "phone", "fax", "homepage")),
				Map.entry("territories", List.of("territory_id", "territory_description", "region_id")),
				Map.entry("us_states", List.of("state_id", "state_name", "state_abbr", "state_region")));
		assertThat(schemaNames(northwindSnapshot)).containsExactly("public");
		SourceSnapshot.Schema schema = schema(northwindSnapshot, "public");
		assertThat(tableNames(schema)).containsExactlyElementsOf(expected.keySet().stream().sorted().toList());
		assertThat(columnsByTable(schema)).isEqualTo(expected);
		assertThat(schema.tables()).allMatch(t -> t.type() == AssetType.TABLE);
	}

	@Test
	void readsNorthwindTypes() {
		SourceSnapshot.Schema schema = schema(northwindSnapshot, "public");
		assertThat(column(table(schema, "categories"), "category_id").dataType()).isEqualTo("smallint");
		assertThat(column(table(schema, "categories"), "picture").dataType()).isEqualTo("bytea");
		assertThat(column(table(schema, "categories"), "description").dataType()).isEqualTo("text");
		assertThat(column(table(schema, "order_details"), "unit_price").dataType()).isEqualTo("real");
		assertThat(column(table(schema, "employees"), "birth_date").dataType()).isEqualTo("date");
		assertThat(column(table(schema, "products"), "discontinued"))
			.isEqualTo(new SourceSnapshot.Column("discontinued", 10, "integer", null, null, null, false, null, null));
		assertThat(column(table(schema, "customers"), "customer_id"))
			.isEqualTo(new SourceSnapshot.Column("customer_id", 1, "character varying", 5, null, null, false, null, null));
		assertThat(column(table(schema, "us_states"), "state_name").length()).isEqualTo(100);
	}

	@Test
	void readsNorthwindKeys() {
		SourceSnapshot.Schema schema = schema(northwindSnapshot, "public");
		assertThat(primaryKeys(schema)).containsExactlyInAnyOrder("categories(category_id)",
				"customer_customer_demo(customer_id, customer_type_id)", "customer_demographics(customer_type_id)",
				"customers(customer_id)", "employee_territories(employee_id, territory_id)", "employees(employee_id)",
				"order_details(order_id, product_id)", "orders(order_id)", "products(product_id)",
				"region(region_id)", "shippers(shipper_id)", "suppliers(supplier_id)", "territories(territory_id)",
				"us_states(state_id)");
		assertThat(table(schema, "us_states").primaryKey().name()).isEqualTo("pk_usstates");
		assertThat(foreignKeys(schema)).containsExactlyInAnyOrder(
				"orders(customer_id) -> customers(customer_id)",
				"orders(employee_id) -> employees(employee_id)",
				"orders(ship_via) -> shippers(shipper_id)",
				"order_details(product_id) -> products(product_id)",
				"order_details(order_id) -> orders(order_id)",
				"products(category_id) -> categories(category_id)",
				"products(supplier_id) -> suppliers(supplier_id)",
				"territories(region_id) -> region(region_id)",
				"employee_territories(territory_id) -> territories(territory_id)",
				"employee_territories(employee_id) -> employees(employee_id)",
				"customer_customer_demo(customer_type_id) -> customer_demographics(customer_type_id)",
				"customer_customer_demo(customer_id) -> customers(customer_id)",
				"employees(reports_to) -> employees(employee_id)");
		assertThat(table(schema, "orders").foreignKeys()).extracting(SourceSnapshot.ForeignKey::name)
			.containsExactly("fk_orders_customers", "fk_orders_employees", "fk_orders_shippers");
	}

	// Details --------------------------------------------------------------------------------------------

	@Test
	void readsColumnDetailsExactly() {
		SourceSnapshot.Table details = table(schema(detailsSnapshot, "sales"), "details");
		assertThat(details.comment()).isEqualTo("Every kind of column detail");
		assertThat(details.rowEstimate()).as("never analyzed").isNull();
		assertThat(details.columns()).containsExactly(
				new SourceSnapshot.Column("id", 1, "integer", null, null, null, false, null, null),
				new SourceSnapshot.Column("name", 2, "character varying", 40, null, null, false,
						"'unnamed'::character varying", "Display name"),
				new SourceSnapshot.Column("price", 3, "numeric", null, 10, 2, true, null, null),
				new SourceSnapshot.Column("code", 4, "character", 3, null, null, true, null, null),
				new SourceSnapshot.Column("created", 5, "timestamp with time zone", null, null, null, false, "now()", null),
				new SourceSnapshot.Column("tags", 6, "text[]", null, null, null, true, null, null),
				new SourceSnapshot.Column("serial_no", 7, "bigint", null, null, null, false,
						"GENERATED ALWAYS AS IDENTITY", null),
				// a dropped column leaves no gap in the positions
				new SourceSnapshot.Column("later", 8, "numeric", null, 5, -2, true, null, null));
		assertThat(details.primaryKey()).isEqualTo(new SourceSnapshot.PrimaryKey("details_pkey", List.of("id")));
		assertThat(details.indexes()).containsExactly(
				new SourceSnapshot.Index("details_code", true, List.of("code")),
				new SourceSnapshot.Index("details_lower_name", false, List.of("lower(name::text)", "id")),
				new SourceSnapshot.Index("details_pkey", true, List.of("id")));
	}

	@Test
	void readsCompositeAndCrossSchemaForeignKeys() {
		SourceSnapshot.Table lines = table(schema(detailsSnapshot, "sales"), "lines");
		assertThat(lines.foreignKeys()).containsExactly(new SourceSnapshot.ForeignKey("lines_details",
				List.of("detail_id"), "sales", "details", List.of("id")));
		assertThat(lines.primaryKey().columns()).containsExactly("detail_id", "line_no");
		SourceSnapshot.Table old = table(schema(detailsSnapshot, "archive_2019"), "old_lines");
		assertThat(old.foreignKeys()).containsExactly(new SourceSnapshot.ForeignKey("old_lines_lines",
				List.of("detail_id", "line_no"), "sales", "lines", List.of("detail_id", "line_no")));
		assertThat(old.primaryKey()).isNull();
	}

	@Test
	void leavesSystemSchemasOutAndAppliesTheFilter() throws Exception {
		assertThat(schemaNames(detailsSnapshot)).containsExactly("archive_2019", "public", "sales");
		assertThat(columnNames(table(schema(detailsSnapshot, "public"), "empty_one"))).containsExactly("x");

		SourceSnapshot onlySales = Snapshots.read(TestServers.postgresSpec(details), SchemaFilter.including("SAL*"))
			.snapshot();
		assertThat(schemaNames(onlySales)).containsExactly("sales");
		SourceSnapshot noArchives = Snapshots.read(TestServers.postgresSpec(details),
				SchemaFilter.all().excluding("archive_*", "pg_catalog")).snapshot();
		assertThat(schemaNames(noArchives)).containsExactly("public", "sales");
		SourceSnapshot systemAsked = Snapshots.read(TestServers.postgresSpec(details),
				SchemaFilter.including("pg_catalog", "information_schema")).snapshot();
		assertThat(systemAsked.schemas()).isEmpty();
	}

	// Bulk -----------------------------------------------------------------------------------------------

	@Test
	void sendsTheSameNumberOfStatementsForFiveAndForTwoHundredTables() throws Exception {
		String bulk = Databases.createPostgres("pursight_t");
		try {
			DatabaseServer.POSTGRESQL.execute(bulk, "create schema five; set search_path = five; " + manyTables(5)
					+ "create schema many; set search_path = many; " + manyTables(200));
			Snapshots.Read five = Snapshots.read(TestServers.postgresSpec(bulk), SchemaFilter.including("five"));
			Snapshots.Read many = Snapshots.read(TestServers.postgresSpec(bulk), SchemaFilter.including("many"));
			assertThat(schema(five.snapshot(), "five").tables()).hasSize(5);
			assertThat(schema(many.snapshot(), "many").tables()).hasSize(200);
			SourceSnapshot.Table last = table(schema(many.snapshot(), "many"), "t199");
			assertThat(last.foreignKeys()).hasSize(1);
			assertThat(last.indexes()).hasSize(2);
			assertThat(last.columns()).hasSize(3);
			assertThat(five.statements()).isEqualTo(many.statements()).isEqualTo(5);
		}
		finally {
			Databases.dropPostgres(bulk);
		}
	}

	/** Tables t000…, each with a key, three columns, an index and a foreign key to the one before. */
	static String manyTables(int count) {
		return manyTables(count, false);
	}

	/**
	 * Like {@link #manyTables(int)}; with {@code inlineIndex} the index is declared inside CREATE TABLE (MySQL
	 * syntax, several times faster on InnoDB than a separate CREATE INDEX).
	 */
	static String manyTables(int count, boolean inlineIndex) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < count; i++) {
			String name = "t%03d".formatted(i);
			sql.append("create table ").append(name).append(" (id integer primary key, label varchar(20), ")
				.append(i == 0 ? "parent integer" : "parent integer references t%03d (id)".formatted(i - 1))
				.append(inlineIndex ? ", index " + name + "_label (label)" : "")
				.append(");\n");
			if (!inlineIndex) {
				sql.append("create index ").append(name).append("_label on ").append(name).append(" (label);\n");
			}
		}
		return sql.toString();
	}
}
