package io.pursight.catalog;

/**
 * What one catalog synchronisation changed, counted in assets (schemas, relations and columns), and the
 * schema drift it recorded. {@code drift} is null in summaries written before drift was detected (scan
 * reports stored as JSON) and in those built with the shorter constructor.
 */
public record SyncSummary(int schemas, int tables, int views, int columns, int created, int updated, int deleted,
		int unchanged, DriftSummary drift) {

	/** A summary without drift counts. */
	public SyncSummary(int schemas, int tables, int views, int columns, int created, int updated, int deleted,
			int unchanged) {
		this(schemas, tables, views, columns, created, updated, deleted, unchanged, null);
	}
}
