package io.pursight.bench.scan;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pursight.bench.PursightClient;
import io.pursight.bench.PursightClient.ColumnLabel;
import io.pursight.bench.scan.ScanDatabase.Column;
import io.pursight.bench.scan.ScanDatabase.Shape;
import io.pursight.bench.scan.ScanDatabase.Table;

/**
 * A sanity check of what a scan found, not a measurement: the applied labels of the source
 * against the personal columns the generator planted (the accuracy benchmark is where accuracy
 * is measured). Shows that the scan classified the samples, not just read them.
 */
final class LabelCheck {

	private LabelCheck() {
	}

	static void print(PursightClient client, String workspace, String source, Shape shape, ScanDatabase.Progress out)
			throws IOException, InterruptedException {
		Map<String, String> planted = new HashMap<>();
		int columns = 0;
		for (Table table : ScanDatabase.plan(shape)) {
			for (Column column : table.columns()) {
				columns++;
				if (column.kind() != null && column.kind().personal()) {
					planted.put(table.qualified() + "." + column.name(), column.kind().expectedType);
				}
			}
		}
		List<ColumnLabel> labels = client.classifiedColumns(workspace, source);
		int found = 0;
		var wrong = new TreeMap<String, Integer>();
		var unexpected = new TreeMap<String, Integer>();
		var labelled = new HashMap<String, Boolean>();
		for (ColumnLabel label : labels) {
			String key = label.schema() + "." + label.table() + "." + label.column();
			String expected = planted.get(key);
			if (expected == null) {
				unexpected.merge(label.column() + "→" + label.typeId(), 1, Integer::sum);
			}
			else if (expected.equals(label.typeId())) {
				if (labelled.put(key, true) == null) {
					found++;
				}
			}
			else {
				wrong.merge(label.column() + "→" + label.typeId(), 1, Integer::sum);
			}
		}
		out.print("  labels applied  %,d on %,d columns; %,d personal columns planted, %,d of them labelled with their type;"
				+ " %,d labels of another type on planted columns %s; %,d labels on business columns %s", labels.size(),
				columns, planted.size(), found, wrong.values().stream().mapToInt(Integer::intValue).sum(), top(wrong),
				unexpected.values().stream().mapToInt(Integer::intValue).sum(), top(unexpected));
		var missed = new TreeMap<String, Integer>();
		planted.forEach((key, type) -> {
			if (!labelled.containsKey(key)) {
				missed.merge(key.substring(key.lastIndexOf('.') + 1) + "(" + type + ")", 1, Integer::sum);
			}
		});
		if (!missed.isEmpty()) {
			out.print("  not labelled    %s", top(missed));
		}
	}

	/** The most frequent entries, at most eight. */
	private static String top(Map<String, Integer> counts) {
		if (counts.isEmpty()) {
			return "";
		}
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
				.map(e -> e.getKey() + " ×" + e.getValue()).toList().toString();
	}
}
