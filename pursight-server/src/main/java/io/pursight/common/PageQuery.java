package io.pursight.common;

/**
 * A validated page request: page numbers start at 0, sizes are capped so that no client can
 * ask one request to read an unbounded number of rows.
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 500;

	public PageQuery {
		if (page < 0) {
			throw Problem.invalid("page must be 0 or more (got " + page + ")");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw Problem.invalid("size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
		}
	}

	public long offset() {
		return (long) page * size;
	}
}
