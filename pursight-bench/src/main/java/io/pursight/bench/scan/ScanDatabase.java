package io.pursight.bench.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.pursight.testing.DatabaseServer;

/**
 * The scan benchmark's source: a PostgreSQL database {@code pursight_bench_scan_<tables>} of
 * {@code tables} tables over a few schemas, each of {@code columns} columns ({@code id} plus a
 * deterministic mix of {@link ColumnKind}s, about one in six personal) and {@code rows} rows.
 *
 * <p>Generated on the server: one {@code INSERT … SELECT … FROM generate_series} per table whose
 * values are expressions over a hash of the row number, ten tables a statement, over two
 * connections; then {@code VACUUM (ANALYZE)}, so row estimates are known and hint bits set before
 * anything is measured. The database is kept for the next run: its comment records the shape it
 * was generated with (a comment rather than a marker table, which would be scanned with the rest),
 * written last, so a database whose generation was interrupted is generated again.
 */
final class ScanDatabase {

	/** Changes when the generated content changes, so an older database is generated again. */
	static final int GENERATOR_VERSION = 1;
	static final long SEED = 20261130L;
	static final int TABLES_PER_STATEMENT = 10;
	static final int TABLES_PER_VACUUM = 100;
	private static final List<String> SCHEMAS = List.of("sales", "crm", "billing", "hr", "logistics", "support",
			"marketing", "finance");
	private static final List<String> NOUNS = List.of("orders", "customers", "invoices", "payments", "shipments",
			"tickets", "contacts", "accounts", "employees", "events", "refunds", "leads", "subscriptions", "returns",
			"suppliers", "quotes", "visits", "claims", "bookings", "transfers");

	/** The generated shape; {@link #marker()} is what the database's comment holds. */
	record Shape(int tables, int rows, int columns) {

		Shape {
			if (tables < 1 || rows < 1 || columns < 2) {
				throw new IllegalArgumentException("a scan database needs tables ≥ 1, rows ≥ 1 and columns ≥ 2");
			}
		}

		String database() {
			return "pursight_bench_scan_" + tables;
		}

		String marker() {
			return String.format(Locale.ROOT, "pursight-bench scan generator=%d seed=%d tables=%d rows=%d columns=%d",
					GENERATOR_VERSION, SEED, tables, rows, columns);
		}

		int schemas() {
			return Math.max(1, Math.min(SCHEMAS.size(), (tables + 249) / 250));
		}
	}

	record Column(String name, ColumnKind kind, int variant) {
	}

	record Table(int index, String schema, String name, List<Column> columns) {

		String qualified() {
			return schema + "." + name;
		}
	}

	private ScanDatabase() {
	}

	/** Every table of the shape with its columns; the same for the same shape. */
	static List<Table> plan(Shape shape) {
		var tables = new ArrayList<Table>(shape.tables());
		for (int t = 0; t < shape.tables(); t++) {
			tables.add(table(shape, t));
		}
		return tables;
	}

