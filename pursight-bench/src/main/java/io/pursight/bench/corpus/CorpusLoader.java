package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import io.pursight.testing.DatabaseServer.Kind;
import io.pursight.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates a dataset's tables in a throw-away database and fills them. Rows go in as multi-row INSERTs of a few
 * hundred rows each inside one transaction per table, which both engines take in a fraction of a second per
 * ten thousand rows (one statement per row would take minutes over JDBC).
 */
public final class CorpusLoader {
	/** Bound parameters per INSERT: far below PostgreSQL's limit of 65,535. */
	private static final int PARAMETERS_PER_INSERT = 20_000;

	private CorpusLoader() {
	}

	/** What was loaded. */
	public record Loaded(String dataset, int tables, long rows, long millis) {
	}

	/** Loads every table at full size. */
	public static Loaded load(CorpusDataset dataset, ThrowawayDatabase db) throws SQLException {
		return load(dataset, db, Integer.MAX_VALUE);
	}

	/** Loads every table with at most {@code maxRows} rows (the first rows of the full table, same values). */
	public static Loaded load(CorpusDataset dataset, ThrowawayDatabase db, int maxRows) throws SQLException {
		long start = System.nanoTime();
		Kind kind = db.server().kind();
		long rows = 0;
		try (Connection c = db.connect()) {
			for (CorpusTable table : dataset.tables()) {
				db.execute(createStatement(table, db));
				int count = Math.min(table.rows(), maxRows);
				c.setAutoCommit(false);
				insert(c, table, kind, db, count, dataset.seed());
				c.commit();
				c.setAutoCommit(true);
				rows += count;
			}
		}
		return new Loaded(dataset.name(), dataset.tables().size(), rows, (System.nanoTime() - start) / 1_000_000);
	}

	/** Generates the first {@code count} rows of a table, as the loader inserts them (values in column order). */
	public static void generate(CorpusTable table, long seed, int count, Consumer<Object[]> sink) {
		SeededRandom random = new SeededRandom(new Random(seed * 31 + table.name().hashCode()));
		List<CorpusColumn> columns = table.columns();
		for (int i = 0; i < count; i++) {
			CorpusRow row = new CorpusRow(i, random);
			Object[] values = new Object[columns.size()];
			for (int j = 0; j < values.length; j++) {
				CorpusColumn column = columns.get(j);
				Object value = column.generator().value(row);
				if (column.nullRate() > 0 && random.chance(column.nullRate())) {
					value = null;
				}
				row.put(column.name(), value);
				values[j] = value;
			}
			sink.accept(values);
		}
	}

	static String createStatement(CorpusTable table, ThrowawayDatabase db) {
		Kind kind = db.server().kind();
		return "CREATE TABLE " + db.server().quote(table.name()) + " (" + table.columns().stream()
				.map(c -> db.server().quote(c.name()) + " " + c.type().ddl(kind)).collect(Collectors.joining(", ")) + ")";
	}

	private static void insert(Connection c, CorpusTable table, Kind kind, ThrowawayDatabase db, int count, long seed)
			throws SQLException {
		int width = table.columns().size();
		int perStatement = Math.max(1, Math.min(500, PARAMETERS_PER_INSERT / width));
		String rowPlaceholders = table.columns().stream().map(col -> col.type().placeholder(kind))
				.collect(Collectors.joining(", ", "(", ")"));
		String head = "INSERT INTO " + db.server().quote(table.name()) + " (" + table.columns().stream()
				.map(col -> db.server().quote(col.name())).collect(Collectors.joining(", ")) + ") VALUES ";
		List<Object[]> pending = new ArrayList<>(perStatement);
		SQLException[] failure = new SQLException[1];
		generate(table, seed, count, values -> {
			pending.add(values);
			if (pending.size() == perStatement && failure[0] == null) {
				failure[0] = flush(c, head, rowPlaceholders, pending);
			}
		});
		if (failure[0] == null && !pending.isEmpty()) {
			failure[0] = flush(c, head, rowPlaceholders, pending);
		}
		if (failure[0] != null) {
			throw new SQLException("cannot load " + table.name() + ": " + failure[0].getMessage(), failure[0]);
		}
	}

	private static SQLException flush(Connection c, String head, String rowPlaceholders, List<Object[]> rows) {
		String sql = head + String.join(", ", java.util.Collections.nCopies(rows.size(), rowPlaceholders));
		try (PreparedStatement insert = c.prepareStatement(sql)) {
			int index = 1;
			for (Object[] row : rows) {
				for (Object value : row) {
					insert.setObject(index++, value);
				}
			}
			insert.executeUpdate();
			rows.clear();
			return null;
		}
		catch (SQLException e) {
			return e;
		}
	}
}
