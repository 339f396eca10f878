package io.pursight.bench.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/** A database created for one harness run, loaded from a dump, and dropped on close. */
final class ThrowawayDatabase implements AutoCloseable {
	private final DatabaseServer server;
	private final String name;
	private final Connection connection;

	private ThrowawayDatabase(DatabaseServer server, String name, Connection connection) {
		this.server = server;
		this.name = name;
		this.connection = connection;
	}

	/** Creates {@code pursight_bench_<dataset>_<random>} and runs the dump in it. */
	static ThrowawayDatabase load(DatabaseServer server, String dataset, Path dump) throws SQLException, IOException {
		byte[] random = new byte[4];
		new SecureRandom().nextBytes(random);
		String name = "pursight_bench_" + dataset + "_" + HexFormat.of().formatHex(random);
		try (Connection admin = server.connectAdmin(); Statement s = admin.createStatement()) {
			s.execute(server.createDatabase(name));
		}
		Connection connection = server.connect(name);
		ThrowawayDatabase db = new ThrowawayDatabase(server, name, connection);
		try {
			db.run(SqlScript.statements(Files.readString(dump), server.backslashEscapes()));
		} catch (SQLException | RuntimeException e) {
			db.close();
			throw e;
		}
		return db;
	}

	private void run(List<String> statements) throws SQLException {
		try (Statement s = connection.createStatement()) {
			for (String sql : statements) {
				try {
					s.execute(sql);
				} catch (SQLException e) {
					throw new SQLException("loading " + name + " failed at: "
							+ sql.substring(0, Math.min(200, sql.length())) + " - " + e.getMessage(), e);
				}
			}
		}
	}

	Connection connection() {
		return connection;
	}

	String name() {
		return name;
	}

	DatabaseServer server() {
		return server;
	}

	@Override
	public void close() throws SQLException {
		try {
			connection.close();
		} finally {
			try (Connection admin = server.connectAdmin(); Statement s = admin.createStatement()) {
				s.execute(server.dropDatabase(name));
			}
		}
	}
}
