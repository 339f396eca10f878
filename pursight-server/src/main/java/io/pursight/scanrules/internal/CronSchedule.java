package io.pursight.scanrules.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

import io.pursight.common.Problem;
import org.springframework.scheduling.support.CronExpression;

/**
 * A Unix cron expression read in a time zone: five fields (minute hour day-of-month month day-of-week, Sunday
 * being 0 or 7) or one of the macros {@code @hourly}, {@code @daily}, {@code @weekly}, {@code @monthly},
 * {@code @yearly}. Evaluated by Spring's {@link CronExpression} (with a seconds field of 0), in the zone's local
 * time (see {@link #next}).
 */
record CronSchedule(String cron, ZoneId zone, CronExpression expression) {

	private static final Map<String, String> MACROS = Map.of("@hourly", "0 * * * *", "@daily", "0 0 * * *",
			"@midnight", "0 0 * * *", "@weekly", "0 0 * * 0", "@monthly", "0 0 1 * *", "@yearly", "0 0 1 1 *",
			"@annually", "0 0 1 1 *");
	private static final int INTERVAL_CHECKS = 200;
	private static final int MAX_SKIPPED = 1_000;

	/** Parses both; a 400 naming the field for either. */
	static CronSchedule parse(String cron, String timeZone) {
		ZoneId zone = zone(timeZone);
		if (cron == null || cron.isBlank()) {
			throw Problem.invalid("cron must be given, such as '0 2 * * *' (every day at 02:00) or @daily.");
		}
		String written = cron.strip().replaceAll("\\s+", " ");
		String unix = written.startsWith("@") ? MACROS.get(written.toLowerCase(Locale.ROOT)) : written;
		if (unix == null) {
			throw Problem.invalid("cron '" + written + "' is not a known macro; use @hourly, @daily, @weekly, @monthly "
					+ "or @yearly, or five fields.");
		}
		int fields = unix.split(" ").length;
		if (fields != 5) {
			throw Problem.invalid("cron '" + written + "' has " + fields + " fields; write five: minute hour "
					+ "day-of-month month day-of-week, such as '30 2 * * 1-5'.");
		}
		try {
			return new CronSchedule(written, zone, CronExpression.parse("0 " + unix));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("cron '" + written + "' is not valid: " + e.getMessage());
		}
	}

	static ZoneId zone(String timeZone) {
		if (timeZone == null || timeZone.isBlank()) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException e) {
			throw Problem.invalid("timeZone '" + timeZone + "' is not a known time zone; use an IANA id such as "
					+ "Europe/Berlin or UTC.");
		}
	}

	/**
	 * The first slot strictly after {@code after}; null if the expression never fires again. Slots are local
	 * times of the zone: one in a daylight-saving gap is moved later by the length of the gap (02:30 becomes
	 * 03:30 on the spring-forward day in Europe/Berlin), one in an overlap fires at its first occurrence only.
	 */
	Instant next(Instant after) {
		LocalDateTime local = LocalDateTime.ofInstant(after, zone);
		for (int i = 0; i < MAX_SKIPPED; i++) {
			// the expression runs on wall-clock time: a zone without transitions, so no slot is skipped or repeated
			ZonedDateTime slot = expression.next(local.atZone(ZoneOffset.UTC));
			if (slot == null) {
				return null;
			}
			local = slot.toLocalDateTime();
			Instant candidate = ZonedDateTime.ofLocal(local, zone, null).toInstant();
			if (candidate.isAfter(after)) {
				return candidate;
			}
			// a slot of the overlap's second pass, already run in the first
		}
		return null;
	}

	/** Refuses a cron that fires twice within {@code minimum}, looking at the slots after {@code from}. */
	void requireInterval(Duration minimum, Instant from) {
		Instant previous = next(from);
		if (previous == null) {
			throw Problem.invalid("cron '" + cron + "' never fires.");
		}
		for (int i = 0; i < INTERVAL_CHECKS; i++) {
			Instant slot = next(previous);
			if (slot == null) {
				return;
			}
			if (Duration.between(previous, slot).compareTo(minimum) < 0) {
				throw Problem.invalid("cron '" + cron + "' runs every " + Duration.between(previous, slot).toMinutes()
						+ " minutes at times; schedules may run at most every " + minimum.toMinutes() + " minutes.");
			}
			previous = slot;
		}
	}
}
