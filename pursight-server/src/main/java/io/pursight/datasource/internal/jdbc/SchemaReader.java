package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the structure of one source: schemas, tables, views, columns, keys and indexes. Implementations
 * send a fixed, small number of queries whatever the number of tables, and return everything sorted
 * (schemas and tables by name, columns by position, keys and indexes by name).
 */
public interface SchemaReader {

	/** Reads the schemas the filter selects. Never returns null; only reads, never writes. */
	SourceSnapshot read(Connection connection, SchemaFilter filter) throws SQLException;
}
