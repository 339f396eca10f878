package io.pursight.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause built from optional filters, with its values bound, never spliced: the
 * conditions are the repository's own SQL, user input only ever arrives as a parameter.
 * Pages through a table with two queries (count and page), whatever the page size.
 */
public final class SqlFilter {

	private final StringBuilder conditions;
	private final List<Object> params = new ArrayList<>();

	private SqlFilter(String condition, Object... values) {
		this.conditions = new StringBuilder(condition);
		Collections.addAll(params, values);
	}

	/** Starts with a condition that always applies, such as {@code workspace_id = ?}. */
	public static SqlFilter where(String condition, Object... values) {
		return new SqlFilter(condition, values);
	}

	/** Adds {@code AND condition} with its one value, unless the value is null. */
	public SqlFilter and(String condition, Object value) {
		if (value != null) {
			conditions.append(" AND ").append(condition);
			params.add(value);
		}
		return this;
	}

	/** Adds a condition with its values (one per {@code ?}), when {@code applies}. */
	public SqlFilter andIf(boolean applies, String condition, Object... values) {
		if (applies) {
			conditions.append(" AND ").append(condition);
			Collections.addAll(params, values);
		}
		return this;
	}

	/** Adds {@code column IN (…)}; an empty collection matches nothing. */
	public SqlFilter andIn(String column, Collection<?> values) {
		if (values.isEmpty()) {
			conditions.append(" AND 1 = 0");
			return this;
		}
		conditions.append(" AND ").append(column).append(" IN (")
				.append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(")");
		params.addAll(values);
		return this;
	}

	/** Adds a case-insensitive "contains" match; LIKE wildcards in the text match literally. */
	public SqlFilter andContains(String column, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		return and("LOWER(" + column + ") LIKE ? ESCAPE '\\'", containsPattern(text));
	}

	/** The pattern for {@code LOWER(column) LIKE ? ESCAPE '\'} that finds {@code text} anywhere, literally. */
	public static String containsPattern(String text) {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** Every row of {@code SELECT * FROM table WHERE …}, for callers that must look at all matches. */
	public <T> List<T> list(JdbcClient jdbc, String table, RowMapper<T> mapper) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE " + conditions).params(params).query(mapper).list();
	}

	/**
	 * One page of {@code SELECT * FROM table WHERE … ORDER BY orderBy}; {@code orderBy} must end
	 * with a unique column so pages never overlap.
	 */
	public <T> PageResult<T> page(JdbcClient jdbc, String table, String orderBy, PageQuery page, RowMapper<T> mapper) {
		long total = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE " + conditions).params(params)
				.query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<T> items = jdbc.sql("SELECT * FROM " + table + " WHERE " + conditions + " ORDER BY " + orderBy
				+ " LIMIT ? OFFSET ?").params(pageParams).query(mapper).list();
		return new PageResult<>(items, page.page(), page.size(), total);
	}
}
