package io.pursight.scan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.h2.tools.TriggerAdapter;

/**
 * An H2 trigger on the store's {@code data_sources}: records every state a source row takes, in
 * order, however briefly, so a test sees the states a run passes through and not only where it ends.
 */
public class SourceStateRecorder extends TriggerAdapter {

	static final String CREATE = "CREATE TRIGGER IF NOT EXISTS scan_test_source_states AFTER UPDATE ON data_sources "
			+ "FOR EACH ROW CALL '" + SourceStateRecorder.class.getName() + "'";
	static final String DROP = "DROP TRIGGER IF EXISTS scan_test_source_states";

	private static final Map<String, List<String>> STATES = new ConcurrentHashMap<>();

	@Override
	public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
		String after = newRow.getString("state");
		if (!Objects.equals(oldRow.getString("state"), after)) {
			STATES.computeIfAbsent(newRow.getString("id"), id -> new CopyOnWriteArrayList<>()).add(after);
		}
	}

	/** The states the source took since it was last cleared, oldest first. */
	static List<String> of(String source) {
		return List.copyOf(STATES.getOrDefault(source, List.of()));
	}

	static void clear(String source) {
		STATES.remove(source);
	}
}
