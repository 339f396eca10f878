package io.pursight.bench.corpus;

import io.pursight.testing.DatabaseServer.Kind;
import java.util.Locale;

/**
 * A column type spelled for each engine, and how a bound string parameter is cast to it where the driver
 * cannot infer it (PostgreSQL's {@code jsonb}, {@code inet} and {@code uuid} refuse a bare varchar).
 */
public record SqlType(String postgresql, String mariadb, String postgresqlCast) {

	public static final SqlType TEXT = both("text");
	public static final SqlType INT = both("integer");
	public static final SqlType BIGINT = both("bigint");
	public static final SqlType SMALLINT = both("smallint");
	public static final SqlType DATE = both("date");
	public static final SqlType TIMESTAMP = new SqlType("timestamp", "datetime", null);
	public static final SqlType BOOLEAN = both("boolean");
	public static final SqlType DOUBLE = new SqlType("double precision", "double", null);
	/** A JSON document: {@code jsonb} on PostgreSQL, MariaDB's {@code json} (a checked longtext). */
	public static final SqlType JSON = new SqlType("jsonb", "json", "jsonb");
	/** An IP address: PostgreSQL's {@code inet}, a varchar on MariaDB. */
	public static final SqlType INET = new SqlType("inet", "varchar(45)", "inet");
	public static final SqlType UUID = new SqlType("uuid", "char(36)", "uuid");

	public static SqlType varchar(int length) {
		return both("varchar(" + length + ")");
	}

	public static SqlType chars(int length) {
		return both("char(" + length + ")");
	}

	public static SqlType decimal(int precision, int scale) {
		return both(String.format(Locale.ROOT, "decimal(%d,%d)", precision, scale));
	}

	/** The same spelling on both engines. */
	public static SqlType both(String sql) {
		return new SqlType(sql, sql, null);
	}

	String ddl(Kind kind) {
		return kind == Kind.POSTGRESQL ? postgresql : mariadb;
	}

	/** The placeholder of one bound value in an INSERT. */
	String placeholder(Kind kind) {
		return kind == Kind.POSTGRESQL && postgresqlCast != null ? "CAST(? AS " + postgresqlCast + ")" : "?";
	}
}
