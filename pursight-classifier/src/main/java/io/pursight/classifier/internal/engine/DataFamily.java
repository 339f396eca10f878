package io.pursight.classifier.internal.engine;

import java.util.Locale;

/** What kind of values a declared column type can hold, read from the vendor's type name. */
public enum DataFamily {
	TEXT, NUMERIC, TEMPORAL, BOOLEAN, BINARY, UNKNOWN;

	/** Family of a type name as JDBC metadata reports it ({@code varchar(40)}, {@code int4}, {@code DATETIME}, {@code bytea}). */
	public static DataFamily of(String dataType) {
		if (dataType == null || dataType.isBlank()) {
			return UNKNOWN;
		}
		String t = dataType.toLowerCase(Locale.ROOT);
		if (t.contains("bool") || t.equals("bit") || t.equals("bit(1)")) {
			return BOOLEAN;
		}
		if (t.contains("blob") || t.contains("bytea") || t.contains("binary") || t.equals("image") || t.contains("raw")
				|| t.contains("varbinary")) {
			return BINARY;
		}
		if (t.contains("char") || t.contains("text") || t.contains("clob") || t.contains("string") || t.contains("enum")
				|| t.contains("json") || t.contains("xml") || t.contains("inet") || t.contains("cidr")
				|| t.contains("macaddr") || t.contains("uuid") || t.contains("citext") || t.contains("name")
				|| t.contains("point") || t.contains("geo")) {
			return TEXT;
		}
		if (t.contains("date") || t.contains("time")) {
			return TEMPORAL;
		}
		if (t.contains("int") || t.contains("num") || t.contains("dec") || t.contains("float") || t.contains("double")
				|| t.contains("real") || t.contains("money") || t.contains("serial") || t.equals("year")) {
			return NUMERIC;
		}
		return UNKNOWN;
	}
}
