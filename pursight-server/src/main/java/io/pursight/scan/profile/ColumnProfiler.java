package io.pursight.scan.profile;

import java.sql.JDBCType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.ValueCounts;
import io.pursight.scan.ColumnProfile;
import io.pursight.scan.ColumnProfile.Bucket;
import io.pursight.scan.ColumnProfile.ValueKind;

/**
 * Profiles one column from the values of a sample, or from the figures a source counted. The declared type says
 * first how to read the values; where it says nothing (or is unknown) the values decide, trying number, then
 * date/time, then boolean, then text. A column typed as a number, a date or a boolean whose values do not all read
 * as one is read as if undeclared (a MariaDB {@code tinyint} holding {@code true}/{@code false} is boolean; garbage
 * in a numeric column is text), so that no extreme or mean is drawn from part of the values. Each distinct value is parsed
 * once, whatever its frequency. A sensitive column keeps no value of the data ({@link ColumnProfile#withoutValues}).
 * Values are never logged. Stateless and thread-safe.
 *
 * <pre>
 * ColumnProfile p = ColumnProfiler.profile("numeric(10,2)", sample.values(), rowEstimate, false);
 * </pre>
 */
public final class ColumnProfiler {

	/** At most this many frequent values are kept. */
	public static final int TOP_VALUES = 10;
	private static final Set<String> TRUE = Set.of("t", "true", "1", "y", "yes", "on");
	private static final Set<String> FALSE = Set.of("f", "false", "0", "n", "no", "off");

	private ColumnProfiler() {
	}

	/**
	 * Profiles a column from its sampled values.
	 *
	 * @param dataType  the column's type as the catalog names it; may be null
	 * @param values    the sampled values as text, nulls for null values; must not be null
	 * @param rowCount  the table's rows (estimate), -1 when unknown: it scales the distinct estimate
	 * @param sensitive whether the column is classified sensitive: then no value is kept
	 */
	public static ColumnProfile profile(String dataType, List<String> values, long rowCount, boolean sensitive) {
		return profile(dataType, values.size(), ValueCounts.of(values), rowCount, sensitive);
	}

	/**
	 * Profiles a column from the counts of its sampled values.
	 *
	 * @param sampled the values read, nulls included
	 * @param counts  the distinct non-null values among them with their counts
	 * @see #profile(String, List, long, boolean)
	 */
	public static ColumnProfile profile(String dataType, int sampled, ValueCounts counts, long rowCount,
			boolean sensitive) {
		int n = sampled;
		long nulls = n - counts.total();
		int d = counts.size();
		String[] keys = new String[d];
		long[] weights = new long[d];
		long singletons = 0;
		for (int i = 0; i < d; i++) {
			keys[i] = counts.value(i);
			weights[i] = counts.count(i);
			singletons += weights[i] == 1 ? 1 : 0;
		}
		long nonNull = n - nulls;
		long population = rowCount < 0 || n == 0 ? -1 : Math.round(rowCount * ((double) nonNull / n));
		long estimate = DistinctEstimator.estimate(nonNull, d, singletons, population);

		ValueKind declared = DeclaredKinds.of(dataType);
		Extremes x = d == 0 ? new Extremes(declared == null ? ValueKind.OTHER : declared)
				: extremes(declared, keys, weights);
		Integer minLength = null;
		Integer maxLength = null;
		Double meanLength = null;
		if (x.kind == ValueKind.TEXT && d > 0) {
			int lo = Integer.MAX_VALUE;
			int hi = 0;
			double total = 0;
			for (int k = 0; k < d; k++) {
				int len = keys[k].codePointCount(0, keys[k].length());
				lo = Math.min(lo, len);
				hi = Math.max(hi, len);
				total += (double) len * weights[k];
			}
			minLength = lo;
			maxLength = hi;
			meanLength = total / nonNull;
		}
		boolean keepsTopValues = x.kind != ValueKind.BINARY;
		ColumnProfile profile = new ColumnProfile(n, nulls, n == 0 ? 0 : (double) nulls / n, d, estimate, x.kind, x.min,
				x.max, x.mean, x.stddev, minLength, maxLength, meanLength,
				keepsTopValues ? TopValues.of(keys, weights, TOP_VALUES) : List.of(), x.histogram, false, false);
		return sensitive ? profile.withoutValues() : profile;
	}

