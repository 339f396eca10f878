package io.pursight.datasource;

import java.util.List;
import java.util.Map;

/**
 * Reads one source's rows for a scan, table after table, over one connection kept for as long as the
 * reader is open (a scan worker keeps one reader, so a scan opens as many connections as it runs tables
 * at once). Issued by {@link DataSources#reader} under a classification claim, confirmed before each read.
 * Values live in memory only: never stored or logged here. Not thread-safe: one worker, one reader.
 */
public interface SourceReader extends AutoCloseable {

	/**
	 * Samples one table. A table that cannot be read comes back {@linkplain TableSample#failed failed}, with
	 * its SQL state and what to do, logged at WARN; the reader stays usable (on a new connection if the
	 * failure closed this one). Throws a 409 problem only when the source cannot be reached at all, or the
	 * claim was lost.
	 */
	TableSample sample(TableSample.Request table, SampleSpec spec);

	/**
	 * A marker per relation ({@code schema.table}) that changes when its data changes, where the engine keeps
	 * such statistics (PostgreSQL: rows inserted, updated and deleted; MySQL and MariaDB: update time and
	 * rows); empty where it does not (H2). One statement; an empty map when the statistics cannot be read.
	 */
	Map<String, String> changeMarkers(List<String> schemas);

	@Override
	void close();
}
