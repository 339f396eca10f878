package io.pursight.catalog;

/** What one catalog synchronisation changed, counted in assets (schemas, relations and columns). */
public record SyncSummary(int schemas, int tables, int views, int columns, int created, int updated, int deleted,
		int unchanged) {
}
