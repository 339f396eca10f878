package io.pursight.datasource.internal.jdbc;

import static io.pursight.datasource.internal.jdbc.Snapshots.column;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MySQL-family reader against the real MariaDB server, through the MariaDB driver and through MySQL
 * Connector/J: Chinook loaded from its published MySQL script (expectations written out by hand from it),
 * a table with every column detail, and the statement count for 5 and for 200 tables.
 */
class MySqlSchemaReaderTests {

	private static String chinook;
	private static String details;
	private static SourceSnapshot chinookSnapshot;

	@BeforeAll
	static void loadChinook() throws Exception {
		chinook = Databases.createMariaDb("pursight_t");
		Databases.loadMariaDb(chinook, Databases.dataset("chinook/chinook-mysql.sql"));
		DatabaseServer.MARIADB.execute(chinook, """
				create view CustomerInvoiceTotals as
				  select c.CustomerId, c.LastName, sum(i.Total) as Total
				  from Customer c join Invoice i on i.CustomerId = c.CustomerId
				  group by c.CustomerId, c.LastName;
				analyze table Track, PlaylistTrack;
				""");
		chinookSnapshot = Snapshots.read(TestServers.mariaDbSpec(chinook), SchemaFilter.all()).snapshot();

		details = Databases.createMariaDb("pursight_t");
		DatabaseServer.MARIADB.execute(details, """
				create table Details (
				  id int primary key auto_increment,
				  name varchar(40) not null default 'unnamed' comment 'Display name',
				  price decimal(10,2),
				  code char(3),
				  qty int unsigned,
				  notes text,
				  created datetime not null default current_timestamp
				) comment 'Every kind of column detail';
				create unique index details_code on Details (code);
				create index details_name_price on Details (name, price);
				create table DetailLines (
				  detail_id int, line_no int, amount decimal(12,4),
				  primary key (detail_id, line_no),
				  constraint lines_details foreign key (detail_id) references Details (id)
				);
				""");
	}

	@AfterAll
	static void dropDatabases() throws Exception {
		Databases.dropMariaDb(chinook);
		Databases.dropMariaDb(details);
	}

	@Test
	void readsOnlyTheConnectionsDatabaseByDefault() {
		assertThat(chinookSnapshot.databaseName()).isEqualTo(chinook);
		assertThat(schemaNames(chinookSnapshot)).containsExactly(chinook);
	}