	/**
	 * A column's profile from the figures its source counted over the whole table ({@code exact}): no frequent
	 * values or histogram, which aggregates do not give.
	 *
	 * @param dataType  the column's type as the catalog names it; may be null (the driver's type decides)
	 * @param rowCount  the table's counted rows
	 * @param sensitive whether the column is classified sensitive: then no value is kept
	 */
	public static ColumnProfile fromExact(String dataType, ExactProfile.Column figures, long rowCount,
			boolean sensitive) {
		ValueKind kind = DeclaredKinds.of(dataType);
		if (kind == null) {
			kind = kindOf(figures.jdbcType());
		}
		long rows = Math.max(rowCount, figures.nonNullCount());
		long nulls = rows - figures.nonNullCount();
		long distinct = figures.distinctCount() == null ? -1 : figures.distinctCount();
		ColumnProfile profile = new ColumnProfile(rows, nulls, rows == 0 ? 0 : (double) nulls / rows, distinct, distinct,
				kind, figures.min(), figures.max(), figures.avg(), figures.stddev(), figures.minLength(),
				figures.maxLength(), figures.avgLength(), List.of(), List.of(), true, false);
		return sensitive ? profile.withoutValues() : profile;
	}

	/** The kind of a driver-reported type, for a column whose declared type says nothing. */
	static ValueKind kindOf(String jdbcType) {
		if (jdbcType == null) {
			return ValueKind.OTHER;
		}
		try {
			return switch (JDBCType.valueOf(jdbcType.toUpperCase(Locale.ROOT))) {
				case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, REAL, DOUBLE, NUMERIC, DECIMAL -> ValueKind.NUMBER;
				case CHAR, VARCHAR, LONGVARCHAR, NCHAR, NVARCHAR, LONGNVARCHAR, CLOB, NCLOB -> ValueKind.TEXT;
				case DATE, TIME, TIMESTAMP, TIME_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE -> ValueKind.TEMPORAL;
				case BIT, BOOLEAN -> ValueKind.BOOLEAN;
				case BINARY, VARBINARY, LONGVARBINARY, BLOB -> ValueKind.BINARY;
				default -> ValueKind.OTHER;
			};
		}
		catch (IllegalArgumentException e) {
			return ValueKind.OTHER;
		}
	}

	/** The kind and what is drawn from the order of the values. */
	private record Extremes(ValueKind kind, String min, String max, Double mean, Double stddev, List<Bucket> histogram) {

		Extremes(ValueKind kind) {
			this(kind, null, null, null, null, List.of());
		}
	}

	private static Extremes extremes(ValueKind declared, String[] keys, long[] weights) {
		if (declared == null || declared == ValueKind.NUMBER) {
			Extremes numbers = numbers(keys, weights);
			if (numbers != null || declared != null) {
				return numbers != null ? numbers : extremes(null, keys, weights);
			}
		}
		if (declared == null || declared == ValueKind.TEMPORAL) {
			Extremes temporals = temporals(keys, weights);
			if (temporals != null || declared != null) {
				return temporals != null ? temporals : extremes(null, keys, weights);
			}
		}
		if (declared == null || declared == ValueKind.BOOLEAN) {
			Extremes booleans = booleans(keys, declared != null);
			if (booleans != null || declared != null) {
				return booleans != null ? booleans : extremes(null, keys, weights);
			}
		}
		return switch (declared == null ? ValueKind.TEXT : declared) {
			case BINARY -> new Extremes(ValueKind.BINARY);
			case OTHER -> new Extremes(ValueKind.OTHER);
			default -> text(keys);
		};
	}

	/** Numbers, or null when a value is not one. Mean and deviation by Welford's method, weighted. */
	private static Extremes numbers(String[] keys, long[] weights) {
		int d = keys.length;
		double[] parsed = new double[d];
		long[] w = new long[d];
		double[] out = new double[1];
		boolean[] integral = { true };
		int size = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		String minKey = null;
		String maxKey = null;
		double count = 0;
		double mean = 0;
		double m2 = 0;
		for (int k = 0; k < d; k++) {
			Numbers.Read read = Numbers.read(keys[k], out, integral);
			if (read == Numbers.Read.NONE) {
				return null;
			}
			if (read == Numbers.Read.NON_FINITE) {
				continue; // NaN and infinities count as values, but not in extremes, moments or buckets
			}
			double x = out[0];
			if (minKey == null || x < min) {
				min = x;
				minKey = keys[k];
			}
			if (maxKey == null || x > max) {
				max = x;
				maxKey = keys[k];
			}
			parsed[size] = x;
			w[size++] = weights[k];
			count += weights[k];
			double delta = x - mean;
			mean += delta * weights[k] / count;
			m2 += delta * weights[k] * (x - mean);
		}
		if (size == 0) {
			return new Extremes(ValueKind.NUMBER);
		}
		List<Bucket> histogram = Histograms.of(parsed, w, size, min, max, integral[0] ? 1 : 0, Numbers::format);
		return new Extremes(ValueKind.NUMBER, minKey, maxKey, mean,
				count > 1 ? Math.sqrt(Math.max(0, m2) / (count - 1)) : null, histogram);
	}