	static Table table(Shape shape, int t) {
		Random random = new Random(SEED * 31 + t);
		List<ColumnKind> personal = new ArrayList<>();
		List<ColumnKind> business = new ArrayList<>();
		for (ColumnKind kind : ColumnKind.values()) {
			(kind.personal() ? personal : business).add(kind);
		}
		int draw = random.nextInt(100);
		int personalCount = Math.min(shape.columns() - 1, draw < 30 ? 0 : draw < 60 ? 1 : draw < 85 ? 2 : 3);
		Collections.shuffle(personal, random);
		Collections.shuffle(business, random);
		List<ColumnKind> kinds = new ArrayList<>(personal.subList(0, Math.min(personalCount, personal.size())));
		for (int i = 0; kinds.size() < shape.columns() - 1; i++) {
			kinds.add(business.get(i % business.size()));
		}
		Collections.shuffle(kinds, random);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("id", null, 0));
		Set<String> used = new HashSet<>(Set.of("id"));
		for (ColumnKind kind : kinds) {
			String name = kind.names.get(random.nextInt(kind.names.size()));
			if (!used.add(name)) {
				name = name + "_" + columns.size();
				used.add(name);
			}
			columns.add(new Column(name, kind, random.nextInt(kind.values.size())));
		}
		String schema = SCHEMAS.get(t % shape.schemas());
		String name = NOUNS.get(t / shape.schemas() % NOUNS.size()) + String.format(Locale.ROOT, "_%04d", t);
		return new Table(t, schema, name, List.copyOf(columns));
	}

	/** Creates and fills one table, then gives it its primary key (built once, not row by row). */
	static String tableSql(Table table, int rows) {
		var sql = new StringBuilder("CREATE TABLE ").append(table.qualified()).append(" (");
		for (Column column : table.columns()) {
			sql.append(column.kind() == null ? "" : ", ").append(column.name()).append(' ')
					.append(column.kind() == null ? "bigint NOT NULL" : column.kind().sqlType);
		}
		sql.append(");\nINSERT INTO ").append(table.qualified()).append(" SELECT g");
		for (int c = 1; c < table.columns().size(); c++) {
			Column column = table.columns().get(c);
			sql.append(",\n  ").append(column.kind().value(column.variant(), "p" + c));
		}
		sql.append("\nFROM (SELECT g");
		for (int c = 1; c < table.columns().size(); c++) {
			long seed = SEED * 1_000_003L + table.index() * 64L + c;
			String hash = "(hashint8extended(g, " + seed + ") & 9223372036854775807)";
			sql.append(", ").append(table.columns().get(c).kind().prepare(hash)).append(" AS p").append(c);
		}
		// OFFSET 0 keeps the inner query apart, so each hash is computed once per row
		sql.append(" FROM generate_series(1, ").append(rows).append(") AS g OFFSET 0) AS s;\n");
		sql.append("ALTER TABLE ").append(table.qualified()).append(" ADD PRIMARY KEY (id);\n");
		return sql.toString();
	}

	/** What the database's comment says, or null when there is no such database. */
	static String existingMarker(DatabaseServer server, String database) throws SQLException {
		try (Connection connection = server.connect(null);
				PreparedStatement query = connection.prepareStatement("SELECT coalesce(pg_catalog.shobj_description(oid,"
						+ " 'pg_database'), '') FROM pg_catalog.pg_database WHERE datname = ?")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? rows.getString(1) : null;
			}
		}
	}

	/**
	 * Makes sure {@code database} exists with the content of {@code shape}: kept when its comment says
	 * so, otherwise (re)created and generated over {@code connections} connections. Returns whether
	 * it was generated.
	 */
	static boolean ensure(DatabaseServer server, String database, Shape shape, int connections, Progress progress)
			throws Exception {
		String marker = existingMarker(server, database);
		if (shape.marker().equals(marker)) {
			return false;
		}
		if (marker != null) {
			progress.print("  %s holds another shape ('%s'): dropping it", database, marker);
			server.drop(database);
		}
		server.execute(null, "CREATE DATABASE " + database);
		List<Table> tables = plan(shape);
		try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
			var ddl = new StringBuilder();
			for (int s = 0; s < shape.schemas(); s++) {
				ddl.append("CREATE SCHEMA ").append(SCHEMAS.get(s)).append(";\n");
			}
			statement.execute(ddl.toString());
		}
		var batches = new ArrayList<String>();
		for (int from = 0; from < tables.size(); from += TABLES_PER_STATEMENT) {
			var batch = new StringBuilder();
			for (Table table : tables.subList(from, Math.min(tables.size(), from + TABLES_PER_STATEMENT))) {
				batch.append(tableSql(table, shape.rows()));
			}
			batches.add(batch.toString());
		}
		runAll(server, database, connections, batches, "tables", TABLES_PER_STATEMENT, tables.size(), progress);
		var vacuums = new ArrayList<String>();
		for (int from = 0; from < tables.size(); from += TABLES_PER_VACUUM) {
			vacuums.add("VACUUM (ANALYZE) " + String.join(", ", tables.subList(from, Math.min(tables.size(),
					from + TABLES_PER_VACUUM)).stream().map(Table::qualified).toList()));
		}
		runAll(server, database, connections, vacuums, "tables vacuumed", TABLES_PER_VACUUM, tables.size(), progress);
		server.execute(null, "COMMENT ON DATABASE " + database + " IS '" + shape.marker() + "'");
		return true;
	}

	/** Runs the statements over {@code connections} connections, each taking the next one left. */
	private static void runAll(DatabaseServer server, String database, int connections, List<String> statements,
			String what, int perStatement, int total, Progress progress) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		try (ExecutorService workers = Executors.newFixedThreadPool(connections)) {
			var futures = new ArrayList<Future<Void>>();
			for (int w = 0; w < connections; w++) {
				futures.add(workers.submit(() -> {
					try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
						statement.execute("SET synchronous_commit = off");
						for (int i = next.getAndIncrement(); i < statements.size(); i = next.getAndIncrement()) {
							statement.execute(statements.get(i));
							int finished = Math.min(total, done.addAndGet(perStatement));
							if (finished % 500 < perStatement || finished == total) {
								progress.print("  %,d / %,d %s", finished, total, what);
							}
						}
					}
					return null;
				}));
			}
			for (Future<Void> future : futures) {
				future.get();
			}
		}
	}

	/** Where the generator reports how far it got. */
	interface Progress {
		void print(String format, Object... arguments);
	}
}
