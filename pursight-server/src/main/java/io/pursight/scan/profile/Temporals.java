package io.pursight.scan.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Reads dates, times and timestamps as the drivers render them as text, into microseconds on one scale so they
 * can be ordered and bucketed: PostgreSQL ({@code 2024-01-31}, {@code 2024-01-31 13:45:00.123456},
 * {@code 2024-01-31 13:45:00+01}, {@code 13:45:00+05:30}, {@code 0044-03-15 BC}, {@code infinity}), MariaDB
 * ({@code 2024-01-31 13:45:00}) and H2 ({@code 2024-01-31 13:45:00+01:00}); a {@code T} between date and time is
 * read too. Parsed by hand, field by field: no regex, no {@code java.time} object per value. A value with an
 * offset is moved to UTC; a local one is read as if it were UTC, which orders local values among themselves.
 */
final class Temporals {

	static final long MICROS_PER_DAY = 86_400_000_000L;

	/** The form of a value, which decides how a bound is written back. */
	enum Shape {
		DATE, LOCAL_TIMESTAMP, OFFSET_TIMESTAMP, TIME, NONE, NON_FINITE
	}

	private Temporals() {
	}

	/** Reads {@code s}; for a finite value puts its microseconds in {@code out[0]}. */
	static Shape read(String s, long[] out) {
		int n = s.length();
		if (n == 0) {
			return Shape.NONE;
		}
		if (s.equals("infinity") || s.equals("-infinity")) {
			return Shape.NON_FINITE;
		}
		boolean bc = n > 3 && s.endsWith(" BC");
		if (bc) {
			n -= 3;
		}
		if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
			int y = digits(s, 0, 4);
			int m = digits(s, 5, 7);
			int d = digits(s, 8, 10);
			if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(bc ? 1 - y : y, m)) {
				return Shape.NONE;
			}
			long day = epochDay(bc ? 1 - y : y, m, d);
			if (n == 10) {
				out[0] = day * MICROS_PER_DAY;
				return Shape.DATE;
			}
			char sep = s.charAt(10);
			if (sep != ' ' && sep != 'T') {
				return Shape.NONE;
			}
			int[] offset = { Integer.MIN_VALUE };
			long time = time(s, 11, n, offset);
			if (time < 0) {
				return Shape.NONE;
			}
			out[0] = day * MICROS_PER_DAY + time - (offset[0] == Integer.MIN_VALUE ? 0 : offset[0] * 1_000_000L);
			return offset[0] == Integer.MIN_VALUE ? Shape.LOCAL_TIMESTAMP : Shape.OFFSET_TIMESTAMP;
		}
		if (bc) {
			return Shape.NONE;
		}
		int[] offset = { Integer.MIN_VALUE };
		long time = time(s, 0, n, offset);
		if (time < 0) {
			return Shape.NONE;
		}
		// a time of day with an offset is ordered by its UTC time, wrapped into the day
		out[0] = offset[0] == Integer.MIN_VALUE ? time
				: Math.floorMod(time - offset[0] * 1_000_000L, MICROS_PER_DAY);
		return Shape.TIME;
	}

	/**
	 * {@code HH:mm[:ss[.f…]][Z|±HH[[:]MM[:SS]]]} from {@code from} to {@code to}: microseconds of the day, or -1 when
	 * it is not a time. The offset in seconds, when there is one, goes to {@code offset[0]}.
	 */
	private static long time(String s, int from, int to, int[] offset) {
		if (to - from < 5 || s.charAt(from + 2) != ':') {
			return -1;
		}
		int h = digits(s, from, from + 2);
		int mi = digits(s, from + 3, from + 5);
		int sec = 0;
		long micros = 0;
		int p = from + 5;
		if (p < to && s.charAt(p) == ':') {
			sec = digits(s, p + 1, p + 3);
			p += 3;
			if (p > to) {
				return -1;
			}
			if (p < to && s.charAt(p) == '.') {
				int start = ++p;
				long scale = 100_000;
				while (p < to && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
					micros += (s.charAt(p) - '0') * scale;
					scale /= 10;
					p++;
				}
				if (p == start || p - start > 9) {
					return -1;
				}
			}
		}
		if (h < 0 || h > 24 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || (h == 24 && (mi > 0 || sec > 0))) {
			return -1;
		}
		if (p < to) {
			int seconds = offset(s, p, to);
			if (seconds == Integer.MIN_VALUE) {
				return -1;
			}
			offset[0] = seconds;
		}
		return ((h * 60L + mi) * 60 + sec) * 1_000_000L + micros;
	}

	/** {@code Z}, {@code ±HH}, {@code ±HHMM}, {@code ±HH:MM} or {@code ±HH:MM:SS} in seconds, or MIN_VALUE. */
	private static int offset(String s, int p, int to) {
		if (to - p == 1 && s.charAt(p) == 'Z') {
			return 0;
		}
		char sign = s.charAt(p);
		if ((sign != '+' && sign != '-') || to - p < 3) {
			return Integer.MIN_VALUE;
		}
		int h = digits(s, p + 1, p + 3);
		int m = 0;
		int sec = 0;
		int q = p + 3;
		if (q < to) {
			if (s.charAt(q) == ':') {
				q++;
			}
			m = digits(s, q, q + 2);
			q += 2;
			if (q < to) {
				if (s.charAt(q) != ':') {
					return Integer.MIN_VALUE;
				}
				sec = digits(s, q + 1, q + 3);
				q += 3;
			}
		}
		if (q != to || h < 0 || h > 18 || m < 0 || m > 59 || sec < 0 || sec > 59) {
			return Integer.MIN_VALUE;
		}
		int seconds = h * 3600 + m * 60 + sec;
		return sign == '-' ? -seconds : seconds;
	}

	/** The decimal number in {@code [from, to)}, or -1 when a character is not a digit or the range runs out. */
	private static int digits(String s, int from, int to) {
		if (to > s.length()) {
			return -1;
		}
		int v = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	private static int daysInMonth(int year, int month) {
		return switch (month) {
			case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
	static long epochDay(long y, int m, int d) {
		y -= m <= 2 ? 1 : 0;
		long era = Math.floorDiv(y, 400);
		long yoe = y - era * 400;
		long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
		long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
		return era * 146097 + doe - 719468;
	}

	/** A bound written back in ISO-8601 in the column's shape (a timestamp with offsets in UTC). */
	static String format(long micros, Shape shape) {
		long seconds = Math.floorDiv(micros, 1_000_000L);
		int nanos = (int) Math.floorMod(micros, 1_000_000L) * 1000;
		return switch (shape) {
			case DATE -> LocalDate.ofEpochDay(Math.floorDiv(micros, MICROS_PER_DAY)).toString();
			case TIME -> LocalTime.ofNanoOfDay(Math.floorMod(micros, MICROS_PER_DAY) * 1000).toString();
			case OFFSET_TIMESTAMP -> Instant.ofEpochSecond(seconds, nanos).toString();
			default -> LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC).toString();
		};
	}
}