	/** Dates, times and timestamps, or null when a value is not one (or times mix with dates). */
	private static Extremes temporals(String[] keys, long[] weights) {
		int d = keys.length;
		double[] parsed = new double[d];
		long[] w = new long[d];
		long[] out = new long[1];
		Temporals.Shape shape = null;
		int size = 0;
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		String minKey = null;
		String maxKey = null;
		for (int k = 0; k < d; k++) {
			Temporals.Shape s = Temporals.read(keys[k], out);
			if (s == Temporals.Shape.NONE) {
				return null;
			}
			if (s == Temporals.Shape.NON_FINITE) {
				continue;
			}
			shape = shape == null ? s : combine(shape, s);
			if (shape == null) {
				return null;
			}
			if (out[0] < min) {
				min = out[0];
				minKey = keys[k];
			}
			if (out[0] > max) {
				max = out[0];
				maxKey = keys[k];
			}
			parsed[size] = out[0];
			w[size++] = weights[k];
		}
		if (size == 0) {
			return new Extremes(ValueKind.TEMPORAL);
		}
		Temporals.Shape bounds = shape;
		List<Bucket> histogram = Histograms.of(parsed, w, size, min, max,
				shape == Temporals.Shape.DATE ? Temporals.MICROS_PER_DAY : 0, v -> Temporals.format((long) v, bounds));
		return new Extremes(ValueKind.TEMPORAL, minKey, maxKey, null, null, histogram);
	}

	/** The shape two kinds of values share: dates widen to timestamps; a time of day mixes with nothing else. */
	private static Temporals.Shape combine(Temporals.Shape a, Temporals.Shape b) {
		if (a == b) {
			return a;
		}
		if (a == Temporals.Shape.TIME || b == Temporals.Shape.TIME) {
			return null;
		}
		if (a == Temporals.Shape.OFFSET_TIMESTAMP || b == Temporals.Shape.OFFSET_TIMESTAMP) {
			return Temporals.Shape.OFFSET_TIMESTAMP;
		}
		return Temporals.Shape.LOCAL_TIMESTAMP;
	}

	/**
	 * Booleans, or null when a value is not one. A declared boolean also reads {@code 1/0}, {@code yes/no} and
	 * {@code on/off}; undeclared values must say {@code true/false} or {@code t/f}, as 1 and 0 are numbers first.
	 */
	private static Extremes booleans(String[] keys, boolean declared) {
		String someFalse = null;
		String someTrue = null;
		for (String key : keys) {
			String k = key.toLowerCase(Locale.ROOT);
			boolean strict = k.equals("t") || k.equals("f") || k.equals("true") || k.equals("false");
			if (!declared && !strict) {
				return null;
			}
			if (TRUE.contains(k)) {
				someTrue = someTrue == null || key.compareTo(someTrue) < 0 ? key : someTrue;
			}
			else if (FALSE.contains(k)) {
				someFalse = someFalse == null || key.compareTo(someFalse) < 0 ? key : someFalse;
			}
			else {
				return null;
			}
		}
		return new Extremes(ValueKind.BOOLEAN, someFalse != null ? someFalse : someTrue,
				someTrue != null ? someTrue : someFalse, null, null, List.of());
	}

	private static Extremes text(String[] keys) {
		String min = keys[0];
		String max = keys[0];
		for (String key : keys) {
			if (key.compareTo(min) < 0) {
				min = key;
			}
			if (key.compareTo(max) > 0) {
				max = key;
			}
		}
		return new Extremes(ValueKind.TEXT, min, max, null, null, List.of());
	}
}