	@Test
	void readsEveryChinookTableAndTheView() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, chinook);
		assertThat(tableNames(schema)).containsExactly("Album", "Artist", "Customer", "CustomerInvoiceTotals",
				"Employee", "Genre", "Invoice", "InvoiceLine", "MediaType", "Playlist", "PlaylistTrack", "Track");
		SourceSnapshot.Table view = table(schema, "CustomerInvoiceTotals");
		assertThat(view.type()).isEqualTo(AssetType.VIEW);
		assertThat(view.viewDefinition()).contains("sum(`i`.`Total`) AS `Total`").contains("join `" + chinook + "`.`Invoice`");
		assertThat(view.comment()).isNull();
		assertThat(view.rowEstimate()).isNull();
		assertThat(table(schema, "Track").type()).isEqualTo(AssetType.TABLE);
		assertThat(table(schema, "Track").rowEstimate()).isPositive();
	}

	@Test
	void readsChinookColumnsInOrder() {
		Map<String, List<String>> expected = Map.ofEntries(
				Map.entry("Album", List.of("AlbumId", "Title", "ArtistId")),
				Map.entry("Artist", List.of("ArtistId", "Name")),
				Map.entry("Customer", List.of("CustomerId", "FirstName", "LastName", "Company", "Address", "City",
						"State", "Country", "PostalCode", "Phone", "Fax", "Email", "SupportRepId")),
				Map.entry("CustomerInvoiceTotals", List.of("CustomerId", "LastName", "Total")),
				Map.entry("Employee", List.of("EmployeeId", "LastName", "FirstName", "Title", "ReportsTo", "BirthDate",
						"HireDate", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Email")),
				Map.entry("Genre", List.of("GenreId", "Name")),
				Map.entry("Invoice", List.of("InvoiceId", "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity",
						"BillingState", "BillingCountry", "BillingPostalCode", "Total")),
				Map.entry("InvoiceLine", List.of("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity")),
				Map.entry("MediaType", List.of("MediaTypeId", "Name")),
				Map.entry("Playlist", List.of("PlaylistId", "Name")),
				Map.entry("PlaylistTrack", List.of("PlaylistId", "TrackId")),
				Map.entry("Track", List.of("TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer",
						"Milliseconds", "Bytes", "UnitPrice")));
		assertThat(columnsByTable(schema(chinookSnapshot, chinook))).isEqualTo(expected);
	}

	@Test
	void readsChinookColumnTypes() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, chinook);
		// NVARCHAR(40) is stored as varchar(40) in the national character set
		assertThat(column(table(schema, "Customer"), "FirstName"))
			.isEqualTo(new SourceSnapshot.Column("FirstName", 2, "varchar", 40, null, null, false, null, null));
		assertThat(column(table(schema, "Invoice"), "Total"))
			.isEqualTo(new SourceSnapshot.Column("Total", 9, "decimal", null, 10, 2, false, null, null));
		assertThat(column(table(schema, "Invoice"), "InvoiceDate").dataType()).isEqualTo("datetime");
		assertThat(column(table(schema, "Track"), "Bytes"))
			.isEqualTo(new SourceSnapshot.Column("Bytes", 8, "int", null, null, null, true, null, null));
	}

	@Test
	void readsChinookPrimaryAndForeignKeys() {
		SourceSnapshot.Schema schema = schema(chinookSnapshot, chinook);
		assertThat(primaryKeys(schema)).containsExactlyInAnyOrder("Album(AlbumId)", "Artist(ArtistId)",
				"Customer(CustomerId)", "Employee(EmployeeId)", "Genre(GenreId)", "Invoice(InvoiceId)",
				"InvoiceLine(InvoiceLineId)", "MediaType(MediaTypeId)", "Playlist(PlaylistId)",
				"PlaylistTrack(PlaylistId, TrackId)", "Track(TrackId)");
		assertThat(table(schema, "Album").primaryKey().name()).isEqualTo("PRIMARY");
		assertThat(foreignKeys(schema)).containsExactlyInAnyOrder(
				"Album(ArtistId) -> Artist(ArtistId)",
				"Customer(SupportRepId) -> Employee(EmployeeId)",
				"Employee(ReportsTo) -> Employee(EmployeeId)",
				"Invoice(CustomerId) -> Customer(CustomerId)",
				"InvoiceLine(InvoiceId) -> Invoice(InvoiceId)",
				"InvoiceLine(TrackId) -> Track(TrackId)",
				"PlaylistTrack(PlaylistId) -> Playlist(PlaylistId)",
				"PlaylistTrack(TrackId) -> Track(TrackId)",
				"Track(AlbumId) -> Album(AlbumId)",
				"Track(GenreId) -> Genre(GenreId)",
				"Track(MediaTypeId) -> MediaType(MediaTypeId)");
		assertThat(table(schema, "Track").foreignKeys()).extracting(SourceSnapshot.ForeignKey::name)
			.containsExactly("FK_TrackAlbumId", "FK_TrackGenreId", "FK_TrackMediaTypeId");
		assertThat(table(schema, "Track").foreignKeys().getFirst().referencedSchema()).isEqualTo(chinook);
	}

	@Test
	void readsChinookIndexes() {
		// The script's IFK_ indexes replace the ones InnoDB created implicitly for the foreign keys.
		assertThat(indexes(table(schema(chinookSnapshot, chinook), "Track"))).containsExactly(
				"IFK_TrackAlbumId(AlbumId)", "IFK_TrackGenreId(GenreId)", "IFK_TrackMediaTypeId(MediaTypeId)",
				"unique PRIMARY(TrackId)");
	}

	@Test
	void readsTheSameThroughMySqlConnectorJ() throws Exception {
		SourceSnapshot viaMySql = Snapshots.read(TestServers.mySqlSpec(chinook), SchemaFilter.all()).snapshot();
		assertThat(viaMySql).isEqualTo(chinookSnapshot);
	}

	@Test
	void readsColumnDetailsExactly() throws Exception {
		SourceSnapshot snapshot = Snapshots.read(TestServers.mariaDbSpec(details), SchemaFilter.all()).snapshot();
		SourceSnapshot.Table table = table(schema(snapshot, details), "Details");
		assertThat(table.comment()).isEqualTo("Every kind of column detail");
		// MariaDB shows defaults as SQL expressions, string literals quoted
		assertThat(table.columns()).containsExactly(
				new SourceSnapshot.Column("id", 1, "int", null, null, null, false, "auto_increment", null),
				new SourceSnapshot.Column("name", 2, "varchar", 40, null, null, false, "'unnamed'", "Display name"),
				new SourceSnapshot.Column("price", 3, "decimal", null, 10, 2, true, null, null),
				new SourceSnapshot.Column("code", 4, "char", 3, null, null, true, null, null),
				new SourceSnapshot.Column("qty", 5, "int unsigned", null, null, null, true, null, null),
				new SourceSnapshot.Column("notes", 6, "text", null, null, null, true, null, null),
				new SourceSnapshot.Column("created", 7, "datetime", null, null, null, false, "current_timestamp()", null));
		assertThat(table.indexes()).containsExactly(
				new SourceSnapshot.Index("PRIMARY", true, List.of("id")),
				new SourceSnapshot.Index("details_code", true, List.of("code")),
				new SourceSnapshot.Index("details_name_price", false, List.of("name", "price")));
		SourceSnapshot.Table lines = table(schema(snapshot, details), "DetailLines");
		assertThat(lines.primaryKey()).isEqualTo(new SourceSnapshot.PrimaryKey("PRIMARY", List.of("detail_id", "line_no")));
		assertThat(lines.foreignKeys()).containsExactly(new SourceSnapshot.ForeignKey("lines_details",
				List.of("detail_id"), details, "Details", List.of("id")));
	}

	@Test
	void readsEveryNonSystemDatabaseWithoutOneAndHonoursTheFilter() throws Exception {
		SourceSnapshot both = Snapshots.read(TestServers.mariaDbSpec(null),
				SchemaFilter.including(chinook, details.toUpperCase())).snapshot();
		assertThat(schemaNames(both)).containsExactlyInAnyOrder(chinook, details);
		SourceSnapshot everything = Snapshots.read(TestServers.mariaDbSpec(null), SchemaFilter.all()).snapshot();
		assertThat(schemaNames(everything)).contains(chinook, details)
			.doesNotContain("mysql", "information_schema", "performance_schema", "sys");
		SourceSnapshot excluded = Snapshots.read(TestServers.mariaDbSpec(null),
				SchemaFilter.including("pursight_t_*").excluding(chinook)).snapshot();
		assertThat(schemaNames(excluded)).contains(details).doesNotContain(chinook);
	}

	@Test
	void sendsTheSameNumberOfStatementsForFiveAndForTwoHundredTables() throws Exception {
		String small = Databases.createMariaDb("pursight_t");
		String large = Databases.createMariaDb("pursight_t");
		try {
			DatabaseServer.MARIADB.execute(small, PostgresSchemaReaderTests.manyTables(5, true));
			DatabaseServer.MARIADB.execute(large, PostgresSchemaReaderTests.manyTables(200, true));
			Snapshots.Read smallRead = Snapshots.read(TestServers.mariaDbSpec(small), SchemaFilter.all());
			Snapshots.Read largeRead = Snapshots.read(TestServers.mariaDbSpec(large), SchemaFilter.all());
			assertThat(schema(largeRead.snapshot(), large).tables()).hasSize(200);
			SourceSnapshot.Table last = table(schema(largeRead.snapshot(), large), "t199");
			assertThat(last.foreignKeys()).hasSize(1);
			assertThat(last.indexes()).extracting(SourceSnapshot.Index::name).contains("PRIMARY", "t199_label");
			assertThat(smallRead.statements()).isEqualTo(largeRead.statements()).isEqualTo(5);
		}
		finally {
			Databases.dropMariaDb(small);
			Databases.dropMariaDb(large);
		}
	}
}
