package io.pursight.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.pursight.scanrules.ScanRuleSets;
import io.pursight.testing.Api;
import io.pursight.testing.Databases;
import io.pursight.testing.ServerProcess;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A source big enough that a full scan takes seconds (so a process can be killed in the middle of it), the
 * calls that scan it over HTTP, and what the tests read back from the metadata store itself: which process
 * read each object and how often, the catalog's assets and the labels, by plain SQL.
 */
final class ManyTables {

	static final int TABLES = 120;
	static final int ROWS = 300;

	private ManyTables() {
	}

	/** Tables t001…t120; the odd ones hold e-mail addresses in {@code email}, the even ones a code there. */
	static String createSource() {
		String database = Databases.createPostgres("pursight_many_tables");
		List<String> statements = new ArrayList<>();
		for (int i = 1; i <= TABLES; i++) {
			String table = "t%03d".formatted(i);
			String email = i % 2 == 1 ? "'person' || g || '@example.com'" : "'code-' || g";
			statements.add("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, email VARCHAR(100), "
					+ "full_name VARCHAR(100), note VARCHAR(100))");
			statements.add("INSERT INTO " + table + " SELECT g, " + email + ", 'Person ' || g, md5(g::text) "
					+ "FROM generate_series(1, " + ROWS + ") g");
		}
		Databases.execute(Databases.postgresUrl(database), "postgres", "", statements.toArray(String[]::new));
		return database;
	}

	static int emailTables() {
		return (TABLES + 1) / 2;
	}

	/** Creates a workspace and registers the database as a source in it; returns {workspace, source}. */
	static String[] register(Api admin, String database) {
		String slug = Databases.randomName("scale").replace('_', '-');
		Api.Response workspace = admin.post("/api/v1/workspaces", Map.of("slug", slug, "name", "Workspace " + slug));
		assertThat(workspace.status()).as(workspace.toString()).isEqualTo(201);
		Map<String, Object> definition = new HashMap<>(Map.of("name", "many-tables", "engine", "POSTGRESQL", "host",
				"127.0.0.1", "port", 5432, "database", database, "username", "postgres"));
		definition.put("password", "");
		Api.Response source = admin.post("/api/v1/workspaces/" + workspace.id() + "/sources", definition);
		assertThat(source.status()).as(source.toString()).isEqualTo(201);
		return new String[] { workspace.id(), source.id() };
	}

	/** Starts a full PII scan of the source; returns the run's location. */
	static String startFullScan(Api admin, String workspace, String source) {
		Api.Response accepted = admin.post("/api/v1/workspaces/" + workspace + "/sources/" + source + "/scans",
				Map.of("ruleSetId", ScanRuleSets.FULL_PII.toString()));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		return accepted.header("Location");
	}

	static JsonNode awaitRun(Api api, String location, Duration atMost, Predicate<JsonNode> condition) {
		return await().atMost(atMost).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
				.until(() -> api.get(location).json(), condition::test);
	}

	static boolean finished(JsonNode run) {
		return List.of("COMPLETED", "FAILED", "CANCELLED").contains(run.get("state").asString());
	}

	static UUID runId(String location) {
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The source's catalog holds each table once (its columns live in its row), and each e-mail column exactly one e-mail label. */
	static void assertEachAssetAndLabelOnce(Store rows, UUID source) {
		assertThat(rows.duplicateAssets(source, "TABLE")).isEmpty();
		assertThat(rows.assets(source, "TABLE")).isEqualTo(TABLES);
		Map<String, Integer> emails = rows.labels(source, "EMAIL_ADDRESS");
		assertThat(emails).as("one e-mail label per e-mail column, none elsewhere").hasSize(emailTables())
				.allSatisfy((column, count) -> {
					assertThat(column).endsWith(".email");
					assertThat(count).as(column).isEqualTo(1);
				});
		assertThat(rows.duplicateLabels(source)).isZero();
	}

	/** Read-only access to the metadata store of the processes under test. */
	record Store(String url) {

		/** The run's objects: state, attempts and the process that read it last, by qualified name. */
		Map<String, Task> tasks(UUID run) {
			Map<String, Task> tasks = new HashMap<>();
			query("SELECT schema_name, table_name, state, attempts, processed_by FROM scan_tasks WHERE run_id = ?",
					rs -> tasks.put(rs.getString(1) + "." + rs.getString(2),
							new Task(rs.getString(3), rs.getInt(4), rs.getString(5))), run);
			return tasks;
		}

		/** Qualified names of the source's live assets of a type that appear more than once. */
		List<String> duplicateAssets(UUID source, String type) {
			List<String> duplicates = new ArrayList<>();
			query("""
					SELECT qualified_name FROM assets WHERE source_id = ? AND asset_type = ? AND NOT deleted
					GROUP BY qualified_name HAVING COUNT(*) > 1""", rs -> duplicates.add(rs.getString(1)), source, type);
			return duplicates;
		}

		long assets(UUID source, String type) {
			return count("SELECT COUNT(*) FROM assets WHERE source_id = ? AND asset_type = ? AND NOT deleted", source,
					type);
		}

		/** Label rows of a type per column name ({@code table.column}) of the source. */
		Map<String, Integer> labels(UUID source, String type) {
			Map<String, Integer> labels = new HashMap<>();
			query("""
					SELECT table_name || '.' || column_name, COUNT(*) FROM column_classifications
					WHERE source_id = ? AND type_id = ? GROUP BY table_name, column_name""",
					rs -> labels.put(rs.getString(1), rs.getInt(2)), source, type);
			return labels;
		}

		/** Label rows per column and type that exist more than once (the store's constraint should forbid them). */
		long duplicateLabels(UUID source) {
			return count("""
					SELECT COUNT(*) FROM (SELECT column_asset_id, type_id FROM column_classifications WHERE source_id = ?
					GROUP BY column_asset_id, type_id HAVING COUNT(*) > 1) d""", source);
		}

		/** Worker executions of the run still stored in db-scheduler's table. */
		long workerExecutions(UUID run) {
			return count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'scan-worker' AND task_instance LIKE ?",
					run + "/%");
		}

		long count(String sql, Object... params) {
			long[] count = new long[1];
			query(sql, rs -> count[0] = rs.getLong(1), params);
			return count[0];
		}

		void query(String sql, Row row, Object... params) {
			try (Connection c = DriverManager.getConnection(url, "postgres", "");
					PreparedStatement statement = c.prepareStatement(sql)) {
				for (int i = 0; i < params.length; i++) {
					statement.setObject(i + 1, params[i]);
				}
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						row.read(rs);
					}
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot query the store: " + e.getMessage(), e);
			}
		}
	}

	interface Row {
		void read(ResultSet rs) throws SQLException;
	}

	/** One object of a run as the store holds it. */
	record Task(String state, int attempts, String processedBy) {

		boolean readBy(ServerProcess process) {
			return processedBy != null && processedBy.startsWith(process.processPrefix());
		}
	}

	/** The processes named in the tasks' {@code processed_by}. */
	static Set<String> processes(Map<String, Task> tasks) {
		return tasks.values().stream().map(Task::processedBy).collect(Collectors.toSet());
	}
}
