package io.pursight.scan.profile;

import java.util.Locale;
import java.util.Map;

import io.pursight.scan.ColumnProfile.ValueKind;

/**
 * The kind of values a column's declared type promises, from the type as the catalog names it on PostgreSQL,
 * MySQL/MariaDB and H2 ({@code integer}, {@code varchar(100)}, {@code numeric(10,2)}, {@code int(10) unsigned},
 * {@code TIMESTAMP WITH TIME ZONE}, {@code _int4}, {@code INTEGER ARRAY}…). Null when the type says nothing
 * useful (unknown, user-defined, domain): the values then decide.
 */
final class DeclaredKinds {

	private static final Map<String, ValueKind> BY_NAME = Map.ofEntries(
			// numbers
			number("smallint"), number("integer"), number("int"), number("bigint"), number("tinyint"),
			number("mediumint"), number("int2"), number("int4"), number("int8"), number("serial"),
			number("smallserial"), number("bigserial"), number("serial4"), number("serial8"), number("numeric"),
			number("decimal"), number("dec"), number("number"), number("decfloat"), number("real"), number("float"),
			number("float4"), number("float8"), number("double"), number("double precision"), number("oid"),
			// temporal
			temporal("date"), temporal("time"), temporal("timestamp"), temporal("timestamptz"), temporal("timetz"),
			temporal("datetime"), temporal("timestamp with time zone"), temporal("timestamp without time zone"),
			temporal("time with time zone"), temporal("time without time zone"),
			// booleans
			Map.entry("boolean", ValueKind.BOOLEAN), Map.entry("bool", ValueKind.BOOLEAN),
			// binary
			binary("bytea"), binary("blob"), binary("tinyblob"), binary("mediumblob"), binary("longblob"),
			binary("binary"), binary("varbinary"), binary("binary varying"), binary("binary large object"),
			binary("bit varying"), binary("varbit"),
			// text
			text("char"), text("character"), text("varchar"), text("character varying"), text("nchar"),
			text("nvarchar"), text("national character"), text("national character varying"), text("text"),
			text("tinytext"), text("mediumtext"), text("longtext"), text("clob"), text("character large object"),
			text("varchar_ignorecase"), text("citext"), text("name"), text("bpchar"), text("uuid"), text("json"),
			text("jsonb"), text("xml"), text("enum"), text("set"), text("inet"), text("cidr"), text("macaddr"),
			number("year"), text("interval"));

	private DeclaredKinds() {
	}

	/** The kind the type promises, or null when the values must decide. */
	static ValueKind of(String dataType) {
		if (dataType == null || dataType.isBlank()) {
			return null;
		}
		String type = dataType.trim().toLowerCase(Locale.ROOT);
		if (type.startsWith("_") || type.endsWith("[]") || type.endsWith(" array") || type.equals("array")) {
			return ValueKind.OTHER; // arrays
		}
		if (type.startsWith("tinyint(1)") || type.equals("bit") || type.startsWith("bit(1)")) {
			return ValueKind.BOOLEAN; // MySQL/MariaDB booleans; a wider bit string is binary below
		}
		if (type.startsWith("bit(")) {
			return ValueKind.BINARY;
		}
		int paren = type.indexOf('(');
		String base = paren < 0 ? type : (type.substring(0, paren) + type.substring(type.indexOf(')', paren) + 1));
		base = base.replace(" unsigned", "").replace(" zerofill", "").replace(" signed", "").trim();
		if (base.startsWith("interval")) {
			return ValueKind.TEXT;
		}
		return BY_NAME.get(base);
	}

	private static Map.Entry<String, ValueKind> number(String name) {
		return Map.entry(name, ValueKind.NUMBER);
	}

	private static Map.Entry<String, ValueKind> temporal(String name) {
		return Map.entry(name, ValueKind.TEMPORAL);
	}

	private static Map.Entry<String, ValueKind> binary(String name) {
		return Map.entry(name, ValueKind.BINARY);
	}

	private static Map.Entry<String, ValueKind> text(String name) {
		return Map.entry(name, ValueKind.TEXT);
	}
}
